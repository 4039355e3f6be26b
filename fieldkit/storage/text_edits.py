"""Keeping codings on their words when a transcript or a description is edited.

:func:`remap_spans` is the pure part: given the old and the new text and spans over the old
text, it says where each span lies in the new text. :func:`set_text` is the service: it
replaces a record's text and moves its codings in the same transaction.

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

How the edit is found: the common prefix and suffix are trimmed first (exact, and a keystroke
then leaves one or two characters to compare). The differing middle is compared line by line,
then the lines that differ word by word (``difflib.SequenceMatcher``, ``autojunk=False``;
whitespace and punctuation tokens are "junk" for anchoring, so a lone space or comma cannot
tie two unrelated sentences together); long stretches are first cut at runs of words that
occur once on each side (the "patience diff" idea), because SequenceMatcher alone is slow on
long texts full of common words. A replaced run of words is compared character by character
when it is short and still similar (a typo fix); a run of words replaced by different words is
kept as one replacement. A pure insertion or deletion that could equally sit a few characters
earlier or later is placed where it reads as whole words (" They ask." rather than
". They ask"), and an insertion inside a span that could equally sit at its boundary is put at
the boundary (so outside the span).

Limits, which every diff shares: when the old text repeats itself (the same sentence twice)
and one copy is deleted, the diff cannot know which copy went and reports one of them; text
that was moved (a paragraph cut and pasted elsewhere) reads as deleted here and inserted there,
so codings on it are detached, not carried along.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import islice

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import ConflictError, ValidationError
from fieldkit.storage import validate as v
from fieldkit.storage.codings import codings_for, record_text
from fieldkit.storage.lookup import CODABLE, find_record, get_row
from fieldkit.storage.models import Coding, Interview, Observation

# old[a:b] became new[c:d]; the text between two regions is unchanged.
Region = tuple[int, int, int, int]

_PUNCTUATION = ".,;:!?\"'()[]{}«»“”‘’„…—–-/\\|*।॥、。，！？：；"
_LINE_RE = re.compile(r"[^\n]*\n|[^\n]+")
_WORD_CHAR = re.compile(r"[^\s" + re.escape(_PUNCTUATION) + r"]")
_ANY_CHAR = re.compile(r".", re.DOTALL)
_TOKEN_RE = re.compile(r"\s+|[^\s" + re.escape(_PUNCTUATION) + r"]+|.", re.DOTALL)
# A replaced run of words is compared character by character only when it is this short in
# total and at least this similar (SequenceMatcher.ratio): "learnign" → "learning" yes,
# "kids" → "children" no (their shared "i" and "d" are coincidence, not the same words).
_REFINE_MAX_CHARS = 400
# Token ranges up to this size (both sides) are compared directly; longer ones are first cut
# at anchors of this many tokens (about four words with the spaces between them).
_DIRECT_TOKENS = 128
_ANCHOR_TOKENS = 8
# How far an insertion or deletion may be slid to sit between words.
_MAX_SLIDE = 64
_REFINE_MIN_RATIO = 0.5


@dataclass(frozen=True)
class TextEditResult:
    """What :func:`set_text` did to the record's text codings.

    ``moved``: same words, new offsets. ``resized``: the covered text itself changed (it grew,
    shrank or was edited inside). ``detached``: newly detached, their text was deleted.
    ``unchanged``: nothing to do. Codings that were already detached and whose collapse point
    moved count as ``moved``.
    """

    moved: int = 0
    resized: int = 0
    detached: int = 0
    unchanged: int = 0


# --- the pure part --------------------------------------------------------------------------


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
    for start, end, survived in _remap(old, new, regions, _checked(old, spans)):
        out.append((start, end) if survived else None)
    return out


def diff_regions(old: str, new: str) -> list[Region]:
    """The changed regions between two texts, in order, separated by unchanged text."""
    if old == new:
        return []
    prefix = _common_prefix_len(old, new)
    suffix = _common_suffix_len(old, new, min(len(old), len(new)) - prefix)
    middle = _diff(old[prefix : len(old) - suffix], new[prefix : len(new) - suffix], 0)
    shifted = [(a + prefix, b + prefix, c + prefix, d + prefix) for a, b, c, d in middle]
    return _slide_to_word_gaps(old, new, _merge(shifted))


def _slide_to_word_gaps(old: str, new: str, regions: list[Region]) -> list[Region]:
    """Place each pure insertion or deletion where it reads as whole words, when it can move.

    Deleting "They ask." from "Yes. They ask.\n" can be read as deleting " They ask." or
    ". They ask"; the diff picks either. The first keeps each full stop with its own sentence,
    which matters to a coding that ends with it. So an insertion or deletion that can slide
    (the text beside it repeats its own end) goes where it starts with white space after a
    non-space, or else ends just before white space.
    """
    out = list(regions)
    for n, (a, b, c, d) in enumerate(out):
        if (a == b) == (c == d):  # a replacement (or nothing): it cannot slide
            continue
        text, x, y = (new, c, d) if a == b else (old, a, b)
        low = out[n - 1][1] + 1 if n > 0 else 0  # keep an unchanged character between regions
        high = out[n + 1][0] - 1 if n + 1 < len(out) else len(old)
        left = 0
        while (
            left < _MAX_SLIDE and a - left - 1 >= low and text[x - left - 1] == text[y - left - 1]
        ):
            left += 1
        right = 0
        while right < _MAX_SLIDE and b + right + 1 <= high and text[x + right] == text[y + right]:
            right += 1
        if left == right == 0:
            continue
        best = max(
            range(-left, right + 1), key=lambda t: (_reads_as_words(text, x + t, y + t), -abs(t))
        )
        out[n] = (a + best, b + best, c + best, d + best)
    return out


def _reads_as_words(text: str, x: int, y: int) -> int:
    starts_at_gap = text[x].isspace() and (x == 0 or not text[x - 1].isspace())
    ends_at_gap = y == len(text) or text[y].isspace()
    return 2 * starts_at_gap + ends_at_gap


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


def _common_prefix_len(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search over slice comparisons: C speed, O(n log n) at worst
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix_len(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _lines(text: str) -> list[str]:
    return _LINE_RE.findall(text)


def _blank_line(line: str) -> bool:
    return not line.strip()


def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def _junk_token(token: str) -> bool:
    # A token is a whitespace run, a word run or one punctuation mark: its first character
    # tells which.
    return token[0] in _PUNCTUATION or token[0].isspace()


# Coarse to fine: lines, then words (with whitespace and punctuation tokens), then characters.
_LEVELS: tuple[tuple[Callable[[str], list[str]], Callable[[str], bool]], ...] = (
    (_lines, _blank_line),
    (_tokens, _junk_token),
)


def _diff(a: str, b: str, level: int) -> list[Region]:
    """Changed regions between ``a`` and ``b`` (relative offsets)."""
    if not a or not b:
        return [(0, len(a), 0, len(b))] if a or b else []
    if level == len(_LEVELS):
        return _diff_chars(a, b)
    split, junk = _LEVELS[level]
    ta, tb = split(a), split(b)
    if len(ta) == 1 and len(tb) == 1:
        return _diff(a, b, level + 1)
    seqs = _Tokens(a, ta), _Tokens(b, tb)
    regions: list[Region] = []
    for i1, i2, j1, j2 in _token_changes(seqs, (0, len(ta), 0, len(tb)), junk, _ANCHOR_TOKENS):
        x1, x2 = seqs[0].offsets[i1], seqs[0].offsets[i2]
        y1, y2 = seqs[1].offsets[j1], seqs[1].offsets[j2]
        if x1 < x2 and y1 < y2:
            for p, q, r, s in _diff(a[x1:x2], b[y1:y2], level + 1):
                regions.append((p + x1, q + x1, r + y1, s + y1))
        else:
            regions.append((x1, x2, y1, y2))
    return regions


@dataclass
class _Tokens:
    text: str
    tokens: list[str]

    def __post_init__(self) -> None:
        self.offsets = _offsets(self.tokens)

    def key(self, i: int, k: int) -> str:
        """The text of tokens i to i+k."""
        return self.text[self.offsets[i] : self.offsets[i + k]]


TokenRange = tuple[int, int, int, int]


def _token_changes(
    seqs: tuple[_Tokens, _Tokens], rng: TokenRange, junk: Callable[[str], bool], k: int
) -> list[TokenRange]:
    """The changed token ranges between two token sequences, within ``rng``.

    Small ranges go straight to ``SequenceMatcher``. Large ones are first cut at anchors, runs
    of ``k`` tokens that occur exactly once on each side, kept in an order both sides agree on
    (the "patience diff" idea); SequenceMatcher alone is quadratic-ish on long texts full of
    common words, anchoring keeps a pasted 12,000-character transcript fast.
    """
    ta, tb = seqs[0].tokens, seqs[1].tokens
    alo, ahi, blo, bhi = rng
    while alo < ahi and blo < bhi and ta[alo] == tb[blo]:
        alo, blo = alo + 1, blo + 1
    while alo < ahi and blo < bhi and ta[ahi - 1] == tb[bhi - 1]:
        ahi, bhi = ahi - 1, bhi - 1
    if alo == ahi or blo == bhi:
        return [(alo, ahi, blo, bhi)] if alo < ahi or blo < bhi else []
    if (ahi - alo) + (bhi - blo) <= _DIRECT_TOKENS:
        matcher = SequenceMatcher(junk, ta[alo:ahi], tb[blo:bhi], autojunk=False)
        return [
            (i1 + alo, i2 + alo, j1 + blo, j2 + blo)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"
        ]
    blocks = _anchor_blocks(seqs, (alo, ahi, blo, bhi), junk, k)
    if not blocks:
        if k > 1:
            return _token_changes(seqs, (alo, ahi, blo, bhi), junk, k // 2)
        return [(alo, ahi, blo, bhi)]  # long, and not one word in common: rewritten
    changes: list[TokenRange] = []
    i, j = alo, blo
    for bi, bj, n in blocks:
        changes += _token_changes(seqs, (i, bi, j, bj), junk, k)
        i, j = bi + n, bj + n
    changes += _token_changes(seqs, (i, ahi, j, bhi), junk, k)
    return changes


def _anchor_blocks(
    seqs: tuple[_Tokens, _Tokens], rng: TokenRange, junk: Callable[[str], bool], k: int
) -> list[tuple[int, int, int]]:
    """Equal runs (i, j, length) built from k-token runs unique on both sides, in order."""
    alo, ahi, blo, bhi = rng
    sa, sb = seqs
    ta, tb = sa.tokens, sb.tokens
    seen_a: dict[str, int] = {}
    for i in range(alo, ahi - k + 1):
        if not junk(ta[i]):  # runs start on a word: half the keys, the same anchors
            key = sa.key(i, k)
            seen_a[key] = -1 if key in seen_a else i
    seen_b: dict[str, int] = {}
    for j in range(blo, bhi - k + 1):
        if not junk(tb[j]):
            key = sb.key(j, k)
            if seen_a.get(key, -1) >= 0:
                seen_b[key] = -1 if key in seen_b else j
    pairs = sorted((seen_a[key], j) for key, j in seen_b.items() if j >= 0)
    blocks: list[tuple[int, int, int]] = []
    for i, j in _increasing_chain(pairs):
        if blocks:
            bi, bj, n = blocks[-1]
            if i - bi == j - bj and i <= bi + n:  # the same run, continued
                blocks[-1] = (bi, bj, i + k - bi)
                continue
            if i < bi + n or j < bj + n:  # overlaps the previous run at another offset
                continue
        blocks.append((i, j, k))
    return blocks


def _increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by i) whose j increase too (patience sorting)."""
    js = [j for _i, j in pairs]
    if js == sorted(js):  # the usual case: every anchor is already in order
        return pairs
    tails: list[int] = []  # tails[n]: the smallest j ending a chain of length n + 1
    tail_at: list[int] = []  # index in pairs of that pair
    back: list[int] = []
    for index, (_i, j) in enumerate(pairs):
        n = bisect_left(tails, j)
        if n == len(tails):
            tails.append(j)
            tail_at.append(index)
        else:
            tails[n] = j
            tail_at[n] = index
        back.append(tail_at[n - 1] if n > 0 else -1)
    chain = []
    at = tail_at[-1] if tail_at else -1
    while at >= 0:
        chain.append(pairs[at])
        at = back[at]
    return chain[::-1]


