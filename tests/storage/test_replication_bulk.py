"""The bulk paths of sync: outboxes and applies of many rows, the wire form of inserts, and what
applying with SQL Core must still do (search index, ORM objects, no change log)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fieldkit.errors import ValidationError
from fieldkit.storage import records
from fieldkit.storage.changes import current_stamp
from fieldkit.storage.db import Store
from fieldkit.storage.models import SYNC_MODELS, Case, ChangeLogEntry, Observation
from fieldkit.storage.replication import RowChange, apply_remote_changes, collect_outbox
from fieldkit.storage.row_fetch import CHUNK
from fieldkit.storage.search import search

BIG = 1 << 26


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a, b = Store.open(tmp_path / "a"), Store.open(tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.read() as s:
        for model in SYNC_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            out[table.name] = [tuple(r) for r in s.execute(select(table).order_by(table.c.id))]
    return out


def send_all(src: Store, dst: Store, study_id: str, *, max_bytes: int = BIG) -> int:
    """Every change of ``src`` to ``dst`` in batches of ``max_bytes``; returns the batches."""
    after, batches = 0, 0
    while True:
        with src.read() as s:
            box = collect_outbox(s, study_id=study_id, after_seq=after, max_bytes=max_bytes)
        wire = [
            RowChange.from_json_dict(json.loads(json.dumps(c.to_json_dict()))) for c in box.changes
        ]
        with dst.write() as s:
            apply_remote_changes(s, wire, study_id=study_id)
        batches += 1
        after = box.last_seq
        if not box.more:
            return batches


def new_study(store: Store, observations: int) -> tuple[str, str]:
    with store.write() as s:
        study = records.create_study(s, name="Bulk", with_codebook=False)
        case = records.create_case(s, study_id=study.id, title="Riverside", country="KE")
        for i in range(observations):
            s.add(
                Observation(
                    study_id=study.id,
                    case_id=case.id,
                    date=date(2026, 2, 1),
                    title=f"Note {i}",
                    description=f"Learners gathered by the water tank, note number {i}.",
                )
            )
        return study.id, case.id


def test_an_insert_travels_without_its_null_bases_and_comes_back_whole() -> None:
    values = {"title": "x", "summary": ""}
    insert = RowChange("cases", "c", "s", "0" * 32, "insert", values, dict.fromkeys(values))
    wire = insert.to_json_dict()
    assert "bases" not in wire
    assert RowChange.from_json_dict(json.loads(json.dumps(wire))) == insert
    # Updates always carry their bases; a missing or null one is refused.
    update = RowChange("cases", "c", "s", "0" * 32, "update", {"title": "y"}, {"title": "1" * 32})
    assert update.to_json_dict()["bases"] == {"title": "1" * 32}
    for bad in (
        {k: v for k, v in update.to_json_dict().items() if k != "bases"},
        {**update.to_json_dict(), "bases": None},
    ):
        with pytest.raises(ValidationError):
            RowChange.from_json_dict(bad)
    # An insert that does carry bases (an older client) is still understood.
    assert RowChange.from_json_dict({**wire, "bases": dict.fromkeys(values)}) == insert


def test_thousands_of_rows_in_batches_arrive_identical(pair: tuple[Store, Store]) -> None:
    a, b = pair
    count = 2 * CHUNK + 37  # several chunks of ids per table
    study_id, _ = new_study(a, count)
    batches = send_all(a, b, study_id, max_bytes=64 * 1024)
    assert batches > 3
    assert dump(a) == dump(b)
    with b.read() as s:
        assert s.execute(select(func.count()).select_from(ChangeLogEntry)).scalar() == 0
        # The search index is filled by SQLite triggers, which Core inserts fire too.
        hits = search(s, query="tank", study_id=study_id, limit=5000)
    assert len(hits) == count


def test_an_insert_and_later_edits_in_one_batch_apply_in_order(pair: tuple[Store, Store]) -> None:
    a, b = pair
    study_id, case_id = new_study(a, 0)
    for title in ("First", "Second"):
        with a.write() as s:
            case = s.get(Case, case_id)
            assert case is not None
            case.title = title
            case.summary = f"{title} visit to the reading camp"
    with a.read() as s:
        box = collect_outbox(s, study_id=study_id, after_seq=0, max_bytes=BIG)
    assert [c.op for c in box.changes if c.entity == "cases"][:1] == ["insert"]
    with b.write() as s:
        apply_remote_changes(s, box.changes, study_id=study_id)
    assert dump(a) == dump(b)
    with b.read() as s:
        assert [h.record_id for h in search(s, query="Second visit", study_id=study_id)] == [
            case_id
        ]
        assert search(s, query="First", study_id=study_id) == []


def test_rows_the_session_holds_show_the_applied_values(pair: tuple[Store, Store]) -> None:
    a, b = pair
    study_id, case_id = new_study(a, 0)
    send_all(a, b, study_id)
    with a.write() as s:
        case = s.get(Case, case_id)
        assert case is not None
        case.title = "Renamed on A"
    with a.read() as s:
        box = collect_outbox(s, study_id=study_id, after_seq=0, max_bytes=BIG)
    with b.write() as s:
        held = s.get(Case, case_id)
        assert held is not None and held.title == "Riverside"
        apply_remote_changes(s, box.changes, study_id=study_id)
        assert held.title == "Renamed on A"
        stamp = current_stamp(held, "title")
        held.region = "Kisumu"  # a local edit after the apply keeps the applied stamp
    with b.read() as s:
        row = s.get(Case, case_id)
        assert row is not None
        assert (row.title, row.region) == ("Renamed on A", "Kisumu")
        assert current_stamp(row, "title") == stamp
