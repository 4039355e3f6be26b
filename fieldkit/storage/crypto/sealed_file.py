"""Sealed files: a file encrypted in 64 KiB chunks with AES-256-GCM, readable at any offset.

Layout::

    header   8 bytes  b"FKSEAL1\\0"
             16 bytes file id (random)
             4 bytes  plaintext chunk size, big-endian (65536)
    chunk i  12 bytes nonce (random) | ciphertext (chunk size bytes, the last one fewer)
             | 16 bytes tag

Each file has its own AES key, HKDF(files key, salt=file id). Each chunk is authenticated with
the header, its index and a final flag as associated data, so a chunk moved elsewhere, two
chunks swapped, a file cut at a chunk boundary or a chunk from another file all fail to decrypt
("damaged") instead of reading as something else. Nonces are random (96 bits, per-file key):
a writer that re-seals its growing last chunk never reuses one.

:class:`SealedReader` decrypts only the chunks a read touches, so an audio player seeks to
minute 40 of a recording by decrypting one chunk, and nothing is decrypted to disk.
"""

from __future__ import annotations

import io
import secrets
import struct
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldkit.errors import BlobCorruptError, phrase

MAGIC = b"FKSEAL1\0"
CHUNK = 64 * 1024
HEADER = len(MAGIC) + 16 + 4
_NONCE = 12
_TAG = 16
OVERHEAD = _NONCE + _TAG
THE_FILE = phrase("the file")  # what an error calls a file given no name


class SealedFileError(BlobCorruptError):
    """A sealed file is damaged, cut short, or sealed with another key."""


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _file_cipher(files_key: bytes, file_id: bytes) -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=file_id, info=b"fieldkit file").derive(
        files_key
    )
    return AESGCM(key)


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if final else 0)


class SealedWriter(io.RawIOBase):
    """Write plaintext, get a sealed file; ``close()`` seals the last chunk as final.

    A writer that is never closed (a killed process) leaves a file without its final chunk,
    which every reader refuses as cut short.
    """

    def __init__(self, out: IO[bytes], files_key: bytes, *, chunk_size: int = CHUNK) -> None:
        super().__init__()
        self._out = out
        self._chunk = chunk_size
        file_id = secrets.token_bytes(16)
        self._header = MAGIC + file_id + struct.pack(">I", chunk_size)
        self._cipher = _file_cipher(files_key, file_id)
        self._buffer = bytearray()
        self._index = 0
        out.write(self._header)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._buffer += view
        # Keep at least one byte back: only close() knows which chunk is the last.
        while len(self._buffer) > self._chunk:
            self._seal(bytes(self._buffer[: self._chunk]), final=False)
            del self._buffer[: self._chunk]
        return len(view)

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buffer), final=True)
            self._buffer.clear()
            self._out.flush()
        super().close()

    def _seal(self, plain: bytes, *, final: bool) -> None:
        nonce = secrets.token_bytes(_NONCE)
        aad = _aad(self._header, self._index, final)
        self._out.write(nonce + self._cipher.encrypt(nonce, plain, aad))
        self._index += 1


class SealedReader(io.RawIOBase):
    """A seekable, read-only view of a sealed file's plaintext."""

    def __init__(
        self, raw: IO[bytes], files_key: bytes, *, name: str = THE_FILE, start: int = 0
    ) -> None:
        """``start``: where the sealed file begins in ``raw`` (after a backup's own header)."""
        super().__init__()
        self._raw = raw
        self._name = name
        self._start = start
        raw.seek(start)
        header = raw.read(HEADER)
        if len(header) < HEADER or not header.startswith(MAGIC):
            raise SealedFileError(phrase("{name} is not an encrypted fieldkit file", name=name))
        self._header = header
        (self._chunk,) = struct.unpack(">I", header[-4:])
        self._cipher = _file_cipher(files_key, header[len(MAGIC) : len(MAGIC) + 16])
        body = raw.seek(0, io.SEEK_END) - start - HEADER
        stride = self._chunk + OVERHEAD
        self._chunks = -(-body // stride)
        if self._chunks == 0 or 0 < body % stride < OVERHEAD:
            raise SealedFileError(phrase("{name} is cut short (damaged)", name=name))
        self._size = body - self._chunks * OVERHEAD
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self._size:
            index, within = divmod(self._pos, self._chunk)
            plain = self._plain_chunk(index)
            take = min(len(plain) - within, len(view) - done)
            view[done : done + take] = plain[within : within + take]
            done += take
            self._pos += take
        return done

    def readall(self) -> bytes:
        parts = []
        while chunk := self.read(max(self._chunk, 1 << 20)):
            parts.append(chunk)
        return b"".join(parts)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()

    def _plain_chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        stride = self._chunk + OVERHEAD
        self._raw.seek(self._start + HEADER + index * stride)
        sealed = self._raw.read(stride)
        final = index == self._chunks - 1
        try:
            plain = self._cipher.decrypt(
                sealed[:_NONCE], sealed[_NONCE:], _aad(self._header, index, final)
            )
        except InvalidTag:
            raise SealedFileError(
                phrase(
                    "{name} is damaged or cut short (chunk {chunk} of {chunks} does not decrypt)",
                    name=self._name,
                    chunk=index + 1,
                    chunks=self._chunks,
                )
            ) from None
        self._cached = (index, plain)
        return plain


def open_sealed(path: Path, files_key: bytes) -> io.BufferedReader:
    """A buffered, seekable plaintext reader of the sealed file at ``path``."""
    return io.BufferedReader(SealedReader(open(path, "rb"), files_key, name=str(path)), CHUNK)


__all__ = [
    "CHUNK",
    "MAGIC",
    "THE_FILE",
    "SealedFileError",
    "SealedReader",
    "SealedWriter",
    "is_sealed",
    "open_sealed",
]
