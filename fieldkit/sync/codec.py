"""Body compression shared by the client and the server: zstd when available, else gzip."""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

GZIP = "gzip"
ZSTD = "zstd"
IDENTITY = "identity"


class BodyTooLargeError(ValueError):
    """A body, once decompressed, is larger than the limit."""


class BadBodyError(ValueError):
    """A body cannot be decompressed or parsed."""


def zstd_available() -> bool:
    try:
        import zstandard  # noqa: F401
    except ImportError:
        return False
    return True


def preferred_encoding() -> str:
    return ZSTD if zstd_available() else GZIP


def accepted_encodings() -> str:
    return f"{ZSTD}, {GZIP}" if zstd_available() else GZIP


def choose_encoding(accept: str | None) -> str:
    """The best encoding we can produce among those an Accept-Encoding header names."""
    names = {part.split(";")[0].strip().lower() for part in (accept or "").split(",")}
    if ZSTD in names and zstd_available():
        return ZSTD
    if GZIP in names:
        return GZIP
    return IDENTITY


def compress(data: bytes, encoding: str) -> bytes:
    if encoding == ZSTD:
        import zstandard

        return zstandard.ZstdCompressor(level=10).compress(data)
    if encoding == GZIP:
        return gzip.compress(data, compresslevel=6, mtime=0)
    return data


def decompress(data: bytes, encoding: str | None, *, max_size: int) -> bytes:
    """``data`` decoded; BodyTooLargeError past ``max_size`` bytes (a zip bomb stops there)."""
    name = (encoding or IDENTITY).strip().lower()
    if name in ("", IDENTITY):
        if len(data) > max_size:
            raise BodyTooLargeError(f"the body is larger than {max_size} bytes")
        return data
    if name == GZIP:
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out = decoder.decompress(data, max_size + 1)
        except zlib.error as exc:
            raise BadBodyError(f"the body is not valid gzip: {exc}") from None
        if len(out) > max_size or decoder.unconsumed_tail:
            raise BodyTooLargeError(f"the body is larger than {max_size} bytes uncompressed")
        if not decoder.eof:
            raise BadBodyError("the gzip body is truncated")
        return out
    if name == ZSTD:
        if not zstd_available():
            raise BadBodyError("zstd bodies are not supported here")
        import zstandard

        chunks: list[bytes] = []
        size = 0
        try:
            reader = zstandard.ZstdDecompressor().stream_reader(data)
            while size <= max_size:
                chunk = reader.read(min(1 << 20, max_size + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except zstandard.ZstdError as exc:
            raise BadBodyError(f"the body is not valid zstd: {exc}") from None
        if size > max_size:
            raise BodyTooLargeError(f"the body is larger than {max_size} bytes uncompressed")
        return b"".join(chunks)
    raise BadBodyError(f"unsupported Content-Encoding {encoding!r}")


def dump_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def load_json(data: bytes) -> Any:
    try:
        return json.loads(data)
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadBodyError(f"the body is not valid JSON: {exc}") from None
