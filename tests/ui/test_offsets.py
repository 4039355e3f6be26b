from __future__ import annotations

import pytest

from fieldkit.ui.editor.offsets import OffsetMap

TEXTS = [
    "",
    "plain ascii",
    "🙏🏽 नमस्ते दुनिया 😀 end",
    "😀😀😀",
    "a😀b𝄞c\nनम😀",
]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", TEXTS)
def test_code_points_and_utf16_positions_round_trip(text: str) -> None:
    offsets = OffsetMap(text)
    assert offsets.utf16_length == _utf16_len(text)
    for cp in range(len(text) + 1):
        pos = offsets.to_utf16(cp)
        assert pos == _utf16_len(text[:cp])
        assert offsets.to_code_point(pos) == cp


def test_middle_of_a_surrogate_pair_rounds_down_and_out_of_range_clamps() -> None:
    offsets = OffsetMap("x😀y")
    assert offsets.to_code_point(2) == 1  # inside the emoji's pair
    assert offsets.to_code_point(3) == 2
    assert offsets.to_code_point(-5) == 0 and offsets.to_code_point(99) == 3
    assert offsets.to_utf16(99) == 4
