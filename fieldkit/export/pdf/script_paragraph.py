"""A paragraph for text in complex or right-to-left scripts, with a text layer that reads back.

Reportlab's own paragraphs shape word by word and write the shaped glyphs only, so copying
Hindi or Arabic from the PDF gives glyph soup, and right-to-left lines with Latin words or
digits come out in the wrong order. This flowable lays such text out itself:

* lines are broken on the logical text (words measured with HarfBuzz);
* each line is cut into runs of one font and one bidirectional level (UAX #9, via
  :mod:`~fieldkit.export.pdf.bidi_order`), reordered for display (rule L2) and shaped in its
  own direction, so "45 طالبا WhatsApp." reads right and the full stop ends the sentence;
* each hard line (a bidi paragraph) takes its direction from its words, as the editor does
  (:mod:`fieldkit.storage.text_direction`): a transcript turn "[00:16] P-030: جاءت…" reads
  right to left although its speaker label comes first, and is right-aligned;
* every run of a complex script is wrapped in PDF marked content carrying ``/ActualText`` (its
  characters), so ``pdftotext``, search, copy-paste and screen readers get the text as typed,
  not the glyphs. A ToUnicode map cannot do this: one glyph may stand for several characters
  (conjuncts, lam-alef), several glyphs for one, and Devanagari vowel signs are drawn before
  the consonant they follow. A right-to-left run's ActualText lists its characters in the
  order they stand on the page (as plain right-to-left PDF text is stored): extractors spread
  a span's characters left to right over its box and then apply their own bidi reordering, so
  this is the form that comes back in logical order (checked with poppler's ``pdftotext``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from fieldkit.export.pdf.bidi_order import (
    line_levels,
    resolve_levels,
    visual_order,
)
from fieldkit.export.pdf.font_library import Run
from fieldkit.export.pdf.scripts import RTL_SCRIPTS, SHAPED_SCRIPTS
from fieldkit.export.pdf.shaping import shape
from fieldkit.storage.text_direction import paragraph_is_rtl, text_is_rtl

RunsOf = Callable[[str], list[Run]]


@dataclass(frozen=True)
class _Block:
    """One hard line of the text (a bidi paragraph) with its levels and fonts per character."""

    text: str
    base: int  # the paragraph's direction: 0 left to right, 1 right to left
    levels: list[int]
    fonts: list[str]
    complex: list[bool]  # the character belongs to a script that is shaped or right to left


@dataclass(frozen=True)
class _Line:
    block: int
    start: int
    end: int
    width: float


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    font: str
    level: int


def actual_text_begin(text: str) -> str:
    """The PDF operator that starts marked content whose text is ``text``."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


