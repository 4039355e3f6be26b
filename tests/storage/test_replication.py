"""Replicas exchanging changes directly: outbox on one side, apply on the other (no server)."""

from __future__ import annotations

import json
import secrets
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as note_event
from hypothesis import strategies as st
from sqlalchemy import event, func, select
from sqlmodel import col

from fieldkit.errors import (
    ClockError,
    ConflictError,
    MissingReferenceError,
    NotFoundError,
    ValidationError,
)
from fieldkit.storage import records, themes
from fieldkit.storage.changes import DEVICE_KEY, HLC_KEY, current_stamp
from fieldkit.storage.db import DB_NAME, Store
from fieldkit.storage.hlc import Stamp, wall_clock_ms
from fieldkit.storage.models import (
    MODEL_BY_TABLE,
    SYNC_MODELS,
    Case,
    ChangeLogEntry,
    Conflict,
    LocalState,
    Theme,
)
from fieldkit.storage.replication import (
    ApplyResult,
    RowChange,
    apply_remote_changes,
    collect_outbox,
    conflicts,
    get_cursor,
    json_value,
    pending_count,
    resolve_conflict,
    set_cursor,
)

BIG = 1 << 24


# --- helpers ---------------------------------------------------------------------------------


def outbox(store: Store, study_id: str, *, after: int = 0, max_bytes: int = BIG) -> Any:
    with store.read() as s:
        return collect_outbox(s, study_id=study_id, after_seq=after, max_bytes=max_bytes)


def apply(store: Store, changes: list[RowChange], **kw: Any) -> ApplyResult:
    with store.write() as s:
        return apply_remote_changes(s, changes, **kw)


