"""Which way a paragraph of a transcript reads, and quotes that keep their direction.

Transcribers start lines with a time mark and a speaker label: ``[00:16] P-030: جاءت الثقة…``.
The Unicode rule for a paragraph's direction (UAX #9 P2: its first strong letter) would make
that line left-to-right because of the ``P`` of the pseudonym, scrambling the Arabic and
left-aligning it. Here the direction comes from what is said: a leading time mark and speaker
label are skipped, then the first strong letter decides; a line with no letter of its own
(only marks or digits) follows the record's language. The time mark and the label still stand
at the *start* of the line, which is its right side when it reads right to left.

Quotes shown in lists (``display_quote``) are wrapped in a directional isolate (UAX #9 X5a–X5c)
of their own direction, so the quotation marks around an Arabic quote stay outside it instead
of landing in the middle (``”[00:16] P-030: جاءت ”``), whatever the direction of the list.
Pure Python: the editor, the lists and the exports share it.
"""

from __future__ import annotations

import re
import unicodedata

from fieldkit.storage.time_marks import MARK_RE

# Languages written right to left (ISO 639-1 / 639-2/3 codes, as stored on a record).
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "syr", "ug", "ur", "yi"}
)
# A leading time mark ([mm:ss] or [h:mm:ss]) and/or a speaker label of one to three words
# ending in a colon ("P-030:", "الباحثة:", "Head teacher:").
_MARK = MARK_RE.pattern
_LABEL = r"[^\s:\[\]]{1,40}(?: [^\s:\[\]]{1,40}){0,2}:(?:\s|$)"
_LEAD = re.compile(rf"^\s*(?:{_MARK}\s*)?(?:{_LABEL})?")
_LRI, _RLI, _PDI = "\u2066", "\u2067", "\u2069"


def language_is_rtl(language: str | None) -> bool:
    """True for a language code (``ar``, ``ar-MA``, ``fa_IR``) written right to left."""
    if not language:
        return False
    return re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0] in RTL_LANGUAGES


def first_strong(text: str) -> bool | None:
    """True if the first strong letter of ``text`` is right-to-left, False if left-to-right,
    None when it has none (only digits, punctuation, spaces)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return None


def paragraph_is_rtl(line: str, language: str | None = None) -> bool:
    """Whether ``line`` (one paragraph) reads right to left (see the module doc)."""
    lead = _LEAD.match(line)
    rest = line[lead.end() :] if lead else line
    said = first_strong(rest)
    if said is not None:
        return said
    label = first_strong(line)  # a label alone ("P-030:") on its line: the language decides
    if language_is_rtl(language) or label is None:
        return language_is_rtl(language)
    return label


def text_is_rtl(text: str, language: str | None = None) -> bool:
    """Whether a passage (one or more paragraphs) reads right to left: its first paragraph
    that has words of its own decides, else the language."""
    for line in text.split("\n"):
        lead = _LEAD.match(line)
        said = first_strong(line[lead.end() :] if lead else line)
        if said is not None:
            return said
    return language_is_rtl(language)


def isolate(text: str, language: str | None = None) -> str:
    """``text`` in a directional isolate of its own direction (for display in any context)."""
    return (_RLI if text_is_rtl(text, language) else _LRI) + text + _PDI


def display_quote(quote: str, language: str | None = None, *, limit: int | None = None) -> str:
    """A quote for a list: on one line, optionally cut at ``limit`` characters with an
    ellipsis, isolated in its own direction inside typographic quotation marks."""
    flat = " ".join(quote.split())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return "“" + isolate(flat, language) + "”"


__all__ = [
    "RTL_LANGUAGES",
    "display_quote",
    "first_strong",
    "isolate",
    "language_is_rtl",
    "paragraph_is_rtl",
    "text_is_rtl",
]
