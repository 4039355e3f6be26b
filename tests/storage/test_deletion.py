"""Deleting every kind of row: what goes with it, tombstones that leave every view, and undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.errors import AmbiguousError, ConflictError, NotFoundError
from fieldkit.storage import codings, memos, records, themes
from fieldkit.storage.db import Store
from fieldkit.storage.deletion import delete_row_with, find_any, plan_delete, restore_row
from fieldkit.storage.models import (
    Attachment,
    Case,
    Coding,
    Interview,
    InterviewParticipant,
    Memo,
    Observation,
    Participant,
    Study,
    Tag,
    Theme,
)
from fieldkit.storage.review import coded_passages
from fieldkit.storage.search import search

from .service_helpers import Seeded, fails, make_seeded_template, open_copy


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seeded]:
    return make_seeded_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: tuple[Path, Seeded], data_dir: Path) -> Iterator[Store]:
    with open_copy(template[0], data_dir) as opened:
        yield opened


@pytest.fixture
def seeded(store: Store, template: tuple[Path, Seeded]) -> Seeded:
    """The template's study, with a coding, a tag, a memo and a photo on the interview."""
    s = template[1]
    with store.write() as session:
        codings.code_text(
            session, record_id=s.interview_id, theme="Trust and relationships", start=0, end=12
        )
        codings.code_text(
            session, record_id=s.observation_id, theme="Trust and relationships", start=0, end=8
        )
        codings.tag_record(session, record_id=s.interview_id, theme="Equity and inclusion")
        memos.add_memo(session, target_id=s.interview_id, body="Garden talk: ask again")
        session.add(
            Attachment(
                study_id=s.study_id,
                target_type="interview",
                target_id=s.interview_id,
                kind="photo",
                sha256="0" * 64,
                filename="garden.jpg",
                media_type="image/jpeg",
                size=10,
            )
        )
    return s


def _live(store: Store, model: type, **where: str) -> int:
    with store.read() as session:
        query = select(model).where(model.deleted_at.is_(None))  # type: ignore[attr-defined]
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return len(list(session.execute(query).scalars()))


def _counts(store: Store, study_id: str) -> dict[str, tuple[int, int]]:
    with store.read() as session:
        tree = themes.theme_tree(session, study_id=study_id)
        return {t.theme.name: (t.codings, t.tags) for t in tree if t.codings or t.tags}


def test_interview_plan_names_what_goes_then_delete_leaves_search_counts_review(
    store: Store, seeded: Seeded
) -> None:
    with store.read() as session:
        plan = plan_delete(session, find_any(session, seeded.interview_id[:8]))
    assert plan.kind == "interview"
    assert dict(plan.takes) == {
        "coding": 1,
        "tag": 1,
        "memo": 1,
        "photo": 1,
        "interview_participant": 1,
    }
    assert plan.summary().endswith("with 1 coding, 1 tag, 1 memo, 1 photo and 1 participant link")
    assert _live(store, Coding) == 2  # the plan changed nothing
    with store.read() as session:
        assert search(session, query="garden", study_id=seeded.study_id)
    with store.write() as session:
        delete_row_with(session, find_any(session, seeded.interview_id))
    with store.read() as session:
        hits = search(session, query="garden", study_id=seeded.study_id)
        assert {h.record_id for h in hits} == {seeded.observation_id}  # memo gone too
        trust_id = themes.find_theme(
            session, study_id=seeded.study_id, ref="Trust and relationships"
        ).id
        passages = coded_passages(session, theme_id=trust_id)
        assert [p.record_id for p in passages] == [seeded.observation_id]
    assert _counts(store, seeded.study_id) == {"Trust and relationships": (1, 0)}
    assert _live(store, Participant) == 1  # the person stays; only the link went


