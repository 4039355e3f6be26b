"""The storage half of sync: the outbox of local changes and applying changes from elsewhere.

Wire-neutral: :class:`RowChange` is what travels (the protocol layer decides how), and both
functions work inside the caller's transaction, so the caller moves its cursor in the same one.

**Outbox.** ``collect_outbox`` reads this device's change log in ``seq`` order and sends, for
each entry, the row's *current* values of the fields it changed, with the entry's stamp and the
fields' bases. Rules, and why they are right:

- *A field changed again later by this device* is still sent with its current value under the
  earlier stamp; the later entry then fast-forwards from that stamp. The receiver briefly holds
  the newer value under the older stamp, which only makes a concurrent edit there a conflict
  that the later stamp settles the same way on every replica.
- *Adjacent updates of one row are coalesced*: each field goes once, with its latest value, the
  stamp of the last entry in the run that touched it and the *oldest* base in the run. The
  intermediate stamps never left this device, so the oldest base is the only one a receiver can
  hold; with any other base every fast-forward would turn into a false conflict. The winner of
  a conflict is the greatest stamp, and the last stamp of a run beats a concurrent stamp
  whenever any stamp of the run would have, so the outcome is the same as sending every entry.
  One run can give several changes: fields whose last touch in the run has a different stamp
  travel under that stamp, because a receiver must end with exactly this device's field stamps
  (a field stamped later there than here would win conflicts here it loses there).
  Inserts are never coalesced (a child row may sit between an insert and its later edits).
- *A field whose current stamp came from another replica* (a remote change won a conflict
  here) is left out of updates: its local value lost and is in this replica's conflicts table.
- *References*: a current value may point at a row this device created after the entry (a
  theme re-parented under a newer theme). The batch then runs on, past ``max_bytes`` if need
  be, until that row's insert is in it; ``apply_remote_changes`` checks references only at the
  end of a batch, so order inside one batch does not matter.

**Apply.** Per field: already at the change's stamp → nothing (replays change nothing); base
equal to the current stamp → fast-forward; otherwise a conflict: the greater stamp wins on
every replica, and the losing value goes to the conflicts table unless it equals the winning
one (or is only ``updated_at``). Remote applies are not logged, so nothing echoes back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.errors import (
    ConflictError,
    MissingReferenceError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from fieldkit.storage.changes import CLOCK, DEVICE_KEY, REMOTE, current_stamp, observe_stamps
from fieldkit.storage.hlc import DEVICE_DIGITS, HybridLogicalClock, Stamp
from fieldkit.storage.models import (
    MODEL_BY_TABLE,
    ChangeLogEntry,
    Conflict,
    LocalState,
    Study,
    SyncRow,
    data_columns,
    utcnow,
)

OPS = ("insert", "update")
# Bookkeeping that every edit touches: settled by the greater stamp like any field, but a losing
# value is not worth a conflict for anyone to resolve (two people editing different fields of
# one record would otherwise always "conflict" on it).
UNRECORDED = frozenset({"updated_at"})
_PAGE = 500
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


@dataclass(frozen=True)
class RowChange:
    """One change to one row: new values of some fields, all set at ``stamp``.

    ``values`` are JSON-ready (dates and times as ISO strings); ``bases`` maps each field in
    ``values`` to the stamp it was based on (``None`` for an insert, which sets every field).
    """

    entity: str
    row_id: str
    study_id: str
    stamp: str
    op: str
    values: dict[str, Any]
    bases: dict[str, str | None]

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "row_id": self.row_id,
            "study_id": self.study_id,
            "stamp": self.stamp,
            "op": self.op,
            "values": dict(self.values),
            "bases": dict(self.bases),
        }

    @classmethod
    def from_json_dict(cls, data: Any) -> RowChange:
        if not isinstance(data, dict):
            raise ValidationError("a change from the server is not an object")
        keys = {"entity", "row_id", "study_id", "stamp", "op", "values", "bases"}
        missing = sorted(keys - data.keys())
        if missing:
            raise ValidationError(f"a change from the server lacks {', '.join(missing)}")
        for key in ("entity", "row_id", "study_id", "stamp", "op"):
            if not isinstance(data[key], str):
                raise ValidationError(f"a change from the server has a bad {key}")
        values, bases = data["values"], data["bases"]
        if not isinstance(values, dict) or not isinstance(bases, dict):
            raise ValidationError("a change from the server has bad values or bases")
        if any(b is not None and not isinstance(b, str) for b in bases.values()):
            raise ValidationError("a change from the server has a bad base stamp")
        return cls(
            entity=data["entity"],
            row_id=data["row_id"],
            study_id=data["study_id"],
            stamp=data["stamp"],
            op=data["op"],
            values=dict(values),
            bases=dict(bases),
        )


@dataclass(frozen=True)
class Outbox:
    changes: list[RowChange]
    last_seq: int  # move the push cursor here once the server acknowledged the batch
    more: bool  # more log entries wait after ``last_seq``
    size: int = 0  # bytes of the changes as compact JSON


@dataclass
class ApplyResult:
    """Counts: rows ``inserted``; existing rows ``updated`` (any field or stamp moved);
    fields fast-forwarded; conflicts recorded; changes ``ignored`` (they changed nothing)."""

    inserted: int = 0
    updated: int = 0
    fast_forwards: int = 0
    conflicts: int = 0
    ignored: int = 0


# --- values ----------------------------------------------------------------------------------


def _columns(model: type[SyncRow]) -> dict[str, sa.Column[Any]]:
    table = model.__table__  # type: ignore[attr-defined]
    return {name: table.c[name] for name in data_columns(model) if name != "id"}


def json_value(value: Any) -> Any:
    """A column value in its JSON-ready form (times in UTC, ISO 8601)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds") + "Z"
    if isinstance(value, date):
        return value.isoformat()
    return value


