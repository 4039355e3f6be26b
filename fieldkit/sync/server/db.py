"""The server's tables (SQLAlchemy Core, so SQLite and PostgreSQL alike) and its engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

DB_FILE = "server.db"

metadata = sa.MetaData()

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("device_id", sa.String(32), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
    sa.Column("revoked_ms", sa.BigInteger, nullable=True),
)

studies = sa.Table(
    "studies",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
    # Bumped by every push: takes the study's row lock, so appends to one feed are serialised.
    sa.Column("pushes", sa.BigInteger, nullable=False, server_default="0"),
)

memberships = sa.Table(
    "memberships",
    metadata,
    sa.Column("study_id", sa.String(36), sa.ForeignKey("studies.id"), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
    sa.Column("role", sa.String(20), nullable=False),
)

feed = sa.Table(
    "feed",
    metadata,
    sa.Column("server_seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("study_id", sa.String(36), sa.ForeignKey("studies.id"), nullable=False),
    sa.Column("device_id", sa.String(32), nullable=False),
    # The push_last_seq of the push that brought the change: one push batch shares it.
    sa.Column("device_seq", sa.BigInteger, nullable=False),
    sa.Column("change", sa.Text, nullable=False),
    sa.Index("ix_feed_study_seq", "study_id", "server_seq"),
)

device_acks = sa.Table(
    "device_acks",
    metadata,
    sa.Column("device_id", sa.String(32), primary_key=True),
    sa.Column("study_id", sa.String(36), sa.ForeignKey("studies.id"), primary_key=True),
    sa.Column("high_water", sa.BigInteger, nullable=False),
)

ROLES = ("lead", "researcher", "viewer")
WRITE = "fieldkit_server_write"


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{Path(data_dir) / DB_FILE}"


def make_engine(db_url: str) -> Engine:
    """An engine; on SQLite: WAL, foreign keys, busy timeout, and BEGIN IMMEDIATE for writes."""
    if not db_url.startswith("sqlite"):
        return sa.create_engine(db_url, pool_pre_ping=True)
    engine = sa.create_engine(
        db_url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=8
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: a read-then-write cannot fail half way.
        immediate = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def create_schema(engine: Engine) -> None:
    """Create missing tables (Alembic migrations for the server come later).

    Several workers starting at once may race to create a table; the loser tries again.
    """
    for attempt in range(3):
        try:
            metadata.create_all(engine)
            return
        except (sa.exc.OperationalError, sa.exc.ProgrammingError):
            if attempt == 2:
                raise