def _diff_chars(a: str, b: str) -> list[Region]:
    whole = [(0, len(a), 0, len(b))]
    if len(a) + len(b) > _REFINE_MAX_CHARS:
        return whole
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.ratio() < _REFINE_MIN_RATIO:
        return whole
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _offsets(tokens: list[str]) -> list[int]:
    offsets = [0]
    for token in tokens:
        offsets.append(offsets[-1] + len(token))
    return offsets


def _merge(regions: list[Region]) -> list[Region]:
    merged: list[Region] = []
    for a, b, c, d in regions:
        if merged and merged[-1][1] == a:
            pa, _pb, pc, _pd = merged[-1]
            merged[-1] = (pa, b, pc, d)
        else:
            merged.append((a, b, c, d))
    return merged


def _remap(
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


# --- the services ---------------------------------------------------------------------------


def set_text(session: Session, *, record_id: str, text: str) -> TextEditResult:
    """Replace an interview's transcript or an observation's description; move its codings.

    Line ends are normalised (CRLF/CR → LF). Every live text coding of the record moves with
    its words, its quote updated to the words it now covers; a coding whose words were all
    deleted is flagged ``detached`` at the point where they were, its quote kept. The text and
    the codings change in the caller's transaction, each through the ORM (so each is logged).
    """
    record = find_record(session, record_id, kinds=CODABLE)
    field = "transcript" if isinstance(record, Interview) else "description"
    new = v.long_text(text, field=field)
    if isinstance(record, Observation) and not new.strip():
        raise ValidationError("the observation's description is empty")
    old = record_text(record)
    codings = [c for c in codings_for(session, record_id=record.id) if c.unit == "char"]
    if new == old:
        return TextEditResult(unchanged=len(codings))
    spans = [_clamped(c, len(old)) for c in codings]
    mapped = _remap(old, new, diff_regions(old, new), spans)
    counts = {"moved": 0, "resized": 0, "detached": 0, "unchanged": 0}
    for coding, (start, end, survived) in zip(codings, mapped, strict=True):
        counts[_apply(coding, new, start, end, survived)] += 1
    setattr(record, field, new)
    session.flush()
    return TextEditResult(**counts)


def _clamped(coding: Coding, length: int) -> tuple[int, int]:
    """The coding's span, kept inside the text (a detached coding is a point)."""
    start = min(max(coding.start, 0), length)
    end = min(max(coding.end, start), length)
    return (start, start) if coding.detached else (start, end)


def _apply(coding: Coding, new: str, start: int, end: int, survived: bool) -> str:
    if coding.detached or not survived or start == end:  # only a detached coding is a point
        kind = "unchanged" if start == coding.start == coding.end else "moved"
        if not coding.detached:
            coding.detached = True
            kind = "detached"
        _set_if_changed(coding, start=start, end=end)
        return kind
    quote = new[start:end]
    if (start, end, quote) == (coding.start, coding.end, coding.quote):
        return "unchanged"
    same_words = quote == coding.quote and end - start == coding.end - coding.start
    _set_if_changed(coding, start=start, end=end, quote=quote)
    return "moved" if same_words else "resized"


def _set_if_changed(coding: Coding, **values: object) -> None:
    for key, value in values.items():
        if getattr(coding, key) != value:
            setattr(coding, key, value)


def reattach_coding(session: Session, *, coding_id: str, start: int, end: int) -> Coding:
    """Place a text coding on ``start``–``end`` of its record's current text.

    Meant for a detached coding (it is attached again, its quote set to the words it now
    covers); a live coding can be re-placed the same way.
    """
    coding = get_row(session, Coding, coding_id)
    if coding.unit != "char":
        raise ValidationError("this coding marks a stretch of audio, not of text")
    record = find_record(session, coding.target_id, kinds=CODABLE)
    text = record_text(record)
    _check_span(text, start, end)
    duplicate = session.execute(
        select(Coding).where(
            col(Coding.target_id) == coding.target_id,
            col(Coding.theme_id) == coding.theme_id,
            col(Coding.start) == start,
            col(Coding.end) == end,
            col(Coding.unit) == "char",
            col(Coding.detached).is_(False),
            col(Coding.id) != coding.id,
            col(Coding.deleted_at).is_(None),
        )
    ).first()
    if duplicate is not None:
        raise ConflictError("this span is already coded with the same theme")
    _set_if_changed(coding, start=start, end=end, quote=text[start:end], detached=False)
    session.flush()
    return coding


def _check_span(text: str, start: int, end: int) -> None:
    if not isinstance(start, int) or not isinstance(end, int):
        raise ValidationError("start and end must be whole numbers")
    if start < 0 or end > len(text):
        raise ValidationError(
            f"the span {start}–{end} lies outside the text, which has {len(text)} characters"
        )
    if start >= end:
        raise ValidationError(f"the span {start}–{end} is empty; end must be greater than start")
    if not text[start:end].strip():
        raise ValidationError("the span covers only white space")
