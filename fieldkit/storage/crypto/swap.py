"""The last, forward-only step of encrypting a folder in place (see ``convert``): swapping the
encrypted copy into place. :func:`finish_interrupted` runs at every open of a folder
(``Store.open``) and completes or undoes whichever step was cut off. It needs nothing of
``storage.db``, which imports it."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

from fieldkit.storage.crypto.folder_key import KEY_FILE, is_encrypted
from fieldkit.storage.durable import fsync_dir, make_private_dir, open_private

STAGING = ".encrypting"
OLD = ".plain-old"
READY = "READY"
MOVED = "MOVED"
DB_NAME = "fieldkit.sqlite3"  # the same names as storage.db (which imports this module)
BLOB_DIR = "blobs"
_DB_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm")
# Environment variable naming a step at which the process kills itself (crash tests only).
CRASH_ENV = "FIELDKIT_TEST_CRASH_AT"


def finish_interrupted(data_dir: Path) -> None:
    """Complete or undo a conversion that was cut off (a no-op on an ordinary folder)."""
    data_dir = Path(data_dir)
    staging, old = data_dir / STAGING, data_dir / OLD
    if staging.is_dir() and not (staging / READY).is_file():
        shutil.rmtree(staging)  # never finished: the plain folder is still whole
    elif staging.is_dir():
        if not (old / MOVED).is_file():
            make_private_dir(old)
            for name in (*_DB_FILES, BLOB_DIR):
                if (data_dir / name).exists():
                    os.replace(data_dir / name, old / name)
                    crash_point(f"moved-{name}")
            _touch(old / MOVED)
            fsync_dir(data_dir)
        for name in (*_DB_FILES, BLOB_DIR, KEY_FILE):  # the key last: it marks "encrypted"
            if (staging / name).exists():
                os.replace(staging / name, data_dir / name)
                crash_point(f"placed-{name}")
        fsync_dir(data_dir)
        shutil.rmtree(staging)
    if old.is_dir() and is_encrypted(data_dir) and not staging.exists():
        crash_point("before-cleanup")
        _overwrite_files(old)
        shutil.rmtree(old)
        fsync_dir(data_dir)


def _overwrite_files(folder: Path) -> None:
    """Zero the plain copies before deleting them (best effort: an SSD or a copy-on-write file
    system may keep the old blocks; only full-disk encryption covers those)."""
    zeros = bytes(1 << 20)
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        try:
            with open(path, "r+b") as f:
                left = f.seek(0, os.SEEK_END)
                f.seek(0)
                while left > 0:
                    left -= f.write(zeros[: min(left, len(zeros))])
                f.flush()
                os.fsync(f.fileno())
        except OSError:
            continue


def _touch(path: Path) -> None:
    with open_private(path, "w") as f:
        f.flush()
        os.fsync(f.fileno())
    fsync_dir(path.parent)


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
