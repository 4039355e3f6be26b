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
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from fieldkit.sync.server.blob_store import ServerBlobs, is_sha256
from fieldkit.sync.server.db import feed
from fieldkit.sync.server.store import ServerStore, StudySync

ERASED = ""
ENTITY = "erasures"


def erasures_in(parts: Sequence[StudySync]) -> list[tuple[str, list[Any], list[str]]]:
    """(study, rows, blobs) of every erasure in the pushes."""
    found = []
    for part in parts:
        for text in part.push:
            if f'"{ENTITY}"' not in text:
                continue
            change = json.loads(text)
            values = change.get("values") or {}
            if change.get("entity") != ENTITY or "rows" not in values:
                continue
            rows, blobs = json.loads(values["rows"]), json.loads(values.get("blobs") or "[]")
            found.append((part.study_id, rows, [b for b in blobs if is_sha256(b)]))
    return found


def apply_erasures(
    store: ServerStore, blobs: ServerBlobs | None, parts: Sequence[StudySync]
) -> int:
    """Rewrite the history for every erasure in ``parts``; returns the changes rewritten."""
    found = erasures_in(parts)
    rewritten = 0
    for study_id, rows, shas in found:
        with store.write() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:  # the old values' bytes are zeroed as the rows are rewritten
                conn.exec_driver_sql("PRAGMA secure_delete=ON")
            rewritten += _rewrite(conn, study_id, rows)
            if sqlite:
                conn.exec_driver_sql("PRAGMA secure_delete=OFF")
        if blobs is not None:
            for sha in shas:
                blobs.path_for(sha).unlink(missing_ok=True)
    if found:
        compact(store)
    return rewritten


def _rewrite(conn: sa.Connection, study_id: str, rows: list[Any]) -> int:
    """Blank the named fields in every stored change to the named rows: one pass over the
    study's feed per 100 rows (a change is found by its row id in the text, then checked)."""
    fields = {(str(table), str(row_id)): list(names) for table, row_id, names in rows if names}
    ids = sorted({row_id for _, row_id in fields})
    count = 0
    for start in range(0, len(ids), 100):
        chunk = ids[start : start + 100]
        query = sa.select(feed.c.server_seq, feed.c.change).where(
            feed.c.study_id == study_id, sa.or_(*(feed.c.change.contains(i) for i in chunk))
        )
        for seq, text in conn.execute(query).all():
            change = json.loads(text)
            values = change.get("values") or {}
            names = fields.get((str(change.get("entity")), str(change.get("row_id"))), [])
            hit = [f for f in names if isinstance(values.get(f), str) and values[f] != ERASED]
            if not hit:
                continue
            for name in hit:
                values[name] = ERASED
            conn.execute(
                feed.update()
                .where(feed.c.study_id == study_id, feed.c.server_seq == seq)
                .values(change=json.dumps(change, ensure_ascii=False, separators=(",", ":")))
            )
            count += 1
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


__all__ = ["apply_erasures", "compact", "erasures_in"]
