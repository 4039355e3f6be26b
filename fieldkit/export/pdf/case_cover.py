"""The cover page and the table of contents of the case-study PDF."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Spacer, TableStyle

from fieldkit.export.pdf.case_build import CaseBuild
from fieldkit.export.pdf.case_data import CaseData
from fieldkit.export.pdf.layout import FRAME_W, RULE, Bookmark, ContentsPlaceholder
from fieldkit.export.pdf.mirrored_table import report_table
from fieldkit.export.pdf.options import PdfOptions
from fieldkit.export.pdf.quotes import long_date
from fieldkit.export.report_words import tr


def _period(data: CaseData) -> tuple[date, date] | None:
    dates = [i.date for i in data.interviews] + [o.date for o in data.observations]
    return (min(dates), max(dates)) if dates else None


def period_text(data: CaseData) -> str:
    span = _period(data)
    if span is None:
        return tr("no interviews or observations yet")
    lo, hi = span
    return long_date(lo) if lo == hi else f"{long_date(lo)} – {long_date(hi)}"


def authors_of(data: CaseData, options: PdfOptions) -> list[str]:
    """The field team: interviewers and observers as the records name them.

    Coders are left out: a coding made without a name set is stamped with the computer's
    account name, which is not a name to print.
    """
    if options.authors is not None:
        return [a for a in options.authors if a.strip()]
    names: list[str] = []
    for value in [i.interviewer for i in data.interviews] + [o.observer for o in data.observations]:
        if value and value.strip() and value.strip() not in names:
            names.append(value.strip())
    return sorted(names, key=str.lower)


def place_text(data: CaseData, options: PdfOptions) -> str:
    """Smallest place first: locality, region, country."""
    case = data.case
    # Anonymised editions name the country only: localities and regions are redacted.
    parts = [case.country] if options.anonymised else [case.locality, case.region, case.country]
    return ", ".join(p for p in parts if p) or tr("place not recorded")


def add_cover(b: CaseBuild) -> None:
    d = b.data
    b.story.append(Bookmark(tr("Cover"), "cover"))
    b.story.append(b.p(tr("CASE STUDY"), "cover_kicker"))
    b.story.append(b.p(d.case.title, "cover_title", where=f"case {d.case.title!r}"))
    b.story.append(b.p(d.study.name, "cover_line", where=f"study {d.study.name!r}"))
    b.story.append(Spacer(1, 1.2 * cm))
    authors = authors_of(d, b.options)
    rows = [
        (tr("Place"), place_text(d, b.options)),
        (tr("Period covered"), period_text(d)),
        (tr("Kind of case"), d.case.kind or "—"),
    ]
    if authors:
        rows.append((tr("Field team"), ", ".join(authors)))
    if b.options.prepared_by:
        rows.append((tr("Prepared by"), b.options.prepared_by))
    rows.append((tr("Exported"), long_date(date.today())))
    if b.options.anonymised:
        rows.append(
            (tr("Edition"), tr("Anonymised: participant codes only; names and places replaced"))
        )
    table = report_table(
        [[b.p(k, "cover_kicker"), b.p(v, "cover_line", where="the cover")] for k, v in rows],
        [4.2 * cm, FRAME_W - 4.2 * cm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    b.story.append(table)


def add_contents(b: CaseBuild) -> None:
    b.story.append(b.p(tr("Contents"), "h1"))
    b.story.append(ContentsPlaceholder(b.contents))
    b.story.append(PageBreak())


__all__ = ["add_contents", "add_cover", "authors_of", "period_text", "place_text"]
