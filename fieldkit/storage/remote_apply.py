"""Applying changes pulled from other replicas: fast-forwards, and conflicts settled by stamp.

Per field: already at the change's stamp → nothing (replays change nothing); base
equal to the current stamp → fast-forward; otherwise a conflict: the greater stamp wins on
every replica, and the losing value goes to the conflicts table unless it equals the winning
one (or is only ``updated_at``). Remote applies are not logged, so nothing echoes back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import MissingReferenceError, ValidationError
from fieldkit.storage.changes import REMOTE, observe_stamps
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.models import MODEL_BY_TABLE, Conflict, Study, SyncRow
from fieldkit.storage.row_changes import (
    OPS,
    RowChange,
    compact_json,
    json_value,
    python_value,
    sync_columns,
)

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


def _dump_stamps(stamps: dict[str, str]) -> str | None:
    return json.dumps(stamps, sort_keys=True, separators=(",", ":")) if stamps else None


@dataclass
class _Checked:
    change: RowChange
    model: type[SyncRow]
    values: dict[str, Any] = field(default_factory=dict)


def apply_remote_changes(
    session: Session,
    changes: Sequence[RowChange],
    *,
    study_id: str | None = None,
    max_future_ms: int | None = None,
) -> ApplyResult:
    """Apply changes pulled from elsewhere, in order, inside the caller's transaction.

    Everything is checked before anything is written: an unknown table or field, a bad value
    or stamp, or a change for another study than ``study_id`` raises ValidationError (or
    ClockError for a stamp more than ``max_future_ms`` ahead of this clock) and nothing is
    applied. References between rows are checked once the whole batch is in; a batch that
    refers to a row this replica lacks raises MissingReferenceError (roll the transaction back).
    """
    checked = [_check(change, study_id) for change in changes]
    result = ApplyResult()
    if not checked:
        return result
    session.flush()  # the caller's own pending edits are logged as local changes
    observe_stamps(session, [c.stamp for c in changes], max_drift_ms=max_future_ms)
    session.execute(sa.text("PRAGMA defer_foreign_keys = ON"))
    previous = session.info.get(REMOTE)
    session.info[REMOTE] = True
    touched: list[SyncRow] = []
    try:
        for item in checked:
            touched.append(_apply_one(session, item, result))
        session.flush()
    finally:
        if previous is None:
            session.info.pop(REMOTE, None)
        else:
            session.info[REMOTE] = previous
    _check_references(session, touched)
    return result


def _check(change: RowChange, study_id: str | None) -> _Checked:
    model = MODEL_BY_TABLE.get(change.entity)
    if model is None:
        raise ValidationError(f"a change names an unknown kind of record: {change.entity!r}")
    if change.op not in OPS:
        raise ValidationError(f"a change has an unknown operation: {change.op!r}")
    Stamp.decode(change.stamp)
    if study_id is not None and change.study_id != study_id:
        raise ValidationError(
            f"a change to {change.entity} {change.row_id} belongs to study {change.study_id}, "
            f"not to the study being synced ({study_id})"
        )
    columns = sync_columns(model)
    unknown = sorted(set(change.values) - set(columns))
    if unknown:
        raise ValidationError(
            f"a change to {change.entity} names unknown fields: {', '.join(unknown)}"
        )
    if set(change.bases) != set(change.values):
        raise ValidationError(f"a change to {change.entity} {change.row_id} has mismatched bases")
    if change.op == "insert":
        missing = sorted(set(columns) - set(change.values))
        if missing:
            raise ValidationError(
                f"a new {change.entity} row arrived without fields: {', '.join(missing)}"
            )
    for base in change.bases.values():
        if base is not None:
            Stamp.decode(base)
    values = {
        name: python_value(columns[name], value, label=f"{change.entity}.{name}")
        for name, value in change.values.items()
    }
    owner = change.row_id if model is Study else values.get("study_id", change.study_id)
    if owner != change.study_id:
        raise ValidationError(
            f"a change to {change.entity} {change.row_id} is declared for study "
            f"{change.study_id} but its row belongs to study {owner}"
        )
    return _Checked(change, model, values)


def _apply_one(session: Session, item: _Checked, result: ApplyResult) -> SyncRow:
    change = item.change
    row = session.get(item.model, change.row_id)
    if row is None:
        if change.op != "insert":
            raise MissingReferenceError(
                f"a change to {change.entity} {change.row_id} arrived before the record itself"
            )
        row = item.model(id=change.row_id, **item.values)
        row.row_stamp = change.stamp
        row.field_stamps = None
        session.add(row)
        result.inserted += 1
        return row
    owner = row.id if isinstance(row, Study) else getattr(row, "study_id", None)
    if owner != change.study_id:
        raise ValidationError(
            f"a change to {change.entity} {change.row_id} is declared for study "
            f"{change.study_id} but the record belongs to study {owner}"
        )
    stamps: dict[str, str] = json.loads(row.field_stamps) if row.field_stamps else {}
    moved = False
    for name, value in item.values.items():
        now = stamps.get(name, row.row_stamp)
        if now == change.stamp:
            continue
        if change.bases[name] is not None and change.bases[name] == now:
            setattr(row, name, value)
            stamps[name] = change.stamp
            result.fast_forwards += 1
            moved = True
        elif _resolve(session, row, change, name, value, now, stamps, result):
            moved = True
    if moved:
        row.field_stamps = _dump_stamps(stamps)
        result.updated += 1
    else:
        result.ignored += 1
    return row


def _resolve(
    session: Session,
    row: SyncRow,
    change: RowChange,
    name: str,
    value: Any,
    now: str,
    stamps: dict[str, str],
    result: ApplyResult,
) -> bool:
    """A concurrent edit of one field: the greater stamp wins; returns whether the row moved."""
    local = compact_json(json_value(getattr(row, name)))
    remote = compact_json(json_value(value))
    remote_wins = change.stamp > now
    if remote_wins:
        setattr(row, name, value)
        stamps[name] = change.stamp
    if local != remote and name not in UNRECORDED:
        losing = (local, now) if remote_wins else (remote, change.stamp)
        winning = (remote, change.stamp) if remote_wins else (local, now)
        if not _conflict_known(session, change, name, losing[1]):
            session.add(
                Conflict(
                    study_id=change.study_id,
                    entity=change.entity,
                    row_id=change.row_id,
                    field=name,
                    losing_value=losing[0],
                    losing_stamp=losing[1],
                    winning_value=winning[0],
                    winning_stamp=winning[1],
                )
            )
            result.conflicts += 1
    return remote_wins


def _conflict_known(session: Session, change: RowChange, name: str, losing_stamp: str) -> bool:
    query = select(col(Conflict.id)).where(
        col(Conflict.entity) == change.entity,
        col(Conflict.row_id) == change.row_id,
        col(Conflict.field) == name,
        col(Conflict.losing_stamp) == losing_stamp,
    )
    with session.no_autoflush:
        if session.execute(query).first() is not None:
            return True
    return any(
        isinstance(o, Conflict)
        and (o.entity, o.row_id, o.field, o.losing_stamp)
        == (change.entity, change.row_id, name, losing_stamp)
        for o in session.new
    )


def _check_references(session: Session, rows: list[SyncRow]) -> None:
    for row in rows:
        table = row.__table__  # type: ignore[attr-defined]
        for column in table.columns:
            value = getattr(row, column.name)
            for fk in column.foreign_keys:
                target = MODEL_BY_TABLE.get(fk.column.table.name)
                if value is None or target is None:
                    continue
                if session.get(target, value) is None:
                    raise MissingReferenceError(
                        f"a {row.__tablename__} from another replica refers to "
                        f"{fk.column.table.name} {value}, which this replica does not have yet"
                    )


__all__ = ["UNRECORDED", "ApplyResult", "apply_remote_changes"]
