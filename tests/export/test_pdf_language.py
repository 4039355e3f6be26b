"""The case-study PDF in the reader's language: fixed words translated, quotes left alone."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldkit.errors import ValidationError
from fieldkit.export.pdf import PdfOptions, export_case_pdf
from fieldkit.export.report_words import long_date, report_language, trn
from fieldkit.storage.db import Store
from tests.export.pdf_factory import PdfCase, build_case


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, PdfCase, Path]]:
    root = tmp_path_factory.mktemp("pdflang")
    store = Store.open(root / "data")
    yield store, build_case(store), root
    store.close()


def _export(built: tuple[Store, PdfCase, Path], language: str) -> tuple[str, PdfReader]:
    store, case, root = built
    path = root / f"case-{language}.pdf"
    export_case_pdf(store, case_id=case.case_id, path=path, options=PdfOptions(language=language))
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return unicodedata.normalize("NFKC", " ".join(text.split())), reader


def test_a_french_report_has_french_fixed_words_and_quotes_in_their_own_language(built) -> None:
    text, reader = _export(built, "fr")
    pages = len(reader.pages)
    for words in (
        "ÉTUDE DE CAS",
        "Période couverte",
        "Synthèse",
        "Profil du cas",
        "Citations clés par thème",
        "Annexe : grille de codage",
        "Consentement",
        f"Page 2 sur {pages}",
        "Étude de cas · fieldkit",
        "passages codés",  # the chart's axis
        "Confiance et relations",  # a default theme, shown in French
    ):
        assert words in text, words
    for english in ("Executive summary", "Period covered", "Key quotes by theme", "Page 2 of"):
        assert english not in text, english
    assert "a comunidade decide junto" in text  # the Portuguese quote, untouched
    assert reader.metadata is not None and "étude de cas" in str(reader.metadata.title)
    # The document says it is French; quotes keep their own language tags.
    assert "/Lang (fr)" in (built[2] / "case-fr.pdf").read_bytes().decode("latin-1")


def test_an_arabic_report_goes_through_the_bidi_path(built) -> None:
    text, _reader = _export(built, "ar")
    for words in ("الملخص التنفيذي", "ملف الحالة", "المشاركون", "دراسة حالة"):
        assert words in text or words[::-1] in text, words


def test_the_english_report_is_unchanged(built) -> None:
    text, reader = _export(built, "en")
    assert "Executive summary" in text and f"Page 2 of {len(reader.pages)}" in text


def test_dates_and_plurals_follow_the_language() -> None:
    d = date(2024, 3, 5)
    expected = {
        "en": "5 March 2024",
        "fr": "5 mars 2024",
        "es": "5 de marzo de 2024",
        "pt": "5 de março de 2024",
        "sw": "5 Machi 2024",
        "ar": "5 مارس 2024",
        "hi": "5 मार्च 2024",
    }
    for lang, text in expected.items():
        with report_language(lang):
            assert long_date(d) == text
    with report_language("fr"):
        assert trn("{n} interview", "{n} interviews", 0) == "0 entretien"
        assert trn("{n} interview", "{n} interviews", 2) == "2 entretiens"
    with report_language("ar"):
        words = [trn("{n} interview", "{n} interviews", n) for n in (1, 2, 3, 11, 100)]
        assert words == ["1 مقابلة", "2 مقابلتان", "3 مقابلات", "11 مقابلة", "100 مقابلة"]
    assert long_date(d) == "5 March 2024"  # outside a report: English, as before


def test_a_language_reports_do_not_ship_in_is_one_clear_error(built) -> None:
    store, case, root = built
    with pytest.raises(ValidationError, match="not available in 'de'"):
        export_case_pdf(
            store, case_id=case.case_id, path=root / "de.pdf", options=PdfOptions(language="de")
        )
    assert not (root / "de.pdf").exists()


def test_csv_headers_in_the_readers_language_cells_as_written(built) -> None:
    from fieldkit.export.csv_export import PASSAGE_COLUMNS, export_csv

    store, _case, root = built
    report = export_csv(store, folder=root / "csv-fr", language="fr")
    passages = next(p for p in report.paths if p.name == "coded_passages.csv")
    text = passages.read_text("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("thème,thème parent,cas,type de document")
    assert header.endswith(",quote_restriction")  # the consent marker tools look for
    assert "a comunidade decide junto" in text
    english = export_csv(store, folder=root / "csv-en")
    first = next(p for p in english.paths if p.name == "coded_passages.csv")
    assert first.read_text("utf-8-sig").splitlines()[0] == ",".join(PASSAGE_COLUMNS)


def test_the_consent_sentences_follow_the_report_language(built) -> None:
    text, _reader = _export(built, "fr")
    for words in (
        "Retenu : éléments de 2 participants dont le consentement est en attente ou retiré "
        "(3 entretiens, 3 passages codés)",
        "1 passage codé non cité (le participant n'a pas autorisé les citations)",
        "Le décompte inclut le 1 passage dont les mots ne sont pas cités",
        "Les 3 passages des 3 entretiens écartés faute de consentement",
    ):
        assert words in text, words
    for english in ("withheld", "Withheld", "not quoted", "did not allow quotes", "left out"):
        assert english not in text, english


def test_the_consent_report_is_one_policy_its_words_translated() -> None:
    from fieldkit.export.consent import NO_QUOTES, WithheldReport

    report = WithheldReport(participants=1, records=0, restricted={NO_QUOTES: 2}, publication=False)
    english = report.summary()
    assert english == (
        "withheld: material from 1 participant whose consent is pending or withdrawn "
        "(no interviews); 2 coded passages marked not for quotation (participant did not "
        "allow quotes)"
    )
    with report_language("ar"):
        arabic = report.summary()
    assert arabic.startswith("محجوب: مواد من 1 مشارك") and "؛ " in arabic
    assert "لم يسمح المشارك بالاقتباس" in arabic
    with report_language("es"):
        assert WithheldReport().summary() == (
            "retenido: nada (todos los consentimientos lo permiten)"
        )
    assert report.summary() == english  # outside a report, as every export prints it


def _first_x(path: Path, word: str) -> float:
    """Where ``word`` first starts on a page (pdftotext -bbox), in points from the left."""
    import re
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    m = re.search(rf'xMin="([\d.]+)"[^>]*>{re.escape(word)}<', out)
    assert m is not None, word
    return float(m.group(1))


def test_an_arabic_reports_tables_read_right_to_left(built) -> None:
    _export(built, "ar")
    _export(built, "en")
    arabic, english = (built[2] / f"case-{lang}.pdf" for lang in ("ar", "en"))
    # The participants table: code, role, consent… from the right in Arabic, from the left
    # in English.
    assert _first_x(english, "P-005") < _first_x(english, "community")
    assert _first_x(arabic, "P-005") > _first_x(arabic, "community")
    assert _first_x(arabic, "P-005") > 400


def test_a_mirrored_table_moves_its_styles_with_its_columns() -> None:
    from fieldkit.export.pdf.mirrored_table import MirroredTable, mirrored_command

    assert mirrored_command(("BACKGROUND", (0, 1), (0, 1), "red"), 4) == (
        "BACKGROUND",
        (3, 1),
        (3, 1),
        "red",
    )
    assert mirrored_command(("LINEBEFORE", (0, 0), (1, -1), 2), 4)[:3] == (
        "LINEAFTER",
        (2, 0),
        (3, -1),
    )
    assert mirrored_command(("ALIGN", (0, 0), (-1, -1), "LEFT"), 3)[3] == "RIGHT"
    table = MirroredTable([["a", "b", "c"]], [1.0, 2.0, 3.0], rtl=True)
    assert table._cellvalues == [["c", "b", "a"]] and table._colWidths == [3.0, 2.0, 1.0]
    # the pieces reportlab splits off are not mirrored back
    assert MirroredTable([["c", "b", "a"]], [3.0, 2.0, 1.0])._cellvalues == [["c", "b", "a"]]
