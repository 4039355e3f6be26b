"""The case-study PDF: what its text says, what it must not say, its structure."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldkit.errors import NotFoundError, StorageError, ValidationError
from fieldkit.export.consent import NO_QUOTES, WithheldReport
from fieldkit.export.pdf import ExportCancelled, PdfOptions, PdfReport, export_case_pdf
from fieldkit.export.pdf import fonts as f
from fieldkit.storage.db import Store
from tests.export.pdf_factory import PdfCase, build_case


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, PdfCase, Path]]:
    root = tmp_path_factory.mktemp("pdfcase")
    store = Store.open(root / "data")
    case = build_case(store)
    yield store, case, root
    store.close()


@pytest.fixture(scope="module")
def full(built: tuple[Store, PdfCase, Path]) -> tuple[PdfReport, PdfReader, str]:
    store, case, root = built
    report = export_case_pdf(store, case_id=case.case_id, path=root / "case.pdf")
    reader = PdfReader(root / "case.pdf")
    return report, reader, _text(reader)


@pytest.fixture(scope="module")
def anonymised(built: tuple[Store, PdfCase, Path]) -> tuple[PdfReport, PdfReader, str]:
    store, case, root = built
    path = root / "anon.pdf"
    report = export_case_pdf(
        store, case_id=case.case_id, path=path, options=PdfOptions(anonymised=True)
    )
    reader = PdfReader(path)
    return report, reader, _text(reader)


def _text(reader: PdfReader) -> str:
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # Shaped Arabic comes out as presentation forms; NFKC folds them to letters.
    return unicodedata.normalize("NFKC", text)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_title_themes_and_featured_quote(full: tuple[PdfReport, PdfReader, str]) -> None:
    report, reader, text = full
    assert "Escola Comunitária São João" in text
    assert "Learning ecosystems — Brazil, Nepal & Ethiopia" in text
    for theme in ("Families and communities", "Trust and relationships", "Cultural relevance"):
        assert theme in text
    assert "FEATURED-QUOTE a comunidade decide junto." in text
    # starred quote comes before the longer, unstarred one of the same theme
    trust = text.index("Trust and relationships", text.index("Key quotes"))
    assert text.index("FEATURED-QUOTE", trust) < text.index("A educação é ação coletiva", trust)
    assert report.pages == len(reader.pages) >= 6
    assert report.size == report.path.stat().st_size


def test_every_script_appears(full: tuple[PdfReport, PdfReader, str]) -> None:
    report, reader, text = full
    assert report.font_warnings == []
    assert "é ã ñ" in text
    assert "señor Muñoz" in text
    assert "学习中心很重要" in text
    assert "ትምህርት ለሁሉም መብት ነው" in text
    assert "التعليم" in text or "التعليم"[::-1] in text
    # Devanagari is shaped: conjuncts become ligature glyphs that text extraction cannot
    # always map back, so check words without conjuncts and the embedded font.
    assert "सबके" in text and "पढ़ते" in text
    fonts = _font_names(reader)
    for family in ("NotoSansDevanagari", "NotoNaskhArabic", "NotoSansEthiopic", "WenQuanYi"):
        if not f.default_library().fonts_for(f.DEVANAGARI)[0].startswith("FkDevanagari"):
            pytest.skip("fonts-noto-core not installed")
        assert any(family.lower() in name.lower() for name in fonts), (family, fonts)


def _font_names(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            names.add(str(font.get_object().get("/BaseFont")))
    return names


def test_withheld_material_does_not_appear(full: tuple[PdfReport, PdfReader, str]) -> None:
    _report, _reader, text = full
    for secret in (
        "NOQUOTE-SECRET",
        "PENDING-SECRET",
        "WITHDRAWN-SECRET",
        "GROUP-SECRET",
        "PENDING-SUMMARY",
        "WITHDRAWN-SUMMARY",
        "GROUP-SUMMARY",
    ):
        assert secret not in text, secret
    # a participant who allowed no quotes: the summary may appear
    assert "NOQUOTE-SUMMARY may be shown." in text


def test_withheld_statement(full: tuple[PdfReport, PdfReader, str]) -> None:
    report, _reader, text = full
    # P-003 (pending) and P-004 (withdrawn): their 3 interviews (one a group interview with
    # P-001) and the 3 passages coded in them; P-002's 1 passage is shown as a count only.
    assert report.consent == WithheldReport(
        participants=2, records=3, passages=3, restricted={NO_QUOTES: 1}, publication=True
    )
    summary = (
        "withheld: material from 2 participants whose consent is pending or withdrawn "
        "(3 interviews, 3 coded passages); 1 coded passage not quoted (participant did not allow "
        "quotes)"
    )
    assert report.consent.summary() == summary
    flat = _flat(text)
    assert "Withheld: material from 2 participants whose consent is pending or withdrawn" in flat
    # the chart says what it counts, in the same numbers
    assert "includes the 1 passage whose words are not quoted" in flat
    assert "The 3 passages of the 3 interviews left out for consent" in flat


def test_names_follow_attribution_consent(full: tuple[PdfReport, PdfReader, str]) -> None:
    _report, _reader, text = full
    assert "Maria da Conceição (P-001)" in text  # allowed attribution
    for hidden in ("Zezinho Hidden", "Pending Person", "Withdrawn Person", "NoAttribution Name"):
        assert hidden not in text
    assert "Vila Nova do Sertão" in text


def test_anonymised_hides_names_and_places(
    anonymised: tuple[PdfReport, PdfReader, str],
) -> None:
    _report, reader, text = anonymised
    assert "Maria da Conceição" not in text
    assert "P-001" in text
    for place in ("Vila Nova", "Casa da Dona Rita", "Pátio da escola"):
        assert place not in text, place
    # the region is a sensitive place too; the country is kept
    assert "Bahia" not in text and "Brazil" in text
    # names and places written into free text are replaced too
    assert "A community school in [place] where families" in _flat(text)
    assert "led by [name]." in _flat(text)
    assert "Vila Nova" not in (reader.metadata.subject or "")


def test_metadata_bookmarks_and_page_numbers(full: tuple[PdfReport, PdfReader, str]) -> None:
    _report, reader, text = full
    meta = reader.metadata
    assert meta.title == "Escola Comunitária São João — case study"
    # The field team (interviewers, observers); coders are not authors, no account names.
    assert "Ana Souza" in (meta.author or "") and "Ravi Kumar" not in (meta.author or "")
    assert "Escola Comunitária São João" in (meta.subject or "")
    titles = _outline_titles(reader.outline)
    for expected in (
        "Cover",
        "1. Executive summary",
        "2. Case profile",
        "3. Theme profile",
        "4. Key quotes by theme",
        "Families and communities",
        "7. Appendix: codebook",
    ):
        assert expected in titles, titles
    n = len(reader.pages)
    assert f"Page 2 of {n}" in text and f"Page {n} of {n}" in text
    assert "Contents" in text


def _outline_titles(outline: list) -> list[str]:  # type: ignore[type-arg]
    out: list[str] = []
    for item in outline:
        if isinstance(item, list):
            out += _outline_titles(item)
        else:
            out.append(item.title)
    return out


def test_photo_is_upright_and_captioned(full: tuple[PdfReport, PdfReader, str]) -> None:
    _report, reader, text = full
    assert "Mothers reading with children (Pátio)" in text
    images = [img for page in reader.pages for img in page.images]
    assert len(images) == 1
    width, height = images[0].image.size
    assert height > width  # EXIF orientation 6 turned the 640×480 original upright


def test_sections_and_themes_can_be_chosen(
    built: tuple[Store, PdfCase, Path], tmp_path: Path
) -> None:
    store, case, _root = built
    path = tmp_path / "short.pdf"
    options = PdfOptions(sections=("cover", "quotes"), themes=("Cultural relevance",))
    report = export_case_pdf(store, case_id=case.case_id, path=path, options=options)
    text = _text(PdfReader(path))
    assert "four mothers read aloud" in text
    assert "FEATURED-QUOTE" not in text
    assert "Appendix: codebook" not in text and "Contents" not in text
    assert report.pages == 2


def test_bad_options_and_unknown_case_raise_and_write_nothing(
    built: tuple[Store, PdfCase, Path], tmp_path: Path
) -> None:
    store, case, _root = built
    out = tmp_path / "out"
    out.mkdir()
    path = out / "x.pdf"
    with pytest.raises(ValidationError, match="unknown PDF section"):
        export_case_pdf(store, case_id=case.case_id, path=path, options=PdfOptions(sections=("x",)))
    with pytest.raises(NotFoundError):
        export_case_pdf(store, case_id="ffffffff-0000", path=path)
    with pytest.raises(NotFoundError):
        export_case_pdf(
            store, case_id=case.case_id, path=path, options=PdfOptions(themes=("No such theme",))
        )
    with pytest.raises(StorageError, match="does not exist"):
        export_case_pdf(store, case_id=case.case_id, path=out / "missing" / "x.pdf")
    assert list(out.iterdir()) == []


def test_cancel_leaves_no_file(built: tuple[Store, PdfCase, Path], tmp_path: Path) -> None:
    store, case, _root = built
    out = tmp_path / "out"
    out.mkdir()
    path = out / "cancelled.pdf"
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 20  # part-way through laying out pages

    with pytest.raises(ExportCancelled):
        export_case_pdf(store, case_id=case.case_id, path=path, cancel=cancel)
    assert calls["n"] > 20
    assert list(out.iterdir()) == []


def test_progress_is_reported(built: tuple[Store, PdfCase, Path], tmp_path: Path) -> None:
    store, case, _root = built
    seen: list[tuple[str, float]] = []
    export_case_pdf(
        store,
        case_id=case.case_id,
        path=tmp_path / "p.pdf",
        progress=lambda msg, frac: seen.append((msg, frac)),
    )
    fractions = [frac for _msg, frac in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)


def test_missing_font_still_makes_the_pdf(
    built: tuple[Store, PdfCase, Path], tmp_path: Path
) -> None:
    store, case, _root = built
    lib = f.FontLibrary.discover(without=[f.ETHIOPIC])
    report = export_case_pdf(store, case_id=case.case_id, path=tmp_path / "e.pdf", fonts=lib)
    assert (tmp_path / "e.pdf").stat().st_size > 0
    assert any(
        w.startswith("Ethiopic text in interview 'Interview with P-005 (2024-03-07)'")
        and w.endswith("could not be rendered: no font found")
        for w in report.font_warnings
    ), report.font_warnings
