"""Report polish, checked on the text of real PDFs: group interviews, distinct quotes, chart
labels, place order, "Prepared by", the executive summary, no placeholder text."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from fieldkit.export.pdf import PdfOptions, export_case_pdf
from fieldkit.export.pdf.attribution import group_roles, plural
from fieldkit.export.pdf.readback import pdf_text
from fieldkit.storage.codings import code_text
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment
from fieldkit.storage.participants import role_label
from fieldkit.storage.records import add_interview, add_participant, create_case, create_study
from fieldkit.storage.themes import add_theme
from tests.export.pdf_factory import span

LONG_THEME = (
    "Sustaining community-led literacy when external funding, staff and district support "
    "all end at once"
)
TRANSCRIPT = (
    "[00:01] P-101: We meet after school to plan the reading hour together. "
    "The parents bring stories from the village and we write them down for the children. "
    "Nobody pays us, but the children now ask for the reading hour every day."
)


@pytest.fixture(scope="module")
def polished(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    store = Store.open(tmp_path_factory.mktemp("polish"))
    with store.write() as s:
        study = create_study(s, name="Polish study")
        case = create_case(
            s,
            study_id=study.id,
            title="Riverside Reading Hour",
            country="Ghana",
            region="Volta Region",
            locality="Hohoe",
            kind="reading camp",
            summary="LEAD-SUMMARY: teachers and parents run the reading hour themselves.",
        )
        teachers = [
            add_participant(
                s,
                case_id=case.id,
                code=f"P-10{n}",
                role="teacher",
                consent_status="given",
                consent_form="written",
            )
            for n in (1, 2, 3)
        ]
        group = add_interview(
            s,
            case_id=case.id,
            date="2024-03-05",
            participant_ids=[t.id for t in teachers],
            transcript=TRANSCRIPT,
            summary="",
            interviewer="Kofi Mensah",
        )
        add_theme(s, study_id=study.id, name=LONG_THEME, description="Keeping it going. More.")
        add_theme(s, study_id=study.id, name="Parents and teachers planning together each week")
        whole = span(TRANSCRIPT, "The parents bring stories from the village")
        code_text(s, record_id=group.id, theme=LONG_THEME, start=whole[0], end=whole[1] + 40)
        inner = span(TRANSCRIPT, "stories from the village and we write them down")
        code_text(s, record_id=group.id, theme=LONG_THEME, start=inner[0], end=inner[1])
        other = span(TRANSCRIPT, "We meet after school to plan the reading hour together.")
        code_text(
            s,
            record_id=group.id,
            theme="Parents and teachers planning together each week",
            start=other[0],
            end=other[1],
        )
        case_id = case.id
    yield store, case_id


def _export(store: Store, case_id: str, path: Path, **options: object) -> str:
    export_case_pdf(store, case_id=case_id, path=path, options=PdfOptions(**options))  # type: ignore[arg-type]
    return pdf_text(path)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_group_interview_is_attributed_and_no_placeholder(
    polished: tuple[Store, str], tmp_path: Path
) -> None:
    store, case_id = polished
    text = _flat(_export(store, case_id, tmp_path / "a.pdf"))
    assert "group interview: 3 teachers (P-101, P-102, P-103)" in text
    assert "P-101, teacher, P-102" not in text
    assert "No summary written yet" not in text
    assert "The participant describes" not in text


def test_overlapping_quotes_in_a_theme_are_shown_once(
    polished: tuple[Store, str], tmp_path: Path
) -> None:
    store, case_id = polished
    text = _flat(_export(store, case_id, tmp_path / "b.pdf", sections=("quotes",)))
    assert text.count("stories from the village") == 1


def test_long_theme_names_wrap_or_are_listed_in_full(
    polished: tuple[Store, str], tmp_path: Path
) -> None:
    store, case_id = polished
    raw = _export(store, case_id, tmp_path / "c.pdf", sections=("theme_profile",))
    text = _flat(raw)
    assert f"Shortened names: [1] {LONG_THEME}." in text
    assert re.search(r"Sustaining community-led.*\[1\]", text)
    # The shorter long name wraps onto two lines of the chart, every word kept.
    lines = raw.splitlines()
    assert any(line.strip().startswith("Parents and teachers") for line in lines)
    assert "each week" in text
    assert "…" not in text.replace(LONG_THEME, "").split("Shortened names")[0].split("[1]")[-1]


def test_cover_places_prepared_by_and_summary_page(
    polished: tuple[Store, str], tmp_path: Path
) -> None:
    store, case_id = polished
    text = _flat(_export(store, case_id, tmp_path / "d.pdf", prepared_by="Amina Diallo"))
    assert "Hohoe, Volta Region, Ghana" in text
    assert "Prepared by Amina Diallo" in text
    assert "Field team Kofi Mensah" in text
    summary = text.split("Executive summary")[2].split("Case profile")[0]  # contents, page
    assert "Interviews 1 interview" in summary
    assert "Coded passages 3 across 2 themes" in summary
    assert "Leading themes" in summary and f"{LONG_THEME}: 2 coded passages in 1 record." in summary
    assert "Keeping it going." in summary and "More." not in summary
    assert "The lead's summary LEAD-SUMMARY" in summary
    assert text.count("LEAD-SUMMARY") == 1  # not repeated in the case profile


def test_prepared_by_is_left_out_when_no_name_is_set(
    polished: tuple[Store, str], tmp_path: Path
) -> None:
    store, case_id = polished
    text = _flat(_export(store, case_id, tmp_path / "e.pdf", sections=("cover",)))
    assert "Prepared by" not in text


def test_role_phrases() -> None:
    assert plural("teacher", 3) == "3 teachers" and plural("parent", 1) == "1 parent"
    assert plural("NGO staff", 2) == "2 NGO staff"
    assert role_label("ngo staff") == "NGO staff" and role_label("teacher") == "teacher"

    class P:
        def __init__(self, role: str) -> None:
            self.role = role

    people = [P("teacher"), P("parent"), P("teacher")]
    assert group_roles(people) == "2 teachers, 1 parent"  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def withheld_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    """A case whose withdrawn participant's interview has no coded passages, whose pending
    participant has no interview at all, and whose one photo belongs to the case."""
    store = Store.open(tmp_path_factory.mktemp("withheld"))
    sha, size = store.blobs.put_bytes(_png())
    with store.write() as s:
        study = create_study(s, name="Withheld study")
        case = create_case(
            s, study_id=study.id, title="Hillside Radio School", country="Ghana", locality="Ho"
        )
        given, withdrawn, _pending = (
            add_participant(
                s,
                case_id=case.id,
                code=f"P-20{n}",
                role="ngo staff" if status == "given" else "teacher",
                consent_status=status,
                consent_form="written",
            )
            for n, status in ((1, "given"), (2, "withdrawn"), (3, "pending"))
        )
        shown = add_interview(
            s, case_id=case.id, date="2024-03-05", participant_ids=[given.id], transcript=TRANSCRIPT
        )
        add_interview(
            s, case_id=case.id, date="2024-03-06", participant_ids=[withdrawn.id], transcript="Hi."
        )
        add_theme(s, study_id=study.id, name="Reading hour")
        first = span(TRANSCRIPT, "We meet after school to plan the reading hour together.")
        code_text(s, record_id=shown.id, theme="Reading hour", start=first[0], end=first[1])
        s.add(
            Attachment(
                study_id=study.id,
                target_type="case",
                target_id=case.id,
                kind="photo",
                sha256=sha,
                filename="school.png",
                media_type="image/png",
                size=size,
                caption="The school",
            )
        )
        case_id = case.id
    yield store, case_id
    store.close()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (40, 120, 200)).save(out, format="PNG")
    return out.getvalue()


def test_chart_sentence_does_not_count_zero_withheld_passages(
    withheld_case: tuple[Store, str], tmp_path: Path
) -> None:
    """ "The 0 passages of the 1 interview left out…" read as a slip in the demo PDFs."""
    store, case_id = withheld_case
    text = _flat(_export(store, case_id, tmp_path / "w.pdf", sections=("theme_profile",)))
    assert "The 0 passages" not in text and "0 interviews" not in text
    assert "The 1 interview left out for consent (pending or withdrawn) had no coded passages." in (
        text
    )


def test_summary_counts_photos_only_when_the_edition_prints_them(
    withheld_case: tuple[Store, str], tmp_path: Path
) -> None:
    """An anonymised edition leaves photos out unless asked: its summary must not say "Photos 1"."""
    store, case_id = withheld_case
    sections = ("summary", "photos")
    full = _flat(_export(store, case_id, tmp_path / "f.pdf", sections=sections))
    assert "Photos 1" in full
    anon = _flat(_export(store, case_id, tmp_path / "a.pdf", sections=sections, anonymised=True))
    assert "Executive summary" in anon and "Photos" not in anon
    asked = _flat(
        _export(
            store,
            case_id,
            tmp_path / "p.pdf",
            sections=sections,
            anonymised=True,
            anonymised_photos=True,
        )
    )
    assert "Photos 1" in asked


def test_roles_print_acronyms_in_capitals(withheld_case: tuple[Store, str], tmp_path: Path) -> None:
    """Roles are stored in lower case; "ngo staff" in a report to a ministry reads as a typo."""
    store, case_id = withheld_case
    sections = ("profile", "quotes")
    text = _flat(_export(store, case_id, tmp_path / "r.pdf", sections=sections))
    assert "P-201 NGO staff" in text and "P-201, NGO staff" in text
    assert "ngo staff" not in text
