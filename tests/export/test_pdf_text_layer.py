"""Right-to-left lines in bidi order, and a text layer that reads back as typed (pdftotext)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate
from sqlmodel import select

from fieldkit.demo import generate
from fieldkit.export.pdf import fonts as f
from fieldkit.export.pdf.bidi_order import base_level, line_levels, resolve_levels, visual_order
from fieldkit.export.pdf.readback import (
    Recovery,
    pdf_text,
    quote_recovery,
    recovered,
    rtl_lines_restored,
    words_of,
)
from fieldkit.export.pdf.script_paragraph import ScriptParagraph
from fieldkit.export.pdf.text import TextMaker, make_styles
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
    pytest.mark.skipif(
        not f.default_library().fonts_for(f.ARABIC)[0].startswith("FkArabic"),
        reason="Arabic font (fonts-noto-core) not installed",
    ),
]

MIXED = "قال المدير إن 45 طالبا يستخدمون WhatsApp كل يوم في المدرسة."
_MARKS = re.compile("[\u202a-\u202e]")


def _pdf(tmp_path: Path, texts: list[str], name: str = "t.pdf", **lang: str) -> Path:
    lib = f.default_library()
    maker = TextMaker(lib, make_styles(lib))
    path = tmp_path / name
    story = [maker.para(t, "body", lang=lang.get("lang")) for t in texts]
    SimpleDocTemplate(str(path)).build(story)
    return path


def test_levels_follow_the_bidi_algorithm() -> None:
    assert base_level(MIXED) == 1
    levels = resolve_levels(MIXED, 1)
    assert levels[MIXED.index("45")] == 2  # numbers go up to an even level
    assert levels[MIXED.index("WhatsApp")] == 2
    assert levels[MIXED.index("قال")] == 1
    assert levels[MIXED.index(".")] == 1  # the full stop takes the paragraph's direction
    # L1: trailing space goes back to the paragraph level; L2 reverses runs.
    assert line_levels("ab ", [2, 2, 2], 1) == [2, 2, 1]
    assert visual_order([1, 2, 1, 2, 1]) == [4, 3, 2, 1, 0]
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]


def test_mixed_arabic_latin_digits_reads_back_in_logical_order(tmp_path: Path) -> None:
    path = _pdf(tmp_path, [MIXED])
    text = pdf_text(path)
    assert words_of(text) == words_of(MIXED)
    assert _MARKS.sub("", text).strip().endswith("المدرسة.")
    # On the page the line is right-aligned and right to left: the first word at the right,
    # then the digits, the Latin word, and the full stop at the far left.
    boxes = sorted(_span_boxes(path))  # (xMin, xMax, text as laid out left to right)
    assert boxes[-1][2].endswith("لاق")  # "قال" drawn right to left
    assert [b[2] for b in boxes[1:4]] == ["WhatsApp", boxes[2][2], "45"]
    assert boxes[0][2].startswith(".")
    assert boxes[-1][1] > 500  # right-aligned in the frame (72 pt to 523 pt less padding)


def test_rtl_line_on_a_left_to_right_page_reads_back_after_restoring(tmp_path: Path) -> None:
    english = "This page is mostly English, so pdftotext prints its lines left to right. " * 3
    path = _pdf(tmp_path, [english, "في البداية لم يثق بنا الآباء، لأن مشاريع كثيرة جاءت ثم رحلت."])
    text = pdf_text(path)
    want = "في البداية لم يثق بنا الآباء، لأن مشاريع كثيرة جاءت ثم رحلت."
    assert recovered(want, text) == Recovery(12, 12)
    # Without reading the line right to left, the stretches come in visual order.
    assert recovered(want, text, restore_rtl=False).found < 12
    assert "لأن" in rtl_lines_restored(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "बच्चे स्कूल के शिक्षकों से बात करते हैं, और 2019 में सामुदायिक पुस्तकालय खुला।"),
        ("ar", "الأمهات يحضرن حصص القراءة، وبعضهن يتعلمن القراءة أيضاً في المساء."),
        ("am", "ተማሪዎች በየቀኑ ወደ ትምህርት ቤት ይመጣሉ፤ መምህራንም ይረዷቸዋል።"),
        ("zh", "我们每周两次把平板电脑带到村里，孩子们用它们学习阅读。"),
    ],
)
def test_shaped_text_reads_back_word_for_word(tmp_path: Path, lang: str, text: str) -> None:
    long = " ".join([text] * 6)  # several lines, so line breaks are crossed too
    path = _pdf(tmp_path, [long], lang=lang)
    got = recovered(long, pdf_text(path))
    assert got.total > 20
    assert got.share >= 0.99, (got, pdf_text(path))
    if lang in ("hi", "ar"):  # shaped; Ethiopic and Chinese glyphs map one to one
        content = PdfReader(path).pages[0].get_contents()
        assert content is not None
        assert f"/Lang ({lang})".encode() in content.get_data()
        assert b"/ActualText" in content.get_data()


def test_long_paragraph_splits_across_pages(tmp_path: Path) -> None:
    lib = f.default_library()
    style = make_styles(lib)["body"]
    text = " ".join(["الشبكة تنقطع كثيراً، لذلك نحمّل الدروس في المدينة مرة في الشهر."] * 150)
    para = ScriptParagraph(text, style, lambda s: lib.runs(s, lib.body))
    _w, h = para.wrap(200, 10_000)
    parts = para.split(200, h / 2)
    assert len(parts) == 2
    heights = [p.wrap(200, 10_000)[1] for p in parts]
    assert sum(heights) == pytest.approx(h)
    frame_path = tmp_path / "split.pdf"
    doc = SimpleDocTemplate(str(frame_path))
    doc.build([ScriptParagraph(text, style, lambda s: lib.runs(s, lib.body))])
    assert len(PdfReader(frame_path).pages) >= 2
    assert recovered(text, pdf_text(frame_path)).share >= 0.99


def _span_boxes(path: Path) -> list[tuple[float, float, str]]:
    """The boxes pdftotext -bbox reports (one per marked run here), left to right."""
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    found = re.finditer(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', out)
    return [(float(m.group(1)), float(m.group(2)), m.group(3).strip()) for m in found]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("demo"))
    generate(store, scale="small", seed=2024)
    yield store


def test_demo_quotes_in_every_shaped_script_read_back(demo_store: Store, tmp_path: Path) -> None:
    with demo_store.read() as session:
        cases = list(session.execute(select(Case.id)).scalars())
    totals: dict[str, Recovery] = {}
    for case_id in cases:
        found = quote_recovery(demo_store, case_id=case_id, path=tmp_path / f"{case_id}.pdf")
        for lang, rec in found.items():
            totals[lang] = totals.get(lang, Recovery(0, 0)) + rec
    for lang in ("hi", "ar", "am", "zh"):
        assert totals[lang].total > 50, lang  # the demo PDF shows quotes in this script
        assert totals[lang].share >= 0.99, (lang, totals[lang])


def test_document_language_is_set(demo_store: Store, tmp_path: Path) -> None:
    from fieldkit.export.pdf import export_case_pdf

    with demo_store.read() as session:
        case = next(c for c in session.execute(select(Case)).scalars() if c.country == "Morocco")
    path = tmp_path / "morocco.pdf"
    export_case_pdf(demo_store, case_id=case.id, path=path)
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "en"
    streams = b"".join(c.get_data() for p in reader.pages if (c := p.get_contents()) is not None)
    assert b"/Lang (ar)" in streams  # the Arabic quotes carry their own language
    assert re.search("[\u0600-\u06ff]{3}", pdf_text(path))


def test_headings_in_shaped_scripts_are_bookmarks_contents_and_text(tmp_path: Path) -> None:
    from fieldkit.export.pdf import export_case_pdf
    from fieldkit.storage.codings import code_text
    from fieldkit.storage.themes import add_theme
    from tests.export.pdf_factory import PT, build_case, span

    store = Store.open(tmp_path / "data")
    case = build_case(store)
    hindi, arabic = "सामुदायिक पुस्तकालय और पढ़ना", "الثقة بين الأسر والمدرسة"
    with store.write() as s:
        for name in (hindi, arabic):
            add_theme(s, study_id=case.study_id, name=name)
            start, end = span(PT, "FEATURED-QUOTE a comunidade decide junto.")
            code_text(s, record_id=case.ids["pt"], theme=name, start=start, end=end)
    path = tmp_path / "case.pdf"
    export_case_pdf(store, case_id=case.case_id, path=path)
    reader = PdfReader(path)
    titles = [getattr(o, "title", "") for o in _flatten(reader.outline)]
    assert hindi in titles and arabic in titles  # bookmarks
    text = pdf_text(path)
    contents = text.split("Contents", 1)[1].split("Executive summary", 2)[1]
    for name in (hindi, arabic):
        assert recovered(name, contents) == Recovery(len(name.split()), len(name.split()))
        assert text.count(words_of(name)[0]) >= 3  # contents, heading, chart and codebook


def _flatten(outline: list) -> list:  # type: ignore[type-arg]
    out: list = []  # type: ignore[type-arg]
    for item in outline:
        out += _flatten(item) if isinstance(item, list) else [item]
    return out
