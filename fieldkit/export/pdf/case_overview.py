"""The executive summary page: key numbers, the leading themes, the lead's own summary."""

from __future__ import annotations

import re
from collections import defaultdict

from reportlab.lib.units import cm
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from fieldkit.export.consent import ConsentPolicy
from fieldkit.export.pdf.case_build import CaseBuild, grid_table, split_paragraphs
from fieldkit.export.pdf.case_cover import period_text
from fieldkit.export.pdf.layout import FRAME_W
from fieldkit.export.report_words import tr, trn

TOP_THEMES = 5
_SENTENCE_END = re.compile(r"(?<=[.!?。۔।])\s")


def _n(count: int, noun: str, plural: str | None = None) -> str:
    return trn(f"{{n}} {noun}", f"{{n}} {plural or noun + 's'}", count)


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""


def add_executive_summary(b: CaseBuild, consent: ConsentPolicy) -> None:
    """``b.data`` has consent applied already: what it holds may be shown and counted."""
    d = b.data
    b.story.append(PageBreakIfNotEmpty())
    b.heading(tr("Executive summary"), "summary")
    shown = [i for i in d.interviews if consent.record(i.id).material]
    quotes = sum(len(t.quotes) for t in b.quotes.by_theme)
    coded = sum(b.quotes.counts.values())
    themes = [(t, b.quotes.counts.get(t.id, 0)) for t, _ in d.themes if t.id in d.selected_themes]
    themes = sorted((x for x in themes if x[1] > 0), key=lambda x: (-x[1], x[0].name.lower()))
    interviews = _n(len(shown), "interview")
    if b.report.consent.records:
        more = b.report.consent.records
        interviews += " " + trn(
            "({n} more not shown for consent)", "({n} more not shown for consent)", more
        )
    facts = [
        (tr("Period covered"), period_text(d)),
        (tr("Interviews"), interviews),
        (tr("Observations"), _n(len(d.observations), "observation")),
        (tr("Coded passages"), tr("{n} across {themes}", n=coded, themes=_n(len(themes), "theme"))),
        (tr("Quotes in this report"), str(quotes)),
    ]
    photos = [a for a in d.photos if consent.keeps(a.target_id)]
    if photos and b.options.prints_photos:
        facts.append((tr("Photos"), str(len(photos))))
    rows = [[b.p(k, "cell_key"), b.p(v, "cell", where="the executive summary")] for k, v in facts]
    b.story.append(grid_table(rows, [4.5 * cm, FRAME_W - 4.5 * cm], header=False))
    if themes:
        b.story.append(b.p(tr("Leading themes"), "h2"))
        records = _records_per_theme(b, consent)
        for theme, n in themes[:TOP_THEMES]:
            where = f"theme {theme.name!r}"
            about = first_sentence(theme.description)
            line = tr(
                "{theme}: {passages} in {records}.",
                theme=theme.name,
                passages=_n(n, "coded passage"),
                records=_n(records[theme.id], "record"),
            ) + (f" {about}" if about else "")
            b.story.append(b.p(line, where=where))
    if d.case.summary.strip():
        b.story.append(b.p(tr("The lead's summary"), "h2"))
        for chunk in split_paragraphs(d.case.summary):
            b.story.append(b.p(chunk, where=f"the summary of case {d.case.title!r}"))


def _records_per_theme(b: CaseBuild, consent: ConsentPolicy) -> dict[str, int]:
    seen: dict[str, set[str]] = defaultdict(set)
    for c in b.data.codings:
        if consent.keeps(c.target_id):
            seen[c.theme_id].add(c.target_id)
    return defaultdict(int, {k: len(v) for k, v in seen.items()})


__all__ = ["add_executive_summary", "first_sentence"]
