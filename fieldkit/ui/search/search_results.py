"""What the search dock shows: hits read off the GUI thread, snippets as HTML, their painting.

``load_options``, ``run_search`` and ``hit_offset`` read through storage services (they are run by
``worker.run_task``, never on the GUI thread); ``snippet_html`` turns a snippet's hit markers into
bold HTML with everything else escaped; ``HtmlDelegate`` paints a result's title and snippet.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fieldkit.storage import review
from fieldkit.storage import search as fts
from fieldkit.storage.db import Store
from fieldkit.storage.free_tags import free_tag_counts, records_with_word
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Interview, Memo, Observation
from fieldkit.storage.overview import load_overview
from fieldkit.storage.text_direction import display_quote, isolate
from fieldkit.ui.messages.dates import shown_date

ROLE_HIT = Qt.ItemDataRole.UserRole + 1
ROLE_HTML = Qt.ItemDataRole.UserRole + 2
ROLE_PASSAGE = Qt.ItemDataRole.UserRole + 3
_MODELS: dict[str, Any] = {
    "interview": Interview,
    "observation": Observation,
    "case": Case,
    "memo": Memo,
}


@dataclass(frozen=True)
class SearchOptions:
    """What the filter combo boxes offer for one study."""

    cases: tuple[tuple[str, str], ...]  # (id, title)
    themes: tuple[tuple[str, str], ...]  # (id, name)
    words: tuple[tuple[str, str], ...] = ()  # (free word, "#word (records)")


def load_options(store: Store, study_id: str | None) -> SearchOptions:
    with store.read() as session:
        overview = load_overview(session, theme_study_id=study_id)
        counts = free_tag_counts(session, study_id=study_id) if study_id else []
    study = next((s for s in overview.studies if s.id == study_id), None)
    cases = tuple((c.id, c.title) for c in study.cases) if study else ()
    words = tuple((c.word, f"{isolate('#' + c.word)} ({c.records})") for c in counts)
    depth: dict[str, int] = {}  # the themes come in codebook order, parents first
    themes = []
    for t in overview.themes:
        depth[t.id] = depth.get(t.parent_id or "", -1) + 1
        themes.append((t.id, "    " * depth[t.id] + t.name))  # indented as in the codebook
    return SearchOptions(cases, tuple(themes), words)


def run_search(store: Store, query: str, **filters: Any) -> list[fts.SearchHit]:
    with store.read() as session:
        return fts.search(session, query=query, limit=100, **filters)


def run_passages(
    store: Store,
    *,
    theme_id: str,
    case_id: str | None = None,
    record_types: list[str] | None = None,
    free_tag: str | None = None,
    **_filters: Any,
) -> list[review.Passage]:
    """The passages coded with a theme or its sub-themes (one per span), by record date;
    ``free_tag``: only in records with that free-word tag."""
    kinds = tuple(record_types) if record_types else None
    with store.read() as session:
        passages = review.coded_passages(
            session, theme_id=theme_id, case_id=case_id, with_subthemes=True, record_types=kinds
        )
        if free_tag is None:
            return passages
        tagged = records_with_word(session, study_id=None, word=free_tag)
    return [p for p in passages if p.record_id in tagged]


def passage_html(passage: review.Passage, no_text: str) -> str:
    """A passage in a list: its record (and date) above its whole quote."""
    quote = display_quote(passage.quote) if passage.quote.strip() else no_text
    return (
        f"<b>{html.escape(passage.record_title)}</b> <small>· "
        f"{html.escape(shown_date(passage.record_date))}</small><br><span>{html.escape(quote)}</span>"
    )


def passage_tooltip(passage: review.Passage) -> str:
    """The full quote on hover, wrapped (rich text), in its own direction."""
    return f"<p>{html.escape(display_quote(passage.quote))}</p>" if passage.quote else ""


def hit_offset(store: Store, hit: fts.SearchHit) -> int:
    """Where the hit is in the record's main text (transcript, description…); 0 if not there."""
    model = _MODELS.get(hit.record_type)
    body = fts.source_field(hit.record_type, "body")
    if model is None or body is None:
        return 0
    with store.read() as session:
        text = getattr(get_row(session, model, hit.record_id), body) or ""
    offset = fts.search_hit_offset(text, hit.terms)
    return 0 if offset is None else offset


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: everything escaped, the hits (between the markers) in bold."""
    out: list[str] = []
    for i, part in enumerate(snippet.split(fts.HIT_START)):
        hit, sep, rest = part.partition(fts.HIT_END) if i else ("", "", part)
        if sep:
            out.append(f"<b>{html.escape(hit)}</b>")
        out.append(html.escape(rest.replace(fts.HIT_END, "")))
    return "".join(out).replace("\n", " ")


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's ROLE_HTML (title line and snippet) as rich text, wrapped to the width."""

    def _document(self, option: QStyleOptionViewItem, index: Any, color: str = "") -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(4)
        doc.setDefaultFont(option.font)
        if color:
            doc.setDefaultStyleSheet(f"body {{ color: {color}; }}")
        doc.setHtml(f"<body>{index.data(ROLE_HTML) or ''}</body>")
        doc.setTextWidth(max(120, option.rect.width()))
        return doc

    def paint(self, painter: Any, option: Any, index: Any) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        doc = self._document(option, index, option.palette.color(role).name())
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: Any, index: Any) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
