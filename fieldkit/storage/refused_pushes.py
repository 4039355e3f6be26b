"""This laptop's changes the server refused: held back, listed, sent again or discarded.

A laptop never stops syncing for one change, in either direction. When the server refuses a
pushed change (it names it: an edit of a record the server never received, a record of another
study, a stamp of another device, a value it cannot take), the change-log entries behind that
change are *held back* here with the server's reason (:func:`hold_refused`), and the push is
built again without them. Later entries of the same record depend on the refused one (an edit of
a record whose insert was refused) and are held with it, never sent half, as are, for a refused
insert, the records that refer to it (its participants, codings, memos...): ``collect_outbox``
skips them (:class:`HeldBack`), and :func:`hold_followers` records those made later in the
transaction that moves the push cursor past them.

The push cursor moves past held entries like past sent ones (the server's high-water mark of
this device's counters covers them; it stored nothing for them), so nothing waits behind them.
The change log is never edited (its numbers are the device's counters; a number must never be
used twice), and the rows keep their values: nothing is lost. The user then either sends a
held change again once its cause is fixed (:func:`send_again`: its entries are logged again,
after everything else, with their stamps and bases) or discards it (:func:`discard`: the local
record keeps its values; they are not sent).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from fieldkit.errors import NotFoundError, ValidationError, phrase
from fieldkit.storage.changes import CLOCK, DEVICE_KEY
from fieldkit.storage.hlc import DEVICE_DIGITS, HybridLogicalClock
from fieldkit.storage.local_values import read_local
from fieldkit.storage.models import SYNC_MODELS, ChangeLogEntry, RefusedPushEntry, Study, utcnow
from fieldkit.storage.restamp import rewrite_stamps
from fieldkit.storage.sync_cursors import get_cursor

_HELD: sa.Table = RefusedPushEntry.__table__  # type: ignore[attr-defined]
_LOG: sa.Table = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_STUDIES: sa.Table = Study.__table__  # type: ignore[attr-defined]
_CHUNK = 900  # ids per IN (...) (well under SQLite's limit on parameters)


@dataclass(frozen=True)
class HeldBack:
    """What ``collect_outbox`` must not send for one study."""

    seqs: frozenset[int] = frozenset()
    # (entity, row_id) -> the first held entry of that record: its later entries wait too.
    rows: dict[tuple[str, str], int] = field(default_factory=dict)

    def holds(self, seq: int, entity: str, row_id: str) -> bool:
        if seq in self.seqs:
            return True
        first = self.rows.get((entity, row_id))
        return first is not None and seq > first


def held_back(session: Session, *, study_id: str) -> HeldBack:
    rows = session.connection().execute(
        sa.select(_HELD.c.log_seq, _HELD.c.entity, _HELD.c.row_id).where(
            _HELD.c.study_id == study_id
        )
    )
    seqs: set[int] = set()
    first: dict[tuple[str, str], int] = {}
    for seq, entity, row_id in rows:
        seqs.add(int(seq))
        key = (str(entity), str(row_id))
        first[key] = min(first.get(key, seq), seq)
    if not seqs:
        return HeldBack()
    return HeldBack(frozenset(seqs), first)


def hold_refused(
    session: Session, *, study_id: str, entity: str, row_id: str, from_seq: int, reason: str
) -> int:
    """Hold back the record's entries from ``from_seq`` on (the refused change and what follows
    it); returns how many were newly held (0: nothing matched, the caller must not retry).

    A refused insert also holds back the later entries of the records that refer to it (its
    participants, interviews, codings, memos, files..., and theirs in turn): no laptop could
    apply them without it."""
    conn = session.connection()
    records = [(entity, row_id)]
    first = conn.execute(sa.select(_LOG.c.op).where(_LOG.c.seq == from_seq)).scalar()
    if first == "insert" and entity != Study.__tablename__:
        records += sorted(_referring(conn, entity, row_id) - {(entity, row_id)})
    seqs: list[tuple[int, str, str]] = []
    for held_entity, held_row in records:
        found = conn.execute(
            sa.select(_LOG.c.seq).where(
                _LOG.c.study_id == study_id,
                _LOG.c.entity == held_entity,
                _LOG.c.row_id == held_row,
                _LOG.c.seq >= from_seq,
                _LOG.c.seq.not_in(sa.select(_HELD.c.log_seq)),
            )
        )
        seqs += [(int(seq), held_entity, held_row) for seq in found.scalars()]
    if seqs:
        head = min(seq for seq, _e, _r in seqs)
        now = utcnow()
        conn.execute(
            _HELD.insert(),
            [
                {
                    "log_seq": seq,
                    "group_seq": head,
                    "study_id": study_id,
                    "entity": held_entity,
                    "row_id": held_row,
                    "reason": reason,
                    "refused_at": now,
                }
                for seq, held_entity, held_row in sorted(seqs)
            ],
        )
    return len(seqs)


def _referring(conn: sa.Connection, entity: str, row_id: str) -> set[tuple[str, str]]:
    """The records that refer to (entity, row_id), directly or through others: by a foreign
    key, or by ``target_id`` (tags, codings, memos, files name any kind of record)."""
    found: set[tuple[str, str]] = set()
    todo = [(entity, row_id)]
    while todo:
        parent_entity, parent_id = todo.pop()
        for table, column in _REFERENCES.get(parent_entity, ()) + _TARGETS:
            query = sa.select(table.c.id).where(table.c[column] == parent_id)
            for child in conn.execute(query).scalars():
                key = (str(table.name), str(child))
                if key not in found:
                    found.add(key)
                    todo.append(key)
    return found


def _references() -> dict[str, tuple[tuple[sa.Table, str], ...]]:
    """Per table: the (table, column) pairs whose foreign key names it (not the study's)."""
    out: dict[str, list[tuple[sa.Table, str]]] = {}
    for model in SYNC_MODELS:
        table: sa.Table = model.__table__  # type: ignore[attr-defined]
        for column in table.columns:
            for fk in column.foreign_keys:
                target = fk.column.table.name
                if target != Study.__tablename__:
                    out.setdefault(target, []).append((table, column.name))
    return {name: tuple(pairs) for name, pairs in out.items()}


_REFERENCES = _references()
_TARGETS: tuple[tuple[sa.Table, str], ...] = tuple(
    (model.__table__, "target_id")  # type: ignore[attr-defined]
    for model in SYNC_MODELS
    if "target_id" in model.__table__.columns  # type: ignore[attr-defined]
)


def hold_followers(
    session: Session, *, study_id: str, waiting: list[tuple[int, str, str]], up_to: int
) -> int:
    """Record as held the entries ``collect_outbox`` skipped because an earlier entry of their
    record is held (``waiting``: seq, entity, row_id), those up to ``up_to``: called in the
    transaction that moves the push cursor there. Returns how many."""
    if not waiting:
        return 0  # the usual case: nothing held back, no query
    held = held_back(session, study_id=study_id)
    todo = sorted(w for w in waiting if w[0] <= up_to and w[0] not in held.seqs)
    if not todo:
        return 0
    conn = session.connection()
    entries = conn.execute(
        sa.select(_HELD.c.log_seq, _HELD.c.group_seq, _HELD.c.entity, _HELD.c.row_id)
        .where(_HELD.c.study_id == study_id)
        .order_by(_HELD.c.log_seq)
    ).all()
    reasons = dict(
        conn.execute(
            sa.select(_HELD.c.group_seq, _HELD.c.reason).where(
                _HELD.c.study_id == study_id, _HELD.c.log_seq == _HELD.c.group_seq
            )
        ).all()
    )
    now = utcnow()
    rows = []
    for seq, entity, row_id in todo:
        # It waits with the record's latest held entry before it; if that one's refused change
        # was sent again or discarded meanwhile, this entry stays held on its own.
        group_seq = next(
            (g for s, g, e, i in reversed(entries) if (e, i) == (entity, row_id) and s < seq),
            seq,
        )
        rows.append(
            {
                "log_seq": seq,
                "group_seq": group_seq,
                "study_id": study_id,
                "entity": entity,
                "row_id": row_id,
                "reason": reasons.get(group_seq, _ALONE),
                "refused_at": now,
            }
        )
    conn.execute(_HELD.insert(), rows)
    return len(rows)


_ALONE = (
    "held back after an earlier change of this record was refused by the server; that change "
    "was sent again or discarded meanwhile: send this one again or discard it too"
)


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
            _HELD.c.study_id,
            _HELD.c.entity,
            _HELD.c.row_id,
            _HELD.c.reason,
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
    views: dict[int, dict[str, Any]] = {}
    for row in session.connection().execute(query):
        view = views.get(row.group_seq)
        if view is None:
            view = views[row.group_seq] = {
                "id": int(row.group_seq),
                "study_id": row.study_id,
                "entity": row.entity,
                "row_id": row.row_id,
                "op": row.op,
                "fields": set(),
                "reason": row.reason,
                "refused_at": row.refused_at,
                "changes": 0,
                "study_name": row.name or "",
            }
        view["changes"] += 1
        if row.fields and (row.entity, row.row_id) == (view["entity"], view["row_id"]):
            view["fields"] |= set(json.loads(row.fields))
    return [
        RefusedPushView(**{**view, "fields": sorted(view["fields"])}) for view in views.values()
    ]


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


__all__ = [
    "HeldBack",
    "RefusedPushView",
    "discard",
    "held_back",
    "hold_followers",
    "hold_refused",
    "refused_count",
    "refused_pushes",
    "send_again",
]
