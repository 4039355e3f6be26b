"""Decoding a source's text and keeping selection positions on the same characters.

REFI-QDA counts text positions in Unicode code points of the plain-text file, the first being 0
(REFI-QDA 1.5 §10.2); fieldkit does too (end exclusive, as QualCoder and ATLAS.ti write it).
fieldkit stores text with LF line ends and no NUL characters, so an imported file with CRLF
line ends (Windows tools) becomes shorter: every position after a removed "\\r" moves one place
left. A byte-order mark is an encoding marker, not a character, and is never counted.

Some tools count differently (line ends as one character, or UTF-16 code units as .NET and Java
strings do). When selections carry the text they cover (QualCoder writes it in ``name``), the
counting that makes most of them match is used; otherwise the standard's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from fieldkit.errors import ProjectFileError, phrase

Mapper = Callable[[int], int]
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass
class DecodedText:
    text: str  # as fieldkit stores it: LF line ends, no NUL
    raw: str  # as the file holds it, without a byte-order mark
    removed: tuple[int, ...]  # raw positions of characters dropped by normalising

    def from_file(self, position: int) -> int:
        """A code-point position in the file → the same character's position in ``text``."""
        return position - bisect.bisect_left(self.removed, position)

    def from_normalised(self, position: int) -> int:
        return position

    def from_utf16(self, position: int) -> int:
        """A UTF-16 code-unit position (counted on the file text) → position in ``text``."""
        return self.from_file(position - bisect.bisect_left(self.astral_starts, position))

    @cached_property
    def astral_starts(self) -> list[int]:
        """UTF-16 offsets of the characters outside the BMP (each takes two code units)."""
        return [m.start() + i for i, m in enumerate(_ASTRAL.finditer(self.raw))]

    @property
    def mappers(self) -> dict[str, Mapper]:
        return {
            "code points": self.from_file,
            "code points, line ends counted once": self.from_normalised,
            "UTF-16 code units": self.from_utf16,
        }


def decode_text(data: bytes, *, what: str) -> DecodedText:
    """Decode a text file: UTF-8 (with or without BOM), else UTF-16 with a BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            raw = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ProjectFileError(phrase("{what} is not valid UTF-16 text", what=what)) from None
    else:
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ProjectFileError(
                phrase(
                    "{what} is not UTF-8 text (bad byte at position {position}); "
                    "REFI-QDA text sources must be UTF-8",
                    what=what,
                    position=str(exc.start),
                )
            ) from None
    return normalise(raw.removeprefix("\ufeff"))


def normalise(raw: str) -> DecodedText:
    if "\r" not in raw and "\x00" not in raw:
        return DecodedText(raw, raw, ())  # LF text (fieldkit's own files): nothing to walk
    removed: list[int] = []
    out: list[str] = []
    n = len(raw)
    for i, ch in enumerate(raw):
        if ch == "\x00" or (ch == "\r" and i + 1 < n and raw[i + 1] == "\n"):
            removed.append(i)
        elif ch == "\r":
            out.append("\n")
        else:
            out.append(ch)
    return DecodedText("".join(out), raw, tuple(removed))


def choose_mapper(
    decoded: DecodedText, samples: Sequence[tuple[int, int, str]]
) -> tuple[str, Mapper]:
    """The position counting under which most (start, end, covered text) samples match."""
    mappers = decoded.mappers
    default = "code points"
    if not samples or (not decoded.removed and not decoded.astral_starts):
        return default, mappers[default]
    text = decoded.text
    scores: dict[str, int] = {}
    for name, mapper in mappers.items():
        score = 0
        for start, end, quote in samples:
            a, b = mapper(start), mapper(end)
            if 0 <= a < b <= len(text) and _same(text[a:b], quote):
                score += 1
        scores[name] = score
    best = max(scores, key=lambda k: (scores[k], k == default))
    if scores[best] == scores[default]:
        best = default
    return best, mappers[best]


def _same(covered: str, quote: str) -> bool:
    a = " ".join(covered.split())
    b = " ".join(quote.split())
    return bool(b) and (a == b or (len(b) >= 20 and a.startswith(b)))
