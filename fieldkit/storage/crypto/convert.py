"""Encrypting an existing data folder in place, so that a kill at any moment loses nothing.

1. ``.encrypting/`` is built inside the folder: the key file, the database copied by SQLCipher's
   ``sqlcipher_export`` into an encrypted file, every blob sealed. The old folder is untouched
   and usable throughout; a kill here leaves a half-built ``.encrypting/`` that the next open
   deletes.
2. ``.encrypting/READY`` is written (fsynced). From here on the conversion only goes forward:
3. the plain database and blobs move into ``.plain-old/`` (then ``.plain-old/MOVED``), the
   encrypted ones move into place, the key file last, and both side folders are deleted.

:func:`finish_interrupted` runs at every open of a folder (``Store.open``) and completes
whichever step was cut off, so the folder opens either as it was or encrypted.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from fieldkit.errors import StorageError, phrase
from fieldkit.storage.crypto.folder_key import (
    KdfParams,
    check_new_passphrase,
    create_key,
    is_encrypted,
)
from fieldkit.storage.crypto.swap import (
    BLOB_DIR,
    CRASH_ENV,
    DB_NAME,
    READY,
    STAGING,
    crash_point,
    finish_interrupted,
)
from fieldkit.storage.durable import fsync_dir, make_private_dir, open_private

Progress = Callable[[str], None]


def encrypt_folder(
    data_dir: Path,
    passphrase: str,
    *,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> str:
    """Encrypt ``data_dir`` in place; returns the recovery key to print.

    The folder must not be open in another program (the app) while this runs.
    """
    from fieldkit.storage.db import Store

    data_dir = Path(data_dir)
    if is_encrypted(data_dir):
        raise StorageError(phrase("the data folder {folder} is encrypted already", folder=data_dir))
    passphrase = check_new_passphrase(passphrase)  # before anything is written
    say = progress or (lambda _text: None)
    # Bring the schema up to date and fold the WAL into the file, so the copy is complete.
    with Store.open(data_dir) as store, store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        unfinished = _unfinished_recordings(data_dir)
    if unfinished:
        raise StorageError(
            phrase(
                "{count} recording(s) in {folder} are not finished; open "
                "the app once so they are attached, then encrypt the folder",
                count=unfinished,
                folder=data_dir / "recordings",
            )
        )
    staging = data_dir / STAGING
    if staging.exists():
        shutil.rmtree(staging)
    make_private_dir(staging)
    key, recovery = create_key(staging, passphrase, kdf=kdf)
    crash_point("key-written")
    say("copying the database into an encrypted one")
    _export_database(data_dir / DB_NAME, staging / DB_NAME, key.database_key)
    crash_point("database-copied")
    say("sealing the attachment files")
    _seal_blobs(data_dir / BLOB_DIR, staging / BLOB_DIR, key.derive("files"))
    crash_point("blobs-sealed")
    with open_private(staging / READY, "w") as f:
        f.write("complete\n")
        f.flush()
        os.fsync(f.fileno())
    fsync_dir(staging)
    crash_point("ready")
    finish_interrupted(data_dir)
    return recovery


def _export_database(plain: Path, target: Path, database_key: str) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    from fieldkit.storage.crypto.db_cipher import NEW_HMAC, apply_key

    conn = sqlcipher.connect(str(plain), isolation_level=None)
    try:
        conn.execute(f'ATTACH DATABASE ? AS encrypted KEY "{database_key}"', (str(target),))
        apply_key(conn, database_key, NEW_HMAC, schema="encrypted")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    conn = sqlcipher.connect(str(target), isolation_level=None)
    try:
        apply_key(conn, database_key, NEW_HMAC)
        conn.execute("PRAGMA journal_mode=WAL")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    if check != "ok":
        raise StorageError(
            phrase(
                "the encrypted copy of the database failed its check ({check})", check=str(check)
            )
        )
    os.chmod(target, 0o600)
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def _seal_blobs(source_root: Path, target_root: Path, files_key: bytes) -> None:
    from fieldkit.storage.blobs import BlobStore

    source = BlobStore(source_root)
    target = BlobStore(target_root, files_key)
    for sha in source.iter_hashes():
        with source.open(sha) as stream:
            stored, _size = target.put_stream(stream, name=f"attachment {sha[:12]}…")
        if stored != sha:  # already damaged on disk: keep it, sealed, under its own name
            final = target.path_for(sha)
            make_private_dir(final.parent)
            os.replace(target.path_for(stored), final)


def _unfinished_recordings(data_dir: Path) -> int:
    root = data_dir / "recordings"
    return sum(1 for p in root.iterdir() if p.is_dir()) if root.is_dir() else 0


__all__ = ["CRASH_ENV", "encrypt_folder", "finish_interrupted"]
