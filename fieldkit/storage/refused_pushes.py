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
held change again once its cause is fixed (``refused_push_list.send_again``: its entries are
logged again, after everything else, with their stamps and bases) or discards it
(``refused_push_list.discard``: the local record keeps its values; they are not sent).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session

from fieldkit.errors import phrase, stored_phrase
from fieldkit.storage.models import SYNC_MODELS, ChangeLogEntry, RefusedPushEntry, Study, utcnow
from fieldkit.storage.sync_cursors import get_cursor

_HELD: sa.Table = RefusedPushEntry.__table__  # type: ignore[attr-defined]
_LOG: sa.Table = ChangeLogEntry.__table__  # type: ignore[attr-defined]


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
    session: Session,
    *,
    study_id: str,
    entity: str,
    row_id: str,
    from_seq: int,
    reason: str,
    unknown_row: bool = False,
) -> int:
    """Hold back the record's entries from ``from_seq`` on (the refused change and what follows
    it); returns how many were newly held (0: nothing matched, the caller must not retry).
    ``reason`` is kept with how it was made when it is a Phrase (the app translates it).

    A refused insert also holds back the later entries of the records that refer to it (its
    participants, interviews, codings, memos, files..., and theirs in turn): no laptop could
    apply them without it. So does a refused edit of a record the server has never received
    (``unknown_row``), for their entries not sent yet (those may be older than the edit)."""
    conn = session.connection()
    records = [(entity, row_id)]
    first = conn.execute(sa.select(_LOG.c.op).where(_LOG.c.seq == from_seq)).scalar()
    children_from = from_seq
    if unknown_row:
        children_from = min(
            from_seq, int(get_cursor(session, study_id=study_id, name="push") or 0) + 1
        )
    if (first == "insert" or unknown_row) and entity != Study.__tablename__:
        records += sorted(_referring(conn, entity, row_id) - {(entity, row_id)})
    seqs: list[tuple[int, str, str]] = []
    for held_entity, held_row in records:
        since = from_seq if (held_entity, held_row) == (entity, row_id) else children_from
        found = conn.execute(
            sa.select(_LOG.c.seq).where(
                _LOG.c.study_id == study_id,
                _LOG.c.entity == held_entity,
                _LOG.c.row_id == held_row,
                _LOG.c.seq >= since,
                _LOG.c.seq.not_in(sa.select(_HELD.c.log_seq)),
            )
        )
        seqs += [(int(seq), held_entity, held_row) for seq in found.scalars()]
    if seqs:
        # They wait for the refused entry (children of an unknown record may be older).
        head = from_seq if any(seq == from_seq for seq, _e, _r in seqs) else min(seqs)[0]
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
                    "reason_phrase": stored_phrase(reason),
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
    reasons = {
        group: (reason, stored)
        for group, reason, stored in conn.execute(
            sa.select(_HELD.c.group_seq, _HELD.c.reason, _HELD.c.reason_phrase).where(
                _HELD.c.study_id == study_id, _HELD.c.log_seq == _HELD.c.group_seq
            )
        )
    }
    now = utcnow()
    rows = []
    for seq, entity, row_id in todo:
        # It waits with the record's latest held entry before it; if that one's refused change
        # was sent again or discarded meanwhile, this entry stays held on its own.
        group_seq = next(
            (g for s, g, e, i in reversed(entries) if (e, i) == (entity, row_id) and s < seq),
            seq,
        )
        reason, stored = reasons.get(group_seq, (_ALONE, stored_phrase(_ALONE)))
        rows.append(
            {
                "log_seq": seq,
                "group_seq": group_seq,
                "study_id": study_id,
                "entity": entity,
                "row_id": row_id,
                "reason": reason,
                "reason_phrase": stored,
                "refused_at": now,
            }
        )
    conn.execute(_HELD.insert(), rows)
    return len(rows)


_ALONE = phrase(
    "held back after an earlier change of this record was refused by the server; that change "
    "was sent again or discarded meanwhile: send this one again or discard it too"
)


__all__ = ["HeldBack", "held_back", "hold_followers", "hold_refused"]
