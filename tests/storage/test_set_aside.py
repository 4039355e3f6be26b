"""Set-aside changes on a real data folder: kept in order, retried, settled by the usual rule."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldkit.storage.db import Store
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Study
from fieldkit.storage.replication import conflicts
from fieldkit.storage.set_aside import apply_pulled_changes, set_aside_changes, set_aside_count

DEVICE_A, DEVICE_B = "00000000000000a1", "00000000000000b2"
CASE_ID = "5e7a51de-0000-4000-8000-0000000000d1"


def _stamp(ms: int, device: str) -> str:
    return Stamp(1_700_000_000_000 + ms, 0, device).encode()


def _insert(study_id: str) -> dict[str, Any]:
    return {
        "entity": "cases",
        "row_id": CASE_ID,
        "study_id": study_id,
        "stamp": _stamp(0, DEVICE_A),
        "op": "insert",
        "values": {
            "study_id": study_id,
            "title": "Hill school",
            "country": None,
            "region": None,
            "locality": None,
            "kind": None,
            "summary": "",
            "created_at": "2023-11-14T22:13:20.000000Z",
            "updated_at": "2023-11-14T22:13:20.000000Z",
            "deleted_at": None,
        },
    }


def _update(study_id: str, ms: int, device: str, **values: Any) -> dict[str, Any]:
    return {
        "entity": "cases",
        "row_id": CASE_ID,
        "study_id": study_id,
        "stamp": _stamp(ms, device),
        "op": "update",
        "values": values,
        "bases": dict.fromkeys(values, _stamp(0, DEVICE_A)),
    }


@pytest.fixture
def study(tmp_path: Path) -> Iterator[tuple[Store, str]]:
    store = Store.open(tmp_path / "laptop")
    with store.write() as session:
        row = Study(name="Highland schools")
        session.add(row)
        session.flush()
        study_id = row.id
    yield store, study_id
    store.close()


def _pull(store: Store, study_id: str, raw: list[Any]) -> Any:
    with store.write() as session:
        return apply_pulled_changes(session, raw, study_id=study_id)


def test_a_set_aside_change_is_applied_later_by_the_usual_conflict_rule(
    study: tuple[Store, str],
) -> None:
    store, study_id = study
    early = _update(study_id, 500, DEVICE_B, region="Cusco")  # B's edit, before the record
    first = _pull(store, study_id, [early])
    assert (first.set_aside, first.inserted) == (1, 0)
    # The record arrives with A's concurrent, later edit of the same field.
    late = _update(study_id, 900, DEVICE_A, region="Puno")
    second = _pull(store, study_id, [_insert(study_id), late])
    assert second.set_aside == 0 and second.recovered == 1
    with store.read() as session:
        assert set_aside_count(session) == 0
        assert get_row(session, Case, CASE_ID).region == "Puno"  # the later stamp wins
        lost = [c for c in conflicts(session) if c.row_id == CASE_ID]
        assert [json.loads(c.losing_value) for c in lost] == ["Cusco"]  # and nothing is lost


def test_set_aside_changes_are_kept_in_order_with_reasons_and_retried_in_order(
    study: tuple[Store, str],
) -> None:
    store, study_id = study
    raw: list[Any] = [
        _update(study_id, 100, DEVICE_B, region="Cusco"),
        {"entity": "spaceships", "row_id": "x", "study_id": study_id},  # not a change at all
        _update(study_id, 200, DEVICE_B, region="Puno"),
        {**_update(study_id, 300, DEVICE_B, title="x"), "values": {"colour": "red"}},
    ]
    raw[3]["bases"] = {"colour": None}
    result = _pull(store, study_id, raw)
    assert result.set_aside == 4
    with store.read() as session:
        listed = set_aside_changes(session)
    assert [item.fields for item in listed] == [["region"], [], ["region"], ["colour"]]
    assert "arrived before the record itself" in listed[0].reason
    assert "lacks" in listed[1].reason
    assert "unknown fields: colour" in listed[3].reason
    assert listed[0].study_name == "Highland schools"
    # The record arrives: both edits apply, in their order (the second builds on the first's
    # base, so it is a concurrent edit that wins by its later stamp); the others stay.
    after = _pull(store, study_id, [_insert(study_id)])
    assert after.recovered == 2
    with store.read() as session:
        assert get_row(session, Case, CASE_ID).region == "Puno"
        assert [item.entity for item in set_aside_changes(session)] == ["spaceships", "cases"]
        assert set_aside_count(session) == 2


def test_a_batch_with_nothing_new_does_not_retry(study: tuple[Store, str]) -> None:
    store, study_id = study
    _pull(store, study_id, [_update(study_id, 100, DEVICE_B, region="Cusco")])
    again = _pull(store, study_id, [_update(study_id, 200, DEVICE_B, region="Puno")])
    assert (again.set_aside, again.recovered) == (1, 0)
    with store.read() as session:
        assert set_aside_count(session) == 2
