"""This laptop's changes the server refused, for the user: listed, sent again, discarded.

Held back by ``refused_pushes.py`` (which says why and how); the CLI (``fieldkit sync problems``,
``sync retry``, ``sync discard``) and the app's set-aside list call these.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from fieldkit.errors import NotFoundError, ValidationError, phrase, phrase_from_stored
from fieldkit.storage.changes import CLOCK, DEVICE_KEY
from fieldkit.storage.hlc import DEVICE_DIGITS, HybridLogicalClock
from fieldkit.storage.local_values import read_local
from fieldkit.storage.models import ChangeLogEntry, RefusedPushEntry, Study
from fieldkit.storage.restamp import rewrite_stamps
from fieldkit.storage.sync_cursors import get_cursor

_HELD: sa.Table = RefusedPushEntry.__table__  # type: ignore[attr-defined]
_LOG: sa.Table = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_STUDIES: sa.Table = Study.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class RefusedPushView:
    """One refused change (with the entries that wait for it) as the CLI and the app list it."""

    id: int  # the refused entry's number in the change log: what send-again and discard take
    study_id: str
    entity: str
    row_id: str
    op: str
    fields: list[str]
    reason: str
    refused_at: datetime
    # Log entries held back with it: itself, later ones of its record and, for an insert, of
    # the records that refer to it.
    changes: int
    study_name: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "direction": "sent",
            "id": self.id,
            "study_id": self.study_id,
            "study_name": self.study_name,
            "entity": self.entity,
            "row_id": self.row_id,
            "op": self.op,
            "fields": self.fields,
            "reason": self.reason,
            "refused_at": self.refused_at.isoformat(timespec="milliseconds"),
            "changes": self.changes,
        }


def refused_pushes(session: Session, *, study_id: str | None = None) -> list[RefusedPushView]:
    """The refused changes (of one study, or all), oldest first."""
    query = (
        sa.select(
            _HELD.c.group_seq,
            _HELD.c.log_seq,
            _HELD.c.study_id,
            _HELD.c.entity,
            _HELD.c.row_id,
            _HELD.c.reason,
            _HELD.c.reason_phrase,
            _HELD.c.refused_at,
            _LOG.c.op,
            _LOG.c.fields,
            _STUDIES.c.name,
        )
        .select_from(
            _HELD.join(_LOG, _LOG.c.seq == _HELD.c.log_seq).outerjoin(
                _STUDIES, _STUDIES.c.id == _HELD.c.study_id
            )
        )
        .order_by(_HELD.c.group_seq, _HELD.c.log_seq)
    )
    if study_id is not None:
        query = query.where(_HELD.c.study_id == study_id)
    groups: dict[int, list[Any]] = {}
    for row in session.connection().execute(query):
        groups.setdefault(int(row.group_seq), []).append(row)
    views: dict[int, dict[str, Any]] = {}
    for group_seq, rows in groups.items():
        # The refused entry itself; entries of the records that refer to it may be older.
        head = next((r for r in rows if r.log_seq == group_seq), rows[0])
        views[group_seq] = {
            "id": group_seq,
            "study_id": head.study_id,
            "entity": head.entity,
            "row_id": head.row_id,
            "op": head.op,
            "fields": sorted(
                {
                    name
                    for r in rows
                    if r.fields and (r.entity, r.row_id) == (head.entity, head.row_id)
                    for name in json.loads(r.fields)
                }
            ),
            # A Phrase when the server said how it made it: the app translates it.
            "reason": phrase_from_stored(head.reason, head.reason_phrase),
            "refused_at": head.refused_at,
            "changes": len(rows),
            "study_name": head.name or "",
        }
    return [RefusedPushView(**view) for view in views.values()]


def refused_count(session: Session) -> int:
    """How many refused changes wait for the user (entries waiting with them not counted)."""
    query = (
        sa.select(sa.func.count()).select_from(_HELD).where(_HELD.c.log_seq == _HELD.c.group_seq)
    )
    return int(session.connection().execute(query).scalar_one())


def send_again(session: Session, refused_id: int) -> int:
    """Send a refused change (and those waiting for it) again at the next sync; returns how many
    log entries. Entries the push cursor has passed are logged again, after everything else,
    with the same stamps and bases (the record's values are read when they are sent); stamps
    of an earlier identity of this folder take the current one first."""
    entries = _group(session, refused_id)
    device = _device(session)
    # Made under an earlier identity of this folder (device_identity.py keeps the stamps of
    # changes the cursor passed): never taken by the server, so they take the current one.
    mapping = {
        e.stamp: e.stamp[:-DEVICE_DIGITS] + device for e in entries if not e.stamp.endswith(device)
    }
    if mapping:
        rewrite_stamps(session, mapping)
        entries = _group(session, refused_id)
    conn = session.connection()
    study_id = entries[0].study_id
    pushed = int(get_cursor(session, study_id=study_id, name="push") or 0)
    again = [
        {
            "entity": e.entity,
            "row_id": e.row_id,
            "study_id": e.study_id,
            "op": e.op,
            "stamp": e.stamp,
            "fields": e.fields,
        }
        for e in entries
        if e.seq <= pushed
    ]
    if again:
        conn.execute(_LOG.insert(), again)
    _release(session, refused_id)
    return len(entries)


def discard(session: Session, refused_id: int) -> int:
    """Never send a refused change (nor those waiting for it); returns how many log entries.

    The record keeps its values on this laptop; the entries stay in the change log, passed."""
    entries = _group(session, refused_id)
    study_id = entries[0].study_id
    pushed = int(get_cursor(session, study_id=study_id, name="push") or 0)
    if any(e.seq > pushed for e in entries):
        # Not passed yet (a sync broke off right after the refusal): released now, they would
        # be sent by the next sync.
        raise ValidationError(
            phrase(
                "refused change {id} is still being set aside; sync once more, then discard it",
                id=str(refused_id),
            )
        )
    _release(session, refused_id)
    return len(entries)


def _device(session: Session) -> str:
    clock: HybridLogicalClock | None = session.info.get(CLOCK)
    if clock is not None:
        return clock.device
    return str(read_local(session, DEVICE_KEY))


def _group(session: Session, refused_id: int) -> list[Any]:
    rows = (
        session.connection()
        .execute(
            sa.select(_LOG)
            .select_from(_LOG.join(_HELD, _HELD.c.log_seq == _LOG.c.seq))
            .where(_HELD.c.group_seq == refused_id)
            .order_by(_LOG.c.seq)
        )
        .all()
    )
    if not rows:
        raise NotFoundError(
            phrase(
                "no refused change {id} on this laptop (fieldkit sync problems lists them)",
                id=str(refused_id),
            )
        )
    return list(rows)


def _release(session: Session, refused_id: int) -> None:
    session.connection().execute(_HELD.delete().where(_HELD.c.group_seq == refused_id))


__all__ = ["RefusedPushView", "discard", "refused_count", "refused_pushes", "send_again"]
