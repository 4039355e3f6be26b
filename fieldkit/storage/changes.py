"""The local change log: every user change, at field level, in the same transaction.

A ``before_flush`` hook on :class:`StoreSession` looks at each new or modified research row,
gives the change one fresh clock stamp, moves the stamps of the changed fields, and appends one
``change_log`` row naming each changed field with its previous stamp (its *base*). Because the
hook runs inside the flush, the change, its stamps and its log entry commit or roll back
together. Applying remote changes (``replication.apply_remote_changes``) marks the session so
the hook stays quiet: the change is recorded by moving stamps and the pull cursor instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Session as SASession
from sqlmodel import Session, col

from fieldkit.errors import StorageError, phrase
from fieldkit.storage.hlc import HybridLogicalClock, Stamp
from fieldkit.storage.models import (
    STAMP_COLUMNS,
    ChangeLogEntry,
    LocalState,
    SyncRow,
    utcnow,
)

HLC_KEY = "hlc_last"
DEVICE_KEY = "device_id"
# The server's time minus this device's wall clock, in ms (written by the sync client).
CLOCK_OFFSET_KEY = "sync:clock_offset_ms"

# Keys in ``Session.info``.
CLOCK = "fieldkit_clock"
READ_ONLY = "fieldkit_read_only"
REMOTE = "fieldkit_remote"


class StoreSession(Session):
    """A session bound to a fieldkit store; research changes are logged on flush."""


def current_stamp(row: SyncRow, field: str) -> str:
    """The stamp of the last change to ``field`` of ``row``."""
    if row.field_stamps:
        stamps: dict[str, str] = json.loads(row.field_stamps)
        if field in stamps:
            return stamps[field]
    return row.row_stamp


def next_stamp(session: Session) -> Stamp:
    """A fresh stamp, persisted in this transaction so it survives a restart.

    The clock's last stamp is re-read from the database first: another process on the same
    data folder (the CLI beside the desktop app) may have issued stamps since we last looked.
    Write sessions start with BEGIN IMMEDIATE, so this read-then-write cannot interleave.
    """
    clock: HybridLogicalClock = session.info[CLOCK]
    stored = _stored_clock(session, clock)
    stamp = clock.now()
    _save_clock(session, stored, stamp)
    return stamp


def observe_stamps(
    session: Session, stamps: Iterable[str], *, max_drift_ms: int | None = None
) -> None:
    """Merge remote stamps into the store clock and persist it, in this transaction.

    Later local stamps (from this process or another one on the same data folder, and after a
    restart) then order after every observed stamp. Observing the greatest is enough. Raises
    :class:`ClockError` (before changing anything) for a stamp more than ``max_drift_ms`` ahead.
    """
    latest = max(stamps, default=None)
    if latest is None:
        return
    clock: HybridLogicalClock = session.info[CLOCK]
    stored = _stored_clock(session, clock)
    _save_clock(session, stored, clock.observe(latest, max_drift_ms=max_drift_ms))


def _stored_clock(session: Session, clock: HybridLogicalClock) -> LocalState | None:
    # populate_existing: a session that outlives one transaction must not trust a cached copy;
    # another process may have issued stamps since.
    stored = session.get(LocalState, HLC_KEY, populate_existing=True)
    if stored is not None:
        clock.catch_up(Stamp.decode(stored.value))
    offset = session.get(LocalState, CLOCK_OFFSET_KEY, populate_existing=True)
    clock.offset_ms = _parse_offset(offset.value) if offset is not None else 0
    return stored


def _parse_offset(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0


def _save_clock(session: Session, stored: LocalState | None, stamp: Stamp) -> None:
    if stored is None:
        session.add(LocalState(key=HLC_KEY, value=stamp.encode()))
    else:
        stored.value = stamp.encode()


def log_insert(session: Session, rows: Iterable[SyncRow], stamp: Stamp) -> None:
    """Log new rows (all fields set by ``stamp``)."""
    text = stamp.encode()
    values = []
    for row in rows:
        row.row_stamp = text
        row.field_stamps = None
        values.append(
            {
                "entity": row.__tablename__,
                "row_id": row.id,
                "study_id": _study_of(row),
                "op": "insert",
                "stamp": text,
                "fields": None,
            }
        )
    if values:
        session.connection().execute(insert(ChangeLogEntry), values)


def log_update(session: Session, row: SyncRow, fields: Iterable[str], stamp: Stamp) -> None:
    text = stamp.encode()
    stamps: dict[str, str] = json.loads(row.field_stamps) if row.field_stamps else {}
    bases: dict[str, str] = {}
    for field in sorted(set(fields)):
        bases[field] = stamps.get(field, row.row_stamp)
        stamps[field] = text
    row.field_stamps = json.dumps(stamps, sort_keys=True, separators=(",", ":"))
    session.connection().execute(
        insert(ChangeLogEntry),
        [
            {
                "entity": row.__tablename__,
                "row_id": row.id,
                "study_id": _study_of(row),
                "op": "update",
                "stamp": text,
                "fields": json.dumps(bases, sort_keys=True, separators=(",", ":")),
            }
        ],
    )


def _study_of(row: SyncRow) -> str:
    study_id = getattr(row, "study_id", None) or row.id
    return str(study_id)


def changed_fields(row: SyncRow) -> list[str]:
    state = inspect(row)
    changed = []
    for attr in state.mapper.column_attrs:
        if attr.key in STAMP_COLUMNS:
            continue
        if state.attrs[attr.key].history.has_changes():
            changed.append(attr.key)
    return changed


@event.listens_for(StoreSession, "before_flush")
def _record_changes(session: SASession, _context: Any, _instances: Any) -> None:
    new = [o for o in session.new if isinstance(o, SyncRow)]
    dirty = [o for o in session.dirty if isinstance(o, SyncRow)]
    if any(isinstance(o, SyncRow) for o in session.deleted):
        raise StorageError(
            phrase(
                "research records are never erased; they are marked deleted so the deletion can "
                "sync"
            )
        )
    if session.info.get(READ_ONLY) and (new or any(session.is_modified(o) for o in dirty)):
        raise RuntimeError("a read-only fieldkit session tried to write")
    if session.info.get(REMOTE) or CLOCK not in session.info:
        return
    updates: list[tuple[SyncRow, list[str]]] = []
    for row in dirty:
        fields = changed_fields(row)
        if fields:
            updates.append((row, fields))
    if not new and not updates:
        return
    stamp = next_stamp(session)  # type: ignore[arg-type]
    now = utcnow()
    for row in new:
        row.created_at = row.created_at or now
        row.updated_at = now
    log_insert(session, new, stamp)  # type: ignore[arg-type]
    for row, fields in updates:
        row.updated_at = now
        log_update(session, row, [*fields, "updated_at"], stamp)  # type: ignore[arg-type]


def pending_changes(session: Session, *, after_seq: int = 0) -> int:
    """How many log entries are newer than ``after_seq`` (for the status bar)."""
    query = (
        select(func.count()).select_from(ChangeLogEntry).where(col(ChangeLogEntry.seq) > after_seq)
    )
    return int(session.execute(query).scalar_one())
