"""Applying changes pulled from other replicas: fast-forwards, and conflicts settled by stamp.

Per field: already at the change's stamp → nothing (replays change nothing); base
equal to the current stamp → fast-forward; otherwise a conflict: the greater stamp wins on
every replica, and the losing value goes to the conflicts table unless it equals the winning
one (or is only ``updated_at``). Remote applies are not logged, so nothing echoes back.

A batch is applied in bulk with SQL Core: the rows it names are read a table at a time
(``WHERE id IN (...)``), the changes are applied in order to those rows in memory, then new
rows go in with one executemany INSERT per table and changed rows with one executemany UPDATE
per table and set of changed columns. The search index stays right: its triggers stand aside
while the batch writes, and the rows written are indexed after, a table at a time (10,000 rows
a trigger run each were half of a large pull). Nothing goes through the ORM's flush, so nothing is
logged (the change log holds local changes only), and ORM objects the caller's session holds
for rows the batch changed are expired, so they reload the new values. New rows go in parents
first (tables in foreign-key order, and within a self-referencing table a parent row before its
children), so the deferred foreign-key check never has a violation outstanding while it inserts
(with one outstanding, SQLite looks up the children of every parent row it inserts).

Strict (the default), any change that cannot be applied raises and nothing is applied. With
``set_aside=True`` (what sync uses, see :mod:`fieldkit.storage.set_aside`) such a change is
left out with its reason (``ApplyResult.refused``) and the rest of the batch is applied: a
change that does not pass the checks, an update to a row this replica lacks, a change to a row
of another study, and a change that leaves a reference to a row this replica lacks (with the
changes that depended on it: the batch is applied again without them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from fieldkit.errors import (
    FieldkitError,
    MissingReferenceError,
    ValidationError,
    phrase,
    reason_of,
)
from fieldkit.storage.bulk_insert import insert_rows
from fieldkit.storage.changes import observe_stamps
from fieldkit.storage.hlc import DEVICE_DIGITS, check_stamp
from fieldkit.storage.models import (
    MODEL_BY_TABLE,
    STAMP_COLUMNS,
    Conflict,
    Study,
    SyncRow,
    new_id,
    utcnow,
)
from fieldkit.storage.page_cache import widen_page_cache
from fieldkit.storage.row_changes import (
    OPS,
    RowChange,
    compact_json,
    json_value,
    python_values,
    sync_columns,
)
from fieldkit.storage.row_fetch import existing_ids, fetch_rows, table_of
from fieldkit.storage.search_bulk import WATCHED, index_records, search_triggers_paused

_CONFLICTS: sa.Table = Conflict.__table__  # type: ignore[attr-defined]

# Bookkeeping that every edit touches: settled by the greater stamp like any field, but a losing
# value is not worth a conflict for anyone to resolve (two people editing different fields of
# one record would otherwise always "conflict" on it).
UNRECORDED = frozenset({"updated_at"})


@dataclass
class ApplyResult:
    """Counts: rows ``inserted``; existing rows ``updated`` (any field or stamp moved);
    fields fast-forwarded; conflicts recorded; changes ``ignored`` (they changed nothing)."""

    inserted: int = 0
    updated: int = 0
    fast_forwards: int = 0
    conflicts: int = 0
    ignored: int = 0
    # With ``set_aside``: index in the batch -> why that change was not applied (the error's
    # Phrase when it has one, so the reason can be kept and said in the reader's language).
    refused: dict[int, str] = field(default_factory=dict)
    set_aside: int = 0  # changes set aside by this apply (kept to try again later)
    recovered: int = 0  # changes set aside earlier that applied now

    def add(self, other: ApplyResult) -> None:
        """Add the counts of ``other`` (not its refusals) to these."""
        self.inserted += other.inserted
        self.updated += other.updated
        self.fast_forwards += other.fast_forwards
        self.conflicts += other.conflicts
        self.ignored += other.ignored
        self.set_aside += other.set_aside
        self.recovered += other.recovered


def _dump_stamps(stamps: dict[str, str]) -> str | None:
    return json.dumps(stamps, sort_keys=True, separators=(",", ":")) if stamps else None


@dataclass(slots=True)
class _Checked:
    change: RowChange
    model: type[SyncRow]
    values: dict[str, Any] = field(default_factory=dict)
    index: int = 0  # position in the batch


@dataclass(slots=True)
class _RowState:
    """One row the batch touches, as it stands after the changes applied so far."""

    table: sa.Table
    model: type[SyncRow]
    row_id: str
    values: dict[str, Any]  # column name -> Python value (every column read or inserted)
    row_stamp: str
    stamps: dict[str, str]  # field_stamps
    new: bool = False  # not in the database yet: inserted at the end of the batch
    dirty: set[str] = field(default_factory=set)  # columns to write (existing rows)
    made_by: int = -1  # the batch index of the insert (new rows)
    set_by: dict[str, int] = field(default_factory=dict)  # column -> batch index that wrote it

    def owner(self) -> Any:
        return self.row_id if self.model is Study else self.values.get("study_id")


def apply_remote_changes(
    session: Session,
    changes: Sequence[RowChange],
    *,
    study_id: str | None = None,
    max_future_ms: int | None = None,
    set_aside: bool = False,
) -> ApplyResult:
    """Apply changes pulled from elsewhere, in order, inside the caller's transaction.

    Everything is checked before anything is written: an unknown table or field, a bad value
    or stamp, or a change for another study than ``study_id`` raises ValidationError (or
    ClockError for a stamp more than ``max_future_ms`` ahead of this clock) and nothing is
    applied. References between rows are checked once the whole batch is in; a batch that
    refers to a row this replica lacks raises MissingReferenceError (roll the transaction back).

    With ``set_aside`` those changes are not applied but listed in ``refused`` (by index, with
    the reason) and everything else is; only a stamp too far ahead still raises ClockError.
    """
    strict = not set_aside
    result = ApplyResult()
    checked: list[_Checked] = []
    for index, change in enumerate(changes):
        try:
            item = _check(change, study_id)
        except FieldkitError as exc:
            if strict:
                raise
            result.refused[index] = reason_of(exc)
            continue
        item.index = index
        checked.append(item)
    if not checked:
        return result
    session.flush()  # the caller's own pending edits are logged as local changes
    observe_stamps(session, [c.change.stamp for c in checked], max_drift_ms=max_future_ms)
    conn = session.connection()
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    widen_page_cache(conn)  # the batch's pages stay in memory until the commit
    while True:
        counts = ApplyResult()
        states = _load_states(conn, checked)
        conflicts: dict[tuple[str, str, str, str], dict[str, Any]] = {}
        refused: dict[int, str] = {}
        for item in checked:
            reason = _apply_one(conn, states, item, counts, conflicts)
            if reason is not None:
                if strict:
                    raise reason
                refused[item.index] = reason_of(reason)
        missing = _missing_references(conn, states)
        if missing and strict:
            raise next(iter(missing.values()))
        refused.update((index, reason_of(error)) for index, error in missing.items())
        result.refused.update(refused)
        if not missing:
            break
        # Left out with what depended on it; the rest is applied again from the start.
        left = [item for item in checked if item.index not in refused]
        if len(left) == len(checked):  # cannot happen: every reference has a maker
            raise next(iter(missing.values()))
        checked = left
    result.add(counts)
    _write(conn, states, conflicts)
    _expire_cached(session, states)
    return result


def _load_states(
    conn: sa.Connection, checked: Sequence[_Checked]
) -> dict[tuple[str, str], _RowState]:
    """The rows the batch names that this replica already has (all their columns)."""
    wanted: dict[str, set[str]] = {}
    models: dict[str, type[SyncRow]] = {}
    for item in checked:
        wanted.setdefault(item.change.entity, set()).add(item.change.row_id)
        models[item.change.entity] = item.model
    states: dict[tuple[str, str], _RowState] = {}
    for entity, ids in wanted.items():
        model = models[entity]
        table = table_of(entity)
        for row_id, row in fetch_rows(conn, table, ids).items():
            values = {name: row[name] for name in row if name not in STAMP_COLUMNS}
            stamps_text = row["field_stamps"]
            states[(entity, row_id)] = _RowState(
                table=table,
                model=model,
                row_id=row_id,
                values=values,
                row_stamp=str(row["row_stamp"]),
                stamps=json.loads(stamps_text) if stamps_text else {},
            )
    return states


def _apply_one(
    conn: sa.Connection,
    states: dict[tuple[str, str], _RowState],
    item: _Checked,
    result: ApplyResult,
    conflicts: dict[tuple[str, str, str, str], dict[str, Any]],
) -> FieldkitError | None:
    """Apply one change to the batch's rows in memory; or the error why it cannot be."""
    change = item.change
    key = (change.entity, change.row_id)
    state = states.get(key)
    if state is None:
        if change.op != "insert":
            return MissingReferenceError(
                phrase(
                    "a change to {table} {row} arrived before the record itself",
                    table=change.entity,
                    row=change.row_id,
                )
            )
        states[key] = _RowState(
            table=table_of(change.entity),
            model=item.model,
            row_id=change.row_id,
            values={"id": change.row_id, **item.values},
            row_stamp=change.stamp,
            stamps={},
            new=True,
            made_by=item.index,
        )
        result.inserted += 1
        return None
    owner = state.owner()
    if owner != change.study_id:
        return ValidationError(
            phrase(
                "a change to {table} {row} is declared for study {study} but the record belongs "
                "to study {owner}",
                table=change.entity,
                row=change.row_id,
                study=change.study_id,
                owner=owner,
            )
        )
    moved = False
    for name, value in item.values.items():
        now = state.stamps.get(name, state.row_stamp)
        if now == change.stamp:
            continue
        if change.bases[name] is not None and change.bases[name] == now:
            state.values[name] = value
            state.stamps[name] = change.stamp
            state.dirty.add(name)
            state.set_by[name] = item.index
            result.fast_forwards += 1
            moved = True
        elif _resolve(conn, state, change, name, value, now, result, conflicts):
            state.set_by[name] = item.index
            moved = True
    if moved:
        state.dirty.add("field_stamps")
        result.updated += 1
    else:
        result.ignored += 1
    return None


