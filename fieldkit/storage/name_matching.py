"""Finding and replacing sensitive strings (people's and places' names) in any script.

Matching is what a reader would call "the same word":

- case-insensitive (``casefold``: "SOBRAL", "sobral", "Straße"/"STRASSE");
- across diacritics: both sides are NFKD-decomposed and Latin/Greek/Cyrillic combining accents,
  Arabic vowel marks and tatweel are dropped ("Ceara" finds "Ceará", "أحمد" finds "احمد"); the
  marks of Indic scripts are kept, since they make different words there;
- whole words only, with boundaries that know every script: a letter, a digit or a combining
  mark (Devanagari vowel signs, Arabic marks) on either side means the match is inside a longer
  word and is left alone (Python's ``\\b`` splits Devanagari words at every vowel sign);
- in Arabic and Ethiopic script, prefixes and endings written joined to a word ("and", "in",
  "to": وتارودانت, በባሕር; "from": تارودانتي) do not hide a name; the whole word is replaced
  (a Latin placeholder joined to Arabic letters would also print as missing glyphs).

The *original* span of the text is replaced, so what is printed keeps its own spelling around
the placeholder. Counts of what was replaced are kept per term for the export report.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

# What replaces each kind of term.
PLACEHOLDERS = {"person": "[name]", "place": "[place]", "other": "[redacted]"}
KINDS = tuple(PLACEHOLDERS)
_PLACEHOLDER_SET = frozenset(PLACEHOLDERS.values())

# Shortest term matched: one- and two-letter terms would replace ordinary words.
MIN_TERM_CHARS = 2

_DROPPED_RANGES = (
    (0x0300, 0x036F),  # combining diacritical marks (Latin, Greek, Cyrillic accents)
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
    (0x064B, 0x065F),  # Arabic harakat, hamza above/below (أ إ decompose to ا + hamza)
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x0640, 0x0640),  # tatweel
    (0x200B, 0x200F),  # zero-width space/joiners, direction marks
    (0x00AD, 0x00AD),  # soft hyphen
    (0x2060, 0x2064),
    (0xFEFF, 0xFEFF),
)
_SAME_LETTER = {"ى": "ي", "ی": "ي", "ک": "ك"}  # Arabic letter variants written either way

# Joined to the word they belong to: "and", "in", "to", "the"... before it; a relational
# ending ("from Taroudant": تارودانتي) or "also"/"and" after it.
_AFFIXES = {
    "arabic": ("(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل|ك)", "(?:يين|يون|ية|ي)"),
    "ethiopic": ("(?:እንደ|ወደ|በ|ከ|ለ|የ|እና)", "(?:ም|ን|ና|ስ|ው)"),
    "other": ("", ""),
}


def _dropped(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _DROPPED_RANGES)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if _dropped(part):
            continue
        for c in part.casefold():
            if _dropped(c):
                continue
            if unicodedata.category(c) == "Pd":  # every dash is the same dash
                c = "-"
            out.append(_SAME_LETTER.get(c, c))
    return "".join(out)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` folded for matching, and for each folded character its index in ``text``.

    Runs of white space become one space.
    """
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            chars.append(" ")
            origin.append(i)
            continue
        for c in _fold_char(ch):
            chars.append(c)
            origin.append(i)
    return "".join(chars), origin


def fold(text: str) -> str:
    return fold_with_map(text.strip())[0]


def typed_name_matches(name: str, query: str) -> bool:
    """What a theme filter finds as one types (Ctrl+K palette, codebook dock): every word typed
    starts a word of ``name`` or appears in it, case and accents aside, so "tru rel" finds
    "Trust and relationships" and "numeriq" "Accès numérique", as typed on a keyboard without
    accents. An empty query matches every name."""
    folded = fold(name)
    words = folded.split()
    return all(any(w.startswith(q) for w in words) or q in folded for q in fold(query).split())


