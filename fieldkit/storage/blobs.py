"""Content-addressed attachment files under ``<data folder>/blobs``.

A file is stored once, at ``blobs/ab/cdef…`` named by its SHA-256. It is written to a temporary
file in the same folder, flushed to disk (fsync), then renamed into place and the folder
fsynced, so a power cut leaves either the whole file or none of it. Reads verify the hash.

In an encrypted data folder (``files_key`` given) every file is sealed (see
``crypto.sealed_file``): the name stays the SHA-256 of the *plaintext*, so dedup and sync work
as before, and :meth:`BlobStore.open` gives a seekable plaintext stream without writing one.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO, cast

from fieldkit.errors import (
    BlobCorruptError,
    BlobMissingError,
    DataFolderFullError,
    DataFolderReadOnlyError,
    Phrase,
    StorageError,
    UnreadableFileError,
    phrase,
)
from fieldkit.storage.crypto.sealed_file import THE_FILE, SealedReader, SealedWriter
from fieldkit.storage.durable import fsync_dir, make_private_dir

CHUNK = 1024 * 1024
_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
# Keep this much free after a copy, so the database can still grow and save edits.
RESERVE_BYTES = 64 * 1024 * 1024
# Temporary files being written sit at the top of the blob folder under this prefix.
TEMP_PREFIX = ".incoming-"


def human_size(size: int) -> Phrase:
    """ "4.2 MB"; a phrase, so the app can write the unit the reader's way ("4.2 Mo")."""
    if size < 1024:
        return phrase("{amount} bytes", amount=f"{size:.0f}")
    if size < 1024**2:
        return phrase("{amount} KB", amount=f"{size / 1024:.1f}")
    if size < 1024**3:
        return phrase("{amount} MB", amount=f"{size / 1024**2:.1f}")
    return phrase("{amount} GB", amount=f"{size / 1024**3:.1f}")


