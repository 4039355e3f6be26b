"""State shared while one case's PDF story is put together, and small helpers for its sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from fieldkit.export.consent import ConsentPolicy, WithheldReport
from fieldkit.export.pdf.case_data import CaseData
from fieldkit.export.pdf.layout import ACCENT, RULE, Contents
from fieldkit.export.pdf.mirrored_table import report_table
from fieldkit.export.pdf.options import PdfOptions, PdfReport
from fieldkit.export.pdf.photos import PhotoCache
from fieldkit.export.pdf.quotes import QuoteSelection
from fieldkit.export.pdf.text import TextMaker
from fieldkit.storage.db import Store


@dataclass
class CaseBuild:
    """State shared while one case's story is put together."""

    data: CaseData
    options: PdfOptions
    text: TextMaker
    quotes: QuoteSelection
    report: PdfReport
    photo_cache: PhotoCache
    store: Store
    policy: ConsentPolicy
    story: list[Flowable] = field(default_factory=list)
    contents: Contents = field(default_factory=Contents)
    section_no: int = 0

    @property
    def withheld(self) -> WithheldReport:
        return self.report.consent

    def heading(self, title: str, key: str) -> None:
        self.section_no += 1
        label = f"{self.section_no}. {title}"
        self.story.append(self.text.heading(label, "h1", level=0, key=key))

    def p(self, text: str, style: str = "body", where: str = "") -> Paragraph:
        return self.text.para(text, style, where=where)


def grid_table(rows: list[list[Any]], widths: list[float], *, header: bool = True) -> Table:
    t = report_table(rows, widths, repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F6F9")]),
        ]
    t.setStyle(TableStyle(style))
    return t


def split_paragraphs(text: str) -> list[str]:
    chunks = [c.strip() for c in text.replace("\r\n", "\n").split("\n\n")]
    return [c for c in chunks if c]


__all__ = ["CaseBuild", "grid_table", "split_paragraphs"]
