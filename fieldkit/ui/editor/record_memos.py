"""Memos on the open interview or observation: a list under the codings, with add and edit.

"Add memo…" and "Edit…" (or a double-click) open a small dialog; its Save goes through the
record editor's save queue (off the GUI thread, in order with the other saves of the record);
an error keeps the dialog open with what was typed. "Delete" asks first. The list shows each
memo's title (or first line), author and date; hovering shows the whole memo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.editing import EditableRecord
from fieldkit.storage.memos import add_memo, delete_memo, update_memo
from fieldkit.storage.record_extras import MemoView, load_memos
from fieldkit.ui.actions.delete_key import on_delete_key
from fieldkit.ui.author import author
from fieldkit.ui.changes import Changes
from fieldkit.ui.dialogs.case_dialogs import line_edit, text_box
from fieldkit.ui.dialogs.form_dialog import FormDialog, Job, Runner
from fieldkit.ui.editor.autosave import Saved, SaveQueue
from fieldkit.ui.worker import show_error

ROLE_MEMO = Qt.ItemDataRole.UserRole + 1


def queue_runner(queue: SaveQueue, record_id: str) -> Runner:
    """Run a dialog's job through the editor's save queue, for ``record_id``."""

    def run(job: Job, on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]):
        def done(saved: Saved) -> None:
            on_done(saved.result)

        changes = Changes.of(memos=record_id)
        queue.run(record_id, job, on_done=done, on_failed=on_failed, changes=changes)

    return run


class MemoDialog(FormDialog):
    def __init__(
        self, runner: Runner, *, record_id: str, memo: MemoView | None = None, parent=None
    ) -> None:
        super().__init__(runner, parent)
        self.record_id = record_id
        self.memo_id = memo.id if memo else None
        self.setWindowTitle(self.tr("Edit memo") if memo else self.tr("New memo"))
        self.title = line_edit(
            self.tr("Memo title"), memo.title if memo else "", self.tr("optional")
        )
        self.body = text_box(self.tr("Memo"), memo.body if memo else "", 160)
        self.body.setTabChangesFocus(False)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Memo:"), self.body)
        self.resize(520, 320)

    def make_job(self) -> Job:
        record_id, memo_id = self.record_id, self.memo_id
        title, body, user = self.title.text(), self.body.toPlainText(), author()

        def job(session: Any) -> tuple[MemoView, ...]:
            if memo_id is None:
                add_memo(session, target_id=record_id, title=title, body=body, author=user)
            else:
                update_memo(session, memo_id=memo_id, title=title, body=body)
            return load_memos(session, target_id=record_id)

        return job


class RecordMemos(QWidget):
    def __init__(self, queue: SaveQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.record_id: str | None = None
        self.memos: tuple[MemoView, ...] = ()
        self.dialog: MemoDialog | None = None
        heading = QLabel(self.tr("<b>Memos</b>"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Memos on this record"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        heading.setBuddy(self.list)
        self.add_button = QPushButton(self.tr("&Add memo…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete memo"))
        self.delete_button.clicked.connect(self.delete_current)
        self.add_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_current)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.list.currentItemChanged.connect(self._update_buttons)
        self._list_actions()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _list_actions(self) -> None:
        """Right-click on a memo: Edit…, Delete… (the Delete key too)."""
        edit = QAction(self.tr("&Edit memo…"), self.list)
        edit.triggered.connect(self.open_current)
        delete = QAction(self.tr("&Delete memo…"), self.list)
        delete.triggered.connect(self.delete_current)
        on_delete_key(self.list, self.delete_current)
        self.list.addActions([edit, delete])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_record(
        self, record: EditableRecord | None, memos: Sequence[MemoView] | None = None
    ) -> None:
        """Show the record's memos: ``memos`` as already read, or read now when None."""
        self.record_id = record.id if record else None
        if record is None:
            self.set_memos(())
            return
        if memos is None:
            with self.queue.store.read() as session:
                memos = load_memos(session, target_id=record.id)
        self.set_memos(memos)

    def set_memos(self, memos: Sequence[MemoView]) -> None:
        current = self.current_id()
        self.memos = tuple(memos)
        self.list.clear()
        for memo in self.memos:
            meta = " · ".join(x for x in (memo.author, memo.updated) if x)
            item = QListWidgetItem(f"{memo.heading}\n{meta}")
            item.setToolTip(memo.body)
            item.setData(ROLE_MEMO, memo.id)
            self.list.addItem(item)
            if memo.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ROLE_MEMO)) if item is not None else None

    def _update_buttons(self, *_args: object) -> None:
        self.add_button.setEnabled(self.record_id is not None)
        self.edit_button.setEnabled(self.current_id() is not None)
        self.delete_button.setEnabled(self.current_id() is not None)

    def open_new(self) -> None:
        self._open(None)

    def open_current(self) -> None:
        memo = next((m for m in self.memos if m.id == self.current_id()), None)
        if memo is not None:
            self._open(memo)

    def delete_current(self) -> None:
        """Delete the selected memo, after asking (it can be restored only from a sync peer)."""
        memo = next((m for m in self.memos if m.id == self.current_id()), None)
        record_id = self.record_id
        if memo is None or record_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete memo"),
            self.tr("Delete the memo “%1”?").replace("%1", memo.heading),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def job(session: Any) -> tuple[MemoView, ...]:
            delete_memo(session, memo_id=memo.id)
            return load_memos(session, target_id=record_id)

        self.queue.run(
            record_id,
            job,
            on_done=lambda saved: self._saved(record_id, saved.result),
            on_failed=lambda exc: show_error(self, self.tr("Not deleted"), exc),
            changes=Changes.of(memos=memo.id),
        )

    def _open(self, memo: MemoView | None) -> None:
        record_id = self.record_id
        if record_id is None:
            return
        dialog = MemoDialog(
            queue_runner(self.queue, record_id), record_id=record_id, memo=memo, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda memos: self._saved(record_id, memos))
        self.dialog = dialog
        dialog.open()

    def _saved(self, record_id: str, memos: tuple[MemoView, ...]) -> None:
        if record_id == self.record_id:
            self.set_memos(memos)


def beside_memos(panel: QWidget, memos: RecordMemos) -> QSplitter:
    """The codings panel above the memos, in one column that can be resized."""
    column = QSplitter(Qt.Orientation.Vertical)
    column.addWidget(panel)
    column.addWidget(memos)
    column.setStretchFactor(0, 3)
    column.setStretchFactor(1, 1)
    return column
