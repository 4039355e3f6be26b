"""``[mm:ss]`` time marks in a transcript: writing them and finding the one under the cursor.

A mark is ``[mm:ss]`` (minutes may exceed 59 only in the ``[h:mm:ss]`` form, used from one hour
on), the way transcribers write them by hand, so hand-typed marks work too. The pattern and
format live in ``fieldkit.storage.time_marks`` (transcript import writes marks too).
"""

from __future__ import annotations

from fieldkit.storage.time_marks import MARK_RE, clock, format_mark, mark_ms


def mark_at(line: str, column: int) -> tuple[int, int, int] | None:
    """(start, end, ms) of the mark in ``line`` that covers ``column`` (its ends included)."""
    for match in MARK_RE.finditer(line):
        if match.start() <= column <= match.end():
            return match.start(), match.end(), mark_ms(match)
    return None


def marks_in(text: str) -> list[tuple[int, int]]:
    """(offset, ms) of every mark in ``text``."""
    return [(m.start(), mark_ms(m)) for m in MARK_RE.finditer(text)]


__all__ = ["MARK_RE", "clock", "format_mark", "mark_at", "mark_ms", "marks_in"]
