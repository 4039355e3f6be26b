"""Encryption at rest in the app: unlock at start, File ▸ Encrypt this folder…, lock when idle.

* :func:`unlock_at_start` asks for the passphrase of an encrypted folder (the keyring first,
  where one exists) before the main window opens.
* :class:`FolderProtection` adds "Encrypt this folder…" to the File menu (it converts the open
  folder in place and shows the recovery key), and, in an encrypted folder, locks the window
  after a chosen idle time: the window hides behind the passphrase dialog; a recording in
  progress goes on (its writer and the store are untouched), only the screen is locked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldkitError, WrongPassphraseError
from fieldkit.storage.crypto.folder_key import FolderKey, is_encrypted, key_fits, unlock
from fieldkit.storage.db import Store
from fieldkit.ui.messages import error_message

LOCK_SETTING = "security/lock_after_minutes"
DEFAULT_LOCK_MINUTES = 10
LOCK_CHOICES = (5, 10, 30, 60, 0)  # 0: never
Clock = Callable[[], float]


class PassphraseDialog(QDialog):
    """Ask for an encrypted folder's passphrase; ``key`` is set once it unlocks the folder."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, locked: bool = False):
        super().__init__(parent)
        self.data_dir = data_dir
        self.key: FolderKey | None = None
        self.setWindowTitle(self.tr("fieldkit is locked") if locked else self.tr("Unlock"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.remember = QCheckBox(self.tr("&Remember on this computer (keyring)"))
        self.remember.setVisible(not locked)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The data folder %1 is encrypted. Enter its passphrase (or its recovery key)."
                ).replace("%1", str(data_dir))
            )
        )
        layout.addWidget(self.passphrase)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # Argon2id: under a second
        try:
            self.key = unlock(self.data_dir, self.passphrase.text())
        except WrongPassphraseError:
            self.problem.setText(self.tr("That passphrase does not unlock this folder."))
            self.passphrase.selectAll()
            return
        except FieldkitError as exc:
            self.problem.setText(error_message(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if self.remember.isChecked():
            from fieldkit.storage.crypto.keyring_store import KeyringUnavailableError, remember

            try:
                remember(self.data_dir, self.key)
            except KeyringUnavailableError as exc:
                QMessageBox.information(self, self.tr("Not remembered"), error_message(exc))
        self.accept()


def unlock_at_start(data_dir: Path) -> FolderKey | None:
    """The key of an encrypted folder (keyring, else asked); None for a plain folder.

    Raises FieldkitError when the researcher cancels, so the app says why it stops.
    """
    from fieldkit.storage.crypto.keyring_store import recall
    from fieldkit.storage.crypto.swap import finish_interrupted

    if data_dir.is_dir():
        finish_interrupted(data_dir)
    if not is_encrypted(data_dir):
        return None
    remembered = recall(data_dir)
    if remembered is not None and key_fits(data_dir, remembered):
        return remembered
    dialog = PassphraseDialog(data_dir)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.key is None:
        raise FieldkitError("the data folder stays locked: no passphrase was given")
    return dialog.key


class EncryptDialog(QDialog):
    """A new passphrase, twice, and the warning that nobody can recover a forgotten one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypt this folder"))
        warning = QLabel(
            self.tr(
                "Everything in this data folder will be encrypted with a passphrase. A forgotten "
                "passphrase cannot be recovered by anyone: without it, or the recovery key you "
                "will be shown next, the interviews are lost for good."
            )
        )
        warning.setWordWrap(True)
        self.first, self.second = QLineEdit(), QLineEdit()
        for field, name in ((self.first, self.tr("Passphrase")), (self.second, self.tr("Again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.understood = QCheckBox(self.tr("I understand a lost passphrase cannot be recovered"))
        self.problem = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.understood)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _check(self) -> None:
        from fieldkit.storage.crypto.folder_key import check_new_passphrase

        if self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return
        try:
            check_new_passphrase(self.first.text())
        except FieldkitError as exc:
            self.problem.setText(error_message(exc))
            return
        if not self.understood.isChecked():
            self.problem.setText(self.tr("Tick the box to confirm you understand."))
            return
        self.accept()


class NewFolderDialog(EncryptDialog):
    """A new data folder: protect it with a passphrase from the start, or not."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New data folder"))
        self.protect = QCheckBox(
            self.tr("&Encrypt %1 with a passphrase (recommended on a laptop)").replace(
                "%1", str(data_dir)
            )
        )
        self.protect.setChecked(True)
        self.protect.toggled.connect(self._follow)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.protect)

    def _follow(self, on: bool) -> None:
        for widget in (self.first, self.second, self.understood):
            widget.setEnabled(on)

    def _check(self) -> None:
        if self.protect.isChecked():
            super()._check()
        else:
            self.accept()