class BlobStore:
    def __init__(self, root: Path, files_key: bytes | None = None) -> None:
        self.root = root
        self.files_key = files_key
        self._swept = False

    @property
    def encrypted(self) -> bool:
        return self.files_key is not None

    def open(self, sha256: str) -> BinaryIO:
        """The plaintext of a stored file, seekable (not verified: see :meth:`verify`)."""
        path = self.path_for(sha256)
        try:
            return self.open_path(path)
        except (FileNotFoundError, IsADirectoryError) as exc:
            raise BlobMissingError(
                phrase(
                    "the attachment file {file}… is missing from {folder}; "
                    "sync again or re-import it",
                    file=sha256[:12],
                    folder=self.root,
                )
            ) from exc
        except OSError as exc:
            raise _unreadable(sha256, exc) from exc

    def open_path(self, path: Path) -> BinaryIO:
        """Plaintext of a file this store wrote (a blob, or a sealed file beside them)."""
        raw = path.open("rb")
        if self.files_key is None:
            return raw
        try:
            reader = SealedReader(
                raw, self.files_key, name=phrase("the file {file}…", file=path.name[:12])
            )
        except BaseException:
            raw.close()
            raise
        return cast(BinaryIO, io.BufferedReader(reader, CHUNK))

    def size(self, sha256: str) -> int:
        """The plaintext size of a stored file."""
        with self.open(sha256) as f:
            return f.seek(0, io.SEEK_END)

    def sealing(self, out: IO[bytes]) -> IO[bytes]:
        """A writer onto ``out`` that seals what it is given when the store is encrypted."""
        if self.files_key is None:
            return out
        return cast(IO[bytes], SealedWriter(out, self.files_key))

    def path_for(self, sha256: str) -> Path:
        if not _HASH_RE.match(sha256):
            raise BlobCorruptError(phrase("not a SHA-256 hash: {value}", value=repr(sha256)))
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Store a copy of ``source``; returns (sha256, size)."""
        try:
            size = source.stat().st_size
            stream = source.open("rb")
        except FileNotFoundError as exc:
            raise UnreadableFileError(
                phrase("the file {path} does not exist", path=source)
            ) from exc
        except IsADirectoryError as exc:
            raise UnreadableFileError(
                phrase("{path} is a folder, not a file", path=source)
            ) from exc
        except PermissionError as exc:
            raise UnreadableFileError(phrase("fieldkit may not read {path}", path=source)) from exc
        except OSError as exc:
            raise UnreadableFileError(
                phrase("the file {path} cannot be read: {reason}", path=source, reason=exc.strerror)
            ) from exc
        with stream:
            return self.put_stream(stream, expected_size=size, name=source.name)

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        return self.put_stream(io.BytesIO(data), expected_size=len(data))

    def put_stream(
        self, stream: BinaryIO, *, expected_size: int | None = None, name: str = THE_FILE
    ) -> tuple[str, int]:
        """Copy ``stream`` into the store; returns (sha256, size).

        Nothing is left behind when it fails: not a partial blob, not the temporary file.
        A read error of the source raises UnreadableFileError naming ``name``; a write error
        raises DataFolderFullError, DataFolderReadOnlyError or StorageError.
        """
        self._prepare(expected_size or 0)
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        except OSError as exc:
            raise _os_error(exc, self.root) from exc
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                sealed = self.sealing(out)
                sha, size = _copy(stream, sealed, name)
                if sealed is not out:
                    sealed.close()  # seals the final chunk
                out.flush()
                os.fsync(out.fileno())
            final = self.path_for(sha)
            if final.is_file() and self._matches(final, sha):
                tmp.unlink()
                return sha, size
            make_private_dir(final.parent)
            os.replace(tmp, final)
            fsync_dir(final.parent)
            fsync_dir(self.root)
            return sha, size
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise _os_error(exc, self.root) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def open_verified(self, sha256: str) -> bytes:
        """The whole file, after checking its hash."""
        with self.open(sha256) as f:
            try:
                data = f.read()
            except OSError as exc:
                raise _unreadable(sha256, exc) from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobCorruptError(
                phrase(
                    "the attachment file {file}… is damaged (its contents changed on disk); "
                    "sync again or re-import it",
                    file=sha256[:12],
                )
            )
        return data

    def verify(self, sha256: str) -> None:
        """Raise BlobMissingError or BlobCorruptError unless the file is whole."""
        path = self.path_for(sha256)
        if not path.is_file():
            raise BlobMissingError(
                phrase("the attachment file {file}… is missing", file=sha256[:12])
            )
        try:
            whole = self._matches(path, sha256)
        except OSError as exc:
            raise _unreadable(sha256, exc) from exc
        if not whole:
            raise BlobCorruptError(
                phrase("the attachment file {file}… is damaged", file=sha256[:12])
            )

    def remove_stale_temp_files(self, *, older_than_s: float = 3600.0) -> int:
        """Delete temporary files left by a copy that was killed; returns how many.

        Only files older than ``older_than_s`` go, so a copy running in another process
        (the CLI beside the desktop app) keeps its temporary file.
        """
        if not self.root.is_dir():
            return 0
        removed = 0
        cutoff = time.time() - older_than_s
        for tmp in self.root.glob(TEMP_PREFIX + "*"):
            try:
                if tmp.is_file() and tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    def iter_hashes(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for f in sorted(sub.iterdir()):
                    if _HASH_RE.match(sub.name + f.name):
                        yield sub.name + f.name

    def _prepare(self, incoming: int) -> None:
        try:
            make_private_dir(self.root)
            free = shutil.disk_usage(self.root).free
        except OSError as exc:
            raise _os_error(exc, self.root) from exc
        if not self._swept:
            self._swept = True
            self.remove_stale_temp_files()
        if incoming + RESERVE_BYTES > free:
            raise DataFolderFullError(
                phrase(
                    "not enough free space for a {size} file: {free} free in {folder} (fieldkit "
                    "keeps {reserve} free so edits can still be saved); nothing was stored",
                    size=human_size(incoming),
                    free=human_size(free),
                    folder=self.root,
                    reserve=human_size(RESERVE_BYTES),
                )
            )

    def _matches(self, path: Path, sha256: str) -> bool:
        digest = hashlib.sha256()
        try:
            with self.open_path(path) as f:
                while chunk := f.read(CHUNK):
                    digest.update(chunk)
        except BlobCorruptError:  # a sealed file cut short or sealed with another key
            return False
        return digest.hexdigest() == sha256


def _copy(stream: BinaryIO, out: IO[bytes], name: str) -> tuple[str, int]:
    """Copy and hash; a failure to read the source is the source's fault, not the store's."""
    digest = hashlib.sha256()
    size = 0
    while True:
        try:
            chunk = stream.read(CHUNK)
        except OSError as exc:
            raise UnreadableFileError(
                phrase(
                    "{name} could not be read to the end ({reason}); "
                    "nothing was stored — copy it to this computer and try again",
                    name=name,
                    reason=str(exc.strerror or exc),
                )
            ) from exc
        if not chunk:
            return digest.hexdigest(), size
        digest.update(chunk)
        out.write(chunk)
        size += len(chunk)


def _unreadable(sha256: str, exc: OSError) -> StorageError:
    return StorageError(
        phrase(
            "the attachment file {file}… cannot be read: {reason}",
            file=sha256[:12],
            reason=str(exc.strerror or exc),
        )
    )


def _os_error(exc: OSError, root: Path) -> StorageError:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DataFolderFullError(
            phrase("the disk holding {folder} is full; nothing was stored", folder=root)
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DataFolderReadOnlyError(
            phrase(
                "fieldkit may not write in {folder} ({reason})", folder=root, reason=exc.strerror
            )
        )
    return StorageError(
        phrase(
            "could not store the file in {folder}: {reason}",
            folder=root,
            reason=str(exc.strerror or exc),
        )
    )
