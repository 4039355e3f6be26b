"""A delete (and its undo) and an edit of an interview's participants made on laptop A reach
laptop B through a real server: gone from B's search, counts and a fresh PDF, and back again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fieldkit.errors import ConflictError
from fieldkit.export.pdf import export_case_pdf
from fieldkit.storage import codings, records, themes
from fieldkit.storage.deletion import delete_row_with, find_any, restore_row
from fieldkit.storage.models import Interview
from fieldkit.storage.record_edits import edit_row
from fieldkit.storage.search import search
from fieldkit.sync.client import SyncReport, sync
from tests.sync.conftest import Laptop, OpenLaptop, Server
from tests.sync.helpers import dump

QUOTE = "the school garden feeds everyone"
TEXT = f"Q: What helps? A: Honestly, {QUOTE}. Q: And trust? A: It grows slowly."
THEME = "Trust and relationships"


def _sync(laptop: Laptop, **kw: Any) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token, **kw)


def _state(laptop: Laptop, study_id: str, case_id: str, pdf: Path) -> tuple[int, int, bool]:
    """(search hits for "garden", codings counted for THEME, QUOTE in a fresh PDF)."""
    with laptop.store.read() as session:
        hits = len(search(session, query="garden", study_id=study_id))
        tree = themes.theme_tree(session, study_id=study_id)
        count = next(t.codings for t in tree if t.theme.name == THEME)
    export_case_pdf(laptop.store, case_id=case_id, path=pdf)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    return hits, count, "feeds everyone" in text


def test_delete_edit_and_undo_travel_to_the_other_laptop(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    study = server.study_id
    with a.store.write() as session:
        case = records.create_case(session, study_id=study, title="Village school")
        p = records.add_participant(
            session, case_id=case.id, code="P-31", role="teacher", consent_status="given"
        )
        interview = records.add_interview(
            session, case_id=case.id, date="2024-03-15", transcript=TEXT, title="Garden talk"
        )
        start = TEXT.index(QUOTE)
        codings.code_text(
            session, record_id=interview.id, theme=THEME, start=start, end=start + len(QUOTE)
        )
        case_id, interview_id, p_id = case.id, interview.id, p.id
    _sync(a)
    _sync(b)
    # Saved without its participant: B's PDF withholds the quote.
    assert _state(b, study, case_id, tmp_path / "b0.pdf") == (1, 1, False)

    with a.store.write() as session:
        edit_row(session, session.get(Interview, interview_id), {"participants": ["P-31"]})  # type: ignore[arg-type]
    _sync(a)
    _sync(b)
    with b.store.read() as session:
        people = records.interview_participants(session, interview_id=interview_id)
        assert [x.id for x in people] == [p_id]
    assert _state(b, study, case_id, tmp_path / "b1.pdf") == (1, 1, True)

    with a.store.write() as session:
        delete_row_with(session, find_any(session, interview_id))
    assert _sync(a).pushed > 0
    _sync(b)
    assert _state(b, study, case_id, tmp_path / "b2.pdf") == (0, 0, False)

    with a.store.write() as session:
        restore_row(session, find_any(session, interview_id, deleted=True))
    _sync(a)
    _sync(b)
    assert _state(b, study, case_id, tmp_path / "b3.pdf") == (1, 1, True)
    assert dump(a.store) == dump(b.store)


def test_a_case_deleted_on_a_takes_its_people_and_records_on_b(
    server: Server, laptop: OpenLaptop
) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    with a.store.write() as session:
        case = records.create_case(session, study_id=server.study_id, title="Hill school")
        p = records.add_participant(session, case_id=case.id, code="P-77", role="parent")
        interview = records.add_interview(
            session, case_id=case.id, date="2024-04-01", transcript=TEXT, participant_ids=[p.id]
        )
        case_id, interview_id = case.id, interview.id
    _sync(a)
    _sync(b)
    with a.store.write() as session:
        plan = delete_row_with(session, find_any(session, case_id))
    assert dict(plan.takes) == {"participant": 1, "interview": 1, "interview_participant": 1}
    _sync(a)
    _sync(b)
    with b.store.read() as session:
        assert case_id not in {c.id for c in records.list_cases(session, study_id=server.study_id)}
        assert records.interview_participants(session, interview_id=interview_id) == []
        hits = search(session, query="garden", study_id=server.study_id)
        assert interview_id not in {h.record_id for h in hits}
    assert dump(a.store) == dump(b.store)


def test_the_shared_study_is_refused_before_it_could_jam_sync(
    server: Server, laptop: OpenLaptop
) -> None:
    """The server lets only a lead change the study row; a delete or rename made on a
    researcher's laptop would be refused at every push. It is refused here, at once."""
    a = laptop("alice")
    _sync(a)
    with a.store.write() as session, pytest.raises(ConflictError, match="cannot be deleted"):
        delete_row_with(session, find_any(session, server.study_id))
    with a.store.write() as session, pytest.raises(ConflictError, match="only its lead"):
        edit_row(session, find_any(session, server.study_id), {"name": "Mine now"})
    lead = laptop("lena")
    _sync(lead)
    with lead.store.write() as session:
        edit_row(session, find_any(session, server.study_id), {"description": "Pilot, phase 2"})
    assert _sync(lead).pushed > 0
    _sync(a)
    with a.store.read() as session:
        assert find_any(session, server.study_id).description == "Pilot, phase 2"  # type: ignore[attr-defined]