def test_undo_restores_exactly_what_the_delete_took(store: Store, seeded: Seeded) -> None:
    with store.write() as session:
        earlier = codings.code_text(
            session, record_id=seeded.interview_id, theme="Equity and inclusion", start=3, end=9
        )
        codings.remove_coding(session, coding_id=earlier.id)  # deleted before: stays deleted
    with store.write() as session:
        delete_row_with(session, session.get(Interview, seeded.interview_id))
    with store.write() as session:
        plan = restore_row(session, find_any(session, seeded.interview_id, deleted=True))
    assert dict(plan.takes)["coding"] == 1
    assert _counts(store, seeded.study_id) == {
        "Trust and relationships": (2, 0),
        "Equity and inclusion": (0, 1),
    }
    assert _live(store, Memo) == 1 and _live(store, Attachment) == 1
    with store.read() as session:
        assert session.get(Coding, earlier.id).is_deleted  # type: ignore[union-attr]
        assert search(session, query="garden ask", study_id=seeded.study_id)


def test_case_delete_takes_records_people_and_their_work(store: Store, seeded: Seeded) -> None:
    with store.write() as session:
        memos.add_memo(session, target_id=seeded.case_id, body="Site notes")
        other = records.create_case(session, study_id=seeded.study_id, title="Other school")
        records.add_observation(session, case_id=other.id, date="2024-04-01", description="Quiet")
    with store.read() as session:
        plan = plan_delete(session, session.get(Case, seeded.case_id))  # type: ignore[arg-type]
    assert dict(plan.takes) == {
        "participant": 1,
        "interview": 1,
        "observation": 1,
        "coding": 2,
        "tag": 1,
        "memo": 2,
        "photo": 1,
        "interview_participant": 1,
    }
    with store.write() as session:
        delete_row_with(session, session.get(Case, seeded.case_id))  # type: ignore[arg-type]
    assert _live(store, Observation) == 1 and _live(store, Interview) == 0
    assert _live(store, Participant) == 0 and _counts(store, seeded.study_id) == {}
    with store.read() as session:
        assert [c.title for c in records.list_cases(session, study_id=seeded.study_id)] == [
            "Other school"
        ]
    with store.write() as session:
        restore_row(session, find_any(session, seeded.case_id, deleted=True))
    assert _live(store, Interview) == 1 and _live(store, Participant) == 1


def test_participant_delete_unlinks_from_interviews(store: Store, seeded: Seeded) -> None:
    with store.write() as session:
        plan = delete_row_with(session, session.get(Participant, seeded.participant_id))  # type: ignore[arg-type]
    assert plan.summary() == "participant “P-01”, with 1 participant link"
    with store.read() as session:
        assert records.interview_participants(session, interview_id=seeded.interview_id) == []
    with store.write() as session:
        records.add_participant(session, case_id=seeded.case_id, code="P-01", role="parent")
    fails(
        store,
        ConflictError,
        "already used",
        lambda s: restore_row(s, find_any(s, seeded.participant_id, deleted=True)),
    )


def test_theme_with_codings_refused_unless_with_codings(store: Store, seeded: Seeded) -> None:
    with store.read() as session:
        trust = themes.find_theme(session, study_id=seeded.study_id, ref="Trust and relationships")
        plan = plan_delete(session, trust)
    assert plan.refusal and "2 codings" in plan.refusal and "merge" in plan.refusal
    fails(
        store,
        ConflictError,
        "--with-codings",
        lambda s: delete_row_with(
            s, themes.find_theme(s, study_id=seeded.study_id, ref="Trust and relationships")
        ),
    )
    with store.write() as session:
        trust = themes.find_theme(session, study_id=seeded.study_id, ref="Trust and relationships")
        done = delete_row_with(session, trust, with_codings=True)
    assert dict(done.takes)["coding"] == 2
    assert "Trust and relationships" not in _counts(store, seeded.study_id)


