"""Alembic environment: runs on the connection handed over by ``fieldkit.sync.server.migrate``."""

from __future__ import annotations

from alembic import context

from fieldkit.sync.server.db import metadata


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things: batch operations copy and swap the table there
        # (on PostgreSQL they are plain ALTERs).
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
