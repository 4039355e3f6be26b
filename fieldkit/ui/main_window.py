"""The main window: a navigator of studies, cases and records, a reader, the codebook.

This first window browses what the data folder holds; editing and coding come with the desktop
app issue. It reads through the storage services only (no SQL here).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeView,
)

from fieldkit.storage.db import Store
from fieldkit.ui import browse

ROLE_KIND = Qt.ItemDataRole.UserRole + 1
ROLE_ID = Qt.ItemDataRole.UserRole + 2


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("fieldkit — %1").replace("%1", str(store.data_dir)))
        self.resize(1280, 720)
        self.navigator = QTreeView()
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName(self.tr("Studies, cases and records"))
        self.nav_model = QStandardItemModel(self)
        self.navigator.setModel(self.nav_model)
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Record"))
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.reader)
        splitter.setSizes([380, 900])
        self.setCentralWidget(splitter)
        self.codebook = QTreeView()
        self.codebook.setHeaderHidden(True)
        self.codebook.setAccessibleName(self.tr("Codebook"))
        self.codebook_model = QStandardItemModel(self)
        self.codebook.setModel(self.codebook_model)
        dock = QDockWidget(self.tr("Codebook"), self)
        dock.setObjectName("codebook_dock")
        dock.setWidget(self.codebook)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menus()
        self.navigator.selectionModel().currentChanged.connect(self._on_current_changed)
        self.navigator.expanded.connect(self._on_expanded)
        self.refresh()
        self._restore_layout()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        from fieldkit.ui.export_actions import ExportActions

        self.exports = ExportActions(self, self.store, self.selection, self.refresh)
        export_menu = self.menuBar().addMenu(self.tr("&Export"))
        self.exports.fill(export_menu, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def refresh(self) -> None:
        overview = browse.load_overview(self.store)
        self.nav_model.clear()
        for study in overview.studies:
            item = _item(f"{study.name}  ({study.case_count})", "study", study.id)
            for case in study.cases:
                child = _item(f"{case.title}  ({case.record_count})", "case", case.id)
                child.appendRow(_item("…", "placeholder", ""))
                item.appendRow(child)
            self.nav_model.appendRow(item)
        self.navigator.expandToDepth(0)
        self.codebook_model.clear()
        parents: dict[str, QStandardItem] = {}
        for theme in overview.themes:
            node = _item(f"{theme.name}  ({theme.codings})", "theme", theme.id)
            node.setForeground(QBrush(QColor(theme.color)))
            parent = parents.get(theme.parent_id or "")
            (parent or self.codebook_model.invisibleRootItem()).appendRow(node)
            parents[theme.id] = node
        self.codebook.expandAll()
        self.status_label.setText(
            self.tr("Offline · %1 changes not yet synced · never synced").replace(
                "%1", str(overview.pending_changes)
            )
        )

    def selection(self) -> tuple[str | None, str | None, str | None]:
        """(study id, case id, case title) of the selected item, or of its nearest parents."""
        item = self.nav_model.itemFromIndex(self.navigator.currentIndex())
        study_id = case_id = case_title = None
        while item is not None:
            kind = item.data(ROLE_KIND)
            if kind == "case" and case_id is None:
                case_id, case_title = item.data(ROLE_ID), item.text().rsplit("  (", 1)[0]
            if kind == "study":
                study_id = item.data(ROLE_ID)
            item = item.parent()
        if study_id is None and self.nav_model.rowCount():
            study_id = self.nav_model.item(0).data(ROLE_ID)
        return study_id, case_id, case_title

    def _on_expanded(self, index: object) -> None:
        item = self.nav_model.itemFromIndex(index)  # type: ignore[arg-type]
        if item is None or item.data(ROLE_KIND) != "case":
            return
        first = item.child(0)
        if first is None or first.data(ROLE_KIND) != "placeholder":
            return
        item.removeRows(0, item.rowCount())
        for record in browse.load_case_records(self.store, case_id=item.data(ROLE_ID)):
            item.appendRow(_item(f"{record.kind.title()}: {record.title}", record.kind, record.id))

    def _on_current_changed(self, current: object, _previous: object) -> None:
        item = self.nav_model.itemFromIndex(current)  # type: ignore[arg-type]
        if item is None:
            return
        kind, record_id = item.data(ROLE_KIND), item.data(ROLE_ID)
        if kind in ("interview", "observation", "case"):
            self.reader.setHtml(browse.record_html(self.store, kind=kind, record_id=record_id))

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: object) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        super().closeEvent(event)  # type: ignore[arg-type]


def _item(text: str, kind: str, record_id: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind, ROLE_KIND)
    item.setData(record_id, ROLE_ID)
    return item
