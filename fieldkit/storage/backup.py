"""One-file backups of a data folder, and restoring one into a new folder.

A backup file is ``MAGIC``, one line of JSON (the header: format version, when, from which
device, and ``encryption``: how the rest is protected, ``"none"`` or ``"passphrase"``), then a
tar stream holding:

- ``fieldkit.sqlite3``: a consistent snapshot taken with SQLite's online backup API (the app
  may keep writing meanwhile; the snapshot is one transaction's view);
- ``blobs/``, ``recordings/`` (unfinished recordings' journals), ``settings.json`` and, in an
  encrypted folder, ``fieldkit.key`` (the wrapped data key; blobs stay sealed as they are).

An encrypted folder's database is snapshot through SQLCipher under its own key, so the backup
holds nothing in clear. A backup made with a passphrase (``encryption: "passphrase"``, for a
plain folder on a USB stick) has the tar stream sealed (``crypto/sealed_file.py``: AES-256-GCM
in authenticated 64 KiB chunks) under a random key, wrapped in the header by an Argon2id key
from the passphrase (``folder_key.wrap_with_passphrase``, as a folder's key file does); the
header itself holds no words. A restore asks for the passphrase; a wrong one is refused before
anything is unpacked.

Left out: the sign-in token (``sync-credentials.json``: a backup on a USB stick must not let
its finder into the team's server; sign in again after a restore), logs, and SQLite's -wal and
-shm files (the snapshot holds everything).

The file is written to a hidden partial file beside the target, fsynced, then renamed: a killed
backup leaves the previous backup (or nothing) under the target's name, 0600 either way.
A restore unpacks into a hidden folder beside the target, checks the database, marks it for a
new device identity (``copy_detection.py``) and renames it into place: a killed restore leaves
no half folder where the data folder should be.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import secrets
import shutil
import sqlite3
import tarfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from fieldkit.errors import StorageError, ValidationError, phrase
from fieldkit.storage.copy_detection import RESTORED_MARK
from fieldkit.storage.crypto.folder_key import (
    FolderKey,
    unwrap_with_passphrase,
    wrap_with_passphrase,
)
from fieldkit.storage.crypto.sealed_file import CHUNK, SealedReader, SealedWriter
from fieldkit.storage.db import BLOB_DIR, DB_NAME
from fieldkit.storage.durable import (
    PRIVATE_DIR,
    PRIVATE_FILE,
    fsync_dir,
    make_private_dir,
    open_private,
)

MAGIC = b"FIELDKIT-BACKUP\n"
FORMAT = 1
# ``fieldkit.key``: an encrypted folder's wrapped data key (useless without the passphrase).
INCLUDED = (BLOB_DIR, "recordings", "settings.json", "fieldkit.key")
_PARTIAL = ".partial"
_RESTORING = ".restoring-"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    files: int
    seconds: float


def write_backup(
    data_dir: Path,
    target: Path,
    *,
    device_id: str,
    key: FolderKey | None = None,
    passphrase: str | None = None,
    now_ms: Callable[[], int] = lambda: int(time.time() * 1000),
) -> BackupInfo:
    """Write the backup of ``data_dir`` to ``target`` (atomically, 0600); returns its figures.

    ``key``: an encrypted folder's unlocked key; its database is snapshot through SQLCipher into
    a file under the same key (the backup holds it encrypted, with the wrapped key beside it).
    ``passphrase``: seal the whole backup with it (see the module docstring).
    """
    started = time.perf_counter()
    data_dir, target = Path(data_dir), Path(target).expanduser().absolute()
    if target.is_dir():
        raise ValidationError(
            phrase("{path} is a folder; give the backup file's name, e.g. -o fk.bak", path=target)
        )
    if _inside(target, data_dir):
        raise ValidationError(
            phrase("the backup file cannot be inside the data folder it backs up")
        )
    if not target.parent.is_dir():
        raise ValidationError(phrase("the folder {folder} does not exist", folder=target.parent))
    partial = target.with_name(f".{target.name}{_PARTIAL}")
    snapshot = target.with_name(f".{target.name}.db{_PARTIAL}")
    files = 0
    header: dict[str, Any] = {
        "format": FORMAT,
        "encryption": "none",  # of this file as a whole
        "folder_encrypted": key is not None,
        "created_ms": now_ms(),
        "device_id": device_id,
    }
    backup_key = None
    if passphrase is not None:  # checked (length) and wrapped before any work
        backup_key = secrets.token_bytes(32)
        header["encryption"] = "passphrase"
        header["passphrase"] = wrap_with_passphrase(backup_key, passphrase)
    try:
        _snapshot_database(data_dir / DB_NAME, snapshot, key)
        with open_private(partial, "wb") as out:
            out.write(MAGIC + json.dumps(header).encode() + b"\n")
            sealed = SealedWriter(out, backup_key) if backup_key is not None else None
            with tarfile.open(fileobj=sealed or out, mode="w|") as tar:
                tar.add(snapshot, arcname=DB_NAME)
                files += 1
                for path, name in _included_files(data_dir):
                    tar.add(path, arcname=name, recursive=False)
                    files += path.is_file()
            if sealed is not None:
                sealed.close()  # the final chunk: a backup cut short is refused on restore
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
        fsync_dir(target.parent)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            phrase(
                "cannot write the backup {path}: {reason}",
                path=target,
                reason=str(exc.strerror or exc),
            )
        ) from exc
    finally:
        snapshot.unlink(missing_ok=True)
    return BackupInfo(target, target.stat().st_size, files, time.perf_counter() - started)


def read_header(source: Path) -> dict[str, object]:
    """The backup's header; a clear error for a file that is not a fieldkit backup."""
    with open(source, "rb") as stream:
        return _header(stream, source)


