"""The changed regions between two texts: a line, word and character diff.

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
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

# old[a:b] became new[c:d]; the text between two regions is unchanged.
Region = tuple[int, int, int, int]


PUNCTUATION = ".,;:!?\"'()[]{}«»“”‘’„…—–-/\\|*।॥、。，！？：；"
_LINE_RE = re.compile(r"[^\n]*\n|[^\n]+")
_TOKEN_RE = re.compile(r"\s+|[^\s" + re.escape(PUNCTUATION) + r"]+|.", re.DOTALL)
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


def diff_regions(old: str, new: str) -> list[Region]:
    """The changed regions between two texts, in order, separated by unchanged text."""
    if old == new:
        return []
    prefix = _common_prefix_len(old, new)
    suffix = _common_suffix_len(old, new, min(len(old), len(new)) - prefix)
    middle = _diff(old[prefix : len(old) - suffix], new[prefix : len(new) - suffix], 0)
    shifted = [(a + prefix, b + prefix, c + prefix, d + prefix) for a, b, c, d in middle]
    return _slide_to_word_gaps(old, new, _trim_replacements(old, new, _merge(shifted)))


def _trim_replacements(old: str, new: str, regions: list[Region]) -> list[Region]:
    """Shrink each replacement to what really changed on its two sides.

    A word-level diff reports "a" → "AAAa" as a replaced word; it is an insertion before "a".
    Without trimming, a span starting at that "a" would swallow the typed text.
    """
    out: list[Region] = []
    for a, b, c, d in regions:
        if a < b and c < d:
            while a < b and c < d and old[a] == new[c]:
                a, c = a + 1, c + 1
            while a < b and c < d and old[b - 1] == new[d - 1]:
                b, d = b - 1, d - 1
            if a == b and c == d:
                continue
        out.append((a, b, c, d))
    return out


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
    return token[0] in PUNCTUATION or token[0].isspace()


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


__all__ = ["PUNCTUATION", "Region", "diff_regions"]
