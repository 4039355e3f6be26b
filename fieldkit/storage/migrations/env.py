"""Alembic environment: runs on the engine handed over by ``fieldkit.storage.migrate``."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlmodel import SQLModel

import fieldkit.storage.models  # noqa: F401  (registers the tables)

# Tables and indexes that migrations create by hand (full-text search: search_docs, the FTS5
# table search_index and its shadow tables search_index_*, the search_* partial indexes) and
# that autogenerate must not touch.
MANUAL_TABLES_PREFIX = ("search_", "ix_deleted_")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    manual = type_ in ("table", "index") and name and name.startswith(MANUAL_TABLES_PREFIX)
    return not manual


def run_migrations() -> None:
    engine = context.config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=SQLModel.metadata,
            render_as_batch=True,
            include_object=include_object,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations()
