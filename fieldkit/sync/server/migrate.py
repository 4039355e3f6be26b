"""Alembic for the server database, driven from code: ``init`` and ``serve`` upgrade to head.

Separate from the laptops' migrations (``fieldkit.storage.migrate``): its own scripts in
``migrations/versions`` and its own ``alembic_version`` table in the server database.
Developers make a new revision after changing ``db.py`` with::

    python -m fieldkit.sync.server.migrate revision "what changed"

and then set ``HEAD`` below to the new revision id.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from fieldkit.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision. A server start finds the database there and never imports Alembic;
# a test keeps this equal to the scripts' head.
HEAD = "25b2cd75bcfc"
# PostgreSQL advisory lock held while migrating, so workers or admins starting at once take
# turns (SQLite: the migration's transaction holds the write lock).
_LOCK_KEY = 0x6669656C646B6974  # "fieldkit"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The database's revision, or None for a new, empty database."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(sa.text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``; nothing (and no Alembic import) when already at head."""
    current = current_revision(engine)
    if revision == "head" and current == HEAD:
        return
    if current is None and _has_unversioned_tables(engine):
        raise StorageError(
            "this server database was made by a development version of fieldkit from before "
            "server migrations and cannot be upgraded; start from a new data folder or database "
            "(laptops keep their data and push it again)"
        )
    _run(engine, "upgrade", revision)


def _has_unversioned_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(set(sa.inspect(conn).get_table_names()) & {"users", "studies", "feed"})


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, "downgrade", revision)


def _run(engine: Engine, direction: str, revision: str) -> None:
    from alembic import command

    from fieldkit.sync.server.db import WRITE

    with engine.connect().execution_options(**{WRITE: True}) as conn:
        postgres = conn.dialect.name == "postgresql"
        if postgres:
            conn.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": _LOCK_KEY})
            conn.commit()
        try:
            step = command.upgrade if direction == "upgrade" else command.downgrade
            step(alembic_config(conn), revision)
            conn.commit()
        finally:
            if postgres:
                conn.rollback()
                conn.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": _LOCK_KEY})
                conn.commit()


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "revision":
        print("usage: python -m fieldkit.sync.server.migrate revision MESSAGE", file=sys.stderr)
        return 2
    from alembic import command

    from fieldkit.sync.server.db import default_db_url, make_engine

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(default_db_url(Path(tmp)))
        try:
            if head_revision() is not None:
                _run(engine, "upgrade", "head")
            with engine.connect() as conn:
                command.revision(alembic_config(conn), message=argv[1], autogenerate=True)
        finally:
            engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
