"""Sync conflicts: both values side by side; keep one, take the other, or type a merged one.

A conflict is a field two people changed at the same time; sync kept one value (the later edit)
and set the other aside. Resolving it is a normal local edit (it syncs like any other) that also
marks the conflict settled. Loading and resolving run off the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.conflict_views import ConflictView, Edit, describe_conflicts
from fieldkit.storage.conflicts import resolve_conflict
from fieldkit.storage.db import Store
from fieldkit.ui.alive import run_for
from fieldkit.ui.changes import Changes
from fieldkit.ui.messages.dates import shown_qdatetime
from fieldkit.ui.operations import operations_for
from fieldkit.ui.worker import TaskControl, show_error

ROLE_ID = Qt.ItemDataRole.UserRole + 1


class ConflictsView(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.items: list[ConflictView] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(900, 560)
        self.intro = QLabel(
            self.tr(
                "These fields were changed on two laptops at the same time. Sync kept the later "
                "edit and set the other value aside. Choose the value to keep, or type a merged "
                "one; your choice syncs to the team like any edit."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Now in the record"), self.tr("Other")]
        )
        self.table.setAccessibleName(self.tr("Unresolved conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.current_text, self.current_who = _value_box()
        self.other_text, self.other_who = _value_box()
        self.merged_text = QPlainTextEdit()
        self.merged_text.setAccessibleName(self.tr("Merged value"))
        self.merged_text.setTabChangesFocus(True)
        self.keep_button = QPushButton(self.tr("&Keep the value in the record"))
        self.keep_button.clicked.connect(lambda: self._resolve("keep"))
        self.other_button = QPushButton(self.tr("Use the &other value"))
        self.other_button.clicked.connect(lambda: self._resolve("take_losing"))
        self.merge_button = QPushButton(self.tr("Save the &merged value"))
        self.merge_button.clicked.connect(lambda: self._resolve("custom"))
        self.empty_label = QLabel(
            self.tr(
                "There are no conflicts. When the same field is changed on two laptops before "
                "they sync, both values are listed here for you to choose."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build_layout()
        self.reload()

    def _build_layout(self) -> None:
        self.detail = QWidget()
        grid = QGridLayout(self.detail)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        for column, (label, text, who, button) in enumerate(
            (
                (
                    self.tr("Now in the record"),
                    self.current_text,
                    self.current_who,
                    self.keep_button,
                ),
                (self.tr("The other value"), self.other_text, self.other_who, self.other_button),
            )
        ):
            box = QGroupBox(label)
            inner = QVBoxLayout(box)
            inner.addWidget(text)
            inner.addWidget(who)
            inner.addWidget(button)
            grid.addWidget(box, 1, column)
        merged = QGroupBox(self.tr("Or merge them"))
        inner = QVBoxLayout(merged)
        inner.addWidget(self.merged_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.merge_button)
        inner.addLayout(row)
        self.merged_box = merged
        grid.addWidget(merged, 2, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.table.setMinimumHeight(120)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(close)
        self.splitter = splitter

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        store = self.store

        def load(_control: TaskControl) -> list[ConflictView]:
            with store.read() as session:
                return describe_conflicts(session)

        run_for(self, load, on_done=self._show, title=self.tr("Cannot list the conflicts"))

    def _show(self, items: list[ConflictView]) -> None:
        keep = self.current_id()
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                f"{_record_type(item.record_type)}: {item.record_label}",
                _field_label(item.field),
                _one_line(item.current_value),
                _one_line(item.other_value),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ROLE_ID, item.id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.splitter.setVisible(bool(items))
        self.intro.setVisible(bool(items))  # it explains conflicts: only when there are some
        self.empty_label.setVisible(not items)
        ids = [i.id for i in items]
        self.table.setCurrentCell(ids.index(keep) if keep in ids else 0 if items else -1, 0)
        self._show_current()

    def current_id(self) -> str | None:
        item = self.current_item()
        return item.id if item is not None else None

    def current_item(self) -> ConflictView | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select(self, conflict_id: str) -> None:
        for row, item in enumerate(self.items):
            if item.id == conflict_id:
                self.table.setCurrentCell(row, 0)

    def _show_current(self) -> None:
        item = self.current_item()
        self.detail.setEnabled(item is not None)
        if item is None:
            return
        where = f"{_record_type(item.record_type)} “{item.record_label}”"
        gone = "" if item.record_exists else self.tr(" (this record was deleted since)")
        self.title.setText(
            self.tr("<b>%1</b> — %2%3")
            .replace("%1", _escape(_field_label(item.field)))
            .replace("%2", _escape(where))
            .replace("%3", _escape(gone))
        )
        self.current_text.setPlainText(_full(item.current_value))
        self.other_text.setPlainText(_full(item.other_value))
        self.current_who.setText(self._who(item.current_edit))
        self.other_who.setText(self._who(item.other_edit))
        self.merged_text.setPlainText(_full(item.current_value))
        self.merged_box.setVisible(item.mergeable)
        self.merged_box.setEnabled(item.record_exists)
        self.other_button.setEnabled(item.record_exists)

    def _who(self, edit: Edit) -> str:
        if not edit.device:
            who = self.tr("unknown device")
        elif edit.own_device:
            who = self.tr("this laptop")
        else:
            who = self.tr("another laptop (device %1)").replace("%1", edit.device[:8])
        if edit.wall_ms is None:
            return self.tr("Changed on %1").replace("%1", who)
        when = QDateTime.fromMSecsSinceEpoch(edit.wall_ms)
        return self.tr("Changed on %1, %2").replace("%1", who).replace("%2", shown_qdatetime(when))

    # --- resolving -----------------------------------------------------------------------

    def _resolve(self, choice: str) -> None:
        item = self.current_item()
        if item is None:
            return
        store, conflict_id = self.store, item.id
        value: Any = self.merged_text.toPlainText() if choice == "custom" else None

        def work(session: Any) -> str:
            resolve_conflict(
                session,
                conflict_id=conflict_id,
                choice=choice,  # type: ignore[arg-type]
                value=value,
            )
            return conflict_id

        self.detail.setEnabled(False)
        operations_for(self, store).run(
            work,
            changes=Changes.all(),  # any row of the study may be the one resolved
            on_done=self._resolved,
            on_failed=self._resolve_failed,
            owner=self,
            title=self.tr("Cannot resolve this conflict"),
        )

    def _resolved(self, _conflict_id: str) -> None:
        self.reload()

    def _resolve_failed(self, exc: BaseException) -> None:
        self.detail.setEnabled(True)
        show_error(self, self.tr("Cannot resolve this conflict"), exc)
        self.reload()


def _value_box() -> tuple[QPlainTextEdit, QLabel]:
    text = QPlainTextEdit()
    text.setReadOnly(True)
    who = QLabel()
    who.setWordWrap(True)
    return text, who


def _full(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictsView", "yes" if value else "no")
    return str(value)


def _one_line(value: Any) -> str:
    if value is None:
        return "—"
    text = " ".join(_full(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def _record_type(record_type: str) -> str:
    return record_type.replace("_", " ").capitalize()


def _field_label(field: str) -> str:
    return field.replace("_", " ").capitalize()


def _escape(text: str) -> str:
    import html

    return html.escape(text)


__all__ = ["ConflictsView"]
