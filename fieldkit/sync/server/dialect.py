"""The few statements whose SQL differs between SQLite and PostgreSQL, written once for both.

Everything else in the server is plain SQLAlchemy Core. Writers on SQLite hold the database
write lock for their whole transaction (``BEGIN IMMEDIATE``, see ``db.make_engine``); on
PostgreSQL several workers write at once, so races are settled here by the database itself
(``ON CONFLICT``) or by row locks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection


def _insert(conn: Connection, table: sa.Table) -> Any:
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"the server does not support {conn.dialect.name} databases")


def insert_ignore(conn: Connection, table: sa.Table, values: Mapping[str, Any]) -> bool:
    """Insert a row unless its key is taken; True if this call inserted it."""
    statement = _insert(conn, table).values(**values).on_conflict_do_nothing()
    # RETURNING, not rowcount: drivers do not all report a row count for this statement.
    inserted = conn.execute(statement.returning(*table.primary_key.columns)).first()
    return inserted is not None


def upsert(
    conn: Connection,
    table: sa.Table,
    values: Mapping[str, Any],
    *,
    keys: Sequence[str],
    update: Sequence[str],
) -> None:
    """Insert a row, or update the ``update`` columns of the row with the same ``keys``."""
    statement = _insert(conn, table).values(**values)
    statement = statement.on_conflict_do_update(
        index_elements=list(keys), set_={name: statement.excluded[name] for name in update}
    )
    conn.execute(statement)


def lock_for_update(query: sa.Select[Any]) -> sa.Select[Any]:
    """``query`` locking the rows it reads until the transaction ends.

    ``FOR NO KEY UPDATE`` on PostgreSQL, so inserts that only reference the row (foreign keys)
    are not blocked; SQLite has no row locks and needs none (one writer at a time).
    """
    return query.with_for_update(key_share=True)
