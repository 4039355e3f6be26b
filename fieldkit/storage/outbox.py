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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.errors import StorageError, phrase
from fieldkit.storage.changes import CLOCK, DEVICE_KEY
from fieldkit.storage.hlc import DEVICE_DIGITS, HybridLogicalClock
from fieldkit.storage.json_text import encode_compact
from fieldkit.storage.models import (
    MODEL_BY_TABLE,
    ChangeLogEntry,
    LocalState,
    RefusedPushEntry,
    SyncRow,
)
from fieldkit.storage.refused_pushes import HeldBack, held_back
from fieldkit.storage.row_changes import RowChange, json_value, sync_columns
from fieldkit.storage.row_fetch import RowCache

# Log entries read per query (the rows they name are then fetched a table at a time): the first
# page is small, each next one twice as large, so a small batch reads little beyond its end.
_PAGE_FIRST = 64
_PAGE_MAX = 4096


@dataclass(frozen=True)
class Outbox:
    changes: list[RowChange]
    last_seq: int  # move the push cursor here once the server acknowledged the batch
    more: bool  # more log entries wait after ``last_seq``
    size: int = 0  # bytes of the changes as compact JSON
    # Each change as compact JSON (``to_json_dict``), made to size the batch: a sender can put
    # these in its request as they are instead of encoding every change again.
    encoded: list[str] = field(default_factory=list)
    # Of each change, the change-log entry its run starts with: what the laptop holds back
    # when the server refuses that change (``refused_pushes.hold_refused``).
    first_seqs: list[int] = field(default_factory=list)
    # Entries not sent because an earlier entry of their record is held back (seq, entity,
    # row_id): held too (``refused_pushes.hold_followers``) once the push cursor passes them.
    waiting: list[tuple[int, str, str]] = field(default_factory=list)


class _Entry(NamedTuple):  # a tuple: made 10,000 times for a push of 10,000 rows
    seq: int
    entity: str
    row_id: str
    study_id: str
    op: str
    stamp: str
    fields: str | None


def device_id(session: Session) -> str:
    clock: HybridLogicalClock | None = session.info.get(CLOCK)
    if clock is not None:
        return clock.device
    state = session.get(LocalState, DEVICE_KEY)
    if state is None:
        raise StorageError(phrase("this data folder has no device id; open it with Store.open"))
    return state.value


def is_own(stamp: str, device: str) -> bool:
    return stamp[-DEVICE_DIGITS:] == device


# --- outbox ----------------------------------------------------------------------------------


def collect_outbox(session: Session, *, study_id: str, after_seq: int, max_bytes: int) -> Outbox:
    """The study's local changes after ``after_seq``, up to about ``max_bytes`` of JSON.

    Always at least one run of changes (a large transcript must not block sync forever), and
    more than ``max_bytes`` when a row the batch refers to is created later in the log.

    Reads with SQL Core, a page of log entries and then the rows they name a table at a time
    (``WHERE id IN (...)``), never row by row: a first push of a large study is 150,000 rows.
    """
    session.flush()  # the caller's pending edits belong in the log before it is read
    device = device_id(session)
    cache = RowCache(session.connection())
    changes: list[RowChange] = []
    texts: list[str] = []
    firsts: list[int] = []
    size = 2
    last_seq = after_seq
    needed: set[str] = set()
    held = held_back(session, study_id=study_id)
    skipped = [after_seq]  # the last entry held back (not sent) so far
    waiting: list[tuple[int, str, str]] = []
    entries = _entries(session, study_id, after_seq, cache)
    if held.seqs:
        entries = _not_held(entries, held, skipped, waiting)
    for run in _runs(entries):
        run_changes, wire, refs = _serialise_run(cache, run, device)
        encoded = [encode_compact(w) for w in wire]
        run_size = sum(len(text.encode()) + 1 for text in encoded)
        if changes and not needed and size + run_size > max_bytes:
            return Outbox(changes, last_seq, True, size, texts, firsts, waiting)
        changes.extend(run_changes)
        texts.extend(encoded)
        firsts.extend([run[0].seq] * len(run_changes))
        size += run_size
        last_seq = run[-1].seq
        needed -= {e.row_id for e in run if e.op == "insert"}
        needed |= refs
    # Held entries after the last run are passed too (the server's mark covers them).
    return Outbox(changes, max(last_seq, skipped[0]), False, size, texts, firsts, waiting)


def _not_held(
    entries: Iterator[_Entry],
    held: HeldBack,
    skipped: list[int],
    waiting: list[tuple[int, str, str]],
) -> Iterator[_Entry]:
    """``entries`` without those held back (``refused_pushes``); notes the last one skipped
    and those not held yet that wait for a held one."""
    for entry in entries:
        if held.holds(entry.seq, entry.entity, entry.row_id):
            skipped[0] = entry.seq
            if entry.seq not in held.seqs:
                waiting.append((entry.seq, entry.entity, entry.row_id))
            continue
        yield entry


