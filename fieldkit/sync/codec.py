"""Body compression shared by the client and the server: zstd when available, else gzip."""

from __future__ import annotations

import gzip
import json
import re
import secrets
import zlib
from itertools import accumulate
from typing import Any

from fieldkit.storage.gc_pause import paused_gc

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


# zstd level by body size. Sync bodies are text that compresses 10 to 15 times; a higher level
# saves bytes on slow links but costs CPU per byte, and the big bodies of a first sync would
# take minutes at level 19. Small bodies (most syncs) get the best ratio almost for free. Past
# 4 MiB (the pages of a first sync), level 9: 8% more bytes than 12 for a third of the CPU (at
# 12, compressing was three quarters of the server's CPU for a first pull of 170 MB of JSON,
# 4 s; the wire stays under zstd -19 of the study's canonical JSON).
_ZSTD_LEVELS = ((256 * 1024, 19), (1024 * 1024, 15), (4 * 1024 * 1024, 12), (1 << 62, 9))


def zstd_level(size: int) -> int:
    return next(level for limit, level in _ZSTD_LEVELS if size <= limit)


def compress(data: bytes, encoding: str, *, max_level: int | None = None) -> bytes:
    """``data`` encoded; ``max_level`` caps the zstd level (a server answering many laptops)."""
    if encoding == ZSTD:
        import zstandard

        level = zstd_level(len(data))
        if max_level is not None:
            level = min(level, max_level)
        return zstandard.ZstdCompressor(level=level).compress(data)
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


class RawJson:
    """JSON text already encoded (e.g. the changes of a push), put into a body as it is.

    Encoding 170 MB of changes once to size the batches and again for the body was a tenth of
    a first sync's CPU; ``dump_json`` splices this text in instead of encoding anything twice.
    """

    def __init__(self, text: str) -> None:
        self.text = text


def dump_json(value: Any) -> bytes:
    raw: list[str] = []
    token = secrets.token_hex(8)

    def placeholder(obj: Any) -> str:
        if not isinstance(obj, RawJson):
            raise TypeError(f"{type(obj).__name__} is not JSON")
        raw.append(obj.text)
        return f"\x00{token}:{len(raw) - 1}\x00"

    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=placeholder)
    if raw:
        # json writes each placeholder as the string "\u0000<token>:<n>\u0000".
        pattern = re.compile(r'"\\u0000' + token + r':(\d+)\\u0000"')
        text = pattern.sub(lambda m: raw[int(m.group(1))], text)
    return text.encode()


# A JSON string (its escapes included): what it holds cannot open or close a bracket.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_DEPTH_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


class TooManyValuesError(BodyTooLargeError):
    """A body holds more JSON values than the limit (parsing it would take too much memory)."""


def check_json_shape(data: bytes, *, max_depth: int, max_values: int) -> None:
    """Refuse, before parsing, JSON nested deeper than ``max_depth`` or with too many values.

    ``json.loads`` makes a Python object of 50 to 100 bytes for each value: 30 MB of ``{},``
    would take 700 MB, and 5,000 nested brackets end in a RecursionError. This scan runs in C
    (a regular expression, ``bytes.count``, ``translate``, ``accumulate``) and copies the body
    at most twice. ``max_values`` counts separators and brackets, so it may overcount a little.
    """
    bare = _JSON_STRING.sub(b'""', data)
    brackets = bare.translate(None, _NOT_BRACKET)
    values = bare.count(b",") + bare.count(b":") + len(brackets) + 1
    del bare
    if values > max_values:
        raise TooManyValuesError(
            f"the body holds more than {max_values} JSON values; send fewer changes at once"
        )
    depth = max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)
    if depth > max_depth:
        raise BadBodyError(f"the body's JSON nests deeper than {max_depth} levels")


def load_json(data: bytes, *, max_depth: int | None = None, max_values: int | None = None) -> Any:
    """``data`` parsed; with limits, a body past them is refused before parsing."""
    if max_depth is not None or max_values is not None:
        check_json_shape(
            data,
            max_depth=max_depth if max_depth is not None else 1 << 30,
            max_values=max_values if max_values is not None else 1 << 62,
        )
    try:
        with paused_gc():  # a pulled batch is tens of thousands of dicts, none cyclic
            return json.loads(data)
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadBodyError(f"the body is not valid JSON: {exc}") from None
    except RecursionError:
        raise BadBodyError("the body's JSON nests too deeply") from None
