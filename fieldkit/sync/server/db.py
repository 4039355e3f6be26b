"""The server's tables (SQLAlchemy Core, so SQLite and PostgreSQL alike) and its engine."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from fieldkit.storage.durable import create_private_file

DB_FILE = "server.db"

# Constraints get the same names on SQLite and PostgreSQL, so migrations can name them.
metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
    # Set by ``fieldkit-server user disable``: no sign-in, every token refused.
    sa.Column("disabled_ms", sa.BigInteger, nullable=True),
    # May publish (create) new studies; users that existed before this right was added kept it.
    sa.Column("can_create_studies", sa.Boolean, nullable=False, server_default=sa.false()),
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
    # Last request made with the token (updated at most every few minutes); a token unused
    # for the server's idle time (``serve --token-idle-days``) is refused.
    sa.Column("last_used_ms", sa.BigInteger, nullable=True),
)

# The login limiter's counters (``fieldkit.sync.server.login_limiter``), one row per key
# (``user:NAME``, ``addr:IP``), in the database so every worker shares them.
login_limits = sa.Table(
    "login_limits",
    metadata,
    sa.Column("key", sa.String(260), primary_key=True),
    sa.Column("attempts", sa.Integer, nullable=False),  # counted before the password is checked
    sa.Column("blocked_until_ms", sa.BigInteger, nullable=False),
    sa.Column("updated_ms", sa.BigInteger, nullable=False),
    sa.Index("ix_login_limits_updated_ms", "updated_ms"),  # forgotten rows are pruned by it
)

studies = sa.Table(
    "studies",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
    # The highest server_seq in this study's feed. A push locks this row (SELECT ... FOR NO KEY
    # UPDATE on PostgreSQL, the database write lock on SQLite) and numbers its changes after
    # it, so each study's feed is numbered 1, 2, 3... with no gap, in commit order.
    sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"),
    # Changes when the server finds its feed behind what a laptop already pulled or had
    # acknowledged (restored from a backup, lost writes): a laptop that pulled under another
    # epoch pulls the study again from the start (re-applying what it has changes nothing).
    sa.Column("epoch", sa.String(32), nullable=False, server_default=""),
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
    sa.Column("study_id", sa.String(36), sa.ForeignKey("studies.id"), nullable=False),
    # Numbered per study, from studies.last_seq: the pull cursor of every client.
    sa.Column("server_seq", sa.BigInteger, nullable=False),
    sa.Column("device_id", sa.String(32), nullable=False),
    # The push_last_seq of the push that brought the change: one push batch shares it.
    sa.Column("device_seq", sa.BigInteger, nullable=False),
    sa.Column("change", sa.Text, nullable=False),
    sa.PrimaryKeyConstraint("study_id", "server_seq", name="pk_feed"),
)

# Each laptop's device id belongs to the user who first signed in with it: nobody else can
# sign in, push or move a push position as that laptop.
devices = sa.Table(
    "devices",
    metadata,
    sa.Column("device_id", sa.String(32), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
)

# Which study owns each row id the feed has carried (from the row's insert): an update to an
# unknown row or to another study's row, or an insert of another study's id, is refused.
# row_id first, so a push's lookup ``WHERE row_id IN (...)`` walks the primary key.
row_owners = sa.Table(
    "row_owners",
    metadata,
    sa.Column("row_id", sa.String(36), nullable=False),
    sa.Column("entity", sa.String(40), nullable=False),
    sa.Column("study_id", sa.String(36), sa.ForeignKey("studies.id"), nullable=False),
    sa.PrimaryKeyConstraint("row_id", "entity", name="pk_row_owners"),
    # SQLite: one B-tree (the key) instead of two; a first push of 150,000 rows inserts here.
    sqlite_with_rowid=False,
)

# The rows a participant's erasure emptied (server/erasure.py), so a later push cannot write
# their words back (server/erased_edits.py): ``fields`` is a JSON list of the emptied fields;
# ``turns_of`` is the withdrawn participant's code when only their speaker turns were removed
# from the text (a group interview), "" when the fields were emptied whole.
erased_rows = sa.Table(
    "erased_rows",
    metadata,
    sa.Column("row_id", sa.String(36), nullable=False),
    sa.Column("entity", sa.String(40), nullable=False),
    sa.Column("turns_of", sa.String(40), nullable=False),
    sa.Column("study_id", sa.String(36), sa.ForeignKey("studies.id"), nullable=False),
    sa.Column("fields", sa.Text, nullable=False),
    sa.PrimaryKeyConstraint("row_id", "entity", "turns_of", name="pk_erased_rows"),
)

# Secrets the server keeps with its data (proofs.py: the key that signs acks and cursors).
server_keys = sa.Table(
    "server_keys",
    metadata,
    sa.Column("name", sa.String(40), primary_key=True),
    sa.Column("value", sa.String(128), nullable=False),
)

device_acks = sa.Table(
    "device_acks",
    metadata,
    sa.Column("device_id", sa.String(32), primary_key=True),
    sa.Column("study_id", sa.String(36), sa.ForeignKey("studies.id"), primary_key=True),
    sa.Column("high_water", sa.BigInteger, nullable=False),
)

# --- media (fieldkit.sync.server.blob_store / media_routes) ----------------------------------
# Blob files live on disk under <data folder>/blobs, named by their SHA-256, stored once.
blobs = sa.Table(
    "blobs",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
)

# Which studies may read a blob: a member of the study uploaded it there (proving they had it).
blob_studies = sa.Table(
    "blob_studies",
    metadata,
    sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), primary_key=True),
    sa.Column("study_id", sa.String(36), sa.ForeignKey("studies.id"), primary_key=True),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
)

# Resumable uploads in progress; bytes received so far: <data folder>/blobs/.uploads/<id>.
uploads = sa.Table(
    "uploads",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("study_id", sa.String(36), sa.ForeignKey("studies.id"), nullable=False),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("device_id", sa.String(32), nullable=False),
    sa.Column("created_ms", sa.BigInteger, nullable=False),
    sa.Index("ix_uploads_owner", "user_id", "study_id", "sha256"),
)

ROLES = ("lead", "researcher", "viewer")
# A pooled connection unused this long is checked (a round trip) before a request gets it.
PING_AFTER_IDLE_S = 10.0
WRITE = "fieldkit_server_write"


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{Path(data_dir) / DB_FILE}"


def make_engine(
    db_url: str, *, pool_size: int | None = None, ping_after_idle_s: float = PING_AFTER_IDLE_S
) -> Engine:
    """An engine; on SQLite: WAL, foreign keys, busy timeout, and BEGIN IMMEDIATE for writes.

    ``pool_size``: at most that many connections to a database server (none beyond it while
    busy: several workers together must stay under PostgreSQL's ``max_connections``).
    ``ping_after_idle_s``: a pooled connection unused that long is checked before use.
    """
    # hide_parameters: a database error in the log never shows a row's values (hashes...).
    if not db_url.startswith("sqlite"):
        connect_args = {"connect_timeout": 10} if db_url.startswith("postgresql") else {}
        sizes: dict[str, Any] = {}
        if pool_size is not None:
            sizes = {"pool_size": pool_size, "max_overflow": 0}
        engine = sa.create_engine(db_url, hide_parameters=True, connect_args=connect_args, **sizes)
        _ping_when_idle(engine, ping_after_idle_s)
        return engine
    database = sa.engine.make_url(db_url).database
    if database and database != ":memory:" and not database.startswith("file:"):
        # Owner-only from the start; SQLite gives its -wal and -shm files the same mode.
        create_private_file(Path(database))
    engine = sa.create_engine(
        db_url,
        connect_args={"timeout": 30, "check_same_thread": False},
        pool_size=8,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: an acknowledged push survives a power cut (the laptop moves its push cursor on
        # the acknowledgement, so a push lost after it would never be sent again).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: a read-then-write cannot fail half way.
        immediate = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _ping_when_idle(engine: Engine, idle_s: float = PING_AFTER_IDLE_S) -> None:
    """Check a pooled connection before use only when it sat unused for ``idle_s`` or more.

    ``pool_pre_ping`` checked it on every checkout: a round trip for each of the four or five
    connections a sync request takes, a tenth of the server's time under load. A connection
    used moments ago is very likely alive; if the database went away meanwhile, the statement
    fails (503, "try again"), SQLAlchemy drops every pooled connection of that time, and the
    next request connects afresh.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(_dbapi_conn: Any, record: Any) -> None:
        record.info["fieldkit_used"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["fieldkit_used"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        used = record.info.get("fieldkit_used")
        if used is not None and time.monotonic() - used < idle_s:
            return
        try:
            with dbapi_conn.cursor() as cursor:
                cursor.execute("SELECT 1")
            if not getattr(dbapi_conn, "autocommit", True):
                dbapi_conn.rollback()
        except engine.dialect.loaded_dbapi.Error as exc:
            # The pool discards this connection and checks out another (or connects anew).
            raise sa.exc.DisconnectionError(str(exc)) from exc
