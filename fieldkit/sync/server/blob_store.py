"""The server's media files on disk: whole blobs by SHA-256, and partial uploads.

Layout under ``<server data folder>/blobs``:

- ``ab/cdef…``: a whole file, named by its SHA-256 (the same layout as a laptop's data folder),
  stored once however many laptops or studies upload it.
- ``.uploads/<upload id>``: the bytes of an upload received so far. Every chunk is appended and
  fsynced before it is acknowledged, so the acknowledged length survives a server restart.
- ``.uploads/<upload id>.lock``: taken with ``flock`` while a chunk is appended or the upload is
  finished, so two requests (or two worker processes) never write the same upload at once.

Finishing an upload hashes the received file; only a matching file is renamed into place (the
rename is atomic; both folders are fsynced). No database here: see ``media_store.py``.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fieldkit.errors import ValidationError
from fieldkit.storage.durable import fsync_dir, make_private_dir, open_private

_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
_UPLOAD_ID_RE = re.compile(r"^[0-9a-f]{32}$")
READ_CHUNK = 1024 * 1024
UPLOADS = ".uploads"


def is_sha256(text: object) -> bool:
    return isinstance(text, str) and _HASH_RE.match(text) is not None


class ServerBlobs:
    def __init__(self, root: Path, *, reserve_bytes: int = 256 * 1024 * 1024) -> None:
        self.root = Path(root)
        self.incoming = self.root / UPLOADS
        self.reserve_bytes = reserve_bytes

    # --- whole blobs -----------------------------------------------------------------------

    def path_for(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise ValidationError(f"not a SHA-256 hash: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def size(self, sha256: str) -> int | None:
        try:
            return self.path_for(sha256).stat().st_size
        except FileNotFoundError:
            return None

    def read_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        """Bytes ``start`` to ``end`` inclusive, in pieces (for a streaming response)."""
        with self.path_for(sha256).open("rb") as f:
            f.seek(start)
            left = end - start + 1
            while left > 0:
                piece = f.read(min(READ_CHUNK, left))
                if not piece:
                    return
                left -= len(piece)
                yield piece

    def has_room_for(self, size: int) -> bool:
        make_private_dir(self.root)
        return shutil.disk_usage(self.root).free >= size + self.reserve_bytes

    # --- partial uploads -------------------------------------------------------------------

    def part_path(self, upload_id: str) -> Path:
        if not _UPLOAD_ID_RE.match(upload_id):
            raise ValidationError(f"not an upload id: {upload_id!r}")
        return self.incoming / upload_id

    def received(self, upload_id: str) -> int:
        """Bytes of the upload safely on disk (0 if none yet)."""
        try:
            return self.part_path(upload_id).stat().st_size
        except FileNotFoundError:
            return 0

    @contextmanager
    def locked(self, upload_id: str) -> Iterator[None]:
        """Hold the upload's lock (across threads and worker processes).

        Once no part file is left (finished or discarded) the lock file is removed, as the
        last step while still holding it. A request that was waiting on the removed file then
        finds it gone and locks the file now at that path instead: a lock on a removed file
        guards nothing, and two holders at once could leave a lock file behind for good.
        """
        make_private_dir(self.incoming)
        part = self.part_path(upload_id)
        lock_path = part.with_suffix(".lock")
        while True:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                if _same_file(fd, lock_path):
                    break
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)  # removed by the holder before us: lock what is there now
        try:
            yield
        finally:
            try:
                if not part.exists():
                    lock_path.unlink(missing_ok=True)
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)

    def append(self, upload_id: str, data: bytes) -> int:
        """Append ``data`` (call with the lock held); returns the new acknowledged length."""
        make_private_dir(self.incoming)
        path = self.part_path(upload_id)
        with open_private(path, "ab") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
            return f.tell()

    def finish(self, upload_id: str, sha256: str) -> str:
        """Hash the received file; if it matches, move it into place. Returns the actual hash.

        On a mismatch the received bytes are deleted (the upload must start again).
        """
        part = self.part_path(upload_id)
        digest = hashlib.sha256()
        with part.open("rb") as f:
            while piece := f.read(READ_CHUNK):
                digest.update(piece)
        actual = digest.hexdigest()
        if actual != sha256:
            self.discard(upload_id)
            return actual
        final = self.path_for(sha256)
        if final.is_file():
            part.unlink()  # an identical file is already stored: keep one copy
        else:
            make_private_dir(final.parent)
            os.replace(part, final)
            fsync_dir(final.parent)
            fsync_dir(self.incoming)
        return actual  # the lock file goes when the lock is let go (see ``locked``)

    def discard(self, upload_id: str) -> None:
        """Delete the bytes received (call with the lock held; its file goes on release)."""
        self.part_path(upload_id).unlink(missing_ok=True)


def _same_file(fd: int, path: Path) -> bool:
    """Is the open ``fd`` still the file at ``path``?"""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


__all__ = ["ServerBlobs", "is_sha256"]
