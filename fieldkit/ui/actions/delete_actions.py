"""Delete (with a confirmation that names what goes with it) and undo, for anything by id.

The navigator's Delete key and context menu, the Edit menu and the photo strip ask this object
to delete a row. It reads what the delete would take (``deletion.plan_delete``), asks in a
window-modal box (``self.confirm``, not blocking: tests click its buttons), then deletes
through the window's operations, which tell every view (``Changes.all()``: a case takes its
records, codings and memos with it). Each delete is kept on a stack; **Undo delete** (Ctrl+Z
outside the transcript, and the Edit menu) restores the last one with everything that went with
it (``deletion.restore_row``). The stack lasts while the app runs; ``fieldkit undelete ID``
undoes an older delete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldkit.storage.deletion import (
    DeletePlan,
    delete_row_with,
    find_any,
    plan_delete,
    restore_row,
)
from fieldkit.ui.changes import Changes
from fieldkit.ui.delete_wording import DeleteWording
from fieldkit.ui.worker import TaskControl, run_task, show_error

if TYPE_CHECKING:
    from fieldkit.ui.operations import Operations

MAX_UNDO = 20


class DeleteActions(QObject):
    def __init__(self, ops: Operations, window: QWidget) -> None:
        super().__init__(window)
        self.ops = ops
        self.store = ops.store
        self.window = window
        self.confirm: QMessageBox | None = None  # the open confirmation (tests reach it here)
        self.undo_stack: list[DeletePlan] = []
        self.wording = DeleteWording(self)
        # No shortcut of its own: Edit ▸ Undo (Ctrl+Z) outside the transcript calls undo_last.
        self.undo_action = QAction(self.tr("Undo &delete"), window)
        self.undo_action.triggered.connect(self.undo_last)
        self._update_undo()

    def request_delete(
        self,
        row_id: str,
        *,
        parent: QWidget | None = None,
        on_deleted: Callable[[DeletePlan], None] | None = None,
    ) -> None:
        """Ask, then delete ``row_id`` and what goes with it (nothing happens on Cancel).

        What goes with it is read off the GUI thread (a whole study is many rows); a row gone
        meanwhile (a sync) is said in a message, never a traceback."""
        owner = parent or self.window
        store = self.store

        def read(_control: TaskControl) -> DeletePlan:
            with store.read() as session:
                return plan_delete(session, find_any(session, row_id), with_codings=True)

        run_task(
            read,
            on_done=lambda plan: self._ask(plan, owner, on_deleted),
            on_failed=lambda exc: show_error(owner, self.tr("Cannot delete this"), exc),
            owner=owner,
        )

    def _ask(
        self, plan: DeletePlan, owner: QWidget, on_deleted: Callable[[DeletePlan], None] | None
    ) -> None:
        box = QMessageBox(owner)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete"))
        box.setText(self.tr("Delete the %1?").replace("%1", self.wording.plan_name(plan)))
        goes = self.wording.what_goes(plan)
        detail = self.tr("It takes with it %1.").replace("%1", goes) + " " if goes else ""
        if plan.kind == "theme" and any(noun in ("coding", "tag") for noun, _n in plan.takes):
            detail += self.tr(
                "To keep its codings under another theme, merge it instead (More ▸ Merge into…). "
            )
        box.setInformativeText(
            detail + self.tr("You can undo this with Ctrl+Z (Edit ▸ Undo delete).")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            self.confirm = None
            if box.clickedButton() is delete_button:
                self._delete(plan, owner, on_deleted)

        box.finished.connect(finished)
        self.confirm = box
        box.open()

    def _delete(
        self, plan: DeletePlan, owner: QWidget, on_deleted: Callable[[DeletePlan], None] | None
    ) -> None:
        def job(session: Any) -> DeletePlan:
            return delete_row_with(session, find_any(session, plan.id), with_codings=True)

        def done(made: DeletePlan) -> None:
            self.undo_stack = [*self.undo_stack[-(MAX_UNDO - 1) :], made]
            self._update_undo()
            self._say(
                self.tr("Deleted the %1. Ctrl+Z brings it back.").replace(
                    "%1", self.wording.plan_name(made)
                )
            )
            if on_deleted is not None:
                on_deleted(made)

        self.ops.run(job, changes=Changes.all(), on_done=done, owner=owner, title=self.tr("Delete"))

    def undo_last(self) -> bool:
        """Restore the last delete of this session; False when there is none."""
        if not self.undo_stack:
            return False
        plan = self.undo_stack.pop()
        self._update_undo()

        def job(session: Any) -> DeletePlan:
            return restore_row(session, find_any(session, plan.id, deleted=True))

        def failed(exc: BaseException) -> None:
            show_error(self.window, self.tr("Cannot undo the delete"), exc)

        def done(restored: DeletePlan) -> None:
            self._say(self.tr("Restored the %1.").replace("%1", self.wording.plan_name(restored)))

        self.ops.run(job, changes=Changes.all(), on_done=done, on_failed=failed, owner=self.window)
        return True

    def _update_undo(self) -> None:
        last = self.undo_stack[-1] if self.undo_stack else None
        self.undo_action.setEnabled(last is not None)
        self.undo_action.setText(
            self.tr("Undo &delete of %1").replace("%1", self.wording.plan_name(last))
            if last is not None
            else self.tr("Undo &delete")
        )

    def _say(self, text: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(text, 8000)
