"""Position arithmetic for imported texts: BOM, CRLF, NUL, UTF-16 counting."""

from __future__ import annotations

from fieldkit.export.qdpx.textpos import choose_mapper, decode_text, normalise


def test_crlf_positions_move_left_by_the_removed_returns() -> None:
    d = decode_text(b"\xef\xbb\xbfab\r\ncd\r\nef", what="t")
    assert d.text == "ab\ncd\nef"
    for raw_pos, char in ((0, "a"), (4, "c"), (8, "e"), (9, "f")):
        assert d.raw[raw_pos] == char
        assert d.text[d.from_file(raw_pos)] == char
    assert d.from_file(len(d.raw)) == len(d.text)


def test_lone_cr_becomes_lf_without_moving_and_nul_is_dropped() -> None:
    d = normalise("a\rb\x00c")
    assert d.text == "a\nbc"
    assert d.text[d.from_file(4)] == "c"


def test_utf16_counting_is_recognised_by_its_quotes() -> None:
    raw = "😀😀 learners read"
    d = normalise(raw)
    start16 = len("😀😀 ".encode("utf-16-le")) // 2
    label, mapper = choose_mapper(d, [(start16, start16 + 8, "learners")])
    assert label == "UTF-16 code units"
    assert d.text[mapper(start16) : mapper(start16 + 8)] == "learners"


def test_standard_counting_wins_ties() -> None:
    d = normalise("plain ascii text")
    label, _ = choose_mapper(d, [(0, 5, "plain")])
    assert label == "code points"


def test_utf16_files_with_bom_are_read() -> None:
    d = decode_text("Grüße\r\n".encode("utf-16"), what="t")
    assert d.text == "Grüße\n"
