"""Body compression: round trips, bombs stop at the limit, garbage is a clear error."""

from __future__ import annotations

import gzip

import pytest

from fieldkit.sync import codec


@pytest.mark.parametrize("encoding", [codec.GZIP, codec.ZSTD, codec.IDENTITY])
def test_round_trip(encoding: str) -> None:
    data = codec.dump_json({"text": "Mwalimu ana kompyuta kibao · 教師 · शिक्षक" * 100})
    packed = codec.compress(data, encoding)
    assert codec.decompress(packed, encoding, max_size=len(data)) == data
    if encoding != codec.IDENTITY:
        assert len(packed) < len(data) / 5


@pytest.mark.parametrize("encoding", [codec.GZIP, codec.ZSTD, codec.IDENTITY])
def test_bomb_stops_at_the_limit(encoding: str) -> None:
    packed = codec.compress(b"\0" * (3 * 1024 * 1024), encoding)
    with pytest.raises(codec.BodyTooLargeError):
        codec.decompress(packed, encoding, max_size=1024 * 1024)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"plain text", codec.GZIP),
        (gzip.compress(b"x" * 1000)[:20], codec.GZIP),
        (b"plain text", codec.ZSTD),
        (b"{}", "br"),
    ],
)
def test_garbage_is_bad_body(data: bytes, encoding: str) -> None:
    with pytest.raises(codec.BadBodyError):
        codec.decompress(data, encoding, max_size=1 << 20)


def test_choose_encoding() -> None:
    assert codec.choose_encoding("zstd, gzip") == codec.ZSTD
    assert codec.choose_encoding("gzip;q=1.0") == codec.GZIP
    assert codec.choose_encoding(None) == codec.IDENTITY
    with pytest.raises(codec.BadBodyError):
        codec.load_json(b"{not json")
