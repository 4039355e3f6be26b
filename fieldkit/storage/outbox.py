"""The outbox: this device's logged changes of a study, as :class:`RowChange` batches to push.

``collect_outbox`` reads this device's change log in ``seq`` order and sends, for each entry,
the row's *current* values of the fields it changed, with the entry's stamp and the fields'
bases. Rules, and why they are right:

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
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.errors import StorageError
from fieldkit.storage.changes import CLOCK, DEVICE_KEY, current_stamp
from fieldkit.storage.hlc import DEVICE_DIGITS, HybridLogicalClock
from fieldkit.storage.models import MODEL_BY_TABLE, ChangeLogEntry, LocalState
from fieldkit.storage.row_changes import RowChange, compact_json, json_value, sync_columns

_PAGE = 500


@dataclass(frozen=True)
class Outbox:
    changes: list[RowChange]
    last_seq: int  # move the push cursor here once the server acknowledged the batch
    more: bool  # more log entries wait after ``last_seq``
    size: int = 0  # bytes of the changes as compact JSON


def device_id(session: Session) -> str:
    clock: HybridLogicalClock | None = session.info.get(CLOCK)
    if clock is not None:
        return clock.device
    state = session.get(LocalState, DEVICE_KEY)
    if state is None:
        raise StorageError("this data folder has no device id; open it with Store.open")
    return state.value


def is_own(stamp: str, device: str) -> bool:
    return stamp[-DEVICE_DIGITS:] == device


# --- outbox ----------------------------------------------------------------------------------


def collect_outbox(session: Session, *, study_id: str, after_seq: int, max_bytes: int) -> Outbox:
    """The study's local changes after ``after_seq``, up to about ``max_bytes`` of JSON.

    Always at least one run of changes (a large transcript must not block sync forever), and
    more than ``max_bytes`` when a row the batch refers to is created later in the log.
    """
    device = device_id(session)
    changes: list[RowChange] = []
    size = 2
    last_seq = after_seq
    needed: set[str] = set()
    for run in _runs(_entries(session, study_id, after_seq)):
        run_changes, refs = _serialise_run(session, run, device)
        encoded = [len(compact_json(c.to_json_dict()).encode()) + 1 for c in run_changes]
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
    columns = sync_columns(model)
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
        if superseded and first.op != "insert" and not (is_own(now, device) and now > stamp):
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
        if row is not None and is_own(row.row_stamp, device) and row.row_stamp > stamp:
            refs.add(str(value))
    return refs


def pending_count(session: Session, *, after_seq: int, study_id: str | None = None) -> int:
    """Log entries after ``after_seq`` (of one study, or all): what still waits to be pushed."""
    query = select(func.count()).select_from(ChangeLogEntry)
    query = query.where(col(ChangeLogEntry.seq) > after_seq)
    if study_id is not None:
        query = query.where(col(ChangeLogEntry.study_id) == study_id)
    return int(session.execute(query).scalar_one())


__all__ = ["Outbox", "collect_outbox", "device_id", "is_own", "pending_count"]
