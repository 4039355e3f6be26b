"""Case and study review for team leads: a case's theme profile, the study's heat map, and the
coded passages behind any bar or cell (each opens its source at the span).

All reads run off the GUI thread through ``fieldkit.storage.review``. The heat map's rows sort
by any column (click its header; the theme column header brings back codebook order), the
chart exports as PNG or SVG and the matrix as CSV; Escape closes the window, which fits a
1366×768 screen.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage import review
from fieldkit.storage.db import Store
from fieldkit.storage.overview import load_overview
from fieldkit.storage.text_direction import display_quote, paragraph_is_rtl
from fieldkit.ui.alive import run_for
from fieldkit.ui.messages.dates import shown_date
from fieldkit.ui.review.review_chart import ROLE_COUNT, HeatLegend, MatrixModel, ThemeBarChart
from fieldkit.ui.review.review_export import save_chart, save_matrix
from fieldkit.ui.search.search_results import passage_tooltip
from fieldkit.ui.worker import show_error

ROLE_PASSAGE = Qt.ItemDataRole.UserRole + 1


def _cases(store: Store, study_id: str) -> list[tuple[str, str]]:
    with store.read() as session:
        overview = load_overview(session)
    study = next((s for s in overview.studies if s.id == study_id), None)
    return [(c.id, c.title) for c in study.cases] if study else []


def _profile(store: Store, case_id: str) -> review.CaseProfile:
    with store.read() as session:
        return review.case_theme_profile(session, case_id=case_id)


def _matrix(store: Store, study_id: str) -> review.StudyMatrix:
    with store.read() as session:
        return review.study_matrix(session, study_id=study_id)


def _passages(
    store: Store, theme_id: str, case_id: str | None, with_subthemes: bool
) -> list[review.Passage]:
    with store.read() as session:
        return review.coded_passages(
            session, theme_id=theme_id, case_id=case_id, with_subthemes=with_subthemes
        )


class ReviewWindow(QWidget):
    """A top-level window; ``open_passage(record_type, record_id, case_id, start, end)``."""

    open_passage = Signal(str, str, str, int, int)

    def __init__(
        self, store: Store, study_id: str, case_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("review_window")
        self.setWindowTitle(self.tr("Case and study review"))
        self.store, self.study_id = store, study_id
        self._wanted_case = case_id
        self._fit_screen()
        self._build()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        run_for(self, lambda _c: _cases(store, study_id), on_done=self._on_cases)
        run_for(self, lambda _c: _matrix(store, study_id), on_done=self._on_matrix)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Review views"))
        profile_page = QWidget()
        profile_layout = QVBoxLayout(profile_page)
        row = QHBoxLayout()
        case_label = QLabel(self.tr("&Case:"))
        self.case_choice = QComboBox()
        self.case_choice.setAccessibleName(self.tr("Case"))
        case_label.setBuddy(self.case_choice)
        row.addWidget(case_label)
        row.addWidget(self.case_choice, 1)
        profile_layout.addLayout(row)
        self.chart = ThemeBarChart()
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        profile_layout.addWidget(scroll, 1)
        self.tabs.addTab(profile_page, self.tr("Case profile"))
        self.matrix_model = MatrixModel(self)
        self.matrix_proxy = QSortFilterProxyModel(self)
        self.matrix_proxy.setSourceModel(self.matrix_model)
        self.matrix_proxy.setSortRole(ROLE_COUNT)
        self.heatmap = QTableView()
        self.heatmap.setModel(self.matrix_proxy)
        self.heatmap.setAccessibleName(self.tr("Cases and themes"))
        self.heatmap.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heatmap.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heatmap.horizontalHeader().setDefaultSectionSize(130)
        self.heatmap.verticalHeader().setMaximumWidth(320)
        self.heatmap.horizontalHeader().setSortIndicatorShown(True)
        self.heatmap.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.heatmap.horizontalHeader().setSectionsClickable(True)
        self.heatmap.horizontalHeader().sectionClicked.connect(self._on_sort)
        self.heatmap.verticalHeader().sectionClicked.connect(self.codebook_order)
        self.legend = HeatLegend()
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addWidget(self.heatmap, 1)
        legend_row = QHBoxLayout()
        legend_label = QLabel(
            self.tr("Coded passages per cell (a parent theme counts its sub-themes):")
        )
        legend_row.addWidget(legend_label)
        legend_row.addWidget(self.legend, 1)
        matrix_layout.addLayout(legend_row)
        self.tabs.addTab(matrix_page, self.tr("Study matrix"))
        splitter.addWidget(self.tabs)
        buttons = QHBoxLayout()
        self.export_chart_button = QPushButton(self.tr("Export c&hart…"))
        self.export_chart_button.setToolTip(self.tr("Save the case profile chart as PNG or SVG"))
        self.export_matrix_button = QPushButton(self.tr("Export &matrix…"))
        self.export_matrix_button.setToolTip(self.tr("Save the study matrix as CSV"))
        buttons.addStretch(1)
        buttons.addWidget(self.export_chart_button)
        buttons.addWidget(self.export_matrix_button)
        self.export_chart_button.clicked.connect(self.export_chart)
        self.export_matrix_button.clicked.connect(self.export_matrix)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.passages_title = QLabel(self.tr("Click a bar or a cell to list its coded passages."))
        self.passages_title.setWordWrap(True)
        bottom_layout.addWidget(self.passages_title)
        self.passages = QTreeWidget()
        self.passages.setAccessibleName(self.tr("Coded passages"))
        self.passages.setHeaderLabels([self.tr("Quote"), self.tr("Record"), self.tr("Date")])
        self.passages.setRootIsDecorated(False)
        self.passages.setUniformRowHeights(True)  # one line each; the preview shows it whole
        header = self.passages.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.passages.setColumnWidth(1, 240)
        bottom_layout.addWidget(self.passages, 1)
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Whole quote"))
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        bottom_layout.addWidget(self.preview)
        splitter.addWidget(bottom)
        splitter.setSizes([380, 220])
        layout.addWidget(splitter)
        layout.addLayout(buttons)
        self.case_choice.currentIndexChanged.connect(self._on_case_chosen)
        self.chart.bar_activated.connect(self._on_bar)
        self.heatmap.activated.connect(self._on_cell)
        self.heatmap.clicked.connect(self._on_cell)
        self.passages.itemActivated.connect(self._on_passage)
        self.passages.currentItemChanged.connect(self._on_current_passage)

    # --- loading ---------------------------------------------------------------------------

    def _on_cases(self, cases: list[tuple[str, str]]) -> None:
        for case_id, title in cases:
            self.case_choice.addItem(title, case_id)
        wanted = self.case_choice.findData(self._wanted_case)
        self.case_choice.setCurrentIndex(max(0, wanted))
        self._on_case_chosen()

    def _on_case_chosen(self, *_args: object) -> None:
        case_id = self.case_choice.currentData()
        if case_id:
            store = self.store
            run_for(self, lambda _c: _profile(store, case_id), on_done=self._on_profile)

    def _on_profile(self, profile: review.CaseProfile) -> None:
        if profile.case_id == self.case_choice.currentData():
            self.chart.set_bars(profile.bars)

    def _on_matrix(self, matrix: review.StudyMatrix) -> None:
        self.matrix_model.set_matrix(matrix)
        self.legend.set_highest(self.matrix_model.highest)

    # --- size, sorting, export -------------------------------------------------------------

    def _fit_screen(self) -> None:
        """1100×640 where it fits, else the screen's free area less room for the title bar."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        width = min(1100, free.width() - 40) if free is not None else 1100
        height = min(640, free.height() - 80) if free is not None else 640
        self.resize(max(640, width), max(420, height))

    def _on_sort(self, column: int) -> None:
        header = self.heatmap.horizontalHeader()
        if self.matrix_proxy.sortColumn() != column:  # a new column: most passages first
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        self.matrix_proxy.sort(column, header.sortIndicatorOrder())

    def codebook_order(self, *_args: object) -> None:
        """Rows back in codebook order (a click on a theme name)."""
        self.matrix_proxy.sort(-1)
        self.heatmap.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)

    def ask_save_path(self, title: str, suggested: str, filters: str) -> str:
        """Where to save (replaced in tests); "" when cancelled."""
        path, _kind = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return path

    def export_chart(self) -> None:
        title = self.case_choice.currentText() or self.tr("case")
        path = self.ask_save_path(
            self.tr("Export chart"),
            self.tr("%1 - theme profile.png", "a suggested file name").replace("%1", title),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            try:
                save_chart(
                    self.chart, Path(path), self.tr("Theme profile: %1").replace("%1", title)
                )
            except OSError as exc:
                show_error(self, self.tr("Cannot export the chart"), exc)

    def export_matrix(self) -> None:
        path = self.ask_save_path(
            self.tr("Export matrix"), self.tr("study matrix.csv"), self.tr("CSV table (*.csv)")
        )
        if path:
            try:
                save_matrix(self.matrix_model.matrix, Path(path))
            except OSError as exc:
                show_error(self, self.tr("Cannot export the matrix"), exc)

    # --- passages --------------------------------------------------------------------------

    def _on_bar(self, theme_id: str) -> None:
        bar = next(b for b in self.chart.bars if b.theme_id == theme_id)
        where = f"{bar.name} · {self.case_choice.currentText()}"
        self.show_passages(theme_id, self.case_choice.currentData(), where)

    def _on_cell(self, index: QModelIndex) -> None:
        source = (
            self.matrix_proxy.mapToSource(index) if index.model() is self.matrix_proxy else index
        )
        model = self.matrix_model
        case_id, theme_id, _count = model.cell(source)
        theme = model.matrix.themes[source.row()].name
        case = self.tr("all cases") if case_id is None else model.matrix.cases[source.column()][1]
        self.show_passages(theme_id, case_id, f"{theme} · {case}", with_subthemes=True)

    def show_passages(
        self, theme_id: str, case_id: str | None, where: str = "", *, with_subthemes: bool = False
    ) -> None:
        store = self.store
        run_for(
            self,
            lambda _c: _passages(store, theme_id, case_id, with_subthemes),
            on_done=lambda passages: self._on_passages(passages, where),
            title=self.tr("Coded passages"),
        )

    def _on_passages(self, passages: list[review.Passage], where: str = "") -> None:
        self.passages.clear()
        for passage in passages:
            if passage.unit == "record":
                quote = self.tr("(the whole record is tagged)")
            else:
                quote = display_quote(passage.quote) if passage.quote.strip() else ""
                quote = quote or self.tr("(audio or detached passage)")
            item = QTreeWidgetItem([quote, passage.record_title, shown_date(passage.record_date)])
            item.setToolTip(0, passage_tooltip(passage))  # the whole quote, wrapped
            item.setData(0, ROLE_PASSAGE, passage)
            if passage.unit != "record" and paragraph_is_rtl(passage.quote.strip()):
                item.setTextAlignment(
                    0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self.passages.addTopLevelItem(item)
        text = self.tr("%n coded passage(s)", "", len(passages))
        text = text if passages else self.tr("No coded passages here.")
        self.passages_title.setText(f"<b>{html.escape(where)}</b> — {html.escape(text)}")
        first = self.passages.topLevelItem(0)
        if first is not None:
            self.passages.setCurrentItem(first)

    def _on_current_passage(self, item: QTreeWidgetItem | None, *_args: object) -> None:
        passage: review.Passage | None = item.data(0, ROLE_PASSAGE) if item else None
        if passage is None or not passage.quote.strip():
            self.preview.clear()
            return
        where = f"{passage.record_title} · {shown_date(passage.record_date)}"
        self.preview.setText(f"{display_quote(passage.quote)}\n— {where}")

    def _on_passage(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        passage: review.Passage | None = item.data(0, ROLE_PASSAGE)
        if passage is not None:
            start, end = (passage.start, passage.end) if passage.unit == "char" else (0, 0)
            self.open_passage.emit(
                passage.record_type, passage.record_id, passage.case_id, start, end
            )


__all__ = ["ReviewWindow"]