@lru_cache(maxsize=1)
def _word_class() -> str:
    """A regex character class of everything that continues a word: letters, digits and the
    combining marks of every script (which ``\\w`` leaves out)."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x300, 0x30000):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    marks = "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in ranges
    )
    return rf"[^\W_]|[{marks}]"


def _script_of(term: str) -> str:
    for ch in term:
        cp = ord(ch)
        if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF:
            return "arabic"
        if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF or 0xAB00 <= cp <= 0xAB2F:
            return "ethiopic"
    return "other"


@dataclass(frozen=True)
class Term:
    """One sensitive string with its other spellings, and what it is replaced by."""

    text: str
    kind: str = "other"
    also: tuple[str, ...] = ()
    # Only where written with a capital (in scripts that have capitals): for one part of a
    # person's name ("Grace", "Pending"), which may also be an ordinary word.
    capitalised: bool = False

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS.get(self.kind, PLACEHOLDERS["other"])

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.text, *self.also)


@dataclass
class Redactor:
    """Replaces every listed term, in any of its spellings, by its kind's placeholder.

    ``counts`` maps each term (its main spelling) to how many times it was replaced.
    """

    terms: tuple[Term, ...] = ()
    counts: Counter[str] = field(default_factory=Counter)
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _owner: dict[str, Term] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        by_script: dict[str, list[str]] = {"arabic": [], "ethiopic": [], "other": []}
        for term in self.terms:
            for spelling in term.spellings:
                key = fold(spelling)
                if len(key.replace(" ", "")) < MIN_TERM_CHARS or key in self._owner:
                    continue
                self._owner[key] = term
                by_script[_script_of(key)].append(key)
        if not self._owner:
            return
        w = _word_class()
        parts = []
        for script, (prefix, suffix) in _AFFIXES.items():
            keys = sorted(by_script[script], key=len, reverse=True)
            if not keys:
                continue
            alternatives = "|".join(re.escape(k) for k in keys)
            lead = f"{prefix}?" if prefix else ""
            tail = f"{suffix}?" if suffix else ""
            parts.append(rf"(?<!{w}){lead}(?P<{script}>{alternatives}){tail}(?!{w})")
        self._pattern = re.compile("|".join(f"(?:{p})" for p in parts))

    @property
    def active(self) -> bool:
        return self._pattern is not None

    def find(self, text: str) -> list[tuple[int, int, Term]]:
        """The spans of ``text`` (original indexes, end exclusive) that name a term."""
        if self._pattern is None or not text:
            return []
        folded, origin = fold_with_map(text)
        spans: list[tuple[int, int, Term]] = []
        for m in self._pattern.finditer(folded):
            group = m.lastgroup
            assert group is not None
            s, e = m.span()  # with a joined prefix or ending: the whole word goes
            start = origin[s]
            end = origin[e] if e < len(origin) else len(text)
            # Dropped marks right after the last letter belong to it; white space does not.
            while end > start and text[end - 1].isspace():
                end -= 1
            if text[max(start - 1, 0) : end + 1] in _PLACEHOLDER_SET:
                continue  # a placeholder already put there ("[name]" for someone called Name)
            term = self._owner[m.group(group)]
            if term.capitalised and text[start].islower():
                continue
            spans.append((start, end, term))
        return spans

    def scrub(self, text: str, *, count: bool = True) -> str:
        """``text`` with every term replaced by its placeholder."""
        spans = self.find(text)
        if not spans:
            return text
        out: list[str] = []
        at = 0
        for start, end, term in spans:
            out.append(text[at:start])
            out.append(term.placeholder)
            at = end
            if count:
                self.counts[term.text] += 1
        out.append(text[at:])
        return "".join(out)

    def kind_of(self, text: str) -> str:
        term = self._owner.get(fold(text))
        return term.kind if term else "other"


def merge_terms(terms: Iterable[Term]) -> tuple[Term, ...]:
    """Terms with the same main spelling (folded) merged: their other spellings are pooled, a
    listed kind (person/place) wins over "other", and a term matched in any case in one of
    them is matched in any case."""
    merged: dict[str, Term] = {}
    for t in terms:
        key = fold(t.text)
        if not key:
            continue
        old = merged.get(key)
        if old is None:
            merged[key] = t
            continue
        also = tuple(dict.fromkeys((*old.also, *t.also)))
        kind = old.kind if old.kind != "other" else t.kind
        merged[key] = Term(old.text, kind, also, old.capitalised and t.capitalised)
    return tuple(merged.values())


def replacement_lines(counts: Counter[str]) -> list[str]:
    """The export report's lines: what was replaced and how often, most first."""
    return [
        f"{term}: replaced {n} time{'s' if n != 1 else ''}"
        for term, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    ]


def redaction_report(counts: Iterable[Mapping[str, int]]) -> list[str]:
    """The report of one or several anonymised editions: a total, then each name or place."""
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    if not total:
        return ["anonymised: no listed name or place occurred in the text"]
    head = f"anonymised: {sum(total.values())} replacements of {len(total)} names and places"
    return [head, *(f"  {line}" for line in replacement_lines(total))]


__all__ = [
    "KINDS",
    "PLACEHOLDERS",
    "Redactor",
    "Term",
    "fold",
    "fold_with_map",
    "merge_terms",
    "redaction_report",
    "replacement_lines",
    "typed_name_matches",
]
