"""Finding a search hit inside a record's text, ignoring case and accents like the index."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache


def search_hit_offset(text: str, terms: Sequence[str]) -> int | None:
    """Where (in code points) the first of ``terms`` occurs in ``text``, or None.

    Best effort, ignoring case and accents like the index does: a term matches whole words (a
    term ending in ``*`` matches words starting with it; a term of several words matches them
    in a row). If no term matches whole words, the first occurrence inside a word counts.
    """
    folded, origin = _fold_with_origin(text)
    words = _words(folded)
    best: int | None = None
    fallback: int | None = None
    for raw in terms:
        prefix = raw.rstrip().endswith("*")
        term_folded, _ = _fold_with_origin(raw.replace("*", " "))
        needle = [folded_word for _, _, folded_word in _words(term_folded)]
        if not needle:
            continue
        at = _find_words(words, needle, prefix)
        if at is not None:
            offset = origin[at]
            best = offset if best is None else min(best, offset)
            continue
        loose = folded.find(" ".join(needle))
        if loose >= 0:
            offset = origin[loose]
            fallback = offset if fallback is None else min(fallback, offset)
    return best if best is not None else fallback


def _find_words(words: list[tuple[int, int, str]], needle: list[str], prefix: bool) -> int | None:
    size = len(needle)
    for i in range(len(words) - size + 1):
        window = [w for _, _, w in words[i : i + size]]
        if window[:-1] != needle[:-1]:
            continue
        last, wanted = window[-1], needle[-1]
        if last == wanted or (prefix and last.startswith(wanted)):
            return words[i][0]
    return None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _words(folded: str) -> list[tuple[int, int, str]]:
    words = []
    start: int | None = None
    for i, ch in enumerate(folded + " "):
        if _is_word_char(ch):
            if start is None:
                start = i
        elif start is not None:
            words.append((start, i, folded[start:i]))
            start = None
    return words


_DIACRITIC_BLOCKS = (
    (0x0300, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)


def _is_diacritic(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _DIACRITIC_BLOCKS)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character without case or Latin-style accents (may be empty, or several)."""
    parts = (p for p in unicodedata.normalize("NFKD", ch) if not _is_diacritic(p))
    return "".join(c for c in "".join(parts).casefold() if not _is_diacritic(c))


def _fold_with_origin(text: str) -> tuple[str, list[int]]:
    """``text`` without case or Latin-style accents, and each folded character's source index."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def fold_word(word: str) -> str:
    return "".join(map(_fold_char, word))


__all__ = ["fold_word", "search_hit_offset"]
