"""Edit ▸ Preferences…, and the researcher's name asked once at the first start.

The preferences are a simple form: each row is a label, a widget and what to do with it on OK
(:meth:`PreferencesDialog.add_row`), so another choice (say, the app's language) is one more
call. The first row is the researcher's own name, kept in the data folder's settings as
``fieldkit profile --name`` keeps it: Interviewer and Observer start from it, and reports print
it as "Prepared by" (never the computer's account name).

At the first start of a data folder without that name, :func:`ask_name_once` asks for it in a
small window-modal prompt (without blocking the event loop); answered or put off, it is not
asked again: Preferences is where it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.settings import Settings

NAME_ASKED = "display_name_asked"  # in Settings.extra: the first-start prompt was shown


def save_display_name(data_dir: Path, name: str) -> None:
    """The researcher's name as typed (spaces tidied); empty clears it."""
    settings = Settings.load(data_dir)
    settings.display_name = " ".join(name.split()) or None
    settings.extra[NAME_ASKED] = True
    settings.save(data_dir)


def _name_edit(data_dir: Path) -> QLineEdit:
    edit = QLineEdit(Settings.load(data_dir).display_name or "")
    edit.setAccessibleName(QCoreApplication.translate("Preferences", "Your name"))
    edit.setPlaceholderText(QCoreApplication.translate("Preferences", "e.g. Amina Yusuf"))
    edit.setMaxLength(200)
    return edit


class PreferencesDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Preferences"))
        self._apply: list[Callable[[], None]] = []
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.name_edit = _name_edit(data_dir)
        self.add_row(
            self.tr("Your &name:"),
            self.name_edit,
            lambda: save_display_name(data_dir, self.name_edit.text()),
        )
        note = QLabel(
            self.tr(
                "Shown as Interviewer or Observer of new records and as “Prepared by” in reports."
            )
        )
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def add_row(self, label: str, widget: QWidget, apply: Callable[[], None]) -> None:
        """One more preference: ``apply`` runs on OK, in the order the rows were added."""
        self.form.addRow(label, widget)
        self._apply.append(apply)

    def accept(self) -> None:
        for apply in self._apply:
            apply()
        super().accept()


class NamePrompt(QDialog):
    """What is your name? Asked once, at the first start."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Welcome to fieldkit"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What is your name? fieldkit writes it as Interviewer or Observer of the "
                "records you make and as “Prepared by” in your reports. You can change it "
                "later in Edit ▸ Preferences…"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = _name_edit(data_dir)
        form.addRow(self.tr("Your &name:"), self.name_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.later = self.buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def done(self, result: int) -> None:
        typed = self.name_edit.text() if result == QDialog.DialogCode.Accepted else ""
        save_display_name(self.data_dir, typed)  # asked: not again, whatever the answer
        super().done(result)


def ask_name_once(
    parent: QWidget, data_dir: Path, then: Callable[[], object] | None = None
) -> NamePrompt | None:
    """At a first start without the researcher's name, ask it (window-modal, not blocking);
    ``then`` runs once it is answered or put off, or at once when nothing is asked."""
    settings = Settings.load(data_dir)
    if settings.display_name or settings.extra.get(NAME_ASKED):
        if then is not None:
            then()
        return None
    prompt = NamePrompt(data_dir, parent)
    if then is not None:
        prompt.finished.connect(lambda _result: then())
    prompt.open()
    return prompt


__all__ = ["NamePrompt", "PreferencesDialog", "ask_name_once", "save_display_name"]
