"""Many rows into one table with one ``executemany``, without SQLAlchemy's per-row work.

``conn.execute(table.insert(), rows)`` builds, for each row, a parameter dict through the
compiled statement and the column types: a fifth of applying a large pulled batch. Here the
INSERT is compiled once per table and dialect, each column's own bind processor (the same one
SQLAlchemy would use, so the stored values are identical) is applied in a plain loop, and the
rows go to the driver as tuples. Rows that lack a column take the SQLAlchemy path (defaults).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

Processor = Callable[[Any], Any] | None


@functools.cache
def _compiled(
    table: sa.Table, dialect: sa.Dialect
) -> tuple[str, tuple[str, ...], tuple[Processor, ...]]:
    names = tuple(column.name for column in table.columns)
    compiled = (
        table.insert().values({name: sa.bindparam(name) for name in names}).compile(dialect=dialect)
    )
    if not compiled.positional:
        return "", (), ()
    order = tuple(compiled.positiontup or ())
    if set(order) != set(names):
        return "", (), ()
    processors = tuple(table.c[name].type.bind_processor(dialect) for name in order)
    return str(compiled), order, processors


def insert_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT ``rows`` (column name -> Python value) into ``table``, in order."""
    if not rows:
        return
    sql, order, processors = _compiled(table, conn.dialect)
    if not sql or any(len(row) != len(order) for row in rows):
        conn.execute(table.insert(), list(rows))
        return
    # Each row's values in column order in one C call; only the few columns with a bind
    # processor (times, dates) go through Python (a loop over every value was a tenth of
    # applying a large pulled batch).
    pick = itemgetter(*order)
    convert = [(i, process) for i, process in enumerate(processors) if process is not None]
    try:
        if len(order) == 1:
            params: list[Any] = [(pick(row),) for row in rows]
        else:
            params = list(map(pick, rows))
    except KeyError:  # a row with other columns than the table's: let SQLAlchemy say so
        conn.execute(table.insert(), list(rows))
        return
    if convert:  # a column at a time: no list per row to convert its few values
        columns = list(zip(*params, strict=True))
        for i, process in convert:
            if any(value is not None for value in columns[i]):  # deleted_at of new rows: all None
                columns[i] = tuple(map(process, columns[i]))
            else:
                columns[i] = tuple(map(process, columns[i][:1])) * len(params)
        params = list(zip(*columns, strict=True))
    conn.exec_driver_sql(sql, params)


__all__ = ["insert_rows"]
