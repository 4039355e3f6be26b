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


def test_json_shape_ignores_brackets_inside_strings() -> None:
    text = b'{"a":"[[[[[\\"{{{{","b":["x\\\\",{"c":"]]]]"}]}'
    codec.check_json_shape(text, max_depth=3, max_values=20)
    assert codec.load_json(text, max_depth=3, max_values=20)["b"][0] == "x\\"


def test_json_shape_refuses_depth_and_value_counts() -> None:
    with pytest.raises(codec.BadBodyError, match="deeper than 3 levels"):
        codec.load_json(b'{"a":[[[1]]]}', max_depth=3)
    with pytest.raises(codec.TooManyValuesError, match="more than 100 JSON values"):
        codec.load_json(b"[" + b"{}," * 200 + b"{}]", max_values=100)
    # RecursionError inside json.loads is a BadBodyError too, limits or not.
    with pytest.raises(codec.BadBodyError):
        codec.load_json(b"[" * 100_000 + b"]" * 100_000)
