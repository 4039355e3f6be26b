"""A dialog of fields whose Save writes off the GUI thread and stays open on an error.

Subclasses lay out their fields in ``self.form`` and implement :meth:`FormDialog.make_job`,
which reads the fields (on the GUI thread) and returns a function of a write session (run on a
worker thread). Save disables the buttons while the job runs; success emits ``saved`` with the
job's result and closes the dialog; an error (a ``ValidationError`` from storage: an empty
title, a duplicate code, a bad date) is shown above the buttons, in words, and everything typed
stays in the fields.

The buttons are made before the subclass adds its fields, so Qt's focus chain would start at
Save: typing on opening would land on the button (a space pressing Save). On first show the
fields come first in the Tab order, the buttons last, and the first field has the focus.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.alive import while_alive
from fieldkit.ui.codebook.palette_colors import WarningBanner
from fieldkit.ui.operations import Job, Runner
from fieldkit.ui.worker import error_text

# The job and runner types live with the operations: a dialog's save is one of them.


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
        self._focus_ordered = False

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._focus_ordered:
            self._focus_ordered = True
            self._fields_before_buttons()
        super().showEvent(event)

    def _fields_before_buttons(self) -> None:
        """Tab order: every field in the order the chain holds them, then the buttons."""
        buttons = [b for b in self.buttons.buttons() if b.focusPolicy() != Qt.FocusPolicy.NoFocus]
        fields: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and widget not in fields:
            if (
                widget not in buttons
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(self)
                and widget.isEnabled()
            ):
                fields.append(widget)
            widget = widget.nextInFocusChain()
        if not fields:
            return
        chain = [*fields, *buttons]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        fields[0].setFocus(Qt.FocusReason.TabFocusReason)

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
