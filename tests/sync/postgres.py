"""Real PostgreSQL for the server tests: one fresh database per use, dropped at the end.

``FIELDKIT_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/test``)
names a server and an existing database to connect to for administration. When it is set the
PostgreSQL tests run, and FAIL if that server cannot be reached; when it is unset they skip.
Each database made here has a new name (time, process, random), so leftovers of an earlier
run change nothing.
"""

from __future__ import annotations

import os
import secrets
import time

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

ENV = "FIELDKIT_TEST_POSTGRES_URL"
SKIP_REASON = (
    f"{ENV} is not set; set it to a PostgreSQL URL such as "
    "postgresql+psycopg://postgres@127.0.0.1:5432/test to run the PostgreSQL server tests"
)


class PostgresDatabases:
    """Creates uniquely named databases on the server in ``admin_url`` and drops them all."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url)
        self.created: list[str] = []
        self._admin = sa.create_engine(
            self.admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool
        )

    def check_reachable(self) -> None:
        try:
            with self._admin.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except sa.exc.OperationalError as exc:
            pytest.fail(
                f"{ENV} is set but PostgreSQL at {self.admin_url.render_as_string()} cannot be "
                f"reached: {exc.orig}",
                pytrace=False,
            )

    def drop_stale(self, older_than_s: float = 24 * 3600) -> None:
        """Drop databases an interrupted run left behind (by the time in their name)."""
        with self._admin.connect() as conn:
            names = conn.execute(
                sa.text("SELECT datname FROM pg_database WHERE datname LIKE 'fieldkit\\_t%'")
            ).scalars()
            for name in list(names):
                made = name.removeprefix("fieldkit_t").split("_", 1)[0]
                if made.isdigit() and int(made) < time.time() - older_than_s:
                    conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def create(self) -> str:
        """A new empty database; its URL (same server, user and driver)."""
        name = f"fieldkit_t{int(time.time())}_{os.getpid()}_{secrets.token_hex(3)}"
        with self._admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self._admin.connect() as conn:
            for name in self.created:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.created.clear()
        self._admin.dispose()


def configured_url() -> str | None:
    return os.environ.get(ENV) or None