def test_theme_takes_its_sub_themes(store: Store, seeded: Seeded) -> None:
    with store.write() as session:
        parent = themes.add_theme(session, study_id=seeded.study_id, name="Power")
        themes.add_theme(session, study_id=seeded.study_id, name="Batteries", parent="Power")
        plan = delete_row_with(session, parent)
    assert dict(plan.takes) == {"theme": 1}
    assert plan.what_goes() == "1 sub-theme"
    with store.read() as session:
        names = {t.name for t in themes.live_themes(session, study_id=seeded.study_id)}
    assert not {"Power", "Batteries"} & names


@pytest.mark.parametrize("kind", ["memo", "coding", "tag", "photo"])
def test_small_rows_delete_alone_and_come_back(store: Store, seeded: Seeded, kind: str) -> None:
    model = {"memo": Memo, "coding": Coding, "tag": Tag, "photo": Attachment}[kind]
    target = seeded.interview_id
    before = _live(store, model, target_id=target)
    with store.write() as session:
        row = session.execute(select(model).where(model.target_id == target)).scalars().first()
        plan = delete_row_with(session, row)
    assert plan.kind == kind and plan.takes == ()
    assert _live(store, model, target_id=target) == before - 1
    with store.write() as session:
        restore_row(session, find_any(session, plan.id, deleted=True))
    assert _live(store, model, target_id=target) == before


def test_study_delete_takes_everything(store: Store, seeded: Seeded) -> None:
    with store.write() as session:
        plan = delete_row_with(session, session.get(Study, seeded.study_id))  # type: ignore[arg-type]
    assert dict(plan.takes)["study_theme"] > 10 and "themes" in plan.what_goes()
    assert _live(store, Theme) == 0 and _live(store, Coding) == 0
    assert _live(store, InterviewParticipant) == 0
    with store.read() as session:
        assert records.list_studies(session) == []
        assert search(session, query="garden") == []


def test_unknown_ambiguous_and_repeated_ids(store: Store, seeded: Seeded) -> None:
    with store.read() as session, pytest.raises(NotFoundError, match="nothing has"):
        find_any(session, "ffffffff-no")
    with store.read() as session, pytest.raises(NotFoundError, match="at least 4"):
        find_any(session, "ab")
    with store.read() as session, pytest.raises(NotFoundError, match="is not deleted"):
        find_any(session, seeded.interview_id, deleted=True)
    with store.write() as session:
        delete_row_with(session, session.get(Observation, seeded.observation_id))  # type: ignore[arg-type]
    with store.read() as session:
        row = session.get(Observation, seeded.observation_id)
        with pytest.raises(NotFoundError, match="already deleted"):
            plan_delete(session, row)  # type: ignore[arg-type]
    _ = AmbiguousError  # prefixes shared by two rows are covered in the CLI tests


def test_restore_into_a_deleted_case_is_refused(store: Store, seeded: Seeded) -> None:
    with store.write() as session:
        delete_row_with(session, session.get(Interview, seeded.interview_id))  # type: ignore[arg-type]
    with store.write() as session:
        delete_row_with(session, session.get(Case, seeded.case_id))  # type: ignore[arg-type]
    fails(
        store,
        ConflictError,
        "case “Village school” is deleted; restore that first",
        lambda s: restore_row(s, find_any(s, seeded.interview_id, deleted=True)),
    )


def test_a_coding_made_elsewhere_on_a_deleted_record_is_not_counted(
    store: Store, seeded: Seeded
) -> None:
    """Laptop B coded the interview while A deleted it: after sync B's coding is live on a
    deleted record. The codebook does not count it, nor the tag."""
    with store.write() as session:
        delete_row_with(session, session.get(Interview, seeded.interview_id))  # type: ignore[arg-type]
    with store.write() as session:
        trust = themes.find_theme(session, study_id=seeded.study_id, ref="Trust and relationships")
        session.add(
            Coding(
                study_id=seeded.study_id,
                theme_id=trust.id,
                target_type="interview",
                target_id=seeded.interview_id,
                start=0,
                end=4,
                quote="Q: W",
            )
        )
    assert _counts(store, seeded.study_id) == {"Trust and relationships": (1, 0)}