def _entries(session: Session, study_id: str, after_seq: int, cache: RowCache) -> Iterator[_Entry]:
    """Log entries in ``seq`` order; the rows of each page are fetched before it is yielded."""
    log = ChangeLogEntry.__table__  # type: ignore[attr-defined]
    seq = after_seq
    page_size = _PAGE_FIRST // 2
    while True:
        page_size = min(_PAGE_MAX, page_size * 2)
        query = (
            select(
                log.c.seq,
                log.c.entity,
                log.c.row_id,
                log.c.study_id,
                log.c.op,
                log.c.stamp,
                log.c.fields,
            )
            .where(log.c.study_id == study_id, log.c.seq > seq)
            .order_by(log.c.seq)
            .limit(page_size)
        )
        page = [_Entry(*row) for row in session.connection().execute(query)]
        wanted: dict[str, list[str]] = {}
        for entry in page:
            wanted.setdefault(entry.entity, []).append(entry.row_id)
        for entity, ids in wanted.items():
            cache.load(entity, ids)
        yield from page
        if len(page) < page_size:
            return
        seq = page[-1].seq


def _runs(entries: Iterator[_Entry]) -> Iterator[list[_Entry]]:
    """Adjacent updates of one row form one run; an insert is a run of its own."""
    run: list[_Entry] = []
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
    cache: RowCache, run: list[_Entry], device: str
) -> tuple[list[RowChange], list[dict[str, Any]], set[str]]:
    """The run's changes, the same as ``to_json_dict`` gives, and rows they need first."""
    first = run[0]
    model = MODEL_BY_TABLE.get(first.entity)
    row = cache.get(first.entity, first.row_id) if model is not None else None
    if model is None or row is None:
        raise StorageError(
            phrase(
                "the change log names a {table} row {row} that does not exist; the data folder "
                "is damaged",
                table=first.entity,
                row=first.row_id,
            )
        )
    if first.op == "insert" and not row["field_stamps"] and row["row_stamp"] == first.stamp:
        change = _plain_insert(model, row, first)  # the common case, made cheap
        wire = {
            "entity": change.entity,
            "row_id": change.row_id,
            "study_id": change.study_id,
            "stamp": change.stamp,
            "op": "insert",
            "values": change.values,  # no bases: all empty, implied (RowChange.to_json_dict)
        }
        return [change], [wire], set()
    columns = sync_columns(model)
    # field -> (stamp of its last change in the run, oldest base in the run)
    plan: dict[str, tuple[str, str | None]] = {}
    if first.op == "insert":
        plan = dict.fromkeys(columns, (first.stamp, None))
    else:
        for entry in run:
            bases: dict[str, str] = json.loads(entry.fields or "{}")
            for name, base in bases.items():
                if name in columns:
                    plan[name] = (entry.stamp, plan[name][1] if name in plan else base)
    row_stamp: str = row["row_stamp"]
    field_stamps: dict[str, str] = json.loads(row["field_stamps"]) if row["field_stamps"] else {}
    grouped: dict[str, tuple[dict[str, Any], dict[str, str | None]]] = {}
    refs: set[str] = set()
    for name, (stamp, first_base) in plan.items():
        now = field_stamps.get(name, row_stamp)
        superseded = now != stamp
        if superseded and first.op != "insert" and not (is_own(now, device) and now > stamp):
            continue  # a remote change won here; the local value is in the conflicts table
        value = row[name]
        values, bases_out = grouped.setdefault(stamp, ({}, {}))
        values[name] = json_value(value)
        bases_out[name] = first_base
        if superseded and value is not None:
            refs |= _later_local_reference(cache, columns[name], value, stamp, device)
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
    return changes, [c.to_json_dict() for c in changes], refs


def _plain_insert(model: type[SyncRow], row: Mapping[str, Any], entry: _Entry) -> RowChange:
    """A row unchanged since this device created it: every field, from nothing.

    ``row`` is a ``RowCache`` row, its values already JSON-ready.
    """
    names = tuple(sync_columns(model))
    return RowChange(
        entity=entry.entity,
        row_id=entry.row_id,
        study_id=entry.study_id,
        stamp=entry.stamp,
        op="insert",
        values={name: row[name] for name in names},
        bases=dict.fromkeys(names),
    )


def _later_local_reference(
    cache: RowCache, column: sa.Column[Any], value: Any, stamp: str, device: str
) -> set[str]:
    """The id ``value`` if it names a row this device created after ``stamp``."""
    refs: set[str] = set()
    for fk in column.foreign_keys:
        target = fk.column.table.name
        row: Mapping[str, Any] | None = (
            cache.get(target, str(value)) if target in MODEL_BY_TABLE else None
        )
        if row is not None and is_own(row["row_stamp"], device) and row["row_stamp"] > stamp:
            refs.add(str(value))
    return refs


def pending_count(session: Session, *, after_seq: int, study_id: str | None = None) -> int:
    """Log entries after ``after_seq`` (of one study, or all): what still waits to be pushed."""
    query = select(func.count()).select_from(ChangeLogEntry)
    query = query.where(col(ChangeLogEntry.seq) > after_seq)
    # Held back after the server refused them: listed as problems, not waiting to be sent.
    # Counted apart and taken off (a few rows) rather than an anti-join over the whole log.
    held = select(func.count()).select_from(RefusedPushEntry)
    held = held.where(col(RefusedPushEntry.log_seq) > after_seq)
    if study_id is not None:
        query = query.where(col(ChangeLogEntry.study_id) == study_id)
        held = held.where(col(RefusedPushEntry.study_id) == study_id)
    return int(session.execute(query).scalar_one()) - int(session.execute(held).scalar_one())


__all__ = ["Outbox", "collect_outbox", "device_id", "is_own", "pending_count"]
