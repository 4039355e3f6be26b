"""HarfBuzz shaping of one run of text in one font and one direction, for reportlab to draw.

Reportlab shapes whole words and guesses their direction; laying out a mixed-direction line
needs each run shaped in the direction the bidirectional algorithm gave it, so this module
calls HarfBuzz itself and returns glyphs in the form reportlab's text object writes
(:class:`~reportlab.pdfbase.ttfonts.ShapedStr`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont


@dataclass(frozen=True)
class Glyphs:
    """Glyphs of a run in drawing order (left to right) and their width in points."""

    text: str  # a ShapedStr for shaped TrueType runs, else the plain text
    width: float


@lru_cache(maxsize=20000)
def shape(font: str, size: float, text: str, rtl: bool) -> Glyphs:
    """Shape ``text`` with ``font`` at ``size`` points, right to left when ``rtl``."""
    ttf = pdfmetrics.getFont(font)
    if not text or not isinstance(ttf, TTFont) or not ttf.shapable:
        return Glyphs(text, pdfmetrics.stringWidth(text, font, size))
    hb_font = ttf.hbFont(size)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buf, {"kern": True, "liga": True})
    chars: list[str] = []
    data: list[ShapeData] = []
    advance = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        try:
            code = ttf.face.glyphToChar[gid][0]
        except (KeyError, IndexError):
            code = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
        x_advance = ttf.pdfScale(pos.x_advance)
        advance += x_advance
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                ttf.pdfScale(pos.y_advance),
                ttf.pdfScale(pos.x_offset),
                ttf.pdfScale(pos.y_offset),
                ttf.face.charWidths[code],
            )
        )
    return Glyphs(ShapedStr("".join(chars), shapeData=data), advance * size / 1000)


__all__ = ["Glyphs", "shape"]
