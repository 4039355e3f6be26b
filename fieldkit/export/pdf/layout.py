"""Page layout: A4 pages with header and footer ("Page 3 of 12"), bookmarks and contents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from fieldkit.export.pdf.options import Cancel, ExportCancelled, Progress
from fieldkit.export.pdf.script_paragraph import RunsOf, ScriptParagraph
from fieldkit.export.report_words import tr

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#C8CED6")
PAGE_W, PAGE_H = A4
MARGIN_X = 2.3 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.3 * cm
FRAME_W = PAGE_W - 2 * MARGIN_X
_NO_PAD = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


class Heading(Paragraph):
    """A paragraph that becomes a bookmark and a contents entry."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        level: int,
        title: str,
        key: str,
        toc_title: Paragraph,
    ) -> None:
        super().__init__(text, style)
        self.toc_title = toc_title
        self.outline_level = level
        self.outline_title = title
        self.outline_key = key


class ScriptHeading(ScriptParagraph):
    """A heading in a complex or right-to-left script: a bookmark and a contents entry too."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        runs_of: RunsOf,
        *,
        level: int,
        title: str,
        key: str,
        toc_title: Flowable,
    ) -> None:
        super().__init__(text, style, runs_of)
        self.toc_title = toc_title
        self.outline_level = level
        self.outline_title = title
        self.outline_key = key


class Bookmark(Flowable):
    """An invisible bookmark (the cover has no heading of its own)."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__()
        self.outline_level = 0
        self.outline_title = title
        self.outline_key = key
        self.width = self.height = 0

    def draw(self) -> None:
        pass


@dataclass
class ContentsEntry:
    level: int
    title: Paragraph | ScriptParagraph
    page: int
    key: str


@dataclass
class Contents:
    """The contents page, filled in when the document is saved (so one layout pass is enough).

    ``ContentsPlaceholder`` marks the page; headings add entries as they are laid out; the
    canvas draws the entries on that page once every page number is known.
    """

    page: int | None = None
    entries: list[ContentsEntry] = field(default_factory=list)
    top: float = 0.0

    def draw(self, canvas: Canvas, font: str, bold: str) -> None:
        y = self.top
        for entry in self.entries:
            size, indent, gap = (10.5, 0.0, 9.0) if entry.level == 0 else (9.0, 14.0, 3.0)
            y -= gap + size * 1.3
            if y < MARGIN_BOTTOM:
                break
            num = str(entry.page)
            num_w = canvas.stringWidth(num, bold if entry.level == 0 else font, size)
            avail = FRAME_W - indent - num_w - 24
            _w, h = entry.title.wrap(avail, size * 3)
            entry.title.drawOn(canvas, MARGIN_X + indent, y - 0.25 * size)
            title_w = min(avail, max(entry.title.getActualLineWidths0() or [avail]))
            canvas.saveState()
            canvas.setFillColor(MUTED if entry.level else colors.black)
            canvas.setFont(bold if entry.level == 0 else font, size)
            canvas.drawRightString(PAGE_W - MARGIN_X, y, num)
            dots_from = MARGIN_X + indent + title_w + 6
            dots_to = PAGE_W - MARGIN_X - num_w - 6
            canvas.setFillColor(RULE)
            x = dots_from
            while x < dots_to:
                canvas.drawString(x, y, ".")
                x += 4.5
            canvas.linkRect(
                "", entry.key, (MARGIN_X, y - 3, PAGE_W - MARGIN_X, y + size), thickness=0
            )
            canvas.restoreState()
            y -= h - size * 1.3 if h > size * 1.3 else 0


class ContentsPlaceholder(Flowable):
    """Takes the rest of its page; the contents are drawn there when the PDF is saved."""

    def __init__(self, contents: Contents) -> None:
        super().__init__()
        self.contents = contents

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, ah
        return aw, ah

    def draw(self) -> None:
        self.contents.page = self.canv.getPageNumber()
        self.contents.top = PAGE_H - MARGIN_TOP - 40


def make_numbered_canvas(
    header: Paragraph,
    footer: str,
    font: str,
    bold: str,
    contents: Contents,
    *,
    cover: bool = True,
    page_label: Callable[[str], Flowable] | None = None,
) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until the end, so every footer can say "Page n of N"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1 or not cover:
                    self._decorate(total)
                if self._pageNumber == contents.page:
                    contents.draw(self, font, bold)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, total: int) -> None:
            self.saveState()
            header.wrap(FRAME_W, 12)
            header.drawOn(self, MARGIN_X, PAGE_H - 1.45 * cm)
            self.setFont(font, 8)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, PAGE_H - 1.6 * cm, PAGE_W - MARGIN_X, PAGE_H - 1.6 * cm)
            self.line(MARGIN_X, 1.65 * cm, PAGE_W - MARGIN_X, 1.65 * cm)
            page = tr("Page {page} of {total}", page=self._pageNumber, total=total)
            if page_label is None:
                self.drawString(MARGIN_X, 1.2 * cm, footer)
                self.drawRightString(PAGE_W - MARGIN_X, 1.2 * cm, page)
            else:  # a script the plain font cannot draw: shaped and ordered as paragraphs
                for x, text in ((MARGIN_X, footer), (MARGIN_X + FRAME_W / 2, page)):
                    label = page_label(text)
                    label.wrap(FRAME_W / 2, 12)
                    label.drawOn(self, x, 1.05 * cm)
            self.restoreState()

    return NumberedCanvas


def _cover_page(canvas: Canvas, _doc: Any) -> None:
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, PAGE_H - 5.2 * cm, PAGE_W, 5.2 * cm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#8FB3D9"))
    canvas.rect(0, PAGE_H - 5.45 * cm, PAGE_W, 0.25 * cm, stroke=0, fill=1)
    canvas.restoreState()


class ReportDoc(BaseDocTemplate):
    """The document: bookmarks and contents entries from headings; progress and Cancel."""

    def __init__(
        self,
        filename: Any,
        *,
        progress: Progress | None,
        cancel: Cancel | None,
        total_flowables: int,
        contents: Contents | None = None,
        with_cover: bool = True,
        **kw: Any,
    ) -> None:
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kw,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            **_NO_PAD,
        )
        cover = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_W,
            PAGE_H - 7.5 * cm - MARGIN_BOTTOM,
            id="cover",
            **_NO_PAD,
        )
        body = PageTemplate(id="body", frames=[frame])
        if with_cover:
            self.addPageTemplates(
                [PageTemplate(id="cover", frames=[cover], onPage=_cover_page), body]
            )
        else:
            self.addPageTemplates([body])
        self._progress = progress
        self._cancel = cancel
        self._total = max(total_flowables, 1)
        self._done = 0
        self._pass = 0
        self.contents = contents

    def handle_documentBegin(self) -> None:
        self._pass += 1
        self._done = 0
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._cancel is not None and self._cancel():
            raise ExportCancelled()
        self._done += 1
        if self._progress is not None and self._done % 25 == 0:
            share = min(self._done / self._total, 1.0)
            self._progress("Laying out pages", 0.55 + 0.4 * share)
        key = getattr(flowable, "outline_key", None)
        if key is None:
            return
        level = flowable.outline_level
        title = flowable.outline_title
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        if isinstance(flowable, (Heading, ScriptHeading)) and self.contents is not None:
            self.contents.entries.append(ContentsEntry(level, flowable.toc_title, self.page, key))
