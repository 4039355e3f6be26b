"""Changes sync set aside, both ways: what, where, why and when.

Sync applies everything it can; a change from the server it cannot apply yet (most often an
edit of a record that has not arrived) waits in a local table and is applied by itself when the
record comes. A change of this laptop's that the server refused is held back with the server's
reason while everything else is sent; the researcher sends it again once the cause is fixed, or
discards it (``storage/refused_pushes.py``). This dialog lists both, like ``fieldkit sync
problems``. Loading, sending again and discarding run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from fieldkit.storage.db import Store
from fieldkit.storage.refused_push_list import RefusedPushView, discard, refused_pushes, send_again
from fieldkit.storage.set_aside import SetAsideView as SetAsideItem
from fieldkit.storage.set_aside import set_aside_changes
from fieldkit.ui.alive import run_for
from fieldkit.ui.messages import say
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
        self.table = self._new_table(self.tr("Changes set aside"), self.tr("Reason"))
        self.empty_label = QLabel(self.tr("Nothing set aside: everything pulled was applied."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refused: list[RefusedPushView] = []
        self.refused_intro = QLabel(
            self.tr(
                "The server refused these changes made on this laptop. They are kept here with "
                "the server's reason, and everything else was sent. Send one again once its "
                "cause is fixed (for example after the server is updated), or discard it: the "
                "record keeps its values on this laptop."
            )
        )
        self.refused_intro.setWordWrap(True)
        self.refused_table = self._new_table(
            self.tr("Your changes the server refused"), self.tr("The server's reason")
        )
        self.refused_table.itemSelectionChanged.connect(self._on_refused_selected)
        self.send_again_button = QPushButton(self.tr("Send again"))
        self.send_again_button.clicked.connect(self._on_send_again)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.clicked.connect(self._on_discard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_again_button)
        buttons.addWidget(self.discard_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.refused_intro)
        layout.addWidget(self.refused_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._show_refused([])
        self.reload()

    def _new_table(self, name: str, reason: str) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Study"), self.tr("Record"), self.tr("Fields"), reason]
        )
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def reload(self) -> None:
        store = self.store

        def load(_control: TaskControl) -> tuple[list[SetAsideItem], list[RefusedPushView]]:
            with store.read() as session:
                return set_aside_changes(session), refused_pushes(session)

        run_for(self, load, on_done=self._show, title=self.tr("Cannot list the changes set aside"))

    def _show(self, found: tuple[list[SetAsideItem], list[RefusedPushView]]) -> None:
        items, refused = found
        self.items = items
        rows = [
            (i.set_aside_at, i.study_name or i.study_id, i.entity, i.row_id, i.fields, i.reason)
            for i in items
        ]
        _fill(self.table, rows)
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self._show_refused(refused)

    def _show_refused(self, refused: list[RefusedPushView]) -> None:
        self.refused = refused
        rows = [
            (r.refused_at, r.study_name or r.study_id, r.entity, r.row_id, r.fields, r.reason)
            for r in refused
        ]
        _fill(self.refused_table, rows)
        for widget in (self.refused_intro, self.refused_table):
            widget.setVisible(bool(refused))
        self.send_again_button.setVisible(bool(refused))
        self.discard_button.setVisible(bool(refused))
        self._on_refused_selected()

    def _selected_refused(self) -> RefusedPushView | None:
        rows = {index.row() for index in self.refused_table.selectedIndexes()}
        return self.refused[rows.pop()] if len(rows) == 1 else None

    def _on_refused_selected(self) -> None:
        chosen = self._selected_refused() is not None
        self.send_again_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def _on_send_again(self) -> None:
        item = self._selected_refused()
        if item is None:
            return
        self._act(lambda session: send_again(session, item.id), self.tr("Not sent again"))

    def _on_discard(self) -> None:
        item = self._selected_refused()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard the refused change"),
            self.tr(
                "Never send this change of %1? The record keeps its values on this laptop; the "
                "team will not get them."
            ).replace("%1", f"{item.entity} {item.row_id}"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._act(lambda session: discard(session, item.id), self.tr("Not discarded"))

    def _act(self, change: Callable[[Session], int], title: str) -> None:
        store = self.store

        def job(_control: TaskControl) -> None:
            with store.write() as session:
                change(session)

        run_for(self, job, on_done=lambda _none: self.reload(), title=title)


def _fill(table: QTableWidget, rows: list[tuple[datetime, str, str, str, list[str], str]]) -> None:
    table.setRowCount(len(rows))
    for row, (at, study, entity, row_id, fields, reason) in enumerate(rows):
        cells = (
            shown_datetime(at),
            study,
            f"{entity} {row_id}",
            ", ".join(fields),
            say(reason),  # in the interface language when kept as a phrase
        )
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            table.setItem(row, column, cell)
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), 260))


__all__ = ["SetAsideView"]