class ScriptParagraph(Flowable):
    """A plain-text paragraph in any mix of scripts and directions (see the module doc)."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        runs_of: RunsOf,
        *,
        lang: str | None = None,
        mirror_alignment: bool = True,
        _blocks: list[_Block] | None = None,
        _lines: list[_Line] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._runs_of = runs_of
        self.lang = lang  # BCP 47 tag of the text's language, marked in the PDF when known
        # Right-to-left text is right-aligned unless told to keep the style's alignment
        # (contents entries line up with their dots and page numbers).
        self.mirror_alignment = mirror_alignment
        self.rtl = text_is_rtl(_unmarked(text), lang) if text else False
        self._blocks = _blocks if _blocks is not None else self._make_blocks(text)
        self._lines = _lines
        self._wrapped_for: float | None = None
        self.width = self.height = 0.0

    # --- reportlab's flowable protocol -----------------------------------------------------
    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self._lines is None or self._wrapped_for != aw:
            self._lines = self._break(aw - self.style.leftIndent - self.style.rightIndent)
            self._wrapped_for = aw
        self.width = aw
        self.height = len(self._lines) * self.style.leading
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        assert self._lines is not None
        fit = int(ah // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        keep, rest = self._lines[:fit], self._lines[fit:]
        first, second = (
            ScriptParagraph(
                self.text,
                self.style,
                self._runs_of,
                lang=self.lang,
                mirror_alignment=self.mirror_alignment,
                _blocks=self._blocks,
            )
            for _ in range(2)
        )
        first._lines, second._lines = keep, rest
        first._wrapped_for = second._wrapped_for = aw
        first.rtl = second.rtl = self.rtl
        return [first, second]

    def getActualLineWidths0(self) -> list[float]:
        """The width of each line, as reportlab's paragraphs report it (for contents dots)."""
        return [line.width for line in self._lines or []]

    def draw(self) -> None:
        assert self._lines is not None
        style = self.style
        canv = self.canv
        if style.backColor is not None:
            pad = style.borderPadding
            top, right, bottom, left = pad if isinstance(pad, (tuple, list)) else (pad,) * 4
            canv.saveState()
            canv.setFillColor(style.backColor)
            canv.rect(
                -left,
                -bottom,
                self.width + left + right,
                self.height + top + bottom,
                stroke=0,
                fill=1,
            )
            canv.restoreState()
        tx = canv.beginText()
        tx.setFillColor(style.textColor)
        # First baseline where reportlab puts it: the style font's ascent below the top.
        y = self.height - getAscentDescent(style.fontName, style.fontSize)[0]
        if self.lang:
            tx._code.append(f"/Span <</Lang {_pdf_string(self.lang)}>> BDC")
        for line in self._lines:
            self._draw_line(tx, line, y)
            y -= style.leading
        if self.lang:
            tx._code.append("EMC")
        canv.drawText(tx)

    # --- layout -------------------------------------------------------------------------------
    def _make_blocks(self, text: str) -> list[_Block]:
        blocks = []
        for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            line = " ".join(raw.split())
            # Each paragraph reads the way its words do, as in the editor: a leading "[mm:ss]"
            # and speaker label ("P-030:") do not make an Arabic turn left to right.
            base = int(paragraph_is_rtl(_unmarked(line), self.lang)) if line else int(self.rtl)
            fonts: list[str] = []
            complex_: list[bool] = []
            for run in self._runs_of(line) if line else []:
                is_complex = run.script in SHAPED_SCRIPTS or run.script in RTL_SCRIPTS
                fonts += [run.font or self.style.fontName] * len(run.text)
                complex_ += [is_complex] * len(run.text)
            blocks.append(_Block(line, base, resolve_levels(line, base), fonts, complex_))
        return blocks

    @staticmethod
    def _pieces(fonts: list[str], levels: list[int]) -> list[_Piece]:
        """Runs of one font and one level, as offsets into the slice given."""
        pieces: list[_Piece] = []
        s = 0
        for i in range(1, len(fonts) + 1):
            if i == len(fonts) or fonts[i] != fonts[s] or levels[i] != levels[s]:
                pieces.append(_Piece(s, i, fonts[s], levels[s]))
                s = i
        return pieces

    def _width(self, block: _Block, start: int, end: int) -> float:
        size = self.style.fontSize
        pieces = self._pieces(block.fonts[start:end], block.levels[start:end])
        text = block.text[start:end]
        return sum(
            shape(p.font, size, text[p.start : p.end], bool(p.level % 2)).width for p in pieces
        )

    def _break(self, avail: float) -> list[_Line]:
        lines: list[_Line] = []
        for b, block in enumerate(self._blocks):
            words = _word_spans(block.text)
            if not words:
                lines.append(_Line(b, 0, 0, 0.0))
                continue
            start, end, width = words[0][0], words[0][1], self._width(block, *words[0])
            for ws, we in words[1:]:
                w = self._width(block, end, we)  # the space before the word and the word
                if width + w <= avail:
                    end, width = we, width + w
                    continue
                lines += self._long(b, block, start, end, width, avail)
                start, end, width = ws, we, self._width(block, ws, we)
            lines += self._long(b, block, start, end, width, avail)
        return lines

    def _long(
        self, b: int, block: _Block, start: int, end: int, width: float, avail: float
    ) -> list[_Line]:
        """The line, or pieces of it when one word alone is wider than the column."""
        if width <= avail or end - start < 2:
            return [_Line(b, start, end, width)]
        out: list[_Line] = []
        s = start
        for i in range(start + 1, end + 1):
            if i < end and _joins_previous(block.text[i]):
                continue
            if i == end or self._width(block, s, i + 1) > avail:
                out.append(_Line(b, s, i, self._width(block, s, i)))
                s = i
        return out

    def _draw_line(self, tx: PDFTextObject, line: _Line, y: float) -> None:
        style = self.style
        block = self._blocks[line.block]
        base = block.base
        text = block.text[line.start : line.end]
        levels = line_levels(text, block.levels[line.start : line.end], base)
        pieces = self._pieces(block.fonts[line.start : line.end], levels)
        shaped = [
            # HarfBuzz mirrors brackets itself in right-to-left runs (rule L4).
            shape(p.font, style.fontSize, text[p.start : p.end], bool(p.level % 2))
            for p in pieces
        ]
        total = sum(g.width for g in shaped)
        avail = self.width - style.leftIndent - style.rightIndent
        align = style.alignment
        if base and self.mirror_alignment and align in (TA_LEFT, TA_JUSTIFY):
            align = TA_RIGHT
        x = style.leftIndent
        if align == TA_RIGHT:
            x += avail - total
        elif align == TA_CENTER:
            x += (avail - total) / 2
        # Positions come from the visual order; the runs are written in logical order, so
        # extractors that follow the content stream read the text as typed.
        xs = [0.0] * len(pieces)
        for k in visual_order([p.level for p in pieces]):
            xs[k] = x
            x += shaped[k].width
        for p, g, px in zip(pieces, shaped, xs, strict=True):
            tx.setFont(p.font, style.fontSize, style.leading)
            original = text[p.start : p.end]
            marked = any(block.complex[line.start + p.start : line.start + p.end])
            tx.setTextOrigin(px, y)
            if marked:
                tx._code.append(actual_text_begin(_visual(original) if p.level % 2 else original))
            _text_out(tx, g.text)
            if marked:
                tx._code.append("EMC")


def _unmarked(text: str) -> str:
    """``text`` without the marks a report sets before a quote (the star of a passage the
    team starred), which are no part of what is said."""
    return text.lstrip("★☆ ")


def _visual(text: str) -> str:
    """A right-to-left run's characters as they stand on the page, left to right: letters
    reversed, each keeping its vowel marks after it."""
    clusters: list[str] = []
    for ch in text:
        if clusters and unicodedata.category(ch).startswith("M"):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return "".join(reversed(clusters))


def _pdf_string(text: str) -> str:
    """A language tag as a PDF literal string (tags are ASCII letters, digits and hyphens)."""
    return "(" + "".join(c for c in text if c.isascii() and (c.isalnum() or c == "-")) + ")"


def _text_out(tx: PDFTextObject, text: str) -> None:
    """Write ``text`` at the text origin.

    Reportlab cannot start a shaped string with a raised glyph (a vowel mark) unless the
    string also starts with a font switch, so one is forced then.
    """
    data = getattr(text, "__shapeData__", None)
    if data and data[0].y_offset:
        tx._curSubset = -1
    tx._textOut(text)


def _word_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for part in text.split(" "):
        if part:
            spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans


def _joins_previous(ch: str) -> bool:
    """Combining marks and joiners stay with the letter before them when a word is cut."""
    return unicodedata.category(ch).startswith("M") or ch in "\u200c\u200d\u094d"


__all__ = ["ScriptParagraph", "actual_text_begin"]
