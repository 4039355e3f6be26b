"""A dialog of fields whose Save writes off the GUI thread and stays open on an error.

Subclasses lay out their fields in ``self.form`` and implement :meth:`FormDialog.make_job`,
which reads the fields (on the GUI thread) and returns a function of a write session (run on a
worker thread). Save disables the buttons while the job runs; success emits ``saved`` with the
job's result and closes the dialog; an error (a ``ValidationError`` from storage: an empty
title, a duplicate code, a bad date) is shown above the buttons, in words, and everything typed
stays in the fields.

Before any write, every field's problem is collected at once (a date that cannot be read, a time
of day that is not one, a required field left empty, whatever :meth:`FormDialog.more_problems`
adds): all are listed above the buttons and each is also shown in a line under its own field,
so a researcher fixes them in one go instead of meeting them one Save at a time.

The buttons are made before the subclass adds its fields, so Qt's focus chain would start at
Save: typing on opening would land on the button (a space pressing Save). On first show the
fields come first in the Tab order, the buttons last, and the first field has the focus.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.alive import while_alive
from fieldkit.ui.codebook.palette_colors import WarningBanner
from fieldkit.ui.dialogs.date_field import DateField, TimeField
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
        self.required: list[
            tuple[QLineEdit | QComboBox, str]
        ] = []  # fields that must not stay empty
        self.hints: dict[QWidget, QLabel] = {}  # a problem's line under its field
        # A storage refusal starting with one of these words is also shown under that field
        # ("participant code 'P-01' is already used…" under Code).
        self.error_fields: dict[str, QWidget] = {}
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

    def require(self, field: QLineEdit | QComboBox, name: str) -> None:
        self.required.append((field, name))

    def more_problems(self) -> list[tuple[QWidget, str]]:
        """Checks of a particular form, beyond its fields' own: (field, sentence) pairs."""
        return []

    def problems(self) -> list[tuple[QWidget, str]]:
        """Every problem of the form, in the order of its fields."""
        found: list[tuple[QWidget, str]] = []
        for field, name in self.required:
            typed = field.currentText() if isinstance(field, QComboBox) else field.text()
            if not typed.strip():
                found.append((field, self.tr("%1 is required.").replace("%1", name)))
        for widget in self.findChildren(QWidget):
            if not isinstance(widget, DateField | TimeField) or not widget.isVisibleTo(self):
                continue
            if text := widget.problem():
                found.append((widget, text))
        found.extend(self.more_problems())
        return found

    def show_problems(self, found: list[tuple[QWidget, str]]) -> None:
        for label in self.hints.values():
            self._hint_visible(label, False)
        if not found:
            self.error_label.hide()
            return
        for field, text in found:
            self._hint(field, text)
        if len(found) == 1:
            self.error_label.setText(found[0][1])
        else:
            lines = "\n".join(f"• {text}" for _field, text in found)
            head = self.tr("Please fix these %1 things, then save again:")
            count = QLocale().toString(len(found))  # "(٢)" in Arabic, as its dates
            self.error_label.setText(head.replace("%1", count) + "\n" + lines)
        self.error_label.show()
        found[0][0].setFocus()

    def _hint(self, field: QWidget, text: str) -> None:
        label = self.hints.get(field)
        if label is None:
            layout = next(
                (f for f in self.findChildren(QFormLayout) if _row(f, field) >= 0),
                None,
            )
            if layout is None:
                return  # not laid out in a form row: the list above the buttons names it
            label = WarningBanner()
            label.setAccessibleName(self.tr("Problem with this field"))
            layout.insertRow(_row(layout, field) + 1, "", label)
            self.hints[field] = label
        label.setText(text)
        self._hint_visible(label, True)

    def _hint_visible(self, label: QLabel, visible: bool) -> None:
        for layout in self.findChildren(QFormLayout):
            if _row(layout, label) >= 0:
                layout.setRowVisible(label, visible)

    def submit(self) -> None:
        if self.saving:
            return
        found = self.problems()
        self.show_problems(found)
        if found:
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
        said = str(exc).lower()
        for start, field in self.error_fields.items():
            if said.startswith(start.lower() + " "):
                self._hint(field, error_text(exc))
                break

    def reject(self) -> None:
        if self.saving:  # the write is under way: let it finish (it cannot be taken back)
            return
        super().reject()


def _row(layout: QFormLayout, widget: QWidget) -> int:
    """The form row holding ``widget``; -1 when it is not in this form."""
    position: Any = layout.getWidgetPosition(widget)
    return int(position[0])