def ask_new_folder(data_dir: Path) -> tuple[FolderKey | None, str | None]:
    """For a folder that does not exist yet: (key, recovery key) if the researcher chose to
    encrypt it, (None, None) if not. Cancel raises FieldkitError (the app does not start)."""
    from fieldkit.storage.crypto.folder_key import create_key
    from fieldkit.storage.durable import make_private_dir

    dialog = NewFolderDialog(data_dir)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        raise FieldkitError("no data folder was created")
    if not dialog.protect.isChecked():
        return None, None
    make_private_dir(data_dir)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        key, recovery = create_key(data_dir, dialog.first.text())
    finally:
        QApplication.restoreOverrideCursor()
    return key, recovery


def show_recovery_key(parent: QWidget, recovery: str, data_dir: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("FolderProtection", "Recovery key"))
    box.setText(
        QCoreApplication.translate(
            "FolderProtection",
            "The folder is encrypted. This recovery key opens it if the passphrase is "
            "forgotten. Print it or write it down, and keep it away from the laptop:\n\n%1",
        ).replace("%1", recovery)
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    save = box.addButton(
        QCoreApplication.translate("FolderProtection", "&Save to a file to print…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is save:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("FolderProtection", "Save the recovery key")
        )
        if name:
            from fieldkit.storage.crypto.folder_key import write_recovery_file

            try:
                write_recovery_file(Path(name), recovery, data_dir)
            except OSError as exc:
                QMessageBox.warning(
                    parent, QCoreApplication.translate("FolderProtection", "Not saved"), str(exc)
                )


class FolderProtection(QObject):
    """File ▸ Encrypt this folder…, and the idle lock of an encrypted folder."""

    def __init__(self, window: QMainWindow, store: Store, *, clock: Clock = time.monotonic):
        super().__init__(window)
        self.window, self.store, self.clock = window, store, clock
        self.last_input = clock()
        self.locked = False
        self.encrypt_action = QAction(self.tr("&Encrypt this folder…"), self)
        self.encrypt_action.triggered.connect(self.ask_encrypt)
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check_idle)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._update()

    def install(self, file_menu: QMenu) -> None:
        file_menu.addAction(self.encrypt_action)
        self.lock_menu = file_menu.addMenu(self.tr("&Lock when idle"))
        group = QActionGroup(self)
        current = self.lock_after_minutes()
        for minutes in LOCK_CHOICES:
            text = (
                self.tr("After %1 minutes").replace("%1", str(minutes))
                if minutes
                else self.tr("Never")
            )
            action = self.lock_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(minutes == current)
            action.setData(minutes)
            group.addAction(action)
        group.triggered.connect(self._choose_lock)
        self._update()

    def _choose_lock(self, action: QAction) -> None:
        QSettings().setValue(LOCK_SETTING, int(action.data()))

    @staticmethod
    def lock_after_minutes() -> int:
        value = QSettings().value(LOCK_SETTING, DEFAULT_LOCK_MINUTES)
        try:
            return max(0, int(value))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.last_input = self.clock()
        return False

    def check_idle(self) -> None:
        minutes = self.lock_after_minutes()
        idle = self.clock() - self.last_input
        if self.store.encrypted and not self.locked and 0 < minutes * 60 <= idle:
            self.lock()

    def lock(self) -> None:
        """Hide the window behind the passphrase; the store and any recording go on."""
        self.locked = True
        self.window.hide()
        dialog = PassphraseDialog(self.store.data_dir, locked=True)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(dialog.show)  # no way around it but the passphrase
        self.dialog = dialog
        dialog.show()

    def _unlocked(self) -> None:
        self.locked = False
        self.last_input = self.clock()
        self.window.show()

    def ask_encrypt(self) -> None:
        dialog = EncryptDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from fieldkit.ui.worker import show_error

        try:
            recovery = self.encrypt_with(dialog.first.text())
        except FieldkitError as exc:
            show_error(self.window, self.tr("The folder was not encrypted"), exc)
            return
        show_recovery_key(self.window, recovery, self.store.data_dir)

    def encrypt_with(self, passphrase: str) -> str:
        """Convert the open folder in place; the windows go on with the same store."""
        from fieldkit.storage.crypto.convert import encrypt_folder
        from fieldkit.ui.worker import wait_for_tasks

        wait_for_tasks(30_000)  # nothing reads the database while it is moved
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.store.engine.dispose()
            recovery = encrypt_folder(self.store.data_dir, passphrase)
            self.store.switch_to_encrypted(unlock(self.store.data_dir, passphrase))
        finally:
            QApplication.restoreOverrideCursor()
        self._update()
        return recovery

    def _update(self) -> None:
        self.encrypt_action.setEnabled(not self.store.encrypted)
        if hasattr(self, "lock_menu"):
            self.lock_menu.setEnabled(self.store.encrypted)
        if self.store.encrypted:
            self.timer.start()
        else:
            self.timer.stop()


__all__ = [
    "FolderProtection",
    "NewFolderDialog",
    "PassphraseDialog",
    "ask_new_folder",
    "unlock_at_start",
]
