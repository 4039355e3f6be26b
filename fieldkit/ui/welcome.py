"""The first start on an empty data folder: three ways in, in the interface's language.

"Explore the demo study" makes the small demo corpus in a separate data folder (beside this
one, so the researcher's own folder stays empty) and opens the app on it; "Start a new study"
asks for a name and creates the study with the default codebook in the interface's language
(English where the codebook is not translated); "Sign in to my team's server" opens the sync
settings.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QProcess
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError
from fieldkit.ui.messages import error_message

if TYPE_CHECKING:
    from fieldkit.ui.main_window import MainWindow

DEMO, NEW_STUDY, SIGN_IN = "demo", "new-study", "sign-in"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to fieldkit"))
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "fieldkit keeps your interviews, observations and coding on this computer; "
                "it works without a connection. How would you like to start?"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for key, title, detail in (
            (
                DEMO,
                self.tr("Explore the demo study"),
                self.tr("Seven example cases in a separate data folder; your own stays empty."),
            ),
            (
                NEW_STUDY,
                self.tr("Start a new study"),
                self.tr("With the default learning-ecosystem codebook, ready to edit."),
            ),
            (
                SIGN_IN,
                self.tr("Sign in to my team's server"),
                self.tr("Receive your team's studies and send your work when online."),
            ),
        ):
            button = QCommandLinkButton(title, detail)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            layout.addWidget(button)
            self.buttons[key] = button

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


def demo_folder(data_dir: Path) -> Path:
    """Where the demo study goes: beside the researcher's own data folder."""
    return data_dir.with_name(data_dir.name + "-demo")


def fieldkit_command() -> list[str]:
    """How to start fieldkit again: the bundle's own executable, else this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "fieldkit"]


def start_demo(data_dir: Path, parent: QWidget) -> QProcess:
    """Make the small demo in its own folder, then open the app on it (a second window)."""
    folder = demo_folder(data_dir)
    command = fieldkit_command()
    make = QProcess(parent)

    def made(code: int, _status: QProcess.ExitStatus) -> None:
        if code == 0:
            QProcess.startDetached(command[0], [*command[1:], "--data-dir", str(folder)])
        else:
            error = bytes(make.readAllStandardError().data()).decode("utf-8", "replace")
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("WelcomeDialog", "The demo study could not be made"),
                error.strip()[-500:],
            )

    make.finished.connect(made)
    make.start(command[0], [*command[1:], "--data-dir", str(folder), "demo", "--scale", "small"])
    return make


def create_first_study(window: MainWindow, name: str) -> str | None:
    """Create the study with the codebook in the interface's language; its id, or None."""
    from fieldkit.storage.codebook import CODEBOOK_LANGUAGES
    from fieldkit.storage.records import create_study

    ui_language = QLocale().name().split("_")[0]
    language = ui_language if ui_language in CODEBOOK_LANGUAGES else "en"
    try:
        with window.store.write() as session:
            study = create_study(session, name=name, language=language)
            study_id = study.id
    except FieldkitError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("WelcomeDialog", "The study was not created"),
            error_message(exc),
        )
        return None
    window.refresh()
    return study_id


def offer_welcome(window: MainWindow, data_dir: Path) -> WelcomeDialog | None:
    """On an empty data folder, ask how to start (window-modal, without blocking the event
    loop) and do what is chosen. Returns the dialog shown, or None when studies exist."""
    from fieldkit.storage.records import list_studies

    with window.store.read() as session:
        if list_studies(session):
            return None
    dialog = WelcomeDialog(window)

    def chosen() -> None:
        if dialog.choice == DEMO:
            start_demo(data_dir, window)
        elif dialog.choice == NEW_STUDY:
            ask_study_name(window)
        elif dialog.choice == SIGN_IN:
            window.sync.open_settings()

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


def ask_study_name(window: MainWindow) -> QInputDialog:
    ask = QInputDialog(window)
    ask.setWindowTitle(QCoreApplication.translate("WelcomeDialog", "New study"))
    ask.setLabelText(QCoreApplication.translate("WelcomeDialog", "Study name:"))
    ask.textValueSelected.connect(
        lambda name: create_first_study(window, name.strip()) if name.strip() else None
    )
    ask.open()
    return ask


__all__ = [
    "WelcomeDialog",
    "ask_study_name",
    "create_first_study",
    "demo_folder",
    "fieldkit_command",
    "offer_welcome",
    "start_demo",
]