def restore_backup(
    source: Path, data_dir: Path, *, ask_passphrase: Callable[[], str] | None = None
) -> int:
    """Unpack ``source`` into the new folder ``data_dir``; returns the number of files.

    ``ask_passphrase`` gives the passphrase of a backup sealed with one (asked only then)."""
    source, data_dir = Path(source).expanduser(), Path(data_dir).expanduser().absolute()
    if not source.is_file():
        raise ValidationError(
            phrase("there is no backup file {path}; nothing was restored", path=source)
        )
    if data_dir.exists() and (not data_dir.is_dir() or any(data_dir.iterdir())):
        raise ValidationError(
            phrase(
                "the data folder {folder} is not empty; restore into a new folder "
                "(fieldkit --data-dir NEW-FOLDER restore FILE): nothing was changed",
                folder=data_dir,
            )
        )
    make_private_dir(data_dir.parent)
    for stale in data_dir.parent.glob(f".{data_dir.name}{_RESTORING}*"):
        shutil.rmtree(stale, ignore_errors=True)  # a restore killed earlier
    work = data_dir.parent / f".{data_dir.name}{_RESTORING}{secrets.token_hex(4)}"
    try:
        with open(source, "rb") as stream:
            header = _header(stream, source)
            body = _opened(stream, header, source, ask_passphrase)
            os.mkdir(work, PRIVATE_DIR)
            files = _unpack(body, work, source)
        if not header.get("folder_encrypted"):  # an encrypted one is checked when unlocked
            _check_database(work / DB_NAME, source)
        with open_private(work / RESTORED_MARK, "wb"):  # copy_detection: a new identity
            pass
        fsync_dir(work)
        if data_dir.exists():
            data_dir.rmdir()  # empty (checked above)
        os.replace(work, data_dir)
        fsync_dir(data_dir.parent)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise StorageError(
            phrase(
                "cannot restore into {folder}: {reason}",
                folder=data_dir,
                reason=str(exc.strerror or exc),
            )
        ) from exc
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return files


