from __future__ import annotations

import pytest

from fieldkit.errors import NotFoundError, ValidationError
from fieldkit.storage import codings, records
from fieldkit.storage.db import Store
from fieldkit.storage.editing import load_record, place_quote


def test_load_record_gives_text_codings_and_pinned_themes(store: Store) -> None:
    with store.write() as session:
        study = records.create_study(session, name="S")
        case = records.create_case(session, study_id=study.id, title="C")
        obs = records.add_observation(
            session,
            case_id=case.id,
            date="2024-05-02",
            description="Kids 😀 read aloud.",
            setting="Library",
        )
        codings.code_text(
            session, record_id=obs.id, theme="Trust and relationships", start=7, end=11, memo="note"
        )
    with store.read() as session:
        record = load_record(session, record_id=obs.id)
    assert record.kind == "observation" and record.detail == "Library"
    assert record.text == "Kids 😀 read aloud."
    (coding,) = record.codings
    assert (coding.start, coding.end, coding.quote, coding.memo) == (7, 11, "read", "note")
    assert coding.theme_name == "Trust and relationships" and coding.color.startswith("#")
    assert [t.depth for t in record.themes][:2] == [0, 1]  # codebook order, with depth


def test_load_record_of_a_missing_record_is_a_typed_error(store: Store) -> None:
    with store.read() as session, pytest.raises(NotFoundError):
        load_record(session, record_id="0000dead")


def test_place_quote_keeps_the_span_or_finds_the_nearest_copy() -> None:
    text = "one two one two one"
    assert place_quote(text, start=4, end=7, quote="two") == (4, 7)
    assert place_quote(text, start=13, end=16, quote="two") == (12, 15)
    with pytest.raises(ValidationError, match="no longer in the text"):
        place_quote(text, start=0, end=3, quote="three")
