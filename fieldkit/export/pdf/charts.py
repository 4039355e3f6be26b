"""The case's theme profile: a horizontal bar chart drawn as vectors."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from fieldkit.export.report_words import tr
from fieldkit.storage.models import Theme

BAR_HEIGHT = 11.0
BAR_GAP = 6.0


def theme_color(value: str) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor("#808080")


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def label_lines(text: str, font: str, size: float, width: float) -> tuple[list[str], bool]:
    """A bar label on at most two lines of ``width``; True when it had to be shortened."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    if len(lines) <= 2 and all(stringWidth(x, font, size) <= width for x in lines):
        return lines, False
    first = _fit(lines[0], font, size, width) if len(lines) > 1 else ""
    if first.endswith("…"):
        return [first], True
    rest = " ".join(lines[1:]) if first else lines[0]
    return [x for x in (first, _fit(rest, font, size, width)) if x], True


# Lays out a label the chart's font cannot draw (Arabic, Devanagari…: shaped, maybe right to
# left) as a paragraph: (text, anchor "end" or "middle") -> the paragraph, or None for a String.
LabelMaker = Callable[[str, str], Flowable | None]


def theme_profile_chart(
    rows: list[tuple[Theme, int]],
    *,
    width: float,
    font: str,
    bold_font: str,
    label: LabelMaker | None = None,
) -> tuple[Flowable, list[str]]:
    """One bar per theme (passages coded), in the theme's colour, largest first.

    Long theme names wrap onto two lines; a name that still does not fit is shortened and
    numbered ("[1]"); the full names of those come back, in order, for a legend. Names and the
    axis title that ``label`` lays out as paragraphs (complex scripts) are drawn over the
    chart, shaped and with a text layer, instead of as plain strings.
    """
    rows = sorted(rows, key=lambda r: (-r[1], r[0].name.lower()))
    size = 8.5
    make = label or (lambda _text, _anchor: None)
    paras = {t.id: make(t.name, "end") for t, _ in rows}
    label_w = min(
        width * 0.34,
        max(
            (stringWidth(t.name, font, size) if paras[t.id] is None else width for t, _ in rows),
            default=40,
        )
        + 14,
    )
    labels: list[list[str]] = []
    legend: list[str] = []
    overlays: list[tuple[float, float, Flowable]] = []  # (right or centre x, baseline, para)
    for theme, _n in rows:
        para = paras[theme.id]
        if para is not None:  # as many lines as the paragraph takes (two at most fit)
            _w, h = para.wrap(label_w - 8, 1000)
            labels.append([theme.name] * min(2, max(1, round(h / para.style.leading))))
            continue
        lines, short = label_lines(theme.name, font, size, label_w - 8)
        if short:  # shorten a little more, to make room for the "[n]" mark
            lines, short = label_lines(theme.name, font, size, label_w - 8 - 22)
            legend.append(theme.name)
            lines[-1] += f" [{len(legend)}]"
        labels.append(lines)
    pitch = BAR_HEIGHT + BAR_GAP + (size + 1 if any(len(x) > 1 for x in labels) else 0)
    top_pad, bottom_pad = 6.0, 22.0
    height = top_pad + bottom_pad + len(rows) * pitch
    d = Drawing(width, height)
    plot_x = label_w
    plot_w = width - label_w - 30
    peak = max((n for _, n in rows), default=1) or 1
    step = _nice_step(peak)
    axis_max = step * -(-peak // step)
    scale = plot_w / axis_max
    grid_top = height - top_pad
    # grid lines and axis labels
    tick = 0
    while tick <= axis_max:
        x = plot_x + tick * scale
        d.add(
            Line(
                x, bottom_pad, x, grid_top, strokeColor=colors.HexColor("#DDDDDD"), strokeWidth=0.5
            )
        )
        d.add(
            String(
                x,
                bottom_pad - 11,
                str(tick),
                fontName=font,
                fontSize=7.5,
                fillColor=colors.HexColor("#555555"),
                textAnchor="middle",
            )
        )
        tick += step
    axis = tr("coded passages")
    axis_para = make(axis, "middle")
    if axis_para is not None:
        overlays.append((plot_x + plot_w / 2, 2, axis_para))
    else:
        d.add(
            String(
                plot_x + plot_w / 2,
                2,
                axis,
                fontName=font,
                fontSize=7.5,
                fillColor=colors.HexColor("#555555"),
                textAnchor="middle",
            )
        )
    for i, (theme, n) in enumerate(rows):
        y = grid_top - (i + 1) * pitch + (pitch - BAR_HEIGHT) / 2
        lines = labels[i]
        first_y = y + 2.5 + (size + 1) / 2 * (len(lines) - 1)
        para = paras[theme.id]
        if para is not None:
            overlays.append((plot_x - 6, first_y, para))
            lines = []
        for k, line in enumerate(lines):
            d.add(
                String(
                    plot_x - 6,
                    first_y - k * (size + 1),
                    line,
                    fontName=font,
                    fontSize=size,
                    textAnchor="end",
                )
            )
        if n:
            d.add(
                Rect(
                    plot_x,
                    y,
                    n * scale,
                    BAR_HEIGHT,
                    fillColor=theme_color(theme.color),
                    strokeColor=None,
                )
            )
        d.add(String(plot_x + n * scale + 4, y + 2.5, str(n), fontName=bold_font, fontSize=size))
    d.add(
        Line(
            plot_x,
            bottom_pad,
            plot_x,
            grid_top,
            strokeColor=colors.HexColor("#888888"),
            strokeWidth=0.8,
        )
    )
    return (LabelledChart(d, overlays) if overlays else d), legend


class LabelledChart(Flowable):
    """A chart drawing with paragraphs laid over it: each placed by its right edge (theme
    names) or its centre (the axis title) and the baseline of its first line."""

    def __init__(self, drawing: Drawing, labels: list[tuple[float, float, Flowable]]) -> None:
        super().__init__()
        self.drawing = drawing
        self.labels = labels
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        for x, baseline, para in self.labels:
            w, h = para.wrap(para.width or self.width, self.height)
            style = para.style
            ascent = getAscentDescent(style.fontName, style.fontSize)[0]
            left = x - w if style.alignment == TA_RIGHT else x - w / 2
            para.drawOn(self.canv, left, baseline - (h - ascent) if h else baseline)


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak / step <= 6:
            return step
    return 10_000
