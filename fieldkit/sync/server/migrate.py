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
from fieldkit.sync.server.db import WRITE, default_db_url, make_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision. A server start finds the database there and never imports Alembic;
# a test keeps this equal to the scripts' head.
HEAD = "c5e2a9d81f30"
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
        return _revision(conn)


def _revision(conn: Connection) -> str | None:
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(sa.text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``; nothing (and no Alembic import) when already at head."""
    if revision == "head" and current_revision(engine) == HEAD:
        return
    _run(engine, "upgrade", revision)


def _refuse_unversioned(conn: Connection) -> None:
    """Tables but no revision: a database from before server migrations.

    Checked under the migration lock: before it, another server starting at the same moment
    may be half way through migrating (its tables there, its revision not yet) or may have just
    finished, and a check then would refuse a perfectly good database.
    """
    if _revision(conn) is not None:
        return
    if set(sa.inspect(conn).get_table_names()) & {"users", "studies", "feed"}:
        raise StorageError(
            "this server database was made by a development version of fieldkit from before "
            "server migrations and cannot be upgraded; start from a new data folder or database "
            "(laptops keep their data and push it again)"
        )


def create_schema(engine: Engine) -> None:
    """Bring the database to the newest schema (Alembic; quick when it is already there)."""
    upgrade(engine)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, "downgrade", revision)


def _run(engine: Engine, direction: str, revision: str) -> None:
    from alembic import command

    with engine.connect().execution_options(**{WRITE: True}) as conn:
        postgres = conn.dialect.name == "postgresql"
        if postgres:
            conn.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": _LOCK_KEY})
            conn.commit()
        try:
            if direction == "upgrade":
                _refuse_unversioned(conn)
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
