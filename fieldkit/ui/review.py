"""Case and study review for team leads: a case's theme profile, the study's heat map, and the
coded passages behind any bar or cell (each opens its source at the span).

All reads run off the GUI thread through ``fieldkit.storage.review``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
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
from fieldkit.ui.alive import run_for
from fieldkit.ui.review_chart import MatrixModel, ThemeBarChart

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


def _passages(store: Store, theme_id: str, case_id: str | None) -> list[review.Passage]:
    with store.read() as session:
        return review.coded_passages(session, theme_id=theme_id, case_id=case_id)


class ReviewWindow(QWidget):
    """A top-level window; ``open_passage(record_type, record_id, case_id, char_offset)``."""

    open_passage = Signal(str, str, str, int)

    def __init__(
        self, store: Store, study_id: str, case_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("review_window")
        self.setWindowTitle(self.tr("Case and study review"))
        self.store, self.study_id = store, study_id
        self._wanted_case = case_id
        self.resize(1100, 680)
        self._build()
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
        self.heatmap = QTableView()
        self.heatmap.setModel(self.matrix_model)
        self.heatmap.setAccessibleName(self.tr("Cases and themes"))
        self.heatmap.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.heatmap.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heatmap.horizontalHeader().setDefaultSectionSize(130)
        self.heatmap.verticalHeader().setMaximumWidth(320)
        self.tabs.addTab(self.heatmap, self.tr("Study matrix"))
        splitter.addWidget(self.tabs)
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
        self.passages.setWordWrap(True)
        self.passages.setColumnWidth(0, 560)
        self.passages.setColumnWidth(1, 300)
        bottom_layout.addWidget(self.passages)
        splitter.addWidget(bottom)
        splitter.setSizes([420, 260])
        layout.addWidget(splitter)
        self.case_choice.currentIndexChanged.connect(self._on_case_chosen)
        self.chart.bar_activated.connect(self._on_bar)
        self.heatmap.activated.connect(self._on_cell)
        self.heatmap.clicked.connect(self._on_cell)
        self.passages.itemActivated.connect(self._on_passage)

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

    # --- passages --------------------------------------------------------------------------

    def _on_bar(self, theme_id: str) -> None:
        bar = next(b for b in self.chart.bars if b.theme_id == theme_id)
        where = f"{bar.name} · {self.case_choice.currentText()}"
        self.show_passages(theme_id, self.case_choice.currentData(), where)

    def _on_cell(self, index: QModelIndex) -> None:
        case_id, theme_id, _count = self.matrix_model.cell(index)
        theme = self.matrix_model.matrix.themes[index.row()].name
        case = self.matrix_model.matrix.cases[index.column()][1]
        self.show_passages(theme_id, case_id, f"{theme} · {case}")

    def show_passages(self, theme_id: str, case_id: str | None, where: str = "") -> None:
        store = self.store
        run_for(
            self,
            lambda _c: _passages(store, theme_id, case_id),
            on_done=lambda passages: self._on_passages(passages, where),
            title=self.tr("Coded passages"),
        )

    def _on_passages(self, passages: list[review.Passage], where: str = "") -> None:
        self.passages.clear()
        for passage in passages:
            if passage.unit == "record":
                quote = self.tr("(the whole record is tagged)")
            else:
                quote = passage.quote or self.tr("(audio or detached passage)")
            item = QTreeWidgetItem([quote, passage.record_title, passage.record_date.isoformat()])
            item.setToolTip(0, passage.quote)
            item.setData(0, ROLE_PASSAGE, passage)
            self.passages.addTopLevelItem(item)
        text = self.tr("%n coded passage(s)", "", len(passages))
        text = text if passages else self.tr("No coded passages here.")
        self.passages_title.setText(f"<b>{html.escape(where)}</b> — {html.escape(text)}")
        first = self.passages.topLevelItem(0)
        if first is not None:
            self.passages.setCurrentItem(first)

    def _on_passage(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        passage: review.Passage | None = item.data(0, ROLE_PASSAGE)
        if passage is not None:
            offset = passage.start if passage.unit == "char" else 0
            self.open_passage.emit(passage.record_type, passage.record_id, passage.case_id, offset)


__all__ = ["ReviewWindow"]