def send(src: Store, dst: Store, study_id: str, *, max_bytes: int = BIG) -> list[RowChange]:
    """Push everything ``src`` has not yet sent to ``dst`` (cursor kept in ``src``)."""
    name = f"push-{dst.device_id}"
    sent: list[RowChange] = []
    while True:
        with src.read() as s:
            after = int(get_cursor(s, study_id=study_id, name=name) or 0)
        box = outbox(src, study_id, after=after, max_bytes=max_bytes)
        if box.changes:
            apply(dst, box.changes)
            sent.extend(box.changes)
        with src.write() as s:
            set_cursor(s, study_id=study_id, name=name, value=box.last_seq)
        if not box.more:
            return sent


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every research table, every column (stamps included), sorted by id."""
    out = {}
    with store.read() as s:
        for model in SYNC_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            rows = s.execute(select(table).order_by(table.c.id)).all()
            out[model.__tablename__] = [tuple(r) for r in rows]
    return out


def local_dump(store: Store) -> tuple[Any, ...]:
    with store.read() as s:
        conf = s.execute(select(Conflict).order_by(col(Conflict.id))).scalars().all()
        log = s.execute(select(ChangeLogEntry).order_by(col(ChangeLogEntry.seq))).scalars().all()
        return (
            [(c.entity, c.row_id, c.field, c.losing_stamp, c.losing_value) for c in conf],
            [(e.seq, e.stamp, e.fields) for e in log],
        )


def all_conflicts(store: Store) -> list[Conflict]:
    with store.read() as s:
        found = conflicts(s, unresolved_only=False)
        s.expunge_all()  # keep the values readable after the read transaction ends
        return found


def edit(store: Store, model: type[Any], row_id: str, **values: Any) -> str:
    """Change fields of a row as a user would; returns the change's stamp."""
    with store.write() as s:
        row = s.get(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        return str(
            s.execute(
                select(ChangeLogEntry.stamp).order_by(col(ChangeLogEntry.seq).desc())
            ).scalar()
        )


def get(store: Store, model: type[Any], row_id: str) -> Any:
    with store.read() as s:
        row = s.get(model, row_id)
        s.expunge_all()
        return row


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty data folder to copy (migrating takes over a second each time)."""
    folder = tmp_path_factory.mktemp("template")
    Store.open(folder).close()
    return folder / DB_NAME


def make_replica(template: Path, folder: Path) -> Store:
    """A fresh data folder with its own device id, copied from ``template``."""
    folder.mkdir(parents=True)
    shutil.copyfile(template, folder / DB_NAME)
    with closing(sqlite3.connect(folder / DB_NAME)) as db, db:
        db.execute("DELETE FROM local_state")
        db.execute("INSERT INTO local_state VALUES (?, ?)", (DEVICE_KEY, secrets.token_hex(8)))
    store = Store.open(folder)
    # These tests are about what replicas hold, not about surviving power loss: skip fsyncs.
    event.listen(store.engine, "connect", _no_fsync)
    store.engine.dispose()
    return store


def _no_fsync(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA synchronous=OFF")


@pytest.fixture
def replicas(template: Path, tmp_path: Path) -> Iterator[list[Store]]:
    stores = [make_replica(template, tmp_path / f"replica{i}") for i in range(3)]
    yield stores
    for s in stores:
        s.close()


@pytest.fixture
def shared(replicas: list[Store]) -> tuple[Store, Store, Store, str, str]:
    """Three replicas holding the same study with one case and one interview."""
    a, b, c = replicas
    with a.write() as s:
        study = records.create_study(s, name="Ecosystems", with_codebook=False)
        case = records.create_case(s, study_id=study.id, title="Hillside school", country="KE")
        records.add_interview(s, case_id=case.id, date="2026-03-01", transcript="Hello")
        study_id, case_id = study.id, case.id
    send(a, b, study_id)
    send(a, c, study_id)
    return a, b, c, study_id, case_id


# --- outbox and apply ------------------------------------------------------------------------


def test_inserts_and_field_edits_reach_the_other_replica(replicas: list[Store]) -> None:
    a, b, _ = replicas
    with a.write() as s:
        study = records.create_study(s, name="Ecosystems")  # with the 22-theme codebook
        case = records.create_case(s, study_id=study.id, title="Hillside", country="KE")
        p = records.add_participant(
            s,
            case_id=case.id,
            code="P-01",
            role="teacher",
            consent_status="given",
            consent_date="2026-02-01",
            consent_quotes=False,
        )
        records.add_interview(s, case_id=case.id, date="2026-03-01", participant_ids=[p.id])
    sent = send(a, b, study.id)
    assert {c.op for c in sent} == {"insert"}
    assert dump(a) == dump(b)
    with a.read() as s:
        seeded = len(themes.live_themes(s, study_id=study.id))
    with b.read() as s:
        assert len(themes.live_themes(s, study_id=study.id)) == seeded >= 20
        copy = s.get(type(p), p.id)
        assert copy is not None
        assert copy.consent_date == date(2026, 2, 1) and copy.consent_quotes is False

    edit(a, Case, case.id, title="Hillside primary", summary="A rural school")
    sent = send(a, b, study.id)
    assert len(sent) == 1 and sent[0].op == "update"
    assert set(sent[0].values) == {"title", "summary", "updated_at"}
    assert dump(a) == dump(b)
    assert get(b, Case, case.id).title == "Hillside primary"


def test_remote_changes_are_not_logged_so_nothing_echoes(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    assert outbox(b, study_id).changes == []
    edit(a, Case, case_id, title="New")
    send(a, b, study_id)
    assert outbox(b, study_id).changes == []
    with b.read() as s:
        assert pending_count(s, after_seq=0) == 0


def test_a_tombstone_syncs(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    with a.write() as s:
        records.delete_row(s, s.get(Case, case_id))
    send(a, b, study_id)
    assert get(b, Case, case_id).deleted_at is not None
    assert dump(a) == dump(b)


def test_concurrent_edits_of_one_field_converge_on_the_later_stamp(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    stamp_a = edit(a, Case, case_id, title="From A")
    stamp_b = edit(b, Case, case_id, title="From B")
    assert stamp_a != stamp_b
    send(a, b, study_id)
    send(b, a, study_id)
    assert dump(a) == dump(b)
    winner, loser = ("From A", "From B") if stamp_a > stamp_b else ("From B", "From A")
    loser_store = b if stamp_a > stamp_b else a
    assert get(a, Case, case_id).title == winner
    lost = [c for c in all_conflicts(loser_store) if c.field == "title"]
    assert len(lost) == 1
    assert json.loads(lost[0].losing_value) == loser
    assert json.loads(lost[0].winning_value) == winner
    assert lost[0].winning_stamp == max(stamp_a, stamp_b)


def test_concurrent_edits_of_different_fields_both_survive(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    edit(a, Case, case_id, title="Title from A")
    edit(b, Case, case_id, region="Rift Valley")
    send(a, b, study_id)
    send(b, a, study_id)
    assert dump(a) == dump(b)
    row = get(a, Case, case_id)
    assert (row.title, row.region) == ("Title from A", "Rift Valley")
    # updated_at, touched by both edits, is settled by the later stamp without a conflict
    assert all_conflicts(a) == all_conflicts(b) == []


def test_a_delete_and_a_concurrent_edit_both_survive(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    with a.write() as s:
        records.delete_row(s, s.get(Case, case_id))
    edit(b, Case, case_id, summary="edited offline")
    send(a, b, study_id)
    send(b, a, study_id)
    assert dump(a) == dump(b)
    row = get(b, Case, case_id)
    assert row.deleted_at is not None and row.summary == "edited offline"


def test_replaying_a_batch_changes_nothing(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    edit(a, Case, case_id, title="From A")
    edit(b, Case, case_id, title="From B")
    box = outbox(a, study_id)
    apply(b, box.changes)
    before = (dump(b), local_dump(b))
    again = apply(b, box.changes)
    assert (dump(b), local_dump(b)) == before
    assert again.ignored == len(box.changes)
    assert again.conflicts == again.fast_forwards == again.updated == again.inserted == 0
    # a full replay of everything from the start, too
    everything = outbox(a, study_id)
    apply(b, everything.changes)
    assert (dump(b), local_dump(b)) == before


def test_updates_of_one_row_are_coalesced_with_the_oldest_base(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    base = current_stamp(get(a, Case, case_id), "summary")
    for i in range(5):
        edit(a, Case, case_id, summary=f"draft {i}")
    edit(a, Case, case_id, country="TZ")
    with a.read() as s:
        seq = s.execute(select(col(ChangeLogEntry.seq)).order_by(col(ChangeLogEntry.seq))).scalars()
        after = list(seq)[-6] - 1
    box = outbox(a, study_id, after=after)
    # summary last changed by the 5th edit, country + updated_at by the 6th: two stamps
    assert [sorted(c.values) for c in box.changes] == [["summary"], ["country", "updated_at"]]
    assert box.changes[0].values["summary"] == "draft 4"
    assert box.changes[0].bases["summary"] == base
    result = apply(b, box.changes)
    assert result.fast_forwards == 3 and result.conflicts == 0
    assert dump(a) == dump(b)
    # and the next edit on B fast-forwards back on A: the field stamps agree
    edit(b, Case, case_id, summary="final")
    assert send(b, a, study_id)
    assert all_conflicts(a) == [] and dump(a) == dump(b)


def test_a_field_changed_again_later_is_sent_with_the_earlier_stamp(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    edit(a, Case, case_id, title="one")
    with a.write() as s:
        records.create_case(s, study_id=study_id, title="Another case")  # breaks the run
    edit(a, Case, case_id, title="two")
    send(a, b, study_id, max_bytes=1)  # one run per batch
    assert dump(a) == dump(b)
    assert all_conflicts(b) == []


def test_a_batch_runs_on_until_rows_it_refers_to_are_in_it(shared: Any) -> None:
    a, b, _, study_id, _ = shared
    with a.write() as s:
        t1 = themes.add_theme(s, study_id=study_id, name="Trust")
        t2 = themes.add_theme(s, study_id=study_id, name="Relationships")
        themes.reparent_theme(s, theme_id=t1.id, parent_id=t2.id)
    with a.read() as s:
        first_new = (
            s.execute(select(col(ChangeLogEntry.seq)).where(ChangeLogEntry.row_id == t1.id))
            .scalars()
            .first()
        )
    box = outbox(a, study_id, after=(first_new or 1) - 1, max_bytes=1)
    # the insert of t1 carries its current parent, t2, so t2's insert must come too
    assert [c.row_id for c in box.changes][:2] == [t1.id, t2.id]
    send(a, b, study_id, max_bytes=1)
    assert dump(a) == dump(b)
    assert get(b, Theme, t1.id).parent_id == t2.id


def test_batches_respect_the_byte_budget_but_always_carry_one_change(shared: Any) -> None:
    a, _, _, study_id, _ = shared
    with a.write() as s:
        for i in range(20):
            records.create_case(s, study_id=study_id, title=f"Case {i}", summary="x" * 200)
    box = outbox(a, study_id, max_bytes=2000)
    assert box.more and 0 < box.size <= 2000 and len(box.changes) > 1
    tiny = outbox(a, study_id, max_bytes=1)
    assert len(tiny.changes) == 1 and tiny.more
    rest = outbox(a, study_id, after=box.last_seq)
    assert not rest.more
    with a.read() as s:
        assert pending_count(s, after_seq=box.last_seq, study_id=study_id) > 0
        assert pending_count(s, after_seq=rest.last_seq, study_id=study_id) == 0


def test_three_replicas_converge(shared: Any) -> None:
    a, b, c, study_id, case_id = shared
    edit(a, Case, case_id, title="A")
    edit(b, Case, case_id, title="B")
    edit(c, Case, case_id, summary="C")
    with c.write() as s:
        records.create_case(s, study_id=study_id, title="New on C")
    # no server: each replica sends its own changes to each other one, in a scrambled order
    for src, dst in [(b, c), (a, b), (c, a), (b, a), (a, c), (c, b)]:
        send(src, dst, study_id)
    assert dump(a) == dump(b) == dump(c)


def test_observed_stamps_order_later_local_stamps_and_persist(shared: Any) -> None:
    _, b, _, study_id, case_id = shared
    ahead = Stamp(wall_clock_ms() + 60_000, 7, "00000000000000ff").encode()
    change = RowChange(
        entity="cases",
        row_id=case_id,
        study_id=study_id,
        stamp=ahead,
        op="update",
        values={"title": "from the future"},
        bases={"title": current_stamp(get(b, Case, case_id), "title")},
    )
    assert apply(b, [change]).fast_forwards == 1
    assert edit(b, Case, case_id, title="later") > ahead
    with b.read() as s:
        assert s.get(LocalState, HLC_KEY).value > ahead  # persisted for other processes
    b.close()
    reopened = Store.open(b.data_dir)
    try:
        assert edit(reopened, Case, case_id, title="after restart") > ahead
    finally:
        reopened.close()


def test_a_stamp_too_far_ahead_is_refused(shared: Any) -> None:
    _, b, _, study_id, case_id = shared
    ahead = Stamp(wall_clock_ms() + 3_600_000, 0, "00000000000000ff").encode()
    change = RowChange("cases", case_id, study_id, ahead, "update", {"title": "x"}, {"title": None})
    before = dump(b)
    with pytest.raises(ClockError, match="ahead"):
        apply(b, [change], max_future_ms=60_000)
    assert dump(b) == before


def test_local_edits_pending_in_the_same_transaction_are_still_logged(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    edit(a, Case, case_id, title="From A")
    box = outbox(a, study_id)
    with b.write() as s:
        row = s.get(Case, case_id)
        row.region = "Coast"  # not flushed yet
        apply_remote_changes(s, box.changes)
        row.kind = "school"  # after the apply, in the same transaction
    with b.read() as s:
        logged = s.execute(select(ChangeLogEntry.fields)).scalars().all()
    fields = set().union(*(json.loads(f or "{}") for f in logged))
    assert {"region", "kind"} <= fields
    send(b, a, study_id)
    assert dump(a) == dump(b)


# --- bad input -------------------------------------------------------------------------------


def _good(study_id: str, case_id: str, stamp: str) -> dict[str, Any]:
    return {
        "entity": "cases",
        "row_id": case_id,
        "study_id": study_id,
        "stamp": stamp,
        "op": "update",
        "values": {"title": "x"},
        "bases": {"title": stamp},
    }


@pytest.mark.parametrize(
    ("patch", "error", "words"),
    [
        ({"entity": "spaceships"}, ValidationError, "spaceships"),
        ({"values": {"colour": "red"}, "bases": {"colour": None}}, ValidationError, "colour"),
        ({"values": {"title": 5}}, ValidationError, "wrong kind"),
        ({"values": {"title": None}}, ValidationError, "empty"),
        ({"op": "drop"}, ValidationError, "drop"),
        ({"stamp": "nonsense"}, ClockError, "nonsense"),
        ({"bases": {}}, ValidationError, "bases"),
        ({"study_id": "another-study"}, ValidationError, "another-study"),
        ({"values": {"study_id": "other"}, "bases": {"study_id": None}}, ValidationError, "other"),
    ],
)
def test_bad_changes_are_refused_and_nothing_is_applied(
    shared: Any, patch: dict[str, Any], error: type[Exception], words: str
) -> None:
    a, b, _, study_id, case_id = shared
    edit(a, Case, case_id, title="good")
    good = outbox(a, study_id).changes
    bad = RowChange.from_json_dict({**_good(study_id, case_id, good[-1].stamp), **patch})
    before = (dump(b), local_dump(b))
    with pytest.raises(error, match=words):
        apply(b, [*good, bad])
    assert (dump(b), local_dump(b)) == before


def test_a_change_for_another_study_than_declared_is_refused(shared: Any) -> None:
    a, b, _, study_id, case_id = shared
    edit(a, Case, case_id, title="x")
    with pytest.raises(ValidationError, match="not to the study being synced"):
        apply(b, outbox(a, study_id).changes, study_id="some-other-study")


def test_an_insert_lacking_fields_is_refused(shared: Any) -> None:
    _, b, _, study_id, _ = shared
    stamp = Stamp(1, 0, "00000000000000ff").encode()
    change = RowChange("cases", "c-1", study_id, stamp, "insert", {"title": "x"}, {"title": None})
    with pytest.raises(ValidationError, match="without fields"):
        apply(b, [change])


def test_changes_referring_to_missing_rows_are_refused(shared: Any) -> None:
    a, b, _, study_id, _ = shared
    with a.write() as s:
        case = records.create_case(s, study_id=study_id, title="New")
        records.add_observation(s, case_id=case.id, date="2026-01-02", description="seen")
    box = outbox(a, study_id)
    observation_only = [c for c in box.changes if c.entity == "observations"]
    before = dump(b)
    with pytest.raises(MissingReferenceError, match="does not have"):
        apply(b, observation_only)
    assert dump(b) == before
    edit(a, Case, case.id, title="edited")
    update_only = [c for c in outbox(a, study_id, after=box.last_seq).changes]
    with pytest.raises(MissingReferenceError, match="before the record"):
        apply(b, update_only)


def test_row_change_json_round_trip_and_bad_json() -> None:
    change = RowChange("cases", "id", "s", "0" * 32, "update", {"a": 1}, {"a": None})
    assert RowChange.from_json_dict(json.loads(json.dumps(change.to_json_dict()))) == change
    for bad in [
        [],
        {"entity": "cases"},
        {**change.to_json_dict(), "values": []},
        {**change.to_json_dict(), "row_id": 3},
        {**change.to_json_dict(), "bases": {"a": 1}},
    ]:
        with pytest.raises(ValidationError):
            RowChange.from_json_dict(bad)


# --- conflicts -------------------------------------------------------------------------------


def _conflicted(shared: Any) -> tuple[Store, Store, str, str, Conflict]:
    a, b, _, study_id, case_id = shared
    stamp_a = edit(a, Case, case_id, title="From A")
    stamp_b = edit(b, Case, case_id, title="From B")
    send(a, b, study_id)
    send(b, a, study_id)
    loser = b if stamp_a > stamp_b else a
    other = a if loser is b else b
    with loser.read() as s:
        found = [c for c in conflicts(s, study_id=study_id) if c.field == "title"]
        s.expunge_all()
    return loser, other, study_id, case_id, found[0]


def test_taking_the_losing_value_is_a_new_change_that_syncs(shared: Any) -> None:
    loser, other, study_id, case_id, conflict = _conflicted(shared)
    lost = json.loads(conflict.losing_value)
    with loser.write() as s:
        done = resolve_conflict(s, conflict_id=conflict.id, choice="take_losing")
        assert done.resolved_at is not None
    assert get(loser, Case, case_id).title == lost
    send(loser, other, study_id)
    assert get(other, Case, case_id).title == lost
    with loser.read() as s:
        assert all(c.field != "title" for c in conflicts(s))
        assert any(c.field == "title" for c in conflicts(s, unresolved_only=False))
    with other.read() as s:  # a fast-forward there: no new conflict on title
        assert len([c for c in conflicts(s, unresolved_only=False) if c.field == "title"]) <= 1
    assert dump(loser) == dump(other)


def test_keep_and_custom_resolutions(shared: Any) -> None:
    loser, _, _, case_id, conflict = _conflicted(shared)
    title = get(loser, Case, case_id).title
    with loser.write() as s:
        resolve_conflict(s, conflict_id=conflict.id, choice="keep")
    assert get(loser, Case, case_id).title == title
    with loser.write() as s, pytest.raises(ConflictError, match="already resolved"):
        resolve_conflict(s, conflict_id=conflict.id, choice="keep")
    with loser.write() as s:
        fresh = Conflict(
            study_id=conflict.study_id,
            entity="cases",
            row_id=case_id,
            field="title",
            losing_value='"x"',
            losing_stamp=conflict.losing_stamp,
            winning_value='"y"',
            winning_stamp=conflict.winning_stamp,
        )
        s.add(fresh)
    with loser.write() as s:
        resolve_conflict(s, conflict_id=fresh.id, choice="custom", value="A and B")
    assert get(loser, Case, case_id).title == "A and B"
    with loser.write() as s, pytest.raises(NotFoundError):
        resolve_conflict(s, conflict_id="nope", choice="keep")


def test_a_custom_value_of_the_wrong_kind_is_refused(shared: Any) -> None:
    loser, _, _, case_id, conflict = _conflicted(shared)
    title = get(loser, Case, case_id).title
    with loser.write() as s, pytest.raises(ValidationError):
        resolve_conflict(s, conflict_id=conflict.id, choice="custom", value=None)
    assert get(loser, Case, case_id).title == title
    with loser.read() as s:
        assert s.get(Conflict, conflict.id).resolved_at is None


def test_cursors(store: Store) -> None:
    with store.write() as s:
        assert get_cursor(s, study_id="s1", name="pull") is None
        set_cursor(s, study_id="s1", name="pull", value="abc")
        set_cursor(s, study_id="s1", name="push", value=42)
        set_cursor(s, study_id="s2", name="push", value=7)
    with store.read() as s:
        assert get_cursor(s, study_id="s1", name="pull") == "abc"
        assert get_cursor(s, study_id="s1", name="push") == "42"
        assert get_cursor(s, study_id="s2", name="push") == "7"
        assert s.get(LocalState, "cursor:pull:s1") is not None


# --- random edits on 2-3 replicas, synced in random orders until quiescent -------------------
#
# A list of pushed batches stands in for the server: each replica appends its outbox batches and
# pulls whole batches from its own cursor, in arrival order (what the sync server will do).
# Pulling straight from a peer instead would hand a replica a change that names a row made by a
# third replica it has not heard from yet.

TITLES = ["alpha", "beta", "gamma"]  # few values: equal concurrent values happen too

_edit = st.tuples(
    st.just("edit"),
    st.integers(0, 2),
    st.integers(0, 1),  # few rows, so replicas often edit the same one
    st.sampled_from(
        [("title", value) for value in TITLES]
        + [("summary", "s1"), ("summary", "s2"), ("country", None), ("country", "KE")]
    ),
)
step = st.one_of(
    _edit,
    _edit,
    _edit,
    _edit,
    st.tuples(st.just("create"), st.integers(0, 2), st.integers(0, 9), st.just(None)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 3), st.just(None)),
    st.tuples(st.just("reparent"), st.integers(0, 2), st.integers(0, 3), st.integers(-1, 3)),
    st.tuples(st.just("push"), st.integers(0, 2), st.sampled_from([1, 700, BIG]), st.just(None)),
    st.tuples(st.just("pull"), st.integers(0, 2), st.integers(1, 3), st.just(None)),
)


class Network:
    def __init__(self, stores: list[Store], study_id: str) -> None:
        self.stores = stores
        self.study_id = study_id
        self.server: list[list[dict[str, Any]]] = []
        self.writes: list[tuple[str, str, str, str, str, str | None]] = []

    def push(self, r: int, max_bytes: int) -> bool:
        store = self.stores[r]
        with store.write() as s:
            after = int(get_cursor(s, study_id=self.study_id, name="push") or 0)
            box = collect_outbox(s, study_id=self.study_id, after_seq=after, max_bytes=max_bytes)
            if box.changes:
                self.server.append([c.to_json_dict() for c in box.changes])
            set_cursor(s, study_id=self.study_id, name="push", value=box.last_seq)
        return box.more

    def pull(self, r: int, batches: int) -> None:
        with self.stores[r].write() as s:
            cursor = int(get_cursor(s, study_id=self.study_id, name="pull") or 0)
            for batch in self.server[cursor : cursor + batches]:
                changes = [RowChange.from_json_dict(json.loads(json.dumps(c))) for c in batch]
                apply_remote_changes(s, changes, study_id=self.study_id)
            set_cursor(
                s,
                study_id=self.study_id,
                name="pull",
                value=min(len(self.server), cursor + batches),
            )

    def local(self, r: int, do: Any) -> None:
        """Run a user edit on replica ``r`` and remember every field value it wrote."""
        with self.stores[r].write() as s:
            before = s.execute(select(func.max(ChangeLogEntry.seq))).scalar() or 0
            do(s)
            s.flush()
            entries = (
                s.execute(select(ChangeLogEntry).where(col(ChangeLogEntry.seq) > before))
                .scalars()
                .all()
            )
            for e in entries:
                model = MODEL_BY_TABLE[e.entity]
                row = s.get(model, e.row_id)
                bases = json.loads(e.fields) if e.fields else dict.fromkeys(USER_FIELDS)
                for name, base in bases.items():
                    if name in USER_FIELDS and hasattr(row, name):
                        value = json.dumps(json_value(getattr(row, name)), ensure_ascii=False)
                        self.writes.append((e.entity, e.row_id, name, value, e.stamp, base))

    def quiesce(self) -> None:
        for _ in range(2):
            for r in range(len(self.stores)):
                while self.push(r, BIG):
                    pass
            for r in range(len(self.stores)):
                self.pull(r, len(self.server))


USER_FIELDS = ("title", "summary", "country", "deleted_at", "parent_id", "name")


def _rows(s: Any, model: type[Any], study_id: str) -> list[Any]:
    query = select(model).where(model.study_id == study_id).order_by(model.created_at, model.id)
    return list(s.execute(query).scalars())


def _run_step(net: Network, n: int, kind: str, r: int, k: int, arg: Any) -> None:
    r %= n
    study_id = net.study_id
    if kind == "push":
        net.push(r, k)
    elif kind == "pull":
        net.pull(r, k)
    elif kind == "create":
        net.local(r, lambda s: s.add(Case(study_id=study_id, title=f"new {k}")))
    elif kind in ("edit", "delete"):

        def change(s: Any) -> None:
            cases = _rows(s, Case, study_id)
            row = cases[k % len(cases)]
            if kind == "delete":
                records.delete_row(s, row)
            else:
                setattr(row, arg[0], arg[1])

        net.local(r, change)
    else:

        def reparent(s: Any) -> None:
            found = _rows(s, Theme, study_id)
            found[k % len(found)].parent_id = None if arg < 0 else found[arg % len(found)].id

        net.local(r, reparent)


def _accounted(net: Network) -> None:
    """Every value a user wrote is current, was knowingly overwritten, or is in conflicts."""
    first = net.stores[0]
    lost: set[tuple[str, str, str, str, str]] = set()
    for store in net.stores:
        for c in all_conflicts(store):
            lost.add((c.entity, c.row_id, c.field, c.losing_stamp, c.losing_value))
    overwritten = {(w[0], w[1], w[2], w[5]) for w in net.writes}
    current: dict[tuple[str, str, str], str] = {}
    with first.read() as s:
        for entity, row_id, name, *_ in net.writes:
            row = s.get(MODEL_BY_TABLE[entity], row_id)
            current[(entity, row_id, name)] = json.dumps(
                json_value(getattr(row, name)), ensure_ascii=False
            )

    def kept(w: tuple[str, str, str, str, str, str | None]) -> bool:
        entity, row_id, name, value, stamp, _ = w
        return (
            current[(entity, row_id, name)] == value
            or (entity, row_id, name, stamp, value) in lost
            or (entity, row_id, name, stamp) in overwritten
        )

    for w in net.writes:
        # a value that lost to an equal value is kept by that other write
        same = [o for o in net.writes if o[:4] == w[:4]]
        assert any(kept(o) for o in same), f"value lost without trace: {w}"


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(n=st.integers(2, 3), steps=st.lists(step, min_size=4, max_size=30))
def test_random_edits_on_replicas_converge(
    template: Path, tmp_path: Path, n: int, steps: list[tuple[str, int, int, Any]]
) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        stores = [make_replica(template, Path(folder) / f"r{i}") for i in range(n)]
        try:
            with stores[0].write() as s:
                study = records.create_study(s, name="Random", with_codebook=False)
                for i in range(2):
                    records.create_case(s, study_id=study.id, title=f"case {i}")
                    themes.add_theme(s, study_id=study.id, name=f"theme {i}")
            net = Network(stores, study.id)
            net.quiesce()
            for r in range(n):  # at least one true conflict in every example
                _run_step(net, n, "edit", r, 0, ("summary", f"from replica {r}"))
            for kind, r, k, arg in steps:
                _run_step(net, n, kind, r, k, arg)
            net.quiesce()
            dumps = [dump(store) for store in stores]
            assert all(d == dumps[0] for d in dumps[1:])
            for store in stores:
                with store.read() as s:
                    assert (
                        pending_count(
                            s, after_seq=int(get_cursor(s, study_id=study.id, name="push") or 0)
                        )
                        == 0
                    )
            _accounted(net)
            found = sum(len(all_conflicts(store)) for store in stores)
            note_event(f"conflicts recorded: {'0' if not found else '1-3' if found < 4 else '4+'}")
        finally:
            for store in stores:
                store.close()