def _resolve(
    conn: sa.Connection,
    state: _RowState,
    change: RowChange,
    name: str,
    value: Any,
    now: str,
    result: ApplyResult,
    conflicts: dict[tuple[str, str, str, str], dict[str, Any]],
) -> bool:
    """A concurrent edit of one field: the greater stamp wins; returns whether the row moved."""
    local = compact_json(json_value(state.values[name]))
    remote = compact_json(json_value(value))
    remote_wins = change.stamp > now
    if remote_wins:
        state.values[name] = value
        state.stamps[name] = change.stamp
        state.dirty.add(name)
    # Two stamps of one device are never concurrent: it wrote the later value over its own
    # earlier one (an old batch applied again must not report that as a conflict).
    same_device = now[-DEVICE_DIGITS:] == change.stamp[-DEVICE_DIGITS:]
    if local != remote and name not in UNRECORDED and not same_device:
        losing = (local, now) if remote_wins else (remote, change.stamp)
        winning = (remote, change.stamp) if remote_wins else (local, now)
        key = (change.entity, change.row_id, name, losing[1])
        if key not in conflicts and not _conflict_known(conn, key):
            conflicts[key] = {
                "id": new_id(),
                "study_id": change.study_id,
                "entity": change.entity,
                "row_id": change.row_id,
                "field": name,
                "losing_value": losing[0],
                "losing_stamp": losing[1],
                "winning_value": winning[0],
                "winning_stamp": winning[1],
                "detected_at": utcnow(),
                "resolved_at": None,
            }
            result.conflicts += 1
    return remote_wins


