from __future__ import annotations

import pytest

from fieldkit.errors import NotFoundError
from fieldkit.storage import codings, records, themes
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Observation
from fieldkit.storage.review import case_theme_profile, coded_passages, study_matrix


@pytest.fixture
def corpus(store: Store) -> dict[str, str]:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        a = records.create_case(session, study_id=study.id, title="Bravo school")
        b = records.create_case(session, study_id=study.id, title="Alpha library")
        trust = themes.find_theme(session, study_id=study.id, ref="Trust and relationships")
        access = themes.find_theme(session, study_id=study.id, ref="Digital access")
        one = records.add_interview(
            session, case_id=a.id, date="2024-05-02", title="Second", transcript="Trust grows here."
        )
        two = records.add_interview(
            session, case_id=a.id, date="2024-05-01", title="First", transcript="Phones are rare."
        )
        obs = records.add_observation(
            session, case_id=b.id, date="2024-06-01", title="Visit", description="Tablets charge."
        )
        codings.code_text(session, record_id=one.id, theme=trust.id, start=0, end=5)
        codings.code_text(session, record_id=one.id, theme=trust.id, start=6, end=11)
        codings.code_text(session, record_id=two.id, theme=trust.id, start=0, end=6)
        codings.code_text(session, record_id=two.id, theme=access.id, start=0, end=6)
        codings.code_text(session, record_id=obs.id, theme=access.id, start=0, end=7)
        gone = codings.code_text(session, record_id=obs.id, theme=trust.id, start=8, end=14)
        codings.remove_coding(session, coding_id=gone.id)
        return {
            "study": study.id,
            "a": a.id,
            "b": b.id,
            "trust": trust.id,
            "access": access.id,
            "obs": obs.id,
            "two": two.id,
        }


def test_case_profile_counts_passages_per_theme(store: Store, corpus) -> None:
    with store.read() as session:
        profile = case_theme_profile(session, case_id=corpus["a"])
    assert profile.title == "Bravo school"
    assert [(b.name, b.count) for b in profile.bars] == [
        ("Trust and relationships", 3),
        ("Digital access", 1),
    ]
    assert profile.total == 4
    assert profile.bars[0].color.startswith("#")


def test_deleted_records_and_codings_do_not_count(store: Store, corpus) -> None:
    with store.write() as session:
        records.delete_row(session, get_row(session, Observation, corpus["obs"]))
    with store.read() as session:
        assert case_theme_profile(session, case_id=corpus["b"]).bars == ()


def test_study_matrix_is_cases_by_themes(store: Store, corpus) -> None:
    with store.read() as session:
        matrix = study_matrix(session, study_id=corpus["study"])
        tree = themes.theme_tree(session, study_id=corpus["study"])
    assert [title for _, title in matrix.cases] == ["Alpha library", "Bravo school"]
    assert [t.theme_id for t in matrix.themes] == [t.theme.id for t in tree]
    column = {t.theme_id: i for i, t in enumerate(matrix.themes)}
    assert matrix.counts[0][column[corpus["access"]]] == 1
    assert matrix.counts[0][column[corpus["trust"]]] == 0  # its one coding was removed
    assert matrix.counts[1][column[corpus["trust"]]] == 3
    assert sum(map(sum, matrix.counts)) == 5
    assert matrix.highest == 3


def test_coded_passages_by_date_with_their_source(store: Store, corpus) -> None:
    with store.read() as session:
        passages = coded_passages(session, theme_id=corpus["trust"], case_id=corpus["a"])
        everywhere = coded_passages(session, theme_id=corpus["access"])
    assert [(p.record_title, p.quote) for p in passages] == [
        ("First", "Phones"),
        ("Second", "Trust"),
        ("Second", "grows"),
    ]
    assert passages[0].record_id == corpus["two"] and passages[0].record_type == "interview"
    assert (passages[1].start, passages[1].end) == (0, 5)
    assert {p.record_type for p in everywhere} == {"interview", "observation"}


def test_unknown_ids_are_clear_errors(store: Store, corpus) -> None:
    with store.read() as session:
        with pytest.raises(NotFoundError):
            case_theme_profile(session, case_id="nope-nope")
        with pytest.raises(NotFoundError):
            study_matrix(session, study_id="nope-nope")
        with pytest.raises(NotFoundError):
            coded_passages(session, theme_id=corpus["trust"], case_id="nope-nope")


def test_a_tag_counts_like_a_passage_and_is_listed_as_the_whole_record(
    store: Store, corpus
) -> None:
    with store.write() as session:
        codings.tag_record(session, record_id=corpus["obs"], theme=corpus["trust"])
        untagged = codings.tag_record(session, record_id=corpus["two"], theme=corpus["access"])
        codings.untag_record(session, record_id=corpus["two"], theme=corpus["access"])
    with store.read() as session:
        profile = case_theme_profile(session, case_id=corpus["b"])
        matrix = study_matrix(session, study_id=corpus["study"])
        passages = coded_passages(session, theme_id=corpus["trust"], case_id=corpus["b"])
    assert [(b.name, b.count) for b in profile.bars] == [
        ("Digital access", 1),
        ("Trust and relationships", 1),
    ]
    row = [c for c, _ in matrix.cases].index(corpus["b"])
    column = [t.theme_id for t in matrix.themes].index(corpus["trust"])
    assert matrix.counts[row][column] == 1
    (whole,) = passages
    assert (whole.unit, whole.record_id, whole.quote) == ("record", corpus["obs"], "")
    assert untagged.id not in {p.coding_id for p in passages}  # an untagged record is gone
