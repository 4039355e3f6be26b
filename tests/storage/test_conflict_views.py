"""Conflicts described for the conflicts view: record, field, both values, who and when."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.storage import records
from fieldkit.storage.conflict_views import describe_conflicts, unresolved_count
from fieldkit.storage.conflicts import resolve_conflict
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case
from fieldkit.storage.replication import apply_remote_changes, collect_outbox

BIG = 1 << 24


def send(src: Store, dst: Store, study_id: str, after: int = 0) -> int:
    with src.read() as s:
        box = collect_outbox(s, study_id=study_id, after_seq=after, max_bytes=BIG)
    with dst.write() as s:
        apply_remote_changes(s, box.changes)
    return box.last_seq


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a, b = Store.open(tmp_path / "a"), Store.open(tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def test_a_conflict_is_described_with_both_values_and_who(pair: tuple[Store, Store]) -> None:
    a, b = pair
    with a.write() as s:
        study = records.create_study(s, name="Ecosystems", with_codebook=False)
        case = records.create_case(s, study_id=study.id, title="Hillside", country="KE")
        study_id, case_id = study.id, case.id
    sent_a = send(a, b, study_id)
    with b.write() as s:  # b's edit first: a's later edit wins
        records.update_fields(s, s.get(Case, case_id), {"title": "From B", "country": "TZ"})
    with a.write() as s:
        records.update_fields(s, s.get(Case, case_id), {"title": "From A"})
    send(a, b, study_id, after=sent_a)  # b already holds a's first batch
    with b.read() as s:
        views = describe_conflicts(s)
        assert unresolved_count(s) == 1
    assert len(views) == 1
    view = views[0]
    assert (view.record_type, view.record_label, view.field) == ("case", "From A", "title")
    assert (view.current_value, view.other_value) == ("From A", "From B")
    assert view.current_edit.device == a.device_id and not view.current_edit.own_device
    assert view.other_edit.device == b.device_id and view.other_edit.own_device
    assert view.other_edit.wall_ms is not None and view.current_edit.wall_ms is not None
    assert view.other_edit.wall_ms <= view.current_edit.wall_ms
    assert view.mergeable and view.record_exists
    # The current value is what the record holds now, even after a later local edit.
    with b.write() as s:
        records.update_fields(s, s.get(Case, case_id), {"title": "Edited since"})
    with b.read() as s:
        assert describe_conflicts(s)[0].current_value == "Edited since"
        assert describe_conflicts(s, study_id="elsewhere") == []
    with b.write() as s:
        resolve_conflict(s, conflict_id=view.id, choice="take_losing")
    with b.read() as s:
        assert describe_conflicts(s) == [] and unresolved_count(s) == 0
        assert s.get(Case, case_id).title == "From B"