def _conflict_known(conn: sa.Connection, key: tuple[str, str, str, str]) -> bool:
    table = _CONFLICTS
    query = sa.select(table.c.id).where(
        table.c.entity == key[0],
        table.c.row_id == key[1],
        table.c.field == key[2],
        table.c.losing_stamp == key[3],
    )
    return conn.execute(query.limit(1)).first() is not None


def _write(
    conn: sa.Connection,
    states: dict[tuple[str, str], _RowState],
    conflicts: dict[tuple[str, str, str, str], dict[str, Any]],
) -> None:
    """New rows: one INSERT per table; moved rows: one UPDATE per set of columns (executemany)."""
    inserts: dict[str, list[dict[str, Any]]] = {}
    updates: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for (entity, _row_id), state in states.items():
        stamps = _dump_stamps(state.stamps)
        if state.new:
            row = state.values  # done with: the row as it is written
            row["row_stamp"] = state.row_stamp
            row["field_stamps"] = stamps
            inserts.setdefault(entity, []).append(row)
        elif state.dirty:
            names = tuple(sorted(state.dirty - {"field_stamps"}))
            params = {f"v_{name}": state.values[name] for name in names}
            params["v_field_stamps"] = stamps
            params["v_id"] = state.row_id
            updates.setdefault((entity, names), []).append(params)
    # The search index: the rows this batch wrote, a table at a time after all the writes
    # (search_bulk.py), not by the triggers a row at a time.
    reindex: dict[str, list[str]] = {}
    with search_triggers_paused(conn):
        for entity in sorted(inserts, key=_TABLE_ORDER.__getitem__):
            table = table_of(entity)
            rows = _parents_first(table, inserts[entity])
            insert_rows(conn, table, rows)
            if entity in WATCHED:
                reindex.setdefault(entity, []).extend(row["id"] for row in rows)
        for (entity, names), rows in updates.items():
            table = table_of(entity)
            statement = (
                table.update()
                .where(table.c.id == sa.bindparam("v_id"))
                .values({name: sa.bindparam(f"v_{name}") for name in (*names, "field_stamps")})
            )
            conn.execute(statement, rows)
            if not WATCHED.get(entity, frozenset()).isdisjoint(names):
                reindex.setdefault(entity, []).extend(row["v_id"] for row in rows)
        for entity, ids in reindex.items():
            index_records(conn, entity, ids)
    if conflicts:
        conn.execute(_CONFLICTS.insert(), list(conflicts.values()))


