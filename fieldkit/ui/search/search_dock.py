"""The search dock: type words, see ranked records with their hits in bold, open one.

Searches run off the GUI thread (``worker.run_task``), debounced while typing; a newer query
supersedes an older one, whose results are dropped when they arrive. Enter or a double-click on
a result emits ``open_record(record_type, record_id, char_offset)``.

With no words but a theme chosen, the dock lists every passage coded with that theme (or its
sub-themes), each with its full quote; Enter or a double-click on one emits
``open_passage(record_type, record_id, case_id, start, end)`` so the record opens with the
passage selected. The codebook's "Show coded passages" comes here (``show_theme``).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage import review
from fieldkit.storage import search as fts
from fieldkit.storage.db import Store
from fieldkit.ui.alive import run_for
from fieldkit.ui.changes import Changes
from fieldkit.ui.search.search_results import (
    ROLE_HIT,
    ROLE_HTML,
    ROLE_PASSAGE,
    HtmlDelegate,
    SearchOptions,
    hit_offset,
    load_options,
    passage_html,
    passage_tooltip,
    run_passages,
    run_search,
    snippet_html,
)
from fieldkit.ui.worker import TaskControl, error_text

DEBOUNCE_MS = 250


class SearchDock(QDockWidget):
    open_record = Signal(str, str, int)
    open_passage = Signal(str, str, str, int, int)  # type, record, case, start, end

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search"), parent)
        self.setObjectName("search_dock")
        self.store = store
        self.study_id: str | None = None
        self._generation = 0
        self._cases: dict[str, str | None] = {}
        self._pending_theme: str | None = None  # show_theme of a theme not in the filter yet
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_search)
        self.query.textChanged.connect(self._on_changed)
        self.query.returnPressed.connect(self._on_query_return)
        for combo in (self.type_filter, self.case_filter, self.theme_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._on_changed)
        self.results.activated.connect(self._on_activated)
        self.find_action = QAction(self.tr("Search records"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.find_action.triggered.connect(self.focus_query)
        self.addAction(self.find_action)

    def focus_query(self) -> None:
        self.show()
        self.raise_()
        self.query.setFocus()
        self.query.selectAll()

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search transcripts, notes, cases…"))
        self.query.setAccessibleName(self.tr("Search words"))
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        filters = QGridLayout()
        self.type_filter = self._combo(self.tr("Record type"), self.tr("All types"))
        for record_type, label in (
            ("interview", self.tr("Interviews")),
            ("observation", self.tr("Observations")),
            ("case", self.tr("Cases")),
            ("memo", self.tr("Memos")),
        ):
            self.type_filter.addItem(label, record_type)
        self.case_filter = self._combo(self.tr("Case"), self.tr("All cases"))
        self.theme_filter = self._combo(self.tr("Theme"), self.tr("All themes"))
        self.tag_filter = self._combo(self.tr("Free-word tag"), self.tr("Any tags"))
        # Two by two: four in a row cut "Tous les thèmes" to "Tous les thè" in a docked column.
        combos = (self.type_filter, self.case_filter, self.theme_filter, self.tag_filter)
        for i, combo in enumerate(combos):
            filters.addWidget(combo, i // 2, i % 2)
        layout.addLayout(filters)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        layout.addWidget(self.results, 1)
        self.setWidget(body)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.addItem(everything, None)
        return combo

    # --- filters ---------------------------------------------------------------------------

    def set_study(self, study_id: str | None) -> None:
        """Search within this study; the case and theme filters list its cases and themes."""
        self.study_id = study_id
        store = self.store
        run_for(
            self,
            lambda _c: load_options(store, study_id),
            on_done=self._on_options,
        )

    def on_changes(self, changes: Changes) -> None:
        """Results shown are searched again when what they come from changed."""
        if changes.touches("themes", "cases", "tags"):
            self.refresh_options()  # the free-word filter lists the words in use
        if self.query.text().strip() and changes.touches(
            "records", "codings", "tags", "memos", "themes", "cases"
        ):
            self._on_changed()

    def refresh_options(self) -> None:
        """Reload the case and theme filters (after the codebook changed)."""
        self.set_study(self.study_id)

    def _on_options(self, options: SearchOptions) -> None:
        for combo, entries in (
            (self.case_filter, options.cases),
            (self.theme_filter, options.themes),
            (self.tag_filter, options.words),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for entry_id, label in entries:
                combo.addItem(label, entry_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        pending, self._pending_theme = self._pending_theme, None
        if pending is not None and self.theme_filter.findData(pending) >= 0:
            self.theme_filter.setCurrentIndex(self.theme_filter.findData(pending))
            self.results.setFocus()
        self._on_changed()

    def filters(self) -> dict[str, Any]:
        record_type = self.type_filter.currentData()
        return {
            "study_id": self.study_id,
            "case_id": self.case_filter.currentData(),
            "theme_id": self.theme_filter.currentData(),
            "record_types": [record_type] if record_type else None,
            "free_tag": self.tag_filter.currentData(),
        }

    # --- searching -------------------------------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        self._generation += 1  # whatever is running now is stale
        self._timer.start()

    def _start_search(self) -> None:
        text = self.query.text()
        generation = self._generation
        store, filters = self.store, self.filters()
        if not fts.query_terms(text) and filters["theme_id"] is not None:
            self._start_passages(filters, generation)
            return
        if not fts.query_terms(text):
            self._show([], generation, empty=not text.strip())
            return
        self.status.setText(self.tr("Searching…"))

        def task(_control: TaskControl) -> list[fts.SearchHit]:
            return run_search(store, text, **filters)

        run_for(
            self,
            task,
            on_done=lambda hits: self._show(hits, generation),
            on_failed=lambda exc: self._on_failed(exc, generation),
        )

    def _start_passages(self, filters: dict[str, Any], generation: int) -> None:
        """A theme and no words: every passage coded with the theme (and its sub-themes)."""
        store = self.store
        self.status.setText(self.tr("Searching…"))
        run_for(
            self,
            lambda _c: run_passages(store, **filters),
            on_done=lambda passages: self._show_passages(passages, generation),
            on_failed=lambda exc: self._on_failed(exc, generation),
        )

    def _show_passages(self, passages: list[review.Passage], generation: int) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        self._cases = {p.record_id: p.case_id for p in passages}
        for passage in passages:
            item = QStandardItem(passage.record_title)
            item.setData(passage, ROLE_PASSAGE)
            empty = (
                self.tr("(the whole record is tagged)")
                if passage.unit == "record"
                else self.tr("(audio passage)")
            )
            item.setData(passage_html(passage, empty), ROLE_HTML)
            item.setToolTip(passage_tooltip(passage))
            item.setEditable(False)
            self.model.appendRow(item)
        theme = self.theme_filter.currentText().strip()  # without its codebook indent
        if passages:
            self.status.setText(
                self.tr("%n passage(s) coded with “%1”", "", len(passages)).replace("%1", theme)
            )
        else:
            self.status.setText(
                self.tr("No passage is coded with “%1” here yet.").replace("%1", theme)
            )

    def show_theme(self, theme_id: str) -> None:
        """List the passages coded with a theme: its words cleared, the theme chosen."""
        self.focus_query()
        self.query.clear()
        index = self.theme_filter.findData(theme_id)
        if index < 0:  # a theme added since the filters were filled: chosen once reloaded
            self._pending_theme = theme_id
            self.refresh_options()
            return
        self.theme_filter.setCurrentIndex(index)
        self._on_changed()
        self.results.setFocus()

    def _on_failed(self, exc: BaseException, generation: int) -> None:
        if generation == self._generation:
            self.model.clear()
            self.status.setText(error_text(exc))

    def _show(self, hits: list[fts.SearchHit], generation: int, *, empty: bool = False) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.model.clear()
        self._cases = {hit.record_id: hit.case_id for hit in hits}
        kinds = {
            "interview": self.tr("Interview"),
            "observation": self.tr("Observation"),
            "case": self.tr("Case"),
            "memo": self.tr("Memo"),
        }
        for hit in hits:
            item = QStandardItem(hit.title)
            item.setData(hit, ROLE_HIT)
            kind = html.escape(kinds.get(hit.record_type, hit.record_type))
            item.setData(
                f"<b>{html.escape(hit.title)}</b> <small>· {kind}</small>"
                f"<br><span>{snippet_html(hit.snippet)}</span>",
                ROLE_HTML,
            )
            item.setToolTip(hit.title)
            item.setEditable(False)
            self.model.appendRow(item)
        if empty:
            self.status.setText("")
        elif not hits:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("%n result(s)", "", len(hits)))

    def hits(self) -> list[fts.SearchHit]:
        return [self.model.item(r).data(ROLE_HIT) for r in range(self.model.rowCount())]

    def passages(self) -> list[review.Passage]:
        return [self.model.item(r).data(ROLE_PASSAGE) for r in range(self.model.rowCount())]

    def case_of(self, record_id: str) -> str | None:
        """The case of a record among the shown results (no database read)."""
        return self._cases.get(record_id)

    # --- opening ---------------------------------------------------------------------------

    def _on_query_return(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        passage: review.Passage | None = index.data(ROLE_PASSAGE)
        if passage is not None:
            start, end = (passage.start, passage.end) if passage.unit == "char" else (0, 0)
            self.open_passage.emit(
                passage.record_type, passage.record_id, passage.case_id, start, end
            )
            return
        hit: fts.SearchHit | None = index.data(ROLE_HIT)
        if hit is None:
            return
        store = self.store
        run_for(
            self,
            lambda _c: hit_offset(store, hit),
            on_done=lambda offset: self.open_record.emit(hit.record_type, hit.record_id, offset),
            title=self.tr("Open record"),
        )
