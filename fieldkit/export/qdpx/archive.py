"""Reading a .qdpx zip safely: no path tricks, no zip bombs, no oversized entries."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from fieldkit.errors import FileTooLargeError, ProjectFileError, UnreadableFileError, phrase
from fieldkit.export.qdpx.names import INTERNAL, SOURCES_DIR

MB = 1024 * 1024
MAX_PROJECT_XML = 256 * MB
MAX_TEXT_FILE = 64 * MB
MAX_MEDIA_FILE = 2**31 - 1  # REFI-QDA 1.5 §8.5
MAX_TOTAL = 16 * 1024 * MB
MAX_ENTRIES = 200_000
# Real text compresses about 3-10 times; a ratio above this on a big entry is a zip bomb.
MAX_RATIO = 200
RATIO_CHECK_ABOVE = 1 * MB
CHUNK = MB


class QdpxArchive:
    """The entries of a .qdpx, looked up case-insensitively (tools differ: Sources/, .TXT)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise UnreadableFileError(
                phrase("{path} does not exist or is not a file", path=str(path))
            )
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise ProjectFileError(
                phrase(
                    "{name} is not a REFI-QDA project: it is not a zip archive ({reason})",
                    name=path.name,
                    reason=str(exc),
                )
            ) from None
        self.entries: dict[str, zipfile.ZipInfo] = {}
        self._check_entries()

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> QdpxArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_entries(self) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ProjectFileError(
                phrase(
                    "{name} holds too many files ({count})", name=self.path.name, count=len(infos)
                )
            )
        total = 0
        for info in infos:
            name = info.filename
            parts = PurePosixPath(name.replace("\\", "/")).parts
            if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
                raise ProjectFileError(
                    phrase(
                        "{archive} contains an unsafe file name ({entry}); it was not imported",
                        archive=self.path.name,
                        entry=repr(name[:80]),
                    )
                )
            if info.flag_bits & 0x1:
                raise ProjectFileError(
                    phrase(
                        "{name} is encrypted; export it again without a password",
                        name=self.path.name,
                    )
                )
            total += info.file_size
            if total > MAX_TOTAL:
                raise FileTooLargeError(
                    phrase(
                        "{name} unpacks to more than {most} GB",
                        name=self.path.name,
                        most=MAX_TOTAL // (1024 * MB),
                    )
                )
            if info.file_size > RATIO_CHECK_ABOVE and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise ProjectFileError(
                    phrase(
                        "{archive} looks like a zip bomb ({entry} would unpack from {packed} to "
                        "{size} bytes); not imported",
                        archive=self.path.name,
                        entry=repr(name[:80]),
                        packed=info.compress_size,
                        size=info.file_size,
                    )
                )
            if not info.is_dir():
                self.entries[name.replace("\\", "/").casefold()] = info

    def project_entry(self) -> zipfile.ZipInfo:
        entry = self.entries.get("project.qde")
        if entry is None:
            top = [i for key, i in self.entries.items() if key.endswith(".qde") and "/" not in key]
            if len(top) == 1:
                entry = top[0]
        if entry is None:
            raise ProjectFileError(
                phrase(
                    "{name} is a zip archive but not a REFI-QDA project: "
                    "it has no project.qde inside",
                    name=self.path.name,
                )
            )
        return entry

    def read(self, entry: zipfile.ZipInfo, *, limit: int, what: str) -> bytes:
        """The whole entry, refusing to read more than ``limit`` bytes whatever it claims."""
        chunks = list(self.stream(entry, limit=limit, what=what))
        return b"".join(chunks)

    def stream(self, entry: zipfile.ZipInfo, *, limit: int, what: str) -> Iterator[bytes]:
        if entry.file_size > limit:
            raise FileTooLargeError(
                phrase(
                    "{what} in {name} is too large ({size} bytes; at most {most})",
                    what=what,
                    name=self.path.name,
                    size=entry.file_size,
                    most=limit,
                )
            )
        size = 0
        try:
            with self.zip.open(entry) as stream:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if size > limit or size > max(entry.file_size, 0):
                        raise ProjectFileError(
                            phrase(
                                "{what} in {name} is larger than the archive says; "
                                "the file is damaged or unsafe",
                                what=what,
                                name=self.path.name,
                            )
                        )
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise ProjectFileError(
                phrase(
                    "{what} in {name} is damaged ({reason})",
                    what=what,
                    name=self.path.name,
                    reason=str(exc),
                )
            ) from None
        except RuntimeError as exc:  # zipfile: encrypted or unsupported compression
            raise ProjectFileError(
                phrase(
                    "{what} in {name} cannot be read ({reason})",
                    what=what,
                    name=self.path.name,
                    reason=str(exc),
                )
            ) from None

    def open_stream(self, entry: zipfile.ZipInfo, *, limit: int, what: str) -> BinaryIO:
        return _IterStream(self.stream(entry, limit=limit, what=what))  # type: ignore[return-value]

    def source_entry(self, path: str | None) -> zipfile.ZipInfo | None:
        """The entry an ``internal://`` path names, or None for external or missing files."""
        if not path or not path.startswith(INTERNAL):
            return None
        name = path[len(INTERNAL) :].lstrip("/")
        return self.entries.get(f"{SOURCES_DIR}/{name}".casefold())


class _IterStream:
    """A minimal binary stream over an iterator of chunks (for BlobStore.put_stream)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        if size < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out
