"""Writing many research rows fast, with the same bookkeeping as the ORM path.

The ORM path (``session.add`` per object, then the change-log flush hook) costs about a
millisecond per row; the large demo corpus has about 150,000 rows. ``BulkWriter`` buffers plain
dict rows per table and writes each batch in one ``store.write()`` transaction: every row gets
the batch's clock stamp (``row_stamp``, from ``changes.next_stamp``) and one change-log
``insert`` entry, exactly what ``changes.log_insert`` records for ORM rows, so the first sync
pushes the demo like any other data. The full-text triggers fire for each row as usual.

Rows go through the DB-API ``executemany`` (``exec_driver_sql``) after SQLAlchemy's own value
converters for each column type (dates and times to the text SQLAlchemy stores, booleans to
integers), which skips the per-row work of a compiled Core ``insert()``. Foreign keys stay on
and ``synchronous`` stays FULL; only the page cache is enlarged while a batch is written.

Tables are written parents first (studies, themes, cases, … codings, memos), so foreign keys
hold within a batch as long as rows are added after the rows they point at.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Connection

from fieldkit.storage.changes import next_stamp
from fieldkit.storage.db import Store
from fieldkit.storage.models import (
    Attachment,
    Coding,
    Interview,
    InterviewParticipant,
    Memo,
    Observation,
    Participant,
    Study,
    SyncRow,
    Tag,
    Theme,
)
from fieldkit.storage.models import Case as CaseRow

CACHE_KIB = 65_536  # page cache while a batch is written (the default is 2 MB)

# Parents before children: the order rows are inserted (and logged) within one batch.
TABLE_ORDER: tuple[type[SyncRow], ...] = (
    Study,
    Theme,
    CaseRow,
    Participant,
    Interview,
    InterviewParticipant,
    Observation,
    Attachment,
    Tag,
    Coding,
    Memo,
)


def _defaults(model: type[SyncRow]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.default is not PydanticUndefined:
            out[name] = info.default
    return out


_DEFAULTS: dict[type[SyncRow], dict[str, Any]] = {m: _defaults(m) for m in TABLE_ORDER}
_COLUMNS: dict[type[SyncRow], frozenset[str]] = {
    m: frozenset(c.name for c in m.__table__.columns)  # type: ignore[attr-defined]
    for m in TABLE_ORDER
}


def row(model: type[SyncRow], **values: Any) -> dict[str, Any]:
    """A complete row of ``model``: its field defaults, overridden by ``values``."""
    out = dict(_DEFAULTS[model])
    out.update(values)
    return out


class BulkWriter:
    """Buffers rows and writes them ``batch_rows`` at a time, one transaction per batch."""

    def __init__(self, store: Store, *, batch_rows: int = 20_000) -> None:
        self.store = store
        self.batch_rows = batch_rows
        self.counts: dict[str, int] = {m.__tablename__: 0 for m in TABLE_ORDER}  # type: ignore[misc]
        self.transactions = 0
        self.write_seconds = 0.0  # time spent in the database (for the benchmark)
        self._pending: dict[type[SyncRow], list[dict[str, Any]]] = {m: [] for m in TABLE_ORDER}
        self._size = 0

    def add(self, model: type[SyncRow], values: dict[str, Any]) -> None:
        self._pending[model].append(values)
        self._size += 1
        if self._size >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        if not self._size:
            return
        started = time.perf_counter()
        with self.store.write() as session:
            stamp = next_stamp(session).encode()
            conn = session.connection()
            previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            # A bigger page cache for this transaction: the id indexes take random inserts.
            conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
            try:
                for model in TABLE_ORDER:
                    rows = self._pending[model]
                    if rows:
                        self._insert(conn, model, rows, stamp)
            finally:
                conn.exec_driver_sql(f"PRAGMA cache_size={int(previous or -2000)}")
        self.transactions += 1
        self.write_seconds += time.perf_counter() - started
        self._pending = {m: [] for m in TABLE_ORDER}
        self._size = 0

    def _insert(
        self, conn: Connection, model: type[SyncRow], rows: list[dict[str, Any]], stamp: str
    ) -> None:
        _check_columns(model, rows[0])
        sql, columns, processors = _statement(model, conn)
        params = []
        for values in rows:
            values["row_stamp"] = stamp
            values["field_stamps"] = None
            params.append(
                tuple(
                    processors[i](values[c]) if i in processors else values[c]
                    for i, c in enumerate(columns)
                )
            )
        conn.exec_driver_sql(sql, params)
        name: str = model.__tablename__  # type: ignore[assignment]
        of_study = model is not Study
        log = [
            (name, values["id"], values["study_id"] if of_study else values["id"], stamp)
            for values in rows
        ]
        conn.exec_driver_sql(
            "INSERT INTO change_log (entity, row_id, study_id, op, stamp, fields) "
            "VALUES (?, ?, ?, 'insert', ?, NULL)",
            log,
        )
        self.counts[name] += len(rows)


def _statement(
    model: type[SyncRow], conn: Connection
) -> tuple[str, list[str], dict[int, Callable[[Any], Any]]]:
    """INSERT for ``model`` with DB-API placeholders, its columns, and the value converters
    SQLAlchemy would apply (dates and times to text, booleans to integers)."""
    table = model.__table__  # type: ignore[attr-defined]
    columns = [c.name for c in table.columns]
    processors: dict[int, Callable[[Any], Any]] = {}
    for i, column in enumerate(table.columns):
        proc = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        if proc is not None:
            processors[i] = proc
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table.name} ({names}) VALUES ({marks})", columns, processors


def _check_columns(model: type[SyncRow], values: dict[str, Any]) -> None:
    expected = _COLUMNS[model] - {"row_stamp", "field_stamps"}
    given = set(values) - {"row_stamp", "field_stamps"}
    if given != expected:
        missing = sorted(expected - given)
        extra = sorted(given - expected)
        raise ValueError(f"{model.__tablename__} row: missing {missing}, unknown {extra}")