def python_value(column: sa.Column[Any], value: Any, *, label: str) -> Any:
    """The column value for a JSON-ready ``value``; ValidationError if it does not fit."""
    if value is None:
        if not column.nullable:
            raise ValidationError(f"{label} must not be empty")
        return None
    kind = _python_type(column)
    try:
        if kind is datetime:
            parsed = value if isinstance(value, datetime) else datetime.fromisoformat(_text(value))
            # Stored as aware UTC (sqlmodel's UTCDateTime); a time without zone is UTC.
            if parsed.tzinfo is None:
                return parsed.replace(tzinfo=UTC)
            return parsed.astimezone(UTC)
        if kind is date:
            if isinstance(value, datetime):
                raise ValueError(value)
            return value if isinstance(value, date) else date.fromisoformat(_text(value))
        if kind is bool:
            if isinstance(value, bool):
                return value
        elif kind is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
        elif isinstance(value, str):
            return value
    except ValueError:
        pass
    raise ValidationError(f"{label} has a value of the wrong kind: {value!r}")


def _python_type(column: sa.Column[Any]) -> type:
    kind: Any = column.type
    if isinstance(kind, sa.TypeDecorator):
        kind = kind.impl_instance
    for sa_type, py_type in (
        (sa.DateTime, datetime),
        (sa.Date, date),
        (sa.Boolean, bool),
        (sa.Integer, int),
    ):
        if isinstance(kind, sa_type):
            return py_type
    return str


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(value)
    return value


def _dump_stamps(stamps: dict[str, str]) -> str | None:
    return json.dumps(stamps, sort_keys=True, separators=(",", ":")) if stamps else None


def _device(session: Session) -> str:
    clock: HybridLogicalClock | None = session.info.get(CLOCK)
    if clock is not None:
        return clock.device
    state = session.get(LocalState, DEVICE_KEY)
    if state is None:
        raise StorageError("this data folder has no device id; open it with Store.open")
    return state.value


def _is_own(stamp: str, device: str) -> bool:
    return stamp[-DEVICE_DIGITS:] == device


# --- outbox ----------------------------------------------------------------------------------


