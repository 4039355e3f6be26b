"""Changes from the server this laptop set aside: what, where, why and when (read-only list).

Sync applies everything it can; a change it cannot apply yet (most often an edit of a record
that has not arrived) waits in a local table and is applied by itself when the record comes.
This dialog lists them, like ``fieldkit sync problems``. Loading runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.db import Store
from fieldkit.storage.set_aside import SetAsideView as SetAsideItem
from fieldkit.storage.set_aside import set_aside_changes
from fieldkit.ui.alive import run_for
from fieldkit.ui.messages.dates import shown_datetime
from fieldkit.ui.worker import TaskControl


class SetAsideView(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.items: list[SetAsideItem] = []
        self.setWindowTitle(self.tr("Changes set aside"))
        self.resize(860, 420)
        intro = QLabel(
            self.tr(
                "These changes came from the server but could not be applied on this laptop "
                "yet, so sync set them aside and carried on with everything else. Most wait for "
                "a record that has not arrived; they are applied by themselves when it does."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Study"),
                self.tr("Record"),
                self.tr("Fields"),
                self.tr("Reason"),
            ]
        )
        self.table.setAccessibleName(self.tr("Changes set aside"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("Nothing set aside: everything pulled was applied."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        store = self.store

        def load(_control: TaskControl) -> list[SetAsideItem]:
            with store.read() as session:
                return set_aside_changes(session)

        run_for(self, load, on_done=self._show, title=self.tr("Cannot list the changes set aside"))

    def _show(self, items: list[SetAsideItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                shown_datetime(item.set_aside_at),
                item.study_name or item.study_id,
                f"{item.entity} {item.row_id}",
                ", ".join(item.fields),
                item.reason,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)


__all__ = ["SetAsideView"]
