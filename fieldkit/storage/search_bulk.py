"""Indexing many records for search in a few statements instead of a trigger run per row.

The ``search_*`` triggers (migration ``ca0bf575f73f``) keep the index right for every write, a
row at a time. A pulled batch of 10,000 observations spent half its apply time in them: each
row ran four statements, one FTS5 insert among them. Inside :func:`search_triggers_paused` the
insert and update triggers stand aside (their ``WHEN`` asks whether ``search_deferred`` holds a
row; migration ``d2b7e4f0a913``), and :func:`index_records` then indexes the rows written, one
table at a time, with the same expressions the triggers use. The flag row is written and
removed inside the caller's transaction, so no other connection ever sees it, and a crash
rolls it back with the rest.

The delete triggers and ``search_*_moved`` (memos following a record to another case) stay on.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from contextlib import contextmanager

import sqlalchemy as sa

FLAG_TABLE = "search_deferred"

# The memo's case, from what it is attached to (NULL for a memo on a theme).
_MEMO_CASE = """CASE src.target_type
        WHEN 'case' THEN src.target_id
        WHEN 'interview' THEN (SELECT case_id FROM interviews WHERE id = src.target_id)
        WHEN 'observation' THEN (SELECT case_id FROM observations WHERE id = src.target_id)
        WHEN 'participant' THEN (SELECT case_id FROM participants WHERE id = src.target_id)
    END"""

_CASE_PLACE = (
    "rtrim(coalesce(src.locality || ', ', '') || coalesce(src.region || ', ', '') "
    "|| coalesce(src.country || ', ', '') || coalesce(src.kind, ''), ', ')"
)

# table -> (record type, title, body, summary, case id, the columns they read): what the
# triggers of migration ca0bf575f73f index (tests/storage/test_search_bulk.py compares the two).
SOURCES: dict[str, tuple[str, str, str, str, str, tuple[str, ...]]] = {
    "interviews": (
        "interview",
        "src.title",
        "src.transcript",
        "src.summary",
        "src.case_id",
        ("title", "transcript", "summary", "case_id"),
    ),
    "observations": (
        "observation",
        "src.title",
        "src.description",
        "coalesce(src.setting, '')",
        "src.case_id",
        ("title", "description", "setting", "case_id"),
    ),
    "cases": (
        "case",
        "src.title",
        "src.summary",
        _CASE_PLACE,
        "src.id",
        ("title", "summary", "locality", "region", "country", "kind"),
    ),
    "memos": (
        "memo",
        "src.title",
        "src.body",
        "''",
        _MEMO_CASE,
        ("title", "body", "target_type", "target_id"),
    ),
}

# Per table, the columns whose change re-indexes a row (the update trigger's list).
WATCHED: dict[str, frozenset[str]] = {
    table: frozenset({"deleted_at", "study_id", *source[5]}) for table, source in SOURCES.items()
}


@contextmanager
def search_triggers_paused(conn: sa.Connection) -> Iterator[None]:
    """Inside: inserts and updates of searchable rows leave the index alone (the caller
    indexes them with :func:`index_records` before leaving). Only in a write transaction."""
    conn.exec_driver_sql(f"INSERT INTO {FLAG_TABLE} (paused) VALUES (1)")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"DELETE FROM {FLAG_TABLE}")


def index_records(conn: sa.Connection, table: str, ids: Collection[str]) -> None:
    """Make the index right for the rows ``ids`` of ``table`` (live rows in, deleted ones out),
    whatever it held for them before; in the order of ``ids`` (that of the triggers)."""
    source = SOURCES.get(table)
    if source is None or not ids:
        return
    kind, title, body, summary, case, _ = source
    given = {"ids": json.dumps(list(ids))}
    wanted = "SELECT value FROM json_each(:ids)"
    for statement in (
        f"""DELETE FROM search_index WHERE rowid IN
            (SELECT rowid FROM search_docs WHERE record_id IN ({wanted}))""",
        f"""DELETE FROM search_docs WHERE record_id IN ({wanted}) AND NOT EXISTS
            (SELECT 1 FROM {table} AS src
             WHERE src.id = search_docs.record_id AND src.deleted_at IS NULL)""",
        f"""INSERT INTO search_docs (record_type, record_id, study_id, case_id)
            SELECT '{kind}', src.id, src.study_id, {case}
            FROM json_each(:ids) AS j JOIN {table} AS src ON src.id = j.value
            WHERE src.deleted_at IS NULL ORDER BY j.key
            ON CONFLICT (record_id) DO UPDATE
                SET study_id = excluded.study_id, case_id = excluded.case_id""",
        f"""INSERT INTO search_index (rowid, title, body, summary)
            SELECT d.rowid, {title}, {body}, {summary}
            FROM json_each(:ids) AS j JOIN {table} AS src ON src.id = j.value
            JOIN search_docs AS d ON d.record_id = src.id
            WHERE src.deleted_at IS NULL ORDER BY j.key""",
    ):
        conn.execute(sa.text(statement), given)


__all__ = ["SOURCES", "WATCHED", "index_records", "search_triggers_paused"]
