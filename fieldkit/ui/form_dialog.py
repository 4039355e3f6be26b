"""A dialog of fields whose Save writes off the GUI thread and stays open on an error.

Subclasses lay out their fields in ``self.form`` and implement :meth:`FormDialog.make_job`,
which reads the fields (on the GUI thread) and returns a function of a write session (run on a
worker thread). Save disables the buttons while the job runs; success emits ``saved`` with the
job's result and closes the dialog; an error (a ``ValidationError`` from storage: an empty
title, a duplicate code, a bad date) is shown above the buttons, in words, and everything typed
stays in the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.db import Store
from fieldkit.ui.alive import while_alive
from fieldkit.ui.palette_colors import WarningBanner
from fieldkit.ui.worker import TaskControl, error_text, run_task

# A job runs in a write transaction and returns what ``saved`` carries (an id, usually).
Job = Callable[[Any], Any]
# Runs a job somewhere off the GUI thread, then calls one of the two callbacks on it.
Runner = Callable[[Job, Callable[[Any], None], Callable[[BaseException], None]], None]


def store_runner(store: Store) -> Runner:
    """Run each job in its own write transaction of ``store``, through ``worker.run_task``."""

    def run(job: Job, on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]):
        def work(_control: TaskControl) -> Any:
            with store.write() as session:
                return job(session)

        run_task(work, on_done=on_done, on_failed=on_failed)

    return run


class FormDialog(QDialog):
    saved = Signal(object)  # the job's result

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.result_value: Any = None
        self.saving = False
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.error_label = WarningBanner()  # light or dark, following the palette
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def make_job(self) -> Job:
        """Read the fields and return the write to run; raise ``FieldkitError`` to refuse."""
        raise NotImplementedError

    def submit(self) -> None:
        if self.saving:
            return
        try:
            job = self.make_job()
        except Exception as exc:  # a check made before any write: shown like a storage error
            self.show_error(exc)
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self._runner(job, while_alive(self, self._on_done), while_alive(self, self._on_failed))

    def show_error(self, exc: BaseException) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    def _on_done(self, result: Any) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.result_value = result
        self.error_label.hide()
        self.accept()  # closed first, so what the window does next (focus the editor) stays
        self.saved.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.show_error(exc)

    def reject(self) -> None:
        if self.saving:  # the write is under way: let it finish (it cannot be taken back)
            return
        super().reject()