def _missing_references(
    conn: sa.Connection, states: dict[tuple[str, str], _RowState]
) -> dict[int, MissingReferenceError]:
    """References new or moved rows hold to rows this replica lacks: by the change that made
    each one (the insert of a new row, the change that last set the column of an existing one).
    """
    wanted: dict[str, set[Any]] = {}
    new_ids: dict[str, set[Any]] = {}
    for (entity, row_id), state in states.items():
        if state.new:
            new_ids.setdefault(entity, set()).add(row_id)
        elif not state.dirty:
            continue
        for name, target in _REFERENCES[entity]:
            if state.new or name in state.dirty:
                value = state.values.get(name)
                if value is not None:
                    wanted.setdefault(target, set()).add(value)
    absent: dict[str, set[Any]] = {}
    for target, values in wanted.items():
        in_batch = new_ids.get(target, set())
        outside = values - in_batch
        lacking = outside - existing_ids(conn, table_of(target), outside) if outside else set()
        if lacking:
            absent[target] = lacking
    if not absent:
        return {}
    missing: dict[int, MissingReferenceError] = {}  # rare: find who holds each reference
    for (entity, _row_id), state in states.items():
        if not state.new and not state.dirty:
            continue
        for name, target in _REFERENCES[entity]:
            value = state.values.get(name)
            if value not in absent.get(target, ()) or not (state.new or name in state.dirty):
                continue
            index = state.made_by if state.new else state.set_by.get(name, -1)
            missing.setdefault(
                index,
                MissingReferenceError(
                    phrase(
                        "a {table} from another replica refers to {target} {value}, which this "
                        "replica does not have yet",
                        table=state.table.name,
                        target=target,
                        value=str(value),
                    )
                ),
            )
    return missing


