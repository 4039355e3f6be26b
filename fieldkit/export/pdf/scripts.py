"""Which script each character belongs to (Latin, Devanagari, Arabic, …), for picking fonts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Scripts with their own font; everything else tries the Latin fonts and then any loaded font.
DEVANAGARI = "Devanagari"
ARABIC = "Arabic"
HEBREW = "Hebrew"
ETHIOPIC = "Ethiopic"
CJK = "Chinese"
LATIN = "Latin"
COMMON = "Common"

RTL_SCRIPTS = frozenset({ARABIC, HEBREW})
# Scripts whose letters change shape or order with their neighbours.
SHAPED_SCRIPTS = frozenset(
    {
        DEVANAGARI,
        ARABIC,
        HEBREW,
        "Bengali",
        "Gurmukhi",
        "Gujarati",
        "Oriya",
        "Tamil",
        "Telugu",
        "Kannada",
        "Malayalam",
        "Sinhala",
        "Thai",
        "Lao",
        "Tibetan",
        "Myanmar",
        "Khmer",
        "Syriac",
        "Thaana",
        "Nko",
    }
)


_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0590, 0x05FF, HEBREW),
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x08A0, 0x08FF, ARABIC),
    (0x0900, 0x097F, DEVANAGARI),
    (0x1200, 0x139F, ETHIOPIC),
    (0x1C90, 0x1CBF, "Georgian"),
    (0x2D80, 0x2DDF, ETHIOPIC),
    (0x2E80, 0x2FFF, CJK),
    (0x3000, 0x303F, CJK),
    (0x3040, 0x30FF, CJK),
    (0x3100, 0x31FF, CJK),
    (0x3400, 0x4DBF, CJK),
    (0x4E00, 0x9FFF, CJK),
    (0xA8E0, 0xA8FF, DEVANAGARI),
    (0xAB00, 0xAB2F, ETHIOPIC),
    (0xF900, 0xFAFF, CJK),
    (0xFB1D, 0xFB4F, HEBREW),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE30, 0xFE4F, CJK),
    (0xFE70, 0xFEFF, ARABIC),
    (0xFF00, 0xFFEF, CJK),
    (0x20000, 0x2FFFF, CJK),
)


_NAMED_SCRIPT = re.compile(r"^([A-Z]+)(?: [A-Z]+)*? (?:LETTER|SIGN|DIGIT|VOWEL|SYLLABLE|MARK)")


def script_of(ch: str) -> str:
    """The script of one character; ``Common`` for spaces, digits and punctuation."""
    cp = ord(ch)
    if cp < 0x80:
        return LATIN if ch.isalpha() else COMMON
    for lo, hi, name in _RANGES:
        if lo <= cp <= hi:
            if name == ARABIC and unicodedata.category(ch) in ("Nd", "Po", "Zs", "Pd"):
                return COMMON if unicodedata.category(ch) != "Nd" else ARABIC
            if name == CJK and unicodedata.category(ch).startswith(("P", "Z")):
                return CJK
            return name
    cat = unicodedata.category(ch)
    if cat[0] in "LM":
        if cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF:
            return LATIN
        match = _NAMED_SCRIPT.match(unicodedata.name(ch, ""))
        return match.group(1).title() if match else "Other"
    return COMMON


def is_rtl(text: str) -> bool:
    for ch in text:
        s = script_of(ch)
        if s in RTL_SCRIPTS:
            return True
        if s not in (COMMON,):
            return False
    return False


def scripts_in(text: str) -> set[str]:
    return {s for s in map(script_of, text) if s not in (COMMON,)}


def iter_scripts(texts: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for t in texts:
        out |= scripts_in(t)
    return out


__all__ = [
    "ARABIC",
    "CJK",
    "COMMON",
    "DEVANAGARI",
    "ETHIOPIC",
    "HEBREW",
    "LATIN",
    "RTL_SCRIPTS",
    "SHAPED_SCRIPTS",
    "is_rtl",
    "iter_scripts",
    "script_of",
    "scripts_in",
]
