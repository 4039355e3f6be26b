"""The theme profile, quotes and codebook sections of the case-study PDF."""

from __future__ import annotations

from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from fieldkit.export.consent import WithheldReport
from fieldkit.export.pdf.case_build import CaseBuild, grid_table
from fieldkit.export.pdf.charts import theme_color, theme_profile_chart
from fieldkit.export.pdf.layout import FRAME_W
from fieldkit.export.pdf.mirrored_table import report_table
from fieldkit.export.pdf.script_paragraph import ScriptParagraph
from fieldkit.export.report_words import tr, trn


def add_theme_profile(b: CaseBuild) -> None:
    d = b.data
    b.heading(tr("Theme profile"), "theme-profile")
    rows = [
        (t, b.quotes.counts.get(t.id, 0))
        for t, _ in d.themes
        if t.id in d.selected_themes and b.quotes.counts.get(t.id, 0) > 0
    ]
    if not rows:
        b.story.append(b.p(tr("No passages of this case have been coded yet.")))
        return
    total = sum(n for _, n in rows)
    b.story.append(b.p(_chart_sentence(b, total, len(rows))))
    lib = b.text.lib
    chart, legend = theme_profile_chart(
        rows, width=FRAME_W, font=lib.body, bold_font=lib.bold, label=partial(_chart_label, b)
    )
    parts = [chart]
    if legend:
        names = "; ".join(f"[{n}] {name}" for n, name in enumerate(legend, 1))
        parts.append(b.p(tr("Shortened names: {names}.", names=names), "meta"))
    # The heading, its sentence and the chart go on one page: a chart alone at the top of a page
    # after an orphaned heading reads as a mistake.
    heading, sentence = b.story[-2:]
    b.story[-2:] = [KeepTogether([heading, sentence, *parts])]


def add_quotes(b: CaseBuild) -> None:
    b.story.append(PageBreakIfNotEmpty())
    b.heading(tr("Key quotes by theme"), "quotes")
    b.story.append(
        b.p(
            tr(
                "Passages starred by the research team are shown first (★); the other passages "
                "are the longest coded for each theme. Each quote gives its source."
            )
        )
    )
    b.story.append(b.p(_quotes_note(b), "note"))
    if not b.quotes.by_theme:
        b.story.append(b.p(tr("No passages can be quoted for this case.")))
    for n, tq in enumerate(b.quotes.by_theme, 1):
        theme = tq.theme
        head = b.text.heading(
            theme.name, "h2", level=1, key=f"theme-{n}", where=f"theme {theme.name!r}"
        )
        b.story.append(CondPageBreak(4 * cm))
        b.story.append(head)
        for q in tq.quotes:
            text = f"★ {q.text}" if q.starred else q.text
            body = b.text.para(text, "quote", where=q.record, lang=q.language)
            box = report_table([[[body, b.p(q.source, "source")]]], [FRAME_W - 0.6 * cm])
            box.hAlign = "LEFT" if box.rtl else "RIGHT"  # indented on the reading side
            box.setStyle(
                TableStyle(
                    [
                        ("LINEBEFORE", (0, 0), (0, 0), 2.2, theme_color(theme.color)),
                        ("LEFTPADDING", (0, 0), (0, 0), 9),
                        ("TOPPADDING", (0, 0), (0, 0), 1),
                        ("BOTTOMPADDING", (0, 0), (0, 0), 1),
                    ]
                )
            )
            b.story.append(box)
            b.story.append(Spacer(1, 9))