def collect_outbox(session: Session, *, study_id: str, after_seq: int, max_bytes: int) -> Outbox:
    """The study's local changes after ``after_seq``, up to about ``max_bytes`` of JSON.

    Always at least one run of changes (a large transcript must not block sync forever), and
    more than ``max_bytes`` when a row the batch refers to is created later in the log.
    """
    device = _device(session)
    changes: list[RowChange] = []
    size = 2
    last_seq = after_seq
    needed: set[str] = set()
    for run in _runs(_entries(session, study_id, after_seq)):
        run_changes, refs = _serialise_run(session, run, device)
        encoded = [len(_JSON(c.to_json_dict()).encode()) + 1 for c in run_changes]
        if changes and not needed and size + sum(encoded) > max_bytes:
            return Outbox(changes, last_seq, more=True, size=size)
        changes.extend(run_changes)
        size += sum(encoded)
        last_seq = run[-1].seq or last_seq
        needed -= {e.row_id for e in run if e.op == "insert"}
        needed |= refs
    return Outbox(changes, last_seq, more=False, size=size)


def _entries(session: Session, study_id: str, after_seq: int) -> Iterator[ChangeLogEntry]:
    seq = after_seq
    while True:
        query = (
            select(ChangeLogEntry)
            .where(col(ChangeLogEntry.study_id) == study_id, col(ChangeLogEntry.seq) > seq)
            .order_by(col(ChangeLogEntry.seq))
            .limit(_PAGE)
        )
        page = list(session.execute(query).scalars())
        yield from page
        if len(page) < _PAGE:
            return
        seq = page[-1].seq or seq


def _runs(entries: Iterator[ChangeLogEntry]) -> Iterator[list[ChangeLogEntry]]:
    """Adjacent updates of one row form one run; an insert is a run of its own."""
    run: list[ChangeLogEntry] = []
    for entry in entries:
        if run and (
            entry.op == "insert"
            or run[0].op == "insert"
            or (entry.entity, entry.row_id) != (run[0].entity, run[0].row_id)
        ):
            yield run
            run = []
        run.append(entry)
    if run:
        yield run


def _serialise_run(
    session: Session, run: list[ChangeLogEntry], device: str
) -> tuple[list[RowChange], set[str]]:
    first = run[0]
    model = MODEL_BY_TABLE.get(first.entity)
    row = session.get(model, first.row_id) if model is not None else None
    if model is None or row is None:
        raise StorageError(
            f"the change log names a {first.entity} row {first.row_id} that does not exist; "
            "the data folder is damaged"
        )
    columns = _columns(model)
    # field -> (stamp of its last change in the run, oldest base in the run)
    plan: dict[str, tuple[str, str | None]] = {}
    if first.op == "insert":
        plan = {name: (first.stamp, None) for name in columns}
    else:
        for entry in run:
            bases: dict[str, str] = json.loads(entry.fields or "{}")
            for name, base in bases.items():
                if name in columns:
                    plan[name] = (entry.stamp, plan[name][1] if name in plan else base)
    grouped: dict[str, tuple[dict[str, Any], dict[str, str | None]]] = {}
    refs: set[str] = set()
    for name, (stamp, first_base) in plan.items():
        now = current_stamp(row, name)
        superseded = now != stamp
        if superseded and first.op != "insert" and not (_is_own(now, device) and now > stamp):
            continue  # a remote change won here; the local value is in the conflicts table
        value = getattr(row, name)
        values, bases_out = grouped.setdefault(stamp, ({}, {}))
        values[name] = json_value(value)
        bases_out[name] = first_base
        if superseded and value is not None:
            refs |= _later_local_reference(session, columns[name], value, stamp, device)
    changes = [
        RowChange(
            entity=first.entity,
            row_id=first.row_id,
            study_id=first.study_id,
            stamp=stamp,
            op=first.op,
            values=values,
            bases=bases,
        )
        for stamp, (values, bases) in sorted(grouped.items())
    ]
    return changes, refs


