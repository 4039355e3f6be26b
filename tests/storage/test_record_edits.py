"""Editing every kind of row after it was saved, through the one entry point (edit_row)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.errors import ConflictError, NotFoundError, ValidationError
from fieldkit.storage import codings, memos, records, themes
from fieldkit.storage.db import Store
from fieldkit.storage.models import (
    Case,
    ChangeLogEntry,
    Interview,
    InterviewParticipant,
    Observation,
    Participant,
    Study,
)
from fieldkit.storage.record_edits import edit_row, set_interview_participants

from .service_helpers import Seeded, fails, make_seeded_template, open_copy


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seeded]:
    return make_seeded_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: tuple[Path, Seeded], data_dir: Path) -> Iterator[Store]:
    with open_copy(template[0], data_dir) as opened:
        yield opened


@pytest.fixture
def seeded(template: tuple[Path, Seeded], store: Store) -> Seeded:
    return template[1]


def test_interview_fields_and_participants(store: Store, seeded: Seeded) -> None:
    with store.write() as session:
        p2 = records.add_participant(session, case_id=seeded.case_id, code="P-02", role="parent")
        row = session.get(Interview, seeded.interview_id)
        assert row is not None
        edit_row(
            session,
            row,
            {
                "title": "Garden talk",
                "date": "2024-03-20",
                "language": "SW",
                "interviewer": "Amina",
                "participants": ["p-02"],  # by code, any case
            },
        )
        p2_id = p2.id
    with store.read() as session:
        row = session.get(Interview, seeded.interview_id)
        assert row is not None
        assert (row.title, row.date, row.language, row.interviewer) == (
            "Garden talk",
            date(2024, 3, 20),
            "sw",
            "Amina",
        )
        people = records.interview_participants(session, interview_id=row.id)
        assert [p.id for p in people] == [p2_id]
    # Linking P-01 again revives its old link row instead of adding another.
    with store.write() as session:
        set_interview_participants(
            session, interview_id=seeded.interview_id, participant_ids=["P-01", p2_id[:8]]
        )
    with store.read() as session:
        links = session.execute(select(InterviewParticipant)).scalars().all()
        assert len(links) == 2 and not any(link.is_deleted for link in links)


def test_participant_consent_keeps_its_date(store: Store, seeded: Seeded) -> None:
    with store.write() as session:
        p = session.get(Participant, seeded.participant_id)
        assert p is not None
        edit_row(session, p, {"consent_status": "given", "consent_date": "2024-03-01"})
        edit_row(session, p, {"consent_quotes": False, "role": "Official", "code": "P-1A"})
    with store.read() as session:
        p = session.get(Participant, seeded.participant_id)
        assert p is not None
        assert (p.consent_status, p.consent_date, p.consent_quotes) == (
            "given",
            date(2024, 3, 1),
            False,
        )
        assert (p.role, p.code) == ("official", "P-1A")


def test_case_observation_study_theme_memo_coding(store: Store, seeded: Seeded) -> None:
    with store.write() as session:
        edit_row(session, session.get(Case, seeded.case_id), {"region": "Kwale"})  # type: ignore[arg-type]
        edit_row(
            session,
            session.get(Observation, seeded.observation_id),  # type: ignore[arg-type]
            {"setting": "Garden", "observer": "Joseph", "time": "9:05"},
        )
        edit_row(
            session, session.get(Study, seeded.study_id), {"name": "Coast", "description": "x"}
        )  # type: ignore[arg-type]
        theme = themes.add_theme(session, study_id=seeded.study_id, name="Power")
        edit_row(session, theme, {"name": "Power and batteries", "color": "#112233"})
        memo = memos.add_memo(session, target_id=seeded.case_id, body="first")
        edit_row(session, memo, {"body": "second", "title": "Notes"})
        coding = codings.code_text(
            session, record_id=seeded.interview_id, theme="Power and batteries", start=0, end=5
        )
        edit_row(session, coding, {"memo": "key", "theme": "Equity and inclusion"})
    with store.read() as session:
        obs = session.get(Observation, seeded.observation_id)
        assert obs is not None and (obs.setting, obs.observer, obs.time) == (
            "Garden",
            "Joseph",
            "09:05",
        )
        assert session.get(Case, seeded.case_id).region == "Kwale"  # type: ignore[union-attr]
        assert session.get(Study, seeded.study_id).name == "Coast"  # type: ignore[union-attr]
        found = themes.find_theme(session, study_id=seeded.study_id, ref="power and batteries")
        assert found.color == "#112233"
        logged = session.execute(select(ChangeLogEntry.entity)).scalars().all()
        assert {"cases", "observations", "studies", "themes", "memos", "codings"} <= set(logged)


def test_bad_edits_change_nothing(store: Store, seeded: Seeded) -> None:
    def interview(s: object) -> Interview:
        row = s.get(Interview, seeded.interview_id)  # type: ignore[attr-defined]
        assert row is not None
        return row

    fails(
        store,
        ValidationError,
        "the country of an interview cannot",
        lambda s: edit_row(s, interview(s), {"country": "x"}),
    )
    fails(
        store,
        ValidationError,
        "not a valid date",
        lambda s: edit_row(s, interview(s), {"date": "soon"}),
    )
    fails(
        store,
        ValidationError,
        "title must not be empty",
        lambda s: edit_row(s, interview(s), {"title": "  "}),
    )
    fails(
        store,
        NotFoundError,
        "P-99",
        lambda s: edit_row(s, interview(s), {"participants": ["P-99"]}),
    )
    fails(store, ValidationError, "nothing to change", lambda s: edit_row(s, interview(s), {}))
    with store.write() as session:
        records.add_participant(session, case_id=seeded.case_id, code="P-02", role="parent")
    fails(
        store,
        ConflictError,
        "already used",
        lambda s: edit_row(s, s.get(Participant, seeded.participant_id), {"code": "P-02"}),
    )
