"""Finding the key of a data folder for a command: the keyring, else the first line of stdin."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from fieldkit.errors import FolderLockedError, phrase
from fieldkit.storage.crypto.folder_key import FolderKey, is_encrypted, key_fits, unlock
from fieldkit.storage.crypto.keyring_store import recall


def read_secret_line(stream: IO[str] | None = None, *, what: str = "the passphrase") -> str:
    """One line of ``stream`` (stdin) without its line end; empty is refused."""
    line = (stream or sys.stdin).readline().rstrip("\r\n")
    if not line:
        raise FolderLockedError(
            phrase("{what} was expected on the first line of standard input", what=what)
        )
    return line


def folder_key(data_dir: Path, *, passphrase: str | None) -> FolderKey | None:
    """None for a plain folder; for an encrypted one, its key (from ``passphrase``, else the
    keyring) or a FolderLockedError."""
    data_dir = Path(data_dir)
    from fieldkit.storage.crypto.swap import finish_interrupted

    if data_dir.is_dir():
        finish_interrupted(data_dir)
    if not is_encrypted(data_dir):
        return None
    if passphrase is not None:
        return unlock(data_dir, passphrase)
    remembered = recall(data_dir)
    if remembered is not None and key_fits(data_dir, remembered):
        return remembered
    raise FolderLockedError(
        phrase(
            "the data folder {folder} is encrypted; give its passphrase on standard input "
            "with --passphrase-stdin (e.g. fieldkit --data-dir DIR --passphrase-stdin search "
            "radio)",
            folder=data_dir,
        )
    )


__all__ = ["folder_key", "read_secret_line"]