def _later_local_reference(
    session: Session, column: sa.Column[Any], value: Any, stamp: str, device: str
) -> set[str]:
    """The id ``value`` if it names a row this device created after ``stamp``."""
    refs: set[str] = set()
    for fk in column.foreign_keys:
        target = MODEL_BY_TABLE.get(fk.column.table.name)
        row = session.get(target, value) if target is not None else None
        if row is not None and _is_own(row.row_stamp, device) and row.row_stamp > stamp:
            refs.add(str(value))
    return refs


def pending_count(session: Session, *, after_seq: int, study_id: str | None = None) -> int:
    """Log entries after ``after_seq`` (of one study, or all): what still waits to be pushed."""
    query = select(func.count()).select_from(ChangeLogEntry)
    query = query.where(col(ChangeLogEntry.seq) > after_seq)
    if study_id is not None:
        query = query.where(col(ChangeLogEntry.study_id) == study_id)
    return int(session.execute(query).scalar_one())


# --- apply -----------------------------------------------------------------------------------


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
    columns = _columns(model)
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
    local = _JSON(json_value(getattr(row, name)))
    remote = _JSON(json_value(value))
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


# --- conflicts -------------------------------------------------------------------------------


def conflicts(
    session: Session, *, study_id: str | None = None, unresolved_only: bool = True
) -> list[Conflict]:
    query = select(Conflict).order_by(col(Conflict.detected_at), col(Conflict.id))
    if study_id is not None:
        query = query.where(col(Conflict.study_id) == study_id)
    if unresolved_only:
        query = query.where(col(Conflict.resolved_at).is_(None))
    return list(session.execute(query).scalars())


def resolve_conflict(
    session: Session,
    *,
    conflict_id: str,
    choice: Literal["keep", "take_losing", "custom"],
    value: Any = None,
) -> Conflict:
    """Settle a conflict: keep the winner, take the losing value, or a custom (merged) value.

    Taking a value is a new local change (logged, so it syncs and wins by its newer stamp).
    """
    if session.info.get(REMOTE):
        raise RuntimeError("resolve_conflict needs a normal write session")
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise NotFoundError(f"no conflict with id {conflict_id!r}")
    if conflict.resolved_at is not None:
        raise ConflictError("this conflict was already resolved")
    if choice not in ("keep", "take_losing", "custom"):
        raise ValidationError(f"choose keep, take_losing or custom, not {choice!r}")
    model = MODEL_BY_TABLE[conflict.entity]
    row = session.get(model, conflict.row_id)
    if row is None:
        raise NotFoundError(f"the {model.record_type} of this conflict no longer exists")
    if choice != "keep":
        column = _columns(model)[conflict.field]
        chosen = json.loads(conflict.losing_value) if choice == "take_losing" else value
        new = python_value(column, chosen, label=conflict.field)
        if getattr(row, conflict.field) != new:
            setattr(row, conflict.field, new)
    conflict.resolved_at = utcnow()
    session.flush()
    return conflict


# --- cursors ---------------------------------------------------------------------------------


def cursor_key(study_id: str, name: str) -> str:
    return f"cursor:{name}:{study_id}"


def get_cursor(session: Session, *, study_id: str, name: str) -> str | None:
    """A per-study sync cursor (``name`` e.g. "pull" or "push"), or None if never set."""
    state = session.get(LocalState, cursor_key(study_id, name), populate_existing=True)
    return state.value if state is not None else None


def set_cursor(session: Session, *, study_id: str, name: str, value: str | int) -> None:
    key = cursor_key(study_id, name)
    state = session.get(LocalState, key)
    if state is None:
        session.add(LocalState(key=key, value=str(value)))
    else:
        state.value = str(value)
    session.flush()


__all__ = [
    "ApplyResult",
    "Outbox",
    "RowChange",
    "apply_remote_changes",
    "collect_outbox",
    "conflicts",
    "get_cursor",
    "pending_count",
    "resolve_conflict",
    "set_cursor",
]
