"""Participant roles in the report's language: the PDF (text extracted), the CSV and the .qdpx
print the nine known roles in the chosen language, counted with that language's plural forms;
a free role stays as typed; a .qdpx exported in French reads back as the stored roles."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from fieldkit.export.csv_export import export_csv
from fieldkit.export.pdf import PdfOptions, export_case_pdf
from fieldkit.export.pdf.readback import pdf_text
from fieldkit.export.qdpx import export_qdpx, import_qdpx
from fieldkit.export.report_words import catalogue, report_language
from fieldkit.export.role_words import role_count, role_key, role_name
from fieldkit.storage.db import Store
from fieldkit.storage.models import Participant
from fieldkit.storage.participants import ROLES
from fieldkit.storage.records import add_interview, add_participant, create_case, create_study

TRANSCRIPT = "[00:01] P-201: We read together after school, and the parents come too."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str, str, Path]]:
    root = tmp_path_factory.mktemp("roles")
    store = Store.open(root / "data")
    with store.write() as s:
        study = create_study(s, name="Roles study")
        case = create_case(s, study_id=study.id, title="Reading circle", country="Senegal")

        def person(code: str, role: str) -> str:
            return add_participant(
                s, case_id=case.id, code=code, role=role, consent_status="given"
            ).id

        teachers = [person(f"P-20{n}", "teacher") for n in (1, 2, 3)]
        staff = person("P-210", "ngo staff")
        free = person("P-220", "Facilitator")
        add_interview(
            s, case_id=case.id, date="2024-03-05", participant_ids=teachers, transcript=TRANSCRIPT
        )
        add_interview(
            s,
            case_id=case.id,
            date="2024-03-06",
            participant_ids=[staff],
            transcript="[00:01] P-210: Tunaleta vitabu.",
            language="sw",
        )
        add_interview(
            s,
            case_id=case.id,
            date="2024-03-07",
            participant_ids=[free],
            transcript="[00:01] P-220: I lead the songs.",
        )
        ids = (study.id, case.id)
    yield store, ids[0], ids[1], root
    store.close()


def _pdf(built: tuple[Store, str, str, Path], language: str) -> str:
    store, _study, case_id, root = built
    path = root / f"roles-{language}.pdf"
    export_case_pdf(store, case_id=case_id, path=path, options=PdfOptions(language=language))
    return unicodedata.normalize("NFKC", " ".join(pdf_text(path).split()))


def test_a_french_pdf_names_and_counts_roles_in_french(built) -> None:
    text = _pdf(built, "fr")
    # The neutral form: the word French uses for a mixed group ("enseignant"), not a guess at
    # the person's gender; plural by the French rule.
    assert "entretien de groupe : 3 enseignants (P-201, P-202, P-203)" in text
    assert "P-210, personnel d'ONG" in text
    assert "P-220, facilitator" in text  # a free role as typed (stored lower case)
    assert "langue : swahili" in text  # the interview's language by name, not "sw"
    for english in ("teachers", "group interview", "NGO staff"):
        assert english not in text, english


def test_the_english_pdf_keeps_its_words(built) -> None:
    text = _pdf(built, "en")
    assert "group interview: 3 teachers (P-201, P-202, P-203)" in text
    assert "P-210, NGO staff" in text and "language: Swahili" in text


@pytest.mark.parametrize("language", ["ar", "hi"])
def test_arabic_and_hindi_pdfs_name_roles_in_their_script(built, language: str) -> None:
    text = _pdf(built, language)
    with report_language(language):
        three = role_count("teacher", 3)
        staff = role_name("ngo staff")
    words = {"ar": ("معلمين", "منظمة غير حكومية"), "hi": ("शिक्षक", "एनजीओ कर्मचारी")}[language]
    assert words[0] in three and staff.endswith(words[1])
    # The extracted text of a right-to-left line can come out in visual order.
    for word in words:
        assert word in text or word[::-1] in text, word
    assert "teacher" not in text and "NGO staff" not in text


def test_plural_forms_follow_each_language() -> None:
    with report_language("ar"):
        assert role_count("teacher", 2) == "2 معلمان"
        assert role_count("teacher", 5) == "5 معلمين"
        assert role_count("teacher", 11) == "11 معلمًا"
    with report_language("fr"):
        assert role_count("school leader", 1) == "1 chef d'établissement"
        assert role_count("school leader", 4) == "4 chefs d'établissement"
        assert role_count("facilitator", 2) == "facilitator (2)"
    with report_language("en"):
        assert role_count("facilitator", 2) == "2 facilitators"
        assert role_count("ngo staff", 2) == "2 NGO staff"


def test_every_language_names_every_role_and_reads_back_to_the_key() -> None:
    for language in ("fr", "es", "pt", "ar", "sw", "hi"):
        with report_language(language):
            names = {role: role_name(role) for role in ROLES}
        assert len(set(names.values())) == len(ROLES), language  # no two roles alike
        for role, name in names.items():
            assert name != role or role == "parent", (language, role)  # translated
            assert role_key(name) == role, (language, name)
    assert role_key("NGO staff") == "ngo staff" and role_key(" Facilitator ") == "facilitator"
    assert isinstance(catalogue("fr")["{n} teacher"], dict)


def test_a_french_csv_has_french_roles_and_english_keeps_the_stored_ones(built) -> None:
    store, study_id, _case, root = built
    for language in ("fr", "en"):
        folder = root / f"csv-{language}"
        export_csv(store, folder=folder, study_id=study_id, language=language)
        with (folder / "participants.csv").open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        cells = {cell for row in rows[1:] for cell in row}
        if language == "fr":
            assert {"enseignant", "personnel d'ONG", "facilitator"} <= cells
            assert "teacher" not in cells
        else:
            assert {"teacher", "ngo staff", "facilitator"} <= cells


def test_a_french_qdpx_carries_french_roles_and_reads_back_as_the_keys(built) -> None:
    store, study_id, _case, root = built
    path = root / "roles-fr.qdpx"
    export_qdpx(store, path=path, study_id=study_id, language="fr")
    import zipfile

    with zipfile.ZipFile(path) as zf:
        project = zf.read("project.qde").decode("utf-8")
    assert "enseignant" in project and "P-201: enseignant" in project
    other = Store.open(root / "imported")
    try:
        report = import_qdpx(other, path=path)
        with other.read() as s:
            roles = {
                p.code: p.role
                for p in s.exec(select(Participant).where(Participant.study_id == report.study_id))
            }
        assert roles["P-201"] == "teacher" and roles["P-210"] == "ngo staff"
        assert roles["P-220"] == "facilitator"
    finally:
        other.close()