def add_codebook(b: CaseBuild) -> None:
    d = b.data
    b.story.append(PageBreakIfNotEmpty())
    b.heading(tr("Appendix: codebook"), "codebook")
    b.story.append(
        b.p(
            tr(
                "The study's themes with their descriptions; the last column counts this case's "
                "coded passages (after consent rules)."
            )
        )
    )
    head = ["", tr("Theme"), tr("Description"), tr("Passages")]
    rows: list[list[Any]] = [["", *(b.p(h, "cell_head") for h in head[1:])]]
    swatches: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 0),
    ]
    for theme, depth in d.themes:
        if theme.id not in d.selected_themes or theme.archived:
            continue
        name = b.text.para(theme.name, _indented(b, depth), where=f"theme {theme.name!r}")
        rows.append(
            [
                "",
                name,
                b.p(theme.description or "—", "cell", where=f"theme {theme.name!r}"),
                b.p(str(b.quotes.counts.get(theme.id, 0)), "cell"),
            ]
        )
        r = len(rows) - 1
        swatches.append(("BACKGROUND", (0, r), (0, r), theme_color(theme.color)))
    w = FRAME_W
    t = grid_table(rows, [0.3 * cm, 0.3 * w, w - 0.3 * w - 0.3 * cm - 2.0 * cm, 2.0 * cm])
    t.setStyle(TableStyle(swatches))
    b.story.append(t)


def _chart_label(b: CaseBuild, text: str, anchor: str) -> Flowable | None:
    """A chart label in a script the chart's strings cannot draw (Arabic, Devanagari…), laid
    out as a shaped paragraph; None for the others."""
    name = f"chart-{anchor}"
    if name not in b.text.styles:
        base = b.text.styles["meta"]
        b.text.styles[name] = ParagraphStyle(
            name,
            parent=base,
            fontSize=8.5 if anchor == "end" else 7.5,
            leading=9.5,
            textColor=colors.black if anchor == "end" else base.textColor,
            alignment=TA_RIGHT if anchor == "end" else TA_CENTER,
            spaceBefore=0,
            spaceAfter=0,
        )
    para = b.text.para(text, name, where="the theme profile chart")
    if not isinstance(para, ScriptParagraph):
        return None
    para.mirror_alignment = False  # placed by its right edge or centre, whatever its direction
    return para


def _chart_sentence(b: CaseBuild, total: int, themes: int) -> str:
    """What the chart counts, in the same numbers as the "withheld" report."""
    w = b.withheld
    said = [
        trn(
            "Coded passages per theme in the interviews and observations shown in this report "
            "({total} in all, {n} theme).",
            "Coded passages per theme in the interviews and observations shown in this report "
            "({total} in all, {n} themes).",
            themes,
            total=total,
        )
    ]
    if w.restricted_total:
        said.append(
            trn(
                "The count includes the {n} passage whose words are not quoted because consent "
                "does not allow quotes.",
                "The count includes the {n} passages whose words are not quoted because consent "
                "does not allow quotes.",
                w.restricted_total,
            )
        )
    if w.records or w.observations:
        said.append(_left_out_sentence(w))
    return " ".join(said)


def _left_out_sentence(w: WithheldReport) -> str:
    """The chart's sentence on the interviews and observations left out for consent."""
    held = [trn("{n} interview", "{n} interviews", w.records)] if w.records else []
    if w.observations:
        held.append(trn("{n} observation", "{n} observations", w.observations))
    what = held[0] if len(held) == 1 else tr("{first} and {second}", first=held[0], second=held[1])
    if not w.passages:
        return tr(
            "The {what} left out for consent (pending or withdrawn) had no coded passages.",
            what=what,
        )
    return trn(
        "The {n} passage of the {what} left out for consent (pending or withdrawn) is not counted.",
        "The {n} passages of the {what} left out for consent (pending or withdrawn) are not "
        "counted.",
        w.passages,
        what=what,
    )


def _quotes_note(b: CaseBuild) -> str:
    w = b.withheld
    if not w.restricted_total and not w.participants:
        return tr("No passage was held back for reasons of consent.")
    said = []
    if w.restricted_line():
        said.append(f"{w.restricted_line()}.")
    if w.withheld_line():
        said.append(tr("Withheld: {what}.", what=w.withheld_line()))
    return " ".join(said)


def _indented(b: CaseBuild, depth: int) -> str:
    name = f"cell-d{depth}"
    if name not in b.text.styles:
        base = b.text.styles["cell"]
        b.text.styles[name] = (
            ParagraphStyle(name, parent=base, fontName=b.text.lib.bold)
            if depth == 0
            else ParagraphStyle(name, parent=base, leftIndent=10 * depth)
        )
    return name


__all__ = ["add_codebook", "add_quotes", "add_theme_profile"]
