"""Opening a data folder: the SQLite engine, migrations, the device id and sessions."""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from fieldkit.errors import (
    DataFolderFullError,
    DataFolderReadOnlyError,
    FolderLockedError,
    StorageError,
    phrase,
)
from fieldkit.storage.blobs import BlobStore
from fieldkit.storage.changes import CLOCK, DEVICE_KEY, HLC_KEY, READ_ONLY, StoreSession
from fieldkit.storage.crypto.folder_key import FolderKey, is_encrypted
from fieldkit.storage.durable import create_private_file, make_private_dir, tighten_tree
from fieldkit.storage.hlc import HybridLogicalClock, Stamp
from fieldkit.storage.models import LocalState
from fieldkit.storage.page_cache import restore_page_cache_on_checkin

DB_NAME = "fieldkit.sqlite3"
BLOB_DIR = "blobs"
_WRITE = "fieldkit_write"
# Decrypted-page cache per connection of an encrypted database (KiB; up to 8 pooled connections).
ENCRYPTED_CACHE_KIB = 8 * 1024


def make_engine(db_path: Path, key: FolderKey | None = None) -> Engine:
    """An engine for one SQLite file: WAL, foreign keys, FULL sync, explicit transactions.

    With ``key`` the file is a SQLCipher database (the ``sqlcipher3`` wheel: SQLite 3.5x with
    FTS5, AES-256 pages, HMAC per page). The raw 256-bit key derived from the folder key is
    given, so opening a pooled connection costs no PBKDF2 round (the passphrase already went
    through Argon2id once, when the folder was unlocked).
    """
    options: dict[str, Any] = {}
    if key is not None:
        import sqlcipher3.dbapi2 as sqlcipher

        from fieldkit.storage.crypto.db_cipher import apply_key, hmac_of

        database_key = key.database_key
        hmac = hmac_of(db_path, database_key)  # folders encrypted before keep their HMAC

        def _connect() -> Any:
            conn = sqlcipher.connect(str(db_path), timeout=30, check_same_thread=False)
            apply_key(conn, database_key, hmac)
            # Sorts and temporary indexes stay in memory: nothing readable in /tmp.
            conn.execute("PRAGMA temp_store = MEMORY")
            # A page read from the OS cache must be decrypted and checked again; a larger page
            # cache of decrypted pages keeps re-reads (an interview opened twice) at SQLite speed.
            conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
            return conn

        # ``module`` makes SQLAlchemy map sqlcipher3's exceptions as it maps sqlite3's.
        options = {"creator": _connect, "module": sqlcipher}
    engine = create_engine(
        f"sqlite:///{db_path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"timeout": 30, "check_same_thread": False},
        **options,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is too late).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front, so a read-then-write (the clock, the change
        # counter) can never fail half way with SQLITE_BUSY_SNAPSHOT.
        immediate = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    restore_page_cache_on_checkin(engine)
    return engine


class Store:
    """One data folder: ``fieldkit.sqlite3`` plus ``blobs/``."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine,
        device_id: str,
        last: Stamp | None,
        key: FolderKey | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.device_id = device_id
        self.clock = HybridLogicalClock(device_id, last=last)
        self.key = key
        self.blobs = BlobStore(data_dir / BLOB_DIR, key.derive("files") if key else None)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @classmethod
    def open(
        cls, data_dir: Path | str, *, migrate: bool = True, key: FolderKey | None = None
    ) -> Store:
        """Open (creating if new) a data folder; an encrypted one needs its unlocked ``key``."""
        data_dir = Path(data_dir).expanduser()
        _ensure_writable_folder(data_dir)
        from fieldkit.storage.crypto.swap import finish_interrupted

        finish_interrupted(data_dir)
        if key is None and is_encrypted(data_dir):
            raise FolderLockedError(
                phrase(
                    "the data folder {folder} is encrypted; give its passphrase "
                    "(fieldkit --passphrase-stdin …, or unlock it in the app)",
                    folder=data_dir,
                )
            )
        if key is not None and not is_encrypted(data_dir):
            raise StorageError(phrase("the data folder {folder} is not encrypted", folder=data_dir))
        try:
            # Owner-only from the start; SQLite gives its -wal and -shm files the same mode.
            create_private_file(data_dir / DB_NAME)
        except OSError as exc:
            raise StorageError(
                phrase(
                    "cannot create the database in {folder}: {reason}",
                    folder=data_dir,
                    reason=exc.strerror,
                )
            ) from exc
        engine = make_engine(data_dir / DB_NAME, key)
        try:
            if migrate:
                from fieldkit.storage.migrate import upgrade

                upgrade(engine)
            device_id, last = _load_identity(engine)
        except DatabaseError as exc:
            # OperationalError (locked, read-only, full) and a plain DatabaseError (a file that
            # is not SQLite, or a damaged one) alike: a sentence, never a traceback.
            engine.dispose()
            raise _storage_error(exc, data_dir) from exc
        return cls(data_dir, engine, device_id, last, key)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @contextmanager
    def write(self) -> Iterator[StoreSession]:
        """A transaction that writes; commits on success, rolls back on any error."""
        session = StoreSession(self.engine, expire_on_commit=False)
        session.info[CLOCK] = self.clock
        try:
            session.connection(execution_options={_WRITE: True})
            yield session
            session.commit()
        except DatabaseError as exc:
            session.rollback()
            if not _is_storage_fault(exc):
                raise
            raise _storage_error(exc, self.data_dir) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[StoreSession]:
        """A consistent snapshot for reading; refuses to write."""
        session = StoreSession(self.engine, expire_on_commit=False)
        session.info[READ_ONLY] = True
        try:
            yield session
        except DatabaseError as exc:
            if not _is_storage_fault(exc):
                raise
            raise _storage_error(exc, self.data_dir) from exc
        finally:
            # close() ends the read transaction and detaches the rows *without* expiring
            # them (rollback() would), so what was read stays usable after the block.
            session.close()

    def switch_to_encrypted(self, key: FolderKey) -> None:
        """After ``encrypt_folder`` converted this store's folder (its engine disposed first):
        the same Store object, now on the encrypted database and sealed blobs, so every
        window that holds it goes on working."""
        self.engine.dispose()
        self.engine = make_engine(self.db_path, key)
        self.key = key
        self.blobs = BlobStore(self.data_dir / BLOB_DIR, key.derive("files"))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _ensure_writable_folder(data_dir: Path) -> None:
    if data_dir.exists() and not data_dir.is_dir():
        raise StorageError(
            phrase(
                "the data folder {folder} is a file, not a folder; "
                "choose another folder with --data-dir",
                folder=data_dir,
            )
        )
    try:
        make_private_dir(data_dir)
        tighten_tree(data_dir)  # a folder from before fieldkit kept its files owner-only
    except OSError as exc:
        raise StorageError(
            phrase(
                "cannot create the data folder {folder}: {reason}",
                folder=data_dir,
                reason=exc.strerror,
            )
        ) from exc
    if not os.access(data_dir, os.W_OK):
        raise DataFolderReadOnlyError(
            phrase(
                "the data folder {folder} is read-only; fieldkit needs to write there "
                "(choose another folder with --data-dir or fix its permissions)",
                folder=data_dir,
            )
        )


def _load_identity(engine: Engine) -> tuple[str, Stamp | None]:
    with StoreSession(engine) as session:
        session.connection(execution_options={_WRITE: True})
        device = session.get(LocalState, DEVICE_KEY)
        if device is None:
            device = LocalState(key=DEVICE_KEY, value=secrets.token_hex(8))
            session.add(device)
        hlc = session.get(LocalState, HLC_KEY)
        last = Stamp.decode(hlc.value) if hlc is not None else None
        session.commit()
        return device.value, last


def _is_storage_fault(exc: DatabaseError) -> bool:
    """The database or its folder failed (not a constraint broken by a bug in our code)."""
    return isinstance(exc, OperationalError) or type(exc) is DatabaseError


def _storage_error(exc: DatabaseError, data_dir: Path) -> StorageError:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = message.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return DataFolderReadOnlyError(
            phrase(
                "the database in {folder} is read-only: {reason}", folder=data_dir, reason=message
            )
        )
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return DataFolderFullError(
            phrase(
                "the disk holding {folder} is full; free some space — nothing was saved "
                "from the change that failed, everything before it is safe",
                folder=data_dir,
            )
        )
    if "locked" in lowered or "busy" in lowered:
        return StorageError(
            phrase(
                "the database in {folder} is busy in another program; try again in a moment",
                folder=data_dir,
            )
        )
    if "not a database" in lowered or "file is encrypted" in lowered:
        return StorageError(
            phrase(
                "the file {file} in {folder} is not a fieldkit database or is damaged; "
                "restore it from a backup, or choose another data folder with --data-dir",
                file=DB_NAME,
                folder=data_dir,
            )
        )
    if "malformed" in lowered or "corrupt" in lowered:
        return StorageError(
            phrase(
                "the database in {folder} is damaged ({reason}); restore it from a backup",
                folder=data_dir,
                reason=message,
            )
        )
    return StorageError(
        phrase(
            "the database in {folder} could not be used: {reason}", folder=data_dir, reason=message
        )
    )


__all__ = ["DB_NAME", "Store", "make_engine"]
