"""Qt positions (UTF-16 code units) ↔ stored offsets (Unicode code points).

A QTextDocument counts a character outside the Basic Multilingual Plane (most emoji, some
scripts) as two positions (a surrogate pair); Python and the database count it as one. Every
offset crossing between the editor and storage goes through an :class:`OffsetMap`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets for one text; built in one pass, each conversion is a binary search."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        # Where each astral character starts in UTF-16 units: k astral characters before it.
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral_cp)]
        self.utf16_length = len(text) + len(self._astral_cp)

    def to_utf16(self, cp: int) -> int:
        """The Qt position of code point ``cp`` (clamped to the text)."""
        cp = min(max(cp, 0), len(self.text))
        return cp + bisect_left(self._astral_cp, cp)

    def to_code_point(self, pos: int) -> int:
        """The code point at Qt position ``pos``; the middle of a surrogate pair rounds down."""
        pos = min(max(pos, 0), self.utf16_length)
        before = bisect_left(self._astral_u16, pos)  # astral characters starting before pos
        if before and self._astral_u16[before - 1] + 1 == pos:
            return self._astral_cp[before - 1]
        return pos - before
