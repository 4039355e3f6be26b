"""Sealed growing files (a recording's segments) and sealed small documents (its journal).

A segment grows by every block of PCM the recorder is given, and each block must reach the
operating system at once (a killed process loses nothing it was given), so it cannot wait for
a 64 KiB chunk. Each write is sealed as a record of its own::

    header   b"FKLOG1\\0\\0" | 16 bytes file id
    record   4 bytes plaintext length (big-endian) | 12 bytes nonce | ciphertext | 16 bytes tag

with AES-256-GCM under HKDF(files key, file id), the header, the record's index and a final
flag as associated data; ``close`` appends an empty final record. A reader decrypts records in
order and stops at the first that is cut short or does not decrypt (a power cut mid-write): a
recovery keeps what came before it. ``complete`` says whether the final record was seen.

A journal is rewritten whole each time, so it is one AES-GCM message with a random nonce.
"""

from __future__ import annotations

import json
import secrets
import struct
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldkit.storage.crypto.sealed_file import _aad, _file_cipher

LOG_MAGIC = b"FKLOG1\0\0"
LOG_HEADER = len(LOG_MAGIC) + 16
DOC_MAGIC = b"FKDOC1\0\0"


class SealedLogWriter:
    """Append sealed records to ``out`` (a file opened for writing, positioned at 0)."""

    def __init__(self, out: IO[bytes], files_key: bytes) -> None:
        self._out = out
        file_id = secrets.token_bytes(16)
        self._header = LOG_MAGIC + file_id
        self._cipher = _file_cipher(files_key, file_id)
        self._index = 0
        out.write(self._header)

    def write(self, data: bytes | memoryview) -> None:
        self._record(bytes(data), final=False)

    def flush(self) -> None:
        self._out.flush()

    def fileno(self) -> int:
        return self._out.fileno()

    def close(self) -> None:
        """Seal the end (an empty final record), flush it to the disk and close the file."""
        import os

        self._record(b"", final=True)
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()

    def _record(self, plain: bytes, *, final: bool) -> None:
        nonce = secrets.token_bytes(12)
        sealed = self._cipher.encrypt(nonce, plain, _aad(self._header, self._index, final))
        self._out.write(struct.pack(">I", len(plain)) + nonce + sealed)
        self._index += 1


def read_sealed_log(path: Path, files_key: bytes) -> tuple[bytes, bool]:
    """(the plaintext of every whole record, whether the file was closed)."""
    raw = path.read_bytes()
    header = raw[:LOG_HEADER]
    if len(header) < LOG_HEADER or not header.startswith(LOG_MAGIC):
        return b"", False
    cipher = _file_cipher(files_key, header[len(LOG_MAGIC) :])
    parts: list[bytes] = []
    offset, index = LOG_HEADER, 0
    while offset + 4 <= len(raw):
        (length,) = struct.unpack(">I", raw[offset : offset + 4])
        end = offset + 4 + 12 + length + 16
        if end > len(raw):
            break  # cut short
        nonce, sealed = raw[offset + 4 : offset + 16], raw[offset + 16 : end]
        for final in (False, True):
            try:
                plain = cipher.decrypt(nonce, sealed, _aad(header, index, final))
            except InvalidTag:
                continue
            if final:
                return b"".join(parts), True
            parts.append(plain)
            break
        else:
            break  # damaged: keep what came before
        offset, index = end, index + 1
    return b"".join(parts), False


def seal_document(data: dict[str, Any], key: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    plain = json.dumps(data, indent=1, sort_keys=True).encode()
    return DOC_MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, DOC_MAGIC)


def open_document(raw: bytes, key: bytes) -> bytes:
    """The JSON text of a sealed document; raises ValueError when it is not one or damaged."""
    if not raw.startswith(DOC_MAGIC):
        raise ValueError("not a sealed document")
    body = raw[len(DOC_MAGIC) :]
    try:
        return AESGCM(key).decrypt(body[:12], body[12:], DOC_MAGIC)
    except InvalidTag:
        raise ValueError("the sealed document is damaged") from None


__all__ = ["SealedLogWriter", "open_document", "read_sealed_log", "seal_document"]
