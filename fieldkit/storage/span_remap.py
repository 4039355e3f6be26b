"""Where spans over an old text lie in a new text, given the diff between them.

:func:`remap_spans` is pure: given the old and the new text and spans over the old text, it
says where each span lies in the new text.

How a span follows an edit (offsets are Unicode code points, ``end`` exclusive):

* Text inserted strictly inside a span grows it; text inserted exactly at a span boundary
  stays **outside** it. A researcher who types right after a coded sentence (or right before
  it) is writing something new, not extending what was coded. This holds even when the typed
  characters continue the span's first or last word: the diff cannot tell "finishing a word"
  from "typing next to it", and a coding that silently grew would be worse than one that needs
  re-placing (:func:`reattach_coding` re-places any text coding).
* Text deleted inside a span shrinks it. Text replaced inside a span (even when the replaced
  stretch touches the span's first or last character) is replaced in the span too: fixing a
  typo in the last word of a coded sentence keeps the corrected word coded.
* An edit that straddles a span boundary keeps only the part of the span that survives; the
  new text of that edit lies outside the span.
* A span none of whose words survive (deleted, or replaced by different words; a full stop or
  a space left over is not a word) has no place in the new text: ``remap_spans`` gives
  ``None``, and ``set_text`` flags the coding ``detached`` at the point where its text was,
  keeping its quote so the researcher sees what was lost. Nothing is dropped. A detached
  coding is **not** re-attached automatically when its quote reappears later (undo, paste
  back): the same words can occur many times in a transcript, and a guess placed silently on
  the wrong occurrence would be worse than a flag the researcher resolves with
  :func:`reattach_coding`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import islice

from fieldkit.storage.text_diff import PUNCTUATION, Region, diff_regions

_WORD_CHAR = re.compile(r"[^\s" + re.escape(PUNCTUATION) + r"]")
_ANY_CHAR = re.compile(r".", re.DOTALL)


def remap_spans(
    old: str, new: str, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int] | None]:
    """Where each ``(start, end)`` span over ``old`` lies over ``new`` (see the module doc).

    ``None`` for a span none of whose words survive (all deleted or replaced). An empty span
    (``start == end``) is a point and is mapped to a point. Raises ``ValueError`` for a span
    that is not inside ``old`` (a programming error, not a user's).
    """
    regions = diff_regions(old, new)
    out: list[tuple[int, int] | None] = []
    for start, end, survived in remap_offsets(old, new, regions, _checked(old, spans)):
        out.append((start, end) if survived else None)
    return out


def _checked(old: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    checked = []
    for span in spans:
        start, end = span
        if not (isinstance(start, int) and isinstance(end, int)):
            raise ValueError(f"span {span!r} must hold two integers")
        if not 0 <= start <= end <= len(old):
            raise ValueError(f"span {span!r} is not inside a text of {len(old)} characters")
        checked.append((start, end))
    return checked


def remap_offsets(
    old: str, new: str, regions: list[Region], spans: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Each span as (start, end, survived); a lost span is collapsed to a point."""
    edits = _Edits(old, new, regions)
    out = []
    for start, end in spans:
        if start == end:
            point = edits.map_point(start)
            out.append((point, point, True))
        elif edits.swallows(start, end):
            point = edits.map_point(start)
            out.append((point, point, False))
        else:
            out.append((edits.map_start(start, end), edits.map_end(start, end), True))
    return out


class _Edits:
    """Maps offsets through the changed regions between ``old`` and ``new``.

    An insertion next to a span boundary can often be placed in more than one way (inserting
    ". Yes" before the final "." of "They play." is the same edit as inserting " Yes." after
    it); the diff picks one arbitrarily, so before putting an insertion inside a span we slide
    it out to the boundary when the text allows. (Deletions are not slid per span, as sliding
    one out of a span could make it overlap the next span's view of the same edit; they were
    already placed between words by ``_slide_to_word_gaps``.)
    """

    def __init__(self, old: str, new: str, regions: list[Region]) -> None:
        self.old, self.new, self.regions = old, new, regions
        self.starts = [r[0] for r in regions]

    def swallows(self, start: int, end: int) -> bool:
        """Whether none of the span's words survive (a lone full stop or space is no word).

        A span of punctuation or spaces only survives if any of its characters does.
        """
        pattern = _WORD_CHAR if _WORD_CHAR.search(self.old, start, end) else _ANY_CHAR
        i = bisect_right(self.starts, start) - 1
        pos = max(start, self.regions[i][1]) if i >= 0 else start
        for a, b, _c, _d in islice(self.regions, i + 1, None):
            if pos >= end:
                return True
            if a > pos and pattern.search(self.old, pos, min(a, end)):
                return False
            pos = max(pos, b)
        return not (pos < end and pattern.search(self.old, pos, end))

    def map_start(self, start: int, end: int) -> int:
        i = bisect_right(self.starts, start) - 1  # the last region starting at or before it
        if i < 0 or self.regions[i][1] <= start:
            shifted = self._shift(i, start)
            following = self.regions[i + 1] if i + 1 < len(self.regions) else None
            if following is not None and start < following[0] < end:
                a, b, c, d = following
                k = a - start  # an insertion just inside the start that can slide out of it
                ends_too = self._next_start(i + 1) >= end and self._same(self.new, c, d, end - a)
                if a == b and not ends_too and self._same(self.new, c - k, d - k, k):
                    return d - k  # (one that can slide out of the end too is left to map_end)
            return shifted
        a, b, c, d = self.regions[i]
        if a == start:  # replaced text at the span's start, inside the span: stays inside
            return c
        return d  # straddles the start: only the surviving part stays coded

    def map_end(self, start: int, end: int) -> int:
        j = bisect_left(self.starts, end) - 1  # the last region starting before `end`
        if j < 0:  # an insertion exactly at `end` starts at `end`: it stays outside
            return end
        a, b, c, d = self.regions[j]
        k = end - a
        if b < end:
            if a == b and a > start and self._same(self.new, c, d, k):
                return c + k  # an insertion just inside the end that can slide out of it
            return d + (end - b)
        if b == end:  # replaced text at the span's end, inside the span: stays inside
            return d
        return c  # straddles the end: only the surviving part stays coded

    def map_point(self, pos: int) -> int:
        j = bisect_left(self.starts, pos) - 1
        if j < 0:
            return pos
        a, b, c, d = self.regions[j]
        if b <= pos:
            return d + (pos - b)
        return min(c + (pos - a), d)  # inside a changed region: about where it was

    def _shift(self, i: int, pos: int) -> int:
        if i < 0:
            return pos
        _a, b, _c, d = self.regions[i]
        return d + (pos - b)

    def _next_start(self, j: int) -> int:
        return self.regions[j + 1][0] if j + 1 < len(self.regions) else len(self.old)

    @staticmethod
    def _same(text: str, x: int, y: int, k: int) -> bool:
        """Whether text[x:x+k] == text[y:y+k] (both inside the text)."""
        if k <= 0 or x < 0 or y + k > len(text) or x + k > len(text):
            return False
        return text[x] == text[y] and text[x : x + k] == text[y : y + k]


__all__ = ["remap_offsets", "remap_spans"]
