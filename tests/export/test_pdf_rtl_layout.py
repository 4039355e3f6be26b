"""Right-to-left and shaped text in the PDF's layout.

Key quotes read the way their words do: a transcript line "[00:16] P-030: جاءت…" is right to
left (time mark and speaker label at its start, the right side), as in the editor
(``fieldkit.storage.text_direction``), though the label's Latin letters come first. Chart
labels in Arabic or Devanagari are shaped paragraphs, not strings in a Latin font."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import SimpleDocTemplate

from fieldkit.export.pdf import fonts as f
from fieldkit.export.pdf.readback import words_of
from fieldkit.export.pdf.script_paragraph import ScriptParagraph
from fieldkit.export.pdf.text import TextMaker, make_styles

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
    pytest.mark.skipif(
        not f.default_library().fonts_for(f.ARABIC)[0].startswith("FkArabic"),
        reason="Arabic font (fonts-noto-core) not installed",
    ),
]

SAID = "جاءت الثقة من اللقاءات مع الأهالي."
TURN = f"[00:16] P-030: {SAID}"


def _lines(
    tmp_path: Path, texts: list[str], lang: str | None = "ar"
) -> list[list[tuple[float, float, str]]]:
    """The words pdftotext -bbox finds on the page, line by line (top to bottom), each line's
    words as (xMin, xMax, text) from left to right."""
    lib = f.default_library()
    maker = TextMaker(lib, make_styles(lib))
    path = tmp_path / "quotes.pdf"
    SimpleDocTemplate(str(path)).build([maker.para(t, "quote", lang=lang) for t in texts])
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    pattern = r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    found = [
        (float(m.group(3)), (float(m.group(1)), float(m.group(2)), m.group(4).strip()))
        for m in re.finditer(pattern, out)
    ]
    rows: list[tuple[float, list[tuple[float, float, str]]]] = []
    for y, word in sorted(found, key=lambda yw: yw[0]):
        if rows and y - rows[-1][0] < 5:  # the same line (a symbol may sit a little higher)
            rows[-1][1].append(word)
        else:
            rows.append((y, [word]))
    return [sorted(words) for _y, words in rows]


def test_an_arabic_turn_with_time_mark_and_label_reads_right_to_left(tmp_path: Path) -> None:
    (line,) = _lines(tmp_path, [TURN])
    texts = [w[2] for w in line]
    label = texts.index("P-030")
    arabic = next(i for i, t in enumerate(texts) if re.search("[\u0600-\u06ff]", t))
    assert arabic < label  # the words to the left of the label: the line reads right to left
    assert "00:16" in texts[label + 1 :]  # the time mark at the start, the far right
    assert line[-1][1] > 500  # right-aligned in the frame (72 pt to 523 pt)


def test_a_starred_quote_keeps_its_direction(tmp_path: Path) -> None:
    (line,) = _lines(tmp_path, [f"★ {TURN}"])
    assert line[-1][2] == "★" and line[-1][1] > 500  # the star starts the line, at the right


def test_each_turn_of_a_quote_takes_its_own_direction(tmp_path: Path) -> None:
    english, arabic = _lines(tmp_path, [f"[00:10] R: Good morning to you all.\n{TURN}"])
    assert english[0][2] == "[00:10]" and english[0][0] < 100  # left to right, from the left
    assert arabic[-1][1] > 500 and "P-030" in [w[2] for w in arabic]


def test_the_direction_comes_from_the_words_and_the_text_layer_keeps_them() -> None:
    lib = f.default_library()
    style = make_styles(lib)["quote"]
    para = ScriptParagraph(TURN, style, lambda s: lib.runs(s, base=style.fontName), lang="ar")
    assert para.rtl
    # A turn with no words of its own (the label alone) follows the record's language.
    assert ScriptParagraph("[00:16] P-030:", style, lib.runs, lang="ar").rtl
    assert not ScriptParagraph("[00:16] P-030:", style, lib.runs, lang="en").rtl
    assert set(words_of(SAID)) <= set(words_of(TURN))


def test_chart_labels_in_arabic_and_hindi_are_shaped_paragraphs(tmp_path: Path) -> None:
    from functools import partial

    from fieldkit.export.pdf.charts import LabelledChart, theme_profile_chart
    from fieldkit.export.pdf.readback import pdf_text
    from fieldkit.export.report_words import report_language
    from fieldkit.storage.models import Theme

    lib = f.default_library()
    maker = TextMaker(lib, make_styles(lib))

    def label(text: str, anchor: str) -> ScriptParagraph | None:
        para = maker.para(text, "meta")
        return para if isinstance(para, ScriptParagraph) else None

    names = ["الثقة والعلاقات", "परिवार और समुदाय", "Digital access"]
    rows = [(Theme(name=n, color="#336699", study_id="s"), k + 1) for k, n in enumerate(names)]
    draw = partial(theme_profile_chart, width=400, font=lib.body, bold_font=lib.bold)
    with report_language("ar"):
        chart, _legend = draw(rows, label=label)
    assert isinstance(chart, LabelledChart)
    drawn = {para.text for _x, _y, para in chart.labels}  # type: ignore[attr-defined]
    assert drawn == {"الثقة والعلاقات", "परिवार और समुदाय", "المقاطع المرمَّزة"}
    path = tmp_path / "chart.pdf"
    SimpleDocTemplate(str(path)).build([chart])
    text = pdf_text(path)
    assert set(words_of(" ".join(drawn))) <= set(words_of(text))
    assert "Digital access" in text  # a Latin name stays a plain string
    plain, _ = draw(rows[2:], label=label)
    assert not isinstance(plain, LabelledChart)
