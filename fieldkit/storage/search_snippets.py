"""Snippets of long texts, cut in Python instead of by FTS5's snippet().

FTS5's snippet() tokenizes the whole column twice; on a long transcript in a non-Latin script
(Devanagari, Arabic...) that costs about a millisecond per record, too much for a page of 50.
Here each query term becomes a regular expression that follows the index's rules closely
(case and Latin accents ignored, words made of letters, digits and combining marks), the text
is scanned in C by ``re``, and the best window of about 16 words is marked. Where these rules
and the tokenizer disagree and no hit is found, the caller falls back to snippet().
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

HIT_START = "\x02"
HIT_END = "\x03"
ELLIPSIS = "…"
SNIPPET_WORDS = 16
# A fragment never grows past this many characters (scripts written without spaces).
SNIPPET_MAX_CHARS = 200
# Enough hits per term to choose a good window; the rest of a long text is not scanned.
MAX_HITS_PER_TERM = 64

_LATIN_DIACRITICS = "[\u0300-\u036f]*"
_SENTENCE_END = ".!?।۔。\n"


@lru_cache(maxsize=1)
def _marks() -> str:
    """A character-class body of every combining mark in the Basic Multilingual Plane."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


@lru_cache(maxsize=1)
def _latin_variants() -> dict[str, str]:
    """For each of a-z, the precomposed Latin letters the index folds to it (both cases)."""
    variants: dict[str, set[str]] = {c: {c, c.upper()} for c in "abcdefghijklmnopqrstuvwxyz"}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        ).lower()
        if len(base) == 1 and base in variants:
            variants[base].update({ch, ch.lower(), ch.upper()})
    return {c: "".join(sorted(s)) for c, s in variants.items()}


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    current: list[str] = []
    for ch in text:
        if _is_word_char(ch):
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tokens


def _char_pattern(ch: str) -> str:
    decomposed = [c for c in unicodedata.normalize("NFKD", ch) if not ("\u0300" <= c <= "\u036f")]
    parts = []
    for c in decomposed:
        lower = c.lower()
        if len(lower) == 1 and "a" <= lower <= "z":
            parts.append(f"[{re.escape(_latin_variants()[lower])}]{_LATIN_DIACRITICS}")
        elif c.lower() != c.upper():
            parts.append(f"[{re.escape(c.lower() + c.upper())}]")
        else:
            parts.append(re.escape(c))
    return "".join(parts)


def term_pattern(text: str, *, prefix: bool) -> re.Pattern[str] | None:
    """A regular expression for one query term (a word, a phrase, or a prefix), or None.

    It starts with the term's first letter, not with a look-behind, so that ``re`` can skip
    through the text fast; ``find_hits`` checks the word boundary before each match.
    """
    tokens = _tokens(text)
    if not tokens:
        return None
    marks = _marks()
    word = f"(?:[^\\W_]|[{marks}])"
    not_word_ahead = f"(?![^\\W_])(?![{marks}])"
    separator = f"(?:{not_word_ahead}.)+"
    body = separator.join("".join(_char_pattern(c) for c in token) for token in tokens)
    end = f"{word}*" if prefix else not_word_ahead
    return re.compile(f"{body}{end}", re.DOTALL)


def find_hits(text: str, patterns: Sequence[re.Pattern[str]]) -> list[tuple[int, int, int]]:
    """(start, end, term index) of each whole-word hit, in text order, overlaps dropped."""
    hits: list[tuple[int, int, int]] = []
    for index, pattern in enumerate(patterns):
        found = 0
        for match in pattern.finditer(text):
            start = match.start()
            if start and _is_word_char(text[start - 1]):
                continue
            hits.append((start, match.end(), index))
            found += 1
            if found >= MAX_HITS_PER_TERM:
                break
    hits.sort()
    kept: list[tuple[int, int, int]] = []
    for hit in hits:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


def snippet(text: str, hits: list[tuple[int, int, int]]) -> str:
    """About 16 words around the best cluster of hits, with the hits marked.

    ``hits`` come from ``find_hits`` and must not be empty.
    """
    first = _best_cluster(hits)
    start = _fragment_start(text, hits[first][0])
    end = max(_fragment_end(text, start), hits[first][1])
    shown = [h for h in hits if h[0] >= start and h[1] <= end]
    parts = [ELLIPSIS] if start > 0 else []
    position = start
    for hit_start, hit_end, _ in shown:
        parts += [text[position:hit_start], HIT_START, text[hit_start:hit_end], HIT_END]
        position = hit_end
    parts.append(text[position:end])
    if text[end:].strip():
        parts.append(ELLIPSIS)
    return "".join(parts)


def _best_cluster(hits: list[tuple[int, int, int]]) -> int:
    """The hit that starts the window with the most distinct terms, then the most hits."""
    span = SNIPPET_MAX_CHARS // 2
    counts: dict[int, int] = {}
    best, best_score, j = 0, (0, 0), 0
    for i, (start, _, term) in enumerate(hits):
        if j <= i:
            counts[term] = counts.get(term, 0) + 1
            j = i + 1
        while j < len(hits) and hits[j][1] - start <= span:
            counts[hits[j][2]] = counts.get(hits[j][2], 0) + 1
            j += 1
        score = (len(counts), j - i)
        if score > best_score:
            best, best_score = i, score
        counts[term] -= 1
        if not counts[term]:
            del counts[term]
    return best


def _fragment_start(text: str, anchor: int) -> int:
    """The start of the word holding the first hit, moved back up to three words, but not
    back across the end of a sentence or a line."""
    limit = max(0, anchor - SNIPPET_MAX_CHARS // 4)
    start = _word_start(text, anchor, limit)
    for _ in range(3):
        gap = start
        while gap > limit and text[gap - 1].isspace() and text[gap - 1] != "\n":
            gap -= 1
        if gap == start or gap <= limit or text[gap - 1] in _SENTENCE_END:
            break
        previous = _word_start(text, gap, limit)
        if previous <= limit and previous > 0:
            break
        start = previous
    return start


def _word_start(text: str, position: int, limit: int) -> int:
    while (
        position > limit
        and not text[position - 1].isspace()
        and text[position - 1] not in _SENTENCE_END
    ):
        position -= 1
    return position


_WORD_RUN = re.compile(r"\S+")


def _fragment_end(text: str, start: int) -> int:
    """After about 16 words from ``start`` (or the character cap, or the end of the text)."""
    limit = min(len(text), start + SNIPPET_MAX_CHARS)
    end = start
    for count, match in enumerate(_WORD_RUN.finditer(text, start, limit)):
        if count >= SNIPPET_WORDS:
            break
        end = match.end()
    return end