def _table_order() -> dict[str, int]:
    """Sync tables in an order where every table comes after the tables it refers to."""
    order: list[str] = []

    def visit(name: str, seen: frozenset[str]) -> None:
        if name in order or name in seen:
            return
        table = table_of(name)
        for fk in table.foreign_keys:
            target = fk.column.table.name
            if target != name and target in MODEL_BY_TABLE:
                visit(target, seen | {name})
        order.append(name)

    for name in MODEL_BY_TABLE:
        visit(name, frozenset())
    return {name: position for position, name in enumerate(order)}


def _parents_first(table: sa.Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with every row after the rows of the same batch it refers to (themes under a
    new parent theme); other tables' rows unchanged."""
    columns = [fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name]
    if not columns or len(rows) < 2:
        return rows
    by_id = {row["id"]: row for row in rows}
    placed: set[Any] = set()
    ordered: list[dict[str, Any]] = []

    def place(row: dict[str, Any], path: frozenset[Any]) -> None:
        if row["id"] in placed:
            return
        for name in columns:
            parent = by_id.get(row.get(name))
            if parent is not None and parent["id"] not in path:
                place(parent, path | {row["id"]})
        placed.add(row["id"])
        ordered.append(row)

    for row in rows:
        place(row, frozenset())
    return ordered


_TABLE_ORDER = _table_order()
# Sync table -> (column, sync table it refers to), for every foreign key between sync tables.
_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    name: tuple(
        (fk.parent.name, fk.column.table.name)
        for fk in table_of(name).foreign_keys
        if fk.column.table.name in MODEL_BY_TABLE
    )
    for name in MODEL_BY_TABLE
}


def _expire_cached(session: Session, states: dict[tuple[str, str], _RowState]) -> None:
    """ORM objects the session holds for rows written here reload their new values."""
    # Walk the session's few objects, not the batch's many rows.
    for cached in list(session.identity_map.values()):
        table = getattr(type(cached), "__tablename__", None)
        if not isinstance(table, str) or table not in MODEL_BY_TABLE:
            continue
        state = states.get((table, str(getattr(cached, "id", ""))))
        if state is not None and (state.new or state.dirty):
            session.expire(cached)


def _check(change: RowChange, study_id: str | None) -> _Checked:
    model = MODEL_BY_TABLE.get(change.entity)
    if model is None:
        raise ValidationError(
            phrase("a change names an unknown kind of record: {table}", table=repr(change.entity))
        )
    if change.op not in OPS:
        raise ValidationError(phrase("a change has an unknown operation: {op}", op=repr(change.op)))
    check_stamp(change.stamp)
    if study_id is not None and change.study_id != study_id:
        raise ValidationError(
            phrase(
                "a change to {table} {row} belongs to study {study}, not to the study being "
                "synced ({synced})",
                table=change.entity,
                row=change.row_id,
                study=change.study_id,
                synced=study_id,
            )
        )
    columns = sync_columns(model)
    given = change.values.keys()  # comparisons of key views: no sets built per change
    if not given <= columns.keys():
        unknown = sorted(given - columns.keys())
        raise ValidationError(
            phrase(
                "a change to {table} names unknown fields: {fields}",
                table=change.entity,
                fields=", ".join(unknown),
            )
        )
    if change.bases.keys() != given:
        raise ValidationError(
            phrase(
                "a change to {table} {row} has mismatched bases",
                table=change.entity,
                row=change.row_id,
            )
        )
    if change.op == "insert" and len(given) != len(columns):  # given is within columns
        missing = sorted(columns.keys() - given)
        if missing:
            raise ValidationError(
                phrase(
                    "a new {table} row arrived without fields: {fields}",
                    table=change.entity,
                    fields=", ".join(missing),
                )
            )
    for base in change.bases.values():
        if base is not None:
            check_stamp(base)
    values = python_values(model, change.values, entity=change.entity)
    owner = change.row_id if model is Study else values.get("study_id", change.study_id)
    if owner != change.study_id:
        raise ValidationError(
            phrase(
                "a change to {table} {row} is declared for study {study} but its row belongs to "
                "study {owner}",
                table=change.entity,
                row=change.row_id,
                study=change.study_id,
                owner=str(owner),
            )
        )
    return _Checked(change, model, values)


__all__ = ["UNRECORDED", "ApplyResult", "apply_remote_changes"]
