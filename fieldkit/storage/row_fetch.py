"""Fetching many sync rows by id with SQL Core, a chunk of ids per query.

Sync reads and writes tens of thousands of rows per batch; loading them one ``session.get`` at
a time (each one a query, an ORM object, and an autoflush) was most of the cost of a large
sync. These helpers fetch plain row mappings instead, ``WHERE id IN (...)`` a chunk at a time.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection

from fieldkit.storage.models import MODEL_BY_TABLE
from fieldkit.storage.row_changes import json_value

# Well below SQLite's limit on bound parameters (32,766 since 3.32; 999 before).
CHUNK = 900

T = TypeVar("T")


def chunked(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@functools.cache  # SQLModel's ``__table__`` costs microseconds; a large batch asks per change
def table_of(entity: str) -> sa.Table:
    table: sa.Table = MODEL_BY_TABLE[entity].__table__  # type: ignore[attr-defined]
    return table


def fetch_rows(
    conn: Connection,
    table: sa.Table,
    ids: Iterable[str],
    columns: Sequence[str] | None = None,
) -> dict[str, Mapping[str, Any]]:
    """The rows of ``table`` whose id is in ``ids`` (all columns, or ``columns`` plus id)."""
    wanted = sorted(set(ids))
    selected = (
        list(table.columns)
        if columns is None
        else [table.c.id, *(table.c[name] for name in columns if name != "id")]
    )
    found: dict[str, Mapping[str, Any]] = {}
    if not wanted:
        return found
    # One query for any number of ids, given as one JSON array (json_each): a chunk of bound
    # parameters per query made a batch of 10,000 new rows cost a dozen compiled statements.
    query = sa.select(*selected).where(table.c.id.in_(_JSON_IDS))
    for row in conn.execute(query, {"ids": json.dumps(wanted)}):
        mapping: Mapping[str, Any] = row._mapping  # type: ignore[assignment]
        found[str(mapping["id"])] = mapping
    return found


# The ids of a JSON array bound as ``ids`` (SQLite's json_each), for ``WHERE id IN (...)``.
_JSON_IDS: sa.Select[Any] = sa.select(sa.column("value")).select_from(
    sa.func.json_each(sa.bindparam("ids", type_=sa.String()))
)


def existing_ids(conn: Connection, table: sa.Table, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are rows of ``table``."""
    wanted = sorted(set(ids))
    found: set[str] = set()
    for chunk in chunked(wanted):
        found.update(
            str(i)
            for i in conn.execute(sa.select(table.c.id).where(table.c.id.in_(chunk))).scalars()
        )
    return found


# How SQLAlchemy stores a DateTime and a Date in SQLite ("2025-03-01 09:00:00.000000").
_D = "[0-9]"
_STORED_DATE = f"{_D * 4}-{_D * 2}-{_D * 2}"
_STORED_DATETIME = f"{_STORED_DATE} {_D * 2}:{_D * 2}:{_D * 2}.{_D * 6}"


def _stored_otherwise(text: Any, pattern: str) -> Any:
    return text.is_not(None) & text.op("NOT GLOB", is_comparison=True)(pattern)


@functools.cache
def _json_ready_sql(table: sa.Table) -> tuple[str, tuple[str, ...], tuple[int, ...]]:
    """SQL text selecting ``table``'s rows JSON-ready, up to ``WHERE id IN (``; the column
    names; the positions of yes/no columns (the driver gives 0 and 1, JSON wants booleans)."""
    selected, flag = _json_ready_select(table)
    query = sa.select(*selected, flag).compile(
        dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
    )
    names = tuple(c.name for c in table.columns)
    flags = tuple(i for i, c in enumerate(table.columns) if isinstance(c.type, sa.Boolean))
    return f"{query} WHERE {table.name}.id IN (", names, flags


def _json_ready_select(table: sa.Table) -> tuple[list[Any], Any]:
    """Columns with times as sync sends them (``json_value``'s text), made by SQLite.

    ``2025-03-01 09:00:00.000000`` becomes ``2025-03-01T09:00:00.000000Z`` and a date stays as
    stored. Also a flag: 1 if a time in the row is stored some other way (read typed instead).
    """
    selected: list[Any] = []
    odd: list[Any] = []
    for column in table.columns:
        kind: Any = column.type
        if isinstance(kind, sa.TypeDecorator):
            kind = kind.impl_instance
        if isinstance(kind, sa.DateTime):
            text = sa.type_coerce(column, sa.String())
            selected.append(
                (sa.func.substr(text, 1, 10) + "T" + sa.func.substr(text, 12) + "Z").label(
                    column.name
                )
            )
            odd.append(_stored_otherwise(text, _STORED_DATETIME))
        elif isinstance(kind, sa.Date):
            text = sa.type_coerce(column, sa.String())
            selected.append(text.label(column.name))
            odd.append(_stored_otherwise(text, _STORED_DATE))
        else:
            selected.append(column)
    flag = sa.case((sa.or_(*odd), 1), else_=0) if odd else sa.literal(0)
    return selected, flag


def fetch_json_rows(
    conn: Connection, table: sa.Table, ids: Iterable[str]
) -> dict[str, Mapping[str, Any]]:
    """Like ``fetch_rows`` (all columns), with values JSON-ready (``json_value``'s form).

    Times are rewritten as text by SQLite, not parsed into datetime objects and printed again
    in Python, and rows come straight from the driver's cursor as tuples (type processing and
    row objects were half the cost of reading a batch to push). The local database only: the
    query is SQLite's.
    """
    sql, names, flags = _json_ready_sql(table)
    at = names.index("id")
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    found: dict[str, Mapping[str, Any]] = {}
    for chunk in chunked(sorted(set(ids))):
        odd: list[str] = []
        for *values, is_odd in cursor.execute(sql + ",".join("?" * len(chunk)) + ")", chunk):
            if is_odd:
                odd.append(str(values[at]))
                continue
            for i in flags:
                if values[i] is not None:
                    values[i] = bool(values[i])
            found[str(values[at])] = dict(zip(names, values, strict=True))
        if odd:  # a time stored some other way: read those rows typed
            for row_id, typed in fetch_rows(conn, table, odd).items():
                found[row_id] = {name: json_value(value) for name, value in typed.items()}
    return found


class RowCache:
    """Whole rows of sync tables by (table name, id), loaded in chunks on demand.

    Values are JSON-ready (``fetch_json_rows``): times as ISO text, as a change carries them.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._rows: dict[tuple[str, str], Mapping[str, Any]] = {}
        self._absent: set[tuple[str, str]] = set()

    def load(self, entity: str, ids: Iterable[str]) -> None:
        if entity not in MODEL_BY_TABLE:
            return
        missing = {i for i in ids if (entity, i) not in self._rows}
        if not missing:
            return
        found = fetch_json_rows(self.conn, table_of(entity), missing)
        for row_id, row in found.items():
            self._rows[(entity, row_id)] = row
        self._absent.update((entity, i) for i in missing - found.keys())

    def get(self, entity: str, row_id: str) -> Mapping[str, Any] | None:
        key = (entity, row_id)
        if key not in self._rows and key not in self._absent:
            self.load(entity, [row_id])
        return self._rows.get(key)


__all__ = [
    "CHUNK",
    "RowCache",
    "chunked",
    "existing_ids",
    "fetch_json_rows",
    "fetch_rows",
    "table_of",
]
