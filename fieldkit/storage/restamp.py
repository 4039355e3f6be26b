"""Rewriting this device's clock stamps that a wrong date put in the future.

A laptop whose date is a year ahead stamps every change a year ahead, and a later stamp wins
every conflict. The server refuses stamps too far ahead of its own time (see
``fieldkit.sync.clock``); the client then calls :func:`rewrite_future_stamps` and pushes again.

Why rewriting is safe: a stamp the server refuses has never left this device (a stamp the
server once accepted was at most its limit then, and the server's time only moves on), so its
only copies are here: the change log (the entry's stamp and the bases of later entries), the
rows' ``row_stamp`` and ``field_stamps``, the conflicts table and the stored clock. All of them
are rewritten in one transaction, and the device's stamps after the rewrite follow the same
order as before, so the change log, the fields' bases and every replica stay consistent.

The new wall time of a stamp is its old one moved by ``shift_ms`` (the clock error measured
against the server, so an edit keeps about the time it was really made), but never later than
the server's limit and never earlier than any stamp already here that is not rewritten; ties
are broken with the counter, exactly as the clock itself would have done.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from fieldkit.storage.changes import CLOCK, HLC_KEY
from fieldkit.storage.hlc import (
    COUNTER_DIGITS,
    DEVICE_DIGITS,
    MAX_COUNTER,
    WALL_DIGITS,
    HybridLogicalClock,
    Stamp,
)
from fieldkit.storage.models import SYNC_MODELS, ChangeLogEntry, Conflict, LocalState


def limit_text(limit_ms: int) -> str:
    """The greatest stamp (of any device) whose wall time is at most ``limit_ms``."""
    return f"{limit_ms:0{WALL_DIGITS}x}" + "f" * (COUNTER_DIGITS + DEVICE_DIGITS)


def rewrite_future_stamps(
    session: Session, *, device: str, limit_ms: int, shift_ms: int, cap_ms: int | None = None
) -> dict[str, str]:
    """Rewrite ``device``'s stamps later than ``limit_ms``; returns old stamp -> new stamp.

    A new wall time is the old one plus ``shift_ms``, at most ``cap_ms`` (default: the limit).

    Runs inside the caller's write transaction; the store's clock continues after the last
    rewritten stamp. Nothing happens (and an empty mapping comes back) when no stamp is late.
    """
    session.flush()
    threshold = limit_text(limit_ms)
    log = ChangeLogEntry.__table__  # type: ignore[attr-defined]
    future = sorted(
        str(s)
        for s in session.execute(
            sa.select(log.c.stamp).where(log.c.stamp > threshold).distinct()
        ).scalars()
        if str(s).endswith(device)
    )
    tables = [m.__table__ for m in SYNC_MODELS]  # type: ignore[attr-defined]
    rows = {t.name: _late_rows(session, t, threshold) for t in tables}
    for found in rows.values():
        for _id, row_stamp, field_stamps in found:
            candidates = [row_stamp, *(json.loads(field_stamps).values() if field_stamps else ())]
            future.extend(s for s in candidates if s > threshold and s.endswith(device))
    clock_state = session.get(LocalState, HLC_KEY, populate_existing=True)
    if clock_state is not None and clock_state.value > threshold:
        future.append(clock_state.value)
    future = sorted(set(future))
    if not future:
        return {}
    floor = _latest_below(session, threshold, tables)
    mapping = _plan(
        future,
        floor=floor,
        limit_ms=limit_ms if cap_ms is None else cap_ms,
        shift_ms=shift_ms,
        device=device,
    )
    for table in tables:
        _rewrite_rows(session, table, rows[table.name], mapping)
    _rewrite_log(session, threshold, mapping)
    _rewrite_conflicts(session, threshold, mapping)
    last = max(mapping.values())  # after ``floor`` by construction
    if clock_state is None:
        session.add(LocalState(key=HLC_KEY, value=last))
    else:
        clock_state.value = last
    clock: HybridLogicalClock | None = session.info.get(CLOCK)
    if clock is not None:
        clock.reset(Stamp.decode(last))
    session.flush()
    session.expire_all()
    return mapping


def rewrite_stamps(session: Session, mapping: dict[str, str]) -> None:
    """Rewrite every copy of the stamps ``mapping`` names (rows, change log, bases, conflicts).

    For a device identity change (``device_identity.py``); the caller handles the clock.
    """
    if not mapping:
        return
    session.flush()
    # Shorter than any stamp it prefixes, so every mapped stamp compares greater.
    threshold = min(mapping)[: WALL_DIGITS + COUNTER_DIGITS]
    for model in SYNC_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        _rewrite_rows(session, table, _late_rows(session, table, threshold), mapping)
    _rewrite_log(session, threshold, mapping)
    _rewrite_conflicts(session, threshold, mapping)
    session.flush()
    session.expire_all()


def _late_rows(session: Session, table: Any, threshold: str) -> list[tuple[str, str, str | None]]:
    """Rows whose own stamp or any field stamp is later than ``threshold``."""
    late_field = sa.text(
        f"EXISTS (SELECT 1 FROM json_each({table.name}.field_stamps) AS j "
        "WHERE j.value > :threshold)"
    ).bindparams(threshold=threshold)
    query = sa.select(table.c.id, table.c.row_stamp, table.c.field_stamps).where(
        sa.or_(
            table.c.row_stamp > threshold,
            sa.and_(table.c.field_stamps.is_not(None), late_field),
        )
    )
    return [(str(r[0]), str(r[1]), r[2]) for r in session.execute(query)]


def _latest_below(session: Session, threshold: str, tables: list[Any]) -> str:
    """The greatest stamp here that stays as it is (every device's)."""
    found = [""]
    log = ChangeLogEntry.__table__  # type: ignore[attr-defined]
    found.append(
        session.execute(
            sa.select(sa.func.max(log.c.stamp)).where(log.c.stamp <= threshold)
        ).scalar()
        or ""
    )
    for table in tables:
        found.append(
            session.execute(
                sa.select(sa.func.max(table.c.row_stamp)).where(table.c.row_stamp <= threshold)
            ).scalar()
            or ""
        )
        field_max = sa.text(
            f"SELECT max(j.value) FROM {table.name}, json_each({table.name}.field_stamps) AS j "
            f"WHERE {table.name}.field_stamps IS NOT NULL AND j.value <= :threshold"
        ).bindparams(threshold=threshold)
        found.append(session.execute(field_max).scalar() or "")
    return max(str(s) for s in found)


def _plan(
    future: list[str], *, floor: str, limit_ms: int, shift_ms: int, device: str
) -> dict[str, str]:
    """Old -> new, in order: moved by ``shift_ms``, capped at the limit, after ``floor``."""
    start = Stamp.decode(floor) if floor else Stamp(0, 0, device)
    wall, counter = start.wall_ms, start.counter
    mapping: dict[str, str] = {}
    for old in future:
        target = max(0, min(Stamp.decode(old).wall_ms + shift_ms, limit_ms))
        if target > wall:
            wall, counter = target, 0
        elif counter >= MAX_COUNTER:
            wall, counter = wall + 1, 0
        else:
            counter += 1
        mapping[old] = Stamp(wall, counter, device).encode()
    return mapping


def _rewrite_rows(
    session: Session,
    table: Any,
    rows: list[tuple[str, str, str | None]],
    mapping: dict[str, str],
) -> None:
    for row_id, row_stamp, field_stamps in rows:
        values: dict[str, Any] = {}
        if row_stamp in mapping:
            values["row_stamp"] = mapping[row_stamp]
        if field_stamps:
            stamps: dict[str, str] = json.loads(field_stamps)
            moved = {k: mapping.get(v, v) for k, v in stamps.items()}
            if moved != stamps:
                values["field_stamps"] = _dump(moved)
        if values:
            session.execute(table.update().where(table.c.id == row_id).values(values))


def _rewrite_log(session: Session, threshold: str, mapping: dict[str, str]) -> None:
    """Entries' stamps, and their bases (a field edited twice names the earlier stamp)."""
    log = ChangeLogEntry.__table__  # type: ignore[attr-defined]
    late_base = sa.text(
        "EXISTS (SELECT 1 FROM json_each(change_log.fields) AS j WHERE j.value > :threshold)"
    ).bindparams(threshold=threshold)
    query = sa.select(log.c.seq, log.c.stamp, log.c.fields).where(
        sa.or_(log.c.stamp > threshold, sa.and_(log.c.fields.is_not(None), late_base))
    )
    for seq, stamp, fields in session.execute(query).all():
        values: dict[str, Any] = {}
        if stamp in mapping:
            values["stamp"] = mapping[stamp]
        if fields:
            bases: dict[str, str | None] = json.loads(fields)
            moved = {k: (mapping.get(v, v) if v is not None else None) for k, v in bases.items()}
            if moved != bases:
                values["fields"] = _dump(moved)
        if values:
            session.execute(log.update().where(log.c.seq == seq).values(values))


def _rewrite_conflicts(session: Session, threshold: str, mapping: dict[str, str]) -> None:
    table = Conflict.__table__  # type: ignore[attr-defined]
    query = sa.select(table.c.id, table.c.losing_stamp, table.c.winning_stamp).where(
        sa.or_(table.c.losing_stamp > threshold, table.c.winning_stamp > threshold)
    )
    for conflict_id, losing, winning in session.execute(query).all():
        session.execute(
            table.update()
            .where(table.c.id == conflict_id)
            .values(
                losing_stamp=mapping.get(losing, losing),
                winning_stamp=mapping.get(winning, winning),
            )
        )


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


__all__ = ["limit_text", "rewrite_future_stamps", "rewrite_stamps"]
