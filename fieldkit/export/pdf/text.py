"""Paragraph styles, and paragraphs whose text may be in any script."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from fieldkit.errors import phrase
from fieldkit.export.consent_text import NO_REDACTION
from fieldkit.export.consent_text import Redactor as ConsentRedactor
from fieldkit.export.pdf.fonts import FontLibrary, Markup, markup
from fieldkit.export.pdf.layout import ACCENT, MUTED, Heading, ScriptHeading
from fieldkit.export.pdf.script_paragraph import ScriptParagraph
from fieldkit.storage.name_matching import Redactor

_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


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
    # Anonymised editions: names and places to hide. The case's data is redacted before the
    # story is built (``case_redaction``); this catches any text made some other way.
    redactor: Redactor | None = None
    # Every export: the names and codes the consent policy hides (consent_text.py).
    consent: ConsentRedactor = NO_REDACTION
    _variants: dict[tuple[str, bool, bool, bool], ParagraphStyle] = field(default_factory=dict)

    def scrub(self, text: str) -> str:
        """``text`` with what consent hides, and an anonymised edition's names and places,
        replaced."""
        text = self.consent.text(text)
        if self.redactor is None:
            return text
        return self.redactor.scrub(text, count=False)

    def para(self, text: str, style: str, *, where: str = "", lang: str | None = None) -> Flowable:
        """A paragraph of plain ``text`` (escaped, any script).

        Text in a complex or right-to-left script is laid out by :class:`ScriptParagraph`
        (bidirectional order, a text layer that reads back, ``lang`` marked on it); other
        text by reportlab.
        """
        text = self.scrub(text)
        if self._complex(text, style, where):
            base = self.styles[style]
            runs = partial(self.lib.runs, base=base.fontName)
            return ScriptParagraph(text, base, runs, lang=lang)
        m = self._markup(text, style, where)
        return Paragraph(m.xml, self._variant(self.styles[style], m.rtl, m.shaping, m.cjk))

    def _complex(self, text: str, style: str, where: str) -> bool:
        """Text that needs shaping or right-to-left order (and has fonts): ScriptParagraph."""
        if not _RTL_CHARS.search(text) and max(text, default=" ") < "\u0900":
            return False
        m = self._markup(text, style, where)
        return (m.rtl or m.shaping or bool(_RTL_CHARS.search(text))) and not m.missing

    def heading(
        self, text: str, style: str, *, level: int, key: str, where: str = ""
    ) -> Heading | ScriptHeading:
        """A heading that is also a bookmark and a contents entry."""
        clean = self.scrub(text)
        if self._complex(clean, style, where):
            base = self.styles[style]
            toc_style = self.styles[f"toc{min(level, 1)}"]
            toc_entry = ScriptParagraph(
                clean,
                toc_style,
                partial(self.lib.runs, base=toc_style.fontName),
                mirror_alignment=False,
            )
            runs = partial(self.lib.runs, base=base.fontName)
            return ScriptHeading(
                clean, base, runs, level=level, title=clean, key=key, toc_title=toc_entry
            )
        xml, pstyle = self._prepare(text, style, where)
        toc_xml, toc_style = self._prepare(text, f"toc{min(level, 1)}", where)
        toc = Paragraph(toc_xml, toc_style)
        title = self.scrub(text)  # the bookmark
        return Heading(xml, pstyle, level=level, title=title, key=key, toc_title=toc)

    def _prepare(self, text: str, style: str, where: str) -> tuple[str, ParagraphStyle]:
        m = self._markup(self.scrub(text), style, where)
        return m.xml, self._variant(self.styles[style], m.rtl, m.shaping, m.cjk)

    def _markup(self, text: str, style: str, where: str) -> Markup:
        m = markup(self.lib, text, base=self.styles[style].fontName)
        for script in sorted(m.missing):
            place = self.scrub(where) if where else "the report"
            msg = phrase(
                "{script} text in {place} could not be rendered: no font found",
                script=script,
                place=place,
            )
            if msg not in self.font_warnings:
                self.font_warnings.append(msg)
        return m

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
