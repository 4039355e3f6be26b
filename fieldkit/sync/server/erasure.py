"""The server's side of a participant's erasure: its stored history forgets their words.

A push that carries an ``erasures`` row (``fieldkit.storage.erasure``) names rows and the text
fields that held a withdrawn participant's words. Before the push is stored, every change of
the study's feed to those rows has those fields' values replaced by the erasure marker ("", as
the erasure itself sets them): the changes stay where they are, with their numbers, stamps and
bases, so every cursor and every replica's history stays consistent, and a laptop that pulls
the study from the start applies the marker, then the erasure. The blob files named are
deleted. No free page may keep the old values: on SQLite the rewrite runs with
``secure_delete`` (freed bytes are zeroed; the feed is otherwise append-only, so no older free
page holds them) and the WAL is emptied into the file; on PostgreSQL ``VACUUM FULL feed`` (the
table is rewritten into new files, the dead row versions that held the words are gone; it locks
the feed while it runs).

Doing it before storing the push makes a crash harmless: the push is not acknowledged, the
laptop sends it again, and the rewrite is idempotent.

Who may erase: a study's lead only (403 otherwise). An erasure destroys material on every
replica, other researchers' codings and memos included, and cannot be undone; the lead answers
to the ethics board for the study's data. A researcher who hears of a withdrawal records it
(consent "withdrawn": every export leaves the participant out at once) and asks the lead. An
erasure may name only text fields of this study's rows (422 otherwise), and a file is deleted
only when no other study holds it. The rows erased are kept in ``erased_rows`` so a later push
cannot write the words back (``erased_edits.py``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from fieldkit.errors import PermissionDeniedError, ValidationError
from fieldkit.storage.erasure import CHILD_TABLES, WORD_FIELDS, erased_value
from fieldkit.sync.server import hot_queries as hot
from fieldkit.sync.server.blob_store import ServerBlobs, is_sha256
from fieldkit.sync.server.db import blob_studies, erased_rows, feed, row_owners
from fieldkit.sync.server.store import ServerStore, StudySync

ERASED = ""
ENTITY = "erasures"


Found = list[tuple[str, list[Any], list[str], str]]


def erasures_in(parts: Sequence[StudySync]) -> Found:
    """(study, rows, blobs, stamp) of every erasure in the pushes; a malformed one is refused."""
    found = []
    for part in parts:
        for text in part.push:
            if f'"{ENTITY}"' not in text:
                continue
            change = json.loads(text)
            values = change.get("values") or {}
            if change.get("entity") != ENTITY or "rows" not in values:
                continue
            try:
                rows, blobs = json.loads(values["rows"]), json.loads(values.get("blobs") or "[]")
            except (TypeError, ValueError):
                raise ValidationError("an erasure's list of rows or files is not JSON") from None
            shas = [b for b in blobs if is_sha256(b)]
            found.append((part.study_id, _checked_rows(rows), shas, str(change["stamp"])))
    return found


def _checked_rows(rows: Any) -> list[Any]:
    """``[table, id, [fields]]`` or ``[table, id, [fields], code]`` (only the code's turns)."""
    if not isinstance(rows, list):
        raise ValidationError("an erasure's list of rows is not a list")
    for row in rows:
        shape = isinstance(row, list) and len(row) in (3, 4)
        if not shape or not all(isinstance(x, str) for x in row[:2] + row[3:]):
            raise ValidationError(f"an erasure names a row badly: {str(row)[:80]}")
        table, _, names = row[:3]
        allowed = WORD_FIELDS.get(table)
        if allowed is None or not isinstance(names, list) or not set(names) <= set(allowed):
            raise ValidationError(
                f"an erasure may only empty the text fields of research records; it names "
                f"{table} fields {str(names)[:80]}"
            )
    return rows


def check_erasers(store: ServerStore, roles: dict[str, str], found: Found) -> None:
    """Only a study's lead erases, and only rows of that study (see the module docstring)."""
    for study_id, rows, _, _ in found:
        if roles.get(study_id) != "lead":
            raise PermissionDeniedError(
                f"only a lead of study {study_id} can erase a participant's material: the "
                "erasure reaches every laptop and cannot be undone. Record the withdrawal "
                "(exports leave the participant out) and ask your team lead to erase"
            )
        ids = sorted({str(r[1]) for r in rows})
        with store.read() as conn:
            for start in range(0, len(ids), 900):
                query = sa.select(row_owners.c.row_id, row_owners.c.study_id).where(
                    row_owners.c.row_id.in_(ids[start : start + 900]),
                    row_owners.c.study_id != study_id,
                )
                foreign = conn.execute(query).first()
                if foreign is not None:
                    raise ValidationError(
                        f"an erasure in study {study_id} names record {foreign[0]} of another "
                        "study; nothing was erased"
                    )


def apply_erasures(
    store: ServerStore,
    blobs: ServerBlobs | None,
    parts: Sequence[StudySync],
    roles: dict[str, str] | None = None,
) -> int:
    """Rewrite the history for every erasure in ``parts``; returns the changes rewritten.

    ``roles`` (study -> the pusher's role) checks who may erase; None only for a caller that
    checked already."""
    found = erasures_in(parts)
    if roles is not None:
        check_erasers(store, roles, found)
    rewritten = 0
    for study_id, rows, shas, stamp in found:
        with store.write() as conn:
            # The study's push lock: a push stores its changes either before (rewritten here)
            # or after (``erased_edits.py`` sees ``erased_rows``), never in between.
            conn.execute(hot.LOCK_STUDY, {"study_id": study_id})
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:  # the old values' bytes are zeroed as the rows are rewritten
                conn.exec_driver_sql("PRAGMA secure_delete=ON")
            rewritten += _rewrite(conn, study_id, rows, stamp)
            _remember(conn, study_id, rows)
            kept = _held_elsewhere(conn, study_id, shas)
            if sqlite:
                conn.exec_driver_sql("PRAGMA secure_delete=OFF")
        if blobs is not None:
            for sha in shas:
                if sha not in kept:
                    blobs.path_for(sha).unlink(missing_ok=True)
    if found:
        compact(store)
    return rewritten


def _remember(conn: sa.Connection, study_id: str, rows: list[Any]) -> None:
    """Keep the erased rows (idempotent: a replayed push writes the same rows again)."""
    for table, row_id, names, *code in rows:
        if not names:
            continue
        key = (
            (erased_rows.c.row_id == row_id)
            & (erased_rows.c.entity == table)
            & (erased_rows.c.turns_of == (code[0] if code else ""))
        )
        conn.execute(erased_rows.delete().where(key))
        conn.execute(
            erased_rows.insert().values(
                row_id=row_id,
                entity=table,
                turns_of=code[0] if code else "",
                study_id=study_id,
                fields=json.dumps(sorted(names)),
            )
        )


def _held_elsewhere(conn: sa.Connection, study_id: str, shas: list[str]) -> set[str]:
    """The files another study holds too: they stay."""
    if not shas:
        return set()
    query = sa.select(blob_studies.c.sha256).where(
        blob_studies.c.sha256.in_(shas), blob_studies.c.study_id != study_id
    )
    return {str(sha) for sha in conn.execute(query).scalars()}


def _rewrite(conn: sa.Connection, study_id: str, rows: list[Any], erased_at: str) -> int:
    """Erase the named fields in every stored change to the named rows: one pass over the
    study's feed per 100 rows (a change is found by its row id in the text, then checked).

    A change made before the erasure (its stamp is earlier) gets the marker; the erasure's own
    changes (its stamp) are left as they are, so a replayed push, or an erasure that came in
    a later batch than its changes, changes nothing; a later change, already made erased
    when it came (``erased_edits.py``), gets the same rule again (nothing changes)."""
    fields: dict[tuple[str, str], list[tuple[str, str]]] = {}
    # A coding, memo, tag or photo on a record taken whole that the eraser's laptop had not
    # pulled yet: its words go too, and it is remembered like the rows named.
    whole = {str(r[1]) for r in rows if len(r) == 3}
    named = {str(r[1]) for r in rows}
    children: dict[str, str] = {}
    for table, row_id, names, *code in rows:
        for name in names:
            fields.setdefault((str(table), str(row_id)), []).append((name, code[0] if code else ""))
    ids = sorted({row_id for _, row_id in fields})
    count = 0
    for start in range(0, len(ids), 100):
        chunk = ids[start : start + 100]
        query = sa.select(feed.c.server_seq, feed.c.change).where(
            feed.c.study_id == study_id, sa.or_(*(feed.c.change.contains(i) for i in chunk))
        )
        for seq, text in conn.execute(query).all():
            change = json.loads(text)
            stamp = str(change.get("stamp"))
            values = change.get("values") or {}
            entity, row_id = str(change.get("entity")), str(change.get("row_id"))
            names = fields.get((entity, row_id), [])
            target = str(values.get("target_id"))
            if not names and entity in CHILD_TABLES and target in whole and row_id not in named:
                names = [(name, "") for name in WORD_FIELDS[entity]]
                children[row_id] = entity
            if stamp == erased_at or not names:
                continue
            touched = False
            for name, code in names:
                value = values.get(name)
                if not isinstance(value, str) or value == ERASED:
                    continue
                kept = ERASED if stamp < erased_at else erased_value(name, value, code)
                touched |= kept != value
                values[name] = kept
            if not touched:
                continue
            conn.execute(
                feed.update()
                .where(feed.c.study_id == study_id, feed.c.server_seq == seq)
                .values(change=json.dumps(change, ensure_ascii=False, separators=(",", ":")))
            )
            count += 1
    if children:  # their other changes (an edit that does not name the record) too
        found = [[entity, row_id, list(WORD_FIELDS[entity])] for row_id, entity in children.items()]
        _remember(conn, study_id, found)
        count += _rewrite(conn, study_id, found, erased_at)
    return count


def compact(store: ServerStore) -> None:
    """No free page, dead row or log frame keeps an old value."""
    engine = store.engine
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM FULL feed")
        return
    raw = engine.raw_connection()
    try:
        conn_: Any = raw.driver_connection
        # The feed is append-only apart from erasures, so no free page holds an old value
        # (the rewrite zeroed what it freed): emptying the WAL into the file is enough, no
        # VACUUM of the whole database.
        conn_.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


__all__ = ["apply_erasures", "check_erasers", "compact", "erasures_in"]
