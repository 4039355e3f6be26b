"""Keeping a half-downloaded attachment unreadable on disk in an encrypted folder.

A download grows by appends and resumes after a restart from the partial file's size, so it
cannot be sealed in chunks. It is kept under AES-256-CTR instead: the key is derived from the
folder's file key and the file's SHA-256, the counter is the byte offset, so the partial file
has exactly the plaintext's size and any piece can be written or read at its own offset. CTR
gives no integrity, but none is needed: the finished file is checked against its SHA-256
before it is sealed into the blob store (and a damaged one is deleted and fetched again).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO, cast

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class PartialCipher:
    def __init__(self, files_key: bytes, sha256: str) -> None:
        self._key = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=None,
            info=b"fieldkit partial " + sha256.encode(),
        ).derive(files_key)

    def apply(self, offset: int, data: bytes) -> bytes:
        """Encrypt (or decrypt: the same) ``data`` that sits at ``offset`` in the file."""
        block, skip = divmod(offset, 16)
        counter = (block % (1 << 128)).to_bytes(16, "big")
        stream = Cipher(algorithms.AES(self._key), modes.CTR(counter)).encryptor()
        return stream.update(bytes(skip) + data)[skip:]

    def open_plain(self, path: Path) -> BinaryIO:
        """Read the partial file's plaintext from the start."""
        return cast(BinaryIO, io.BufferedReader(_Reader(path.open("rb"), self), 1 << 20))


class _Reader(io.RawIOBase):
    def __init__(self, raw: BinaryIO, cipher: PartialCipher) -> None:
        super().__init__()
        self._raw, self._cipher = raw, cipher

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        offset = self._raw.tell()
        data = self._raw.read(len(view))
        view[: len(data)] = self._cipher.apply(offset, data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


__all__ = ["PartialCipher"]
