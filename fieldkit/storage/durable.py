"""Making a rename or a new file survive a power cut: the folder's entry is synced too."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a rename or a new file in it) to the disk."""
    if sys.platform == "win32":  # pragma: no cover - folders cannot be fsynced there
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["fsync_dir"]
