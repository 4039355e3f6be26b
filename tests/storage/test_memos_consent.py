"""Memo services, the record-extras read models and the audio-consent check."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fieldkit.errors import NotFoundError, ValidationError
from fieldkit.storage import codings, records
from fieldkit.storage.consent import recording_consent_gaps
from fieldkit.storage.db import Store
from fieldkit.storage.memos import add_memo, delete_memo, memos_for, update_memo
from fieldkit.storage.models import ChangeLogEntry
from fieldkit.storage.participants import list_participants
from fieldkit.storage.record_extras import load_memos, load_tags


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        p1 = records.add_participant(
            session, case_id=case.id, code="P-02", role="parent", consent_status="given"
        )
        p2 = records.add_participant(session, case_id=case.id, code="P-01", role="teacher")
        p3 = records.add_participant(
            session,
            case_id=case.id,
            code="P-03",
            role="learner",
            consent_status="given",
            consent_audio=False,
        )
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", participant_ids=[p1.id, p2.id, p3.id]
        )
        return {"case": case.id, "interview": interview.id, "study": study.id}


def test_memos_are_added_edited_listed_and_deleted(store: Store, ids) -> None:
    with store.write() as session:
        first = add_memo(session, target_id=ids["interview"], body="ask\r\nagain", author="amina")
        second = add_memo(session, target_id=ids["case"], title="  Site  ", body="far")
    with store.read() as session:
        (memo,) = memos_for(session, target_id=ids["interview"])
        assert (memo.body, memo.target_type, memo.author, memo.title) == (
            "ask\nagain",
            "interview",
            "amina",
            "",
        )
        assert memos_for(session, target_id=ids["case"])[0].title == "Site"
        changes = session.execute(
            select(ChangeLogEntry).where(ChangeLogEntry.row_id == first.id)
        ).all()
        assert len(changes) == 1  # in the sync outbox
    with store.write() as session:
        update_memo(session, memo_id=first.id, title="Follow up", body="asked")
        delete_memo(session, memo_id=second.id)
    with store.read() as session:
        (view,) = load_memos(session, target_id=ids["interview"])
        assert (view.title, view.body, view.heading) == ("Follow up", "asked", "Follow up")
        assert memos_for(session, target_id=ids["case"]) == []


def test_memo_errors_are_sentences(store: Store, ids) -> None:
    with store.write() as session, pytest.raises(ValidationError, match="memo is empty"):
        add_memo(session, target_id=ids["interview"], body="   \n")
    with store.write() as session, pytest.raises(NotFoundError):
        add_memo(session, target_id="nope-nope", body="x")
    with store.write() as session, pytest.raises(ValidationError, match="memo title is too long"):
        add_memo(session, target_id=ids["case"], title="x" * 301, body="x")


def test_heading_falls_back_to_the_first_line(store: Store, ids) -> None:
    with store.write() as session:
        add_memo(session, target_id=ids["interview"], body="\n" + "word " * 30 + "\nsecond")
    with store.read() as session:
        (view,) = load_memos(session, target_id=ids["interview"])
    assert view.heading.startswith("word word") and view.heading.endswith("…")
    assert len(view.heading) == 60


def test_load_tags_names_and_sorts(store: Store, ids) -> None:
    with store.write() as session:
        codings.tag_record(session, record_id=ids["interview"], theme="Trust and relationships")
        codings.tag_record(session, record_id=ids["interview"], theme="Digital access")
    with store.read() as session:
        names = [t.theme_name for t in load_tags(session, record_id=ids["interview"])]
    assert names == ["Digital access", "Trust and relationships"]


def test_consent_gaps_and_participant_list(store: Store, ids) -> None:
    with store.read() as session:
        gaps = recording_consent_gaps(session, interview_id=ids["interview"])
        codes = [p.code for p in list_participants(session, case_id=ids["case"])]
    assert codes == ["P-01", "P-02", "P-03"]
    assert [(g.code, g.reason) for g in gaps] == [
        ("P-01", "consent is not recorded yet (pending)"),
        ("P-03", "consent does not allow audio recording"),
    ]
    with store.write() as session:
        for gap in gaps:
            records.set_consent(
                session, participant_id=gap.participant_id, status="given", audio=True
            )
    with store.read() as session:
        assert recording_consent_gaps(session, interview_id=ids["interview"]) == []