def _opened(
    stream: IO[bytes],
    header: dict[str, Any],
    source: Path,
    ask_passphrase: Callable[[], str] | None,
) -> IO[bytes]:
    """The tar stream after the header: as it is, or unsealed with the backup's passphrase."""
    encryption = header.get("encryption")
    if encryption == "none":
        return stream
    entry = header.get("passphrase")
    if encryption != "passphrase" or not isinstance(entry, dict):
        raise ValidationError(
            phrase(
                "the backup {path} is encrypted ({encryption}); this version of fieldkit cannot "
                "open it",
                path=source,
                encryption=str(encryption),
            )
        )
    if ask_passphrase is None:
        raise ValidationError(
            phrase(
                "the backup {path} is encrypted with a passphrase; give it on standard input "
                "(fieldkit --data-dir NEW --passphrase-stdin restore FILE)",
                path=source,
            )
        )
    try:
        backup_key = unwrap_with_passphrase(entry, ask_passphrase())
    except (KeyError, TypeError, ValueError):
        raise ValidationError(
            phrase("the backup {path} is damaged (its header)", path=source)
        ) from None
    if backup_key is None:
        raise ValidationError(
            phrase(
                "wrong passphrase for the backup {path}: nothing was restored (a forgotten "
                "passphrase cannot be recovered)",
                path=source,
            )
        )
    name = phrase("the backup {path}", path=source)
    reader = SealedReader(stream, backup_key, name=name, start=stream.tell())
    return io.BufferedReader(reader, CHUNK)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _snapshot_database(db_path: Path, snapshot: Path, key: FolderKey | None) -> None:
    snapshot.unlink(missing_ok=True)
    fd = os.open(snapshot, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)
    module: Any = sqlite3
    if key is not None:  # the folder's own cipher, the same key on both sides
        module = importlib.import_module("sqlcipher3.dbapi2")
    source = module.connect(str(db_path), timeout=30)
    target = module.connect(str(snapshot))
    try:
        if key is not None:  # the snapshot written as the folder's file is (its HMAC too)
            from fieldkit.storage.crypto.db_cipher import apply_key, hmac_of

            hmac = hmac_of(db_path, key.database_key)
            for conn in (source, target):
                apply_key(conn, key.database_key, hmac)
        source.backup(target)  # all pages in one step: one consistent read transaction
        target.execute("PRAGMA journal_mode=DELETE")
    except module.Error as exc:
        raise StorageError(
            phrase(
                "cannot read the database {path} for the backup: {reason}",
                path=db_path,
                reason=str(exc),
            )
        ) from exc
    finally:
        target.close()
        source.close()


def _included_files(data_dir: Path) -> Iterator[tuple[Path, str]]:
    """Every file and folder to back up, parents before children, with its name in the tar."""
    for top in INCLUDED:
        path = data_dir / top
        if path.is_file():
            yield path, top
        elif path.is_dir():
            yield path, top
            for folder, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(dirs) + sorted(names):
                    if name.startswith("."):
                        continue  # temporary files of a copy in progress
                    full = Path(folder) / name
                    yield full, full.relative_to(data_dir).as_posix()


def _header(stream: IO[bytes], source: Path) -> dict[str, object]:
    not_backup = ValidationError(phrase("{path} is not a fieldkit backup file", path=source))
    if stream.read(len(MAGIC)) != MAGIC:
        raise not_backup
    line = stream.readline(64 * 1024)
    try:
        header = json.loads(line)
    except ValueError:
        raise not_backup from None
    if not isinstance(header, dict):
        raise not_backup
    if header.get("format") != FORMAT:
        raise ValidationError(
            phrase(
                "the backup {path} was made by a newer fieldkit (format {format}); "
                "update fieldkit to restore it",
                path=source,
                format=header.get("format"),
            )
        )
    return header


def _unpack(stream: IO[bytes], work: Path, source: Path) -> int:
    files = 0
    try:
        with tarfile.open(fileobj=stream, mode="r|") as tar:
            for member in tar:
                if member.isdir():
                    make_private_dir(work / member.name)
                    continue
                if not member.isfile() or not _safe_name(member.name):
                    raise ValidationError(
                        phrase("the backup {path} holds an unexpected entry", path=source)
                    )
                target = work / member.name
                make_private_dir(target.parent)
                extracted = tar.extractfile(member)
                if extracted is None:
                    raise ValidationError(phrase("the backup {path} is damaged", path=source))
                with open_private(target, "wb") as out:
                    shutil.copyfileobj(extracted, out, 1024 * 1024)
                    out.flush()
                    os.fsync(out.fileno())
                files += 1
    except (tarfile.TarError, EOFError) as exc:
        raise ValidationError(
            phrase(
                "the backup {path} is damaged or incomplete ({reason}); nothing was restored",
                path=source,
                reason=str(exc),
            )
        ) from exc
    return files


def _safe_name(name: str) -> bool:
    parts = Path(name).parts
    return (
        bool(parts)
        and not Path(name).is_absolute()
        and ".." not in parts
        and (name == DB_NAME or parts[0] in INCLUDED)
    )


def _check_database(db_path: Path, source: Path) -> None:
    if not db_path.is_file():
        raise ValidationError(
            phrase("the backup {path} holds no database; nothing was restored", path=source)
        )
    try:
        conn = sqlite3.connect(db_path)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _damaged_database(source, str(exc)) from exc
    if ok is None or ok[0] != "ok":
        raise _damaged_database(source, str(ok))


def _damaged_database(source: Path, reason: str) -> ValidationError:
    return ValidationError(
        phrase("the backup {path} holds a damaged database ({reason})", path=source, reason=reason)
    )


__all__ = ["MAGIC", "BackupInfo", "read_header", "restore_backup", "write_backup"]
