"""Making a rename or a new file survive a power cut, and keeping data owner-only.

``fsync_dir`` flushes a folder's entries. ``make_private_dir``, ``open_private`` and
``create_private_file`` create folders 0700 and files 0600 whatever the umask (the data folder
holds interviews, consent records and sign-in tokens: nobody else on the machine reads them).
``make_shareable`` does the opposite for an export written through a temporary file (which
``tempfile.mkstemp`` makes 0600): it gets the mode a file made by the user gets, 0666 less the
umask, since a PDF, CSV or .qdpx is meant to be passed on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Any

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a rename or a new file in it) to the disk."""
    if sys.platform == "win32":  # pragma: no cover - folders cannot be fsynced there
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(path: Path) -> Path:
    """``mkdir -p`` whose new folders are 0700 (folders that already exist are left alone)."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True)
    for folder in missing:
        os.chmod(folder, PRIVATE_DIR)
    return path


def tighten_tree(root: Path) -> int:
    """Make an old folder owner-only: ``root`` and everything in it (0700 / 0600).

    Folders made before fieldkit kept its data private were 0755 / 0644. Walks the tree only
    when ``root`` itself is open to others, so a folder already private costs one ``stat``.
    Returns how many entries were changed. Never follows symbolic links.
    """
    if sys.platform == "win32":  # pragma: no cover - the profile folder's ACL protects it
        return 0
    root = Path(root)
    try:
        if os.lstat(root).st_mode & 0o077 == 0:
            return 0
    except FileNotFoundError:
        return 0
    changed = 0
    for folder, dirs, files in os.walk(root):
        entries = [(folder, PRIVATE_DIR)]
        entries += [(os.path.join(folder, d), PRIVATE_DIR) for d in dirs]
        entries += [(os.path.join(folder, f), PRIVATE_FILE) for f in files]
        for name, mode in entries:
            info = os.lstat(name)
            if not os.path.islink(name) and info.st_mode & 0o077:
                os.chmod(name, mode if mode == PRIVATE_DIR else info.st_mode & 0o700)
                changed += 1
    return changed


def open_private(path: Path, mode: str = "wb") -> IO[Any]:
    """``open(path, mode)`` for writing ("wb", "ab", "w", "a"); the file is 0600 either way."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE)
    try:
        if sys.platform != "win32":
            os.fchmod(fd, PRIVATE_FILE)
        return os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8")
    except BaseException:
        os.close(fd)
        raise


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and 0600 unless it exists (e.g. a database before SQLite opens it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    try:
        if sys.platform != "win32":
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def _umask() -> int:
    """The process's umask, read without changing it where Linux tells it (threads write files)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def make_shareable(path: Path) -> None:
    """Give ``path`` the mode of a file the user makes (0666 less the umask)."""
    if sys.platform == "win32":  # pragma: no cover - modes mean little there
        return
    os.chmod(path, 0o666 & ~_umask())


__all__ = [
    "create_private_file",
    "fsync_dir",
    "make_private_dir",
    "make_shareable",
    "open_private",
    "tighten_tree",
]
