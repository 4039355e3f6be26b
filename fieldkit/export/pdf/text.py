"""Paragraph styles, and paragraphs whose text may be in any script."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from fieldkit.export.consent_text import NO_REDACTION, Redactor
from fieldkit.export.pdf.fonts import FontLibrary, markup
from fieldkit.export.pdf.layout import ACCENT, MUTED, Heading


def make_styles(lib: FontLibrary) -> dict[str, ParagraphStyle]:
    body, bold, italic = lib.body, lib.bold, lib.italic
    s: dict[str, ParagraphStyle] = {}
    s["body"] = ParagraphStyle("body", fontName=body, fontSize=10, leading=14.5, spaceAfter=6)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=8.5, leading=11.5, spaceAfter=0)
    s["cell"] = ParagraphStyle("cell", parent=s["body"], fontSize=9, leading=12, spaceAfter=0)
    s["cell_key"] = ParagraphStyle("cell_key", parent=s["cell"], fontName=bold, textColor=MUTED)
    s["cell_head"] = ParagraphStyle(
        "cell_head", parent=s["cell"], fontName=bold, textColor=colors.white
    )
    s["h1"] = ParagraphStyle(
        "h1", fontName=bold, fontSize=17, leading=22, textColor=ACCENT, spaceBefore=4, spaceAfter=10
    )
    s["h2"] = ParagraphStyle(
        "h2",
        fontName=bold,
        fontSize=12.5,
        leading=16,
        textColor=ACCENT,
        spaceBefore=12,
        spaceAfter=5,
    )
    s["h3"] = ParagraphStyle(
        "h3", fontName=bold, fontSize=10.5, leading=14, spaceBefore=9, spaceAfter=2
    )
    s["meta"] = ParagraphStyle(
        "meta", parent=s["body"], fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=3
    )
    s["quote"] = ParagraphStyle(
        "quote",
        parent=s["body"],
        fontSize=10,
        leading=14.5,
        leftIndent=14,
        rightIndent=8,
        spaceAfter=2,
    )
    s["source"] = ParagraphStyle(
        "source", parent=s["meta"], leftIndent=14, spaceAfter=10, fontName=italic
    )
    s["note"] = ParagraphStyle(
        "note",
        parent=s["body"],
        fontSize=9,
        leading=13,
        textColor=colors.HexColor("#333333"),
        backColor=colors.HexColor("#F1F4F8"),
        borderPadding=(6, 8, 6, 8),
        spaceBefore=6,
        spaceAfter=12,
    )
    s["cover_title"] = ParagraphStyle(
        "cover_title", fontName=bold, fontSize=28, leading=34, textColor=ACCENT, spaceAfter=14
    )
    s["cover_kicker"] = ParagraphStyle(
        "cover_kicker", fontName=bold, fontSize=11, leading=14, textColor=MUTED, spaceAfter=6
    )
    s["cover_line"] = ParagraphStyle(
        "cover_line", fontName=body, fontSize=12, leading=17, spaceAfter=2
    )
    s["toc0"] = ParagraphStyle("toc0", fontName=bold, fontSize=10.5, leading=13)
    s["toc1"] = ParagraphStyle("toc1", fontName=body, fontSize=9, leading=11, textColor=MUTED)
    s["header"] = ParagraphStyle("header", fontName=body, fontSize=8, leading=10, textColor=MUTED)
    s["caption"] = ParagraphStyle("caption", parent=s["meta"], fontName=italic, spaceBefore=3)
    return s


@dataclass
class TextMaker:
    """Makes paragraphs from plain text in any script and remembers what could not print."""

    lib: FontLibrary
    styles: dict[str, ParagraphStyle]
    font_warnings: list[str] = field(default_factory=list)
    redact: re.Pattern[str] | None = None  # anonymised exports: names and places to hide
    consent: Redactor = NO_REDACTION  # every export: what the consent policy hides
    _labels: dict[str, str] = field(default_factory=dict)
    _variants: dict[tuple[str, bool, bool, bool], ParagraphStyle] = field(default_factory=dict)

    def set_redactions(self, names: list[str], places: list[str]) -> None:
        """Replace these words wherever they occur in printed text ("[name]", "[place]")."""
        self._labels = {w.strip(): "[name]" for w in names if len(w.strip()) >= 3}
        self._labels.update({w.strip(): "[place]" for w in places if len(w.strip()) >= 3})
        if self._labels:
            words = sorted(self._labels, key=len, reverse=True)
            alternatives = "|".join(re.escape(w) for w in words)
            self.redact = re.compile(rf"(?<!\w)({alternatives})(?!\w)")

    def scrub(self, text: str) -> str:
        text = self.consent.text(text)
        if self.redact is None:
            return text
        return self.redact.sub(lambda m: self._labels[m.group(0)], text)

    def para(self, text: str, style: str, *, where: str = "") -> Paragraph:
        """A paragraph of plain ``text`` (escaped, any script)."""
        xml, pstyle = self._prepare(text, style, where)
        return Paragraph(xml, pstyle)

    def heading(self, text: str, style: str, *, level: int, key: str, where: str = "") -> Heading:
        """A heading that is also a bookmark and a contents entry."""
        xml, pstyle = self._prepare(text, style, where)
        toc_xml, toc_style = self._prepare(text, f"toc{min(level, 1)}", where)
        toc = Paragraph(toc_xml, toc_style)
        return Heading(xml, pstyle, level=level, title=self.scrub(text), key=key, toc_title=toc)

    def _prepare(self, text: str, style: str, where: str) -> tuple[str, ParagraphStyle]:
        base = self.styles[style]
        m = markup(self.lib, self.scrub(text), base=base.fontName)
        for script in sorted(m.missing):
            place = self.scrub(where) if where else "the report"
            msg = f"{script} text in {place} could not be rendered: no font found"
            if msg not in self.font_warnings:
                self.font_warnings.append(msg)
        return m.xml, self._variant(base, m.rtl, m.shaping, m.cjk)

    def _variant(self, base: ParagraphStyle, rtl: bool, shaping: bool, cjk: bool) -> ParagraphStyle:
        if not (rtl or shaping or cjk):
            return base
        key = (base.name, rtl, shaping, cjk)
        style = self._variants.get(key)
        if style is None:
            style = ParagraphStyle(f"{base.name}-{rtl:d}{shaping:d}{cjk:d}", parent=base)
            style.shaping = 1 if shaping else 0
            if rtl:
                style.wordWrap = "RTL"
                if base.alignment == TA_LEFT:
                    style.alignment = TA_RIGHT
            elif cjk:
                style.wordWrap = "CJK"
            self._variants[key] = style
        return style
