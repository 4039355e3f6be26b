"""Reportlab paragraph markup for plain text: one ``<font>`` per script run, and bidi glue.

Body text in complex or right-to-left scripts is drawn by
:class:`~fieldkit.export.pdf.script_paragraph.ScriptParagraph`; this markup serves headings and
contents entries, where reportlab's ``wordWrap="RTL"`` draws the words of a line right to left
while HarfBuzz orders the letters inside each word, and runs of the other direction are glued
with no-break spaces so they keep their order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from fieldkit.export.pdf.font_library import FontLibrary
from fieldkit.export.pdf.scripts import CJK, COMMON, RTL_SCRIPTS, SHAPED_SCRIPTS, is_rtl, script_of

_ARABIC_DIGITS = re.compile(r"[\u0660-\u0669\u06F0-\u06F9]+")
_NBSP = "\u00a0"
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True)
class Markup:
    """A paragraph's text as reportlab markup plus how to lay it out."""

    xml: str
    rtl: bool
    shaping: bool
    cjk: bool
    missing: frozenset[str]  # scripts no font could render


def _glue(text: str, rtl: bool) -> str:
    """Join words of the other direction with no-break spaces so they stay in order."""
    words = text.split(" ")
    if len(words) < 2:
        return text
    out: list[str] = [words[0]]
    prev = _direction(words[0])
    for word in words[1:]:
        d = _direction(word)
        other = "ltr" if rtl else "rtl"
        if d == other and prev == other:
            out[-1] += _NBSP + word
        else:
            out.append(word)
        if d != "neutral":
            prev = d
    return " ".join(out)


def _direction(word: str) -> str:
    for ch in word:
        s = script_of(ch)
        if s in RTL_SCRIPTS:
            return "rtl"
        if s != COMMON:
            return "ltr"
    return "neutral"


def markup(lib: FontLibrary, text: str, *, base: str | None = None) -> Markup:
    """Reportlab paragraph markup for plain ``text`` with one ``<font>`` per script run."""
    rtl = is_rtl(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _RTL_CHARS.search(text):
        text = "\n".join(_glue(line, rtl) for line in text.split("\n"))
        # HarfBuzz lays Arabic-Indic digits out right to left; pre-reverse them so they read
        # in their proper (left-to-right) order.
        text = _ARABIC_DIGITS.sub(lambda m: m.group(0)[::-1], text)
    runs = lib.runs(text, base)
    parts: list[str] = []
    missing: set[str] = set()
    shaping = False
    cjk = False
    for run in runs:
        body = escape(run.text).replace("\n", "<br/>")
        if run.font is None:
            missing.add(run.script if run.script != COMMON else "Other")
            parts.append(body)
            continue
        if run.script in SHAPED_SCRIPTS:
            shaping = True
        if run.script == CJK:
            cjk = True
        if run.font == (base or lib.body):
            parts.append(body)
        else:
            parts.append(f'<font name="{run.font}">{body}</font>')
    return Markup("".join(parts), rtl, shaping, cjk and not shaping, frozenset(missing))


__all__ = ["Markup", "markup"]
