"""File ▸ Back up…, Restore…, Export log…, Withdraw and erase a participant…, and the reminder
when the last backup is more than a week old. Every piece of work runs through ``run_task``."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
)

from fieldkit.errors import FieldkitError
from fieldkit.storage.db import Store
from fieldkit.storage.models import ExportRecord
from fieldkit.ui.worker import TaskControl, error_text, run_task, show_error


def _sealed(backup: Path) -> bool:
    """Does the backup ask for a passphrase? (its header: one short line, read here)"""
    from fieldkit.storage.backup import read_header

    try:
        return read_header(backup).get("encryption") == "passphrase"
    except (OSError, FieldkitError):
        return False  # the restore itself says what is wrong with the file


def _wall_ms() -> int:
    return int(time.time() * 1000)


class ProtectActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        selection: Callable[[], tuple[str | None, str | None, str | None]],
        on_changed: Callable[[], None],
        now_ms: Callable[[], int] = _wall_ms,
    ) -> None:
        super().__init__(window)
        self.window, self.store, self.selection = window, store, selection
        self.on_changed, self.now_ms = on_changed, now_ms
        self.last_message = ""
        self.log_dialog: QDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.reminded: bool | None = None  # the last reminder check: due or not
        self.back_up_action = self._action(self.tr("&Back up…"), self.back_up)
        self.restore_action = self._action(self.tr("&Restore a backup…"), self.restore)
        self.log_action = self._action(self.tr("Export &log…"), self.show_export_log)
        self.erase_action = self._action(
            self.tr("&Withdraw and erase a participant…"), self.ask_erase
        )

    def _action(self, text: str, handler: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda: handler())
        return action

    def fill(self, file_menu: QMenu) -> None:
        file_menu.addSeparator()
        file_menu.addActions([self.back_up_action, self.restore_action, self.log_action])
        file_menu.addAction(self.erase_action)

    def _say(self, message: str) -> None:
        self.last_message = message
        self.window.statusBar().showMessage(message.splitlines()[0], 15000)

    # --- backups ---------------------------------------------------------------------------

    def remind_if_due(self) -> TaskControl:
        """Say so in the status bar when the folder was not backed up for a week."""
        store, now = self.store, self.now_ms

        def work(_control: TaskControl) -> tuple[bool, bool]:
            from fieldkit.storage.backup_reminder import backup_due, last_backup_ms

            return backup_due(store, now), last_backup_ms(store) is None

        def done(result: tuple[bool, bool]) -> None:
            due, never = result
            self.reminded = due
            if due and never:
                self._say(self.tr("This folder has never been backed up: File ▸ Back up…"))
            elif due:
                self._say(self.tr("Your last backup is more than a week old: File ▸ Back up…"))

        return run_task(work, on_done=done, parent=self.window)

    def back_up(
        self, target: Path | None = None, passphrase: str | None = None
    ) -> TaskControl | None:
        """``passphrase``: seal the backup with it (asked when the file is chosen here; an
        encrypted folder's backup stays under the folder's key and is not asked)."""
        if target is None:
            suggested = Path.home() / f"fieldkit-backup-{date.today().isoformat()}.fkb"
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Back up this data folder"),
                str(suggested),  # a name to accept at once, not the app's working folder
                "fieldkit backup (*.fkb)",
            )
            if not chosen:
                return None
            target = Path(chosen)
            if not target.suffix:  # "laptop" is saved as "laptop.fkb"
                target = target.with_name(target.name + ".fkb")
            if self.store.key is None:
                passphrase = self._ask_secret(
                    self.tr(
                        "A passphrase to encrypt the backup (leave empty for none). A forgotten "
                        "passphrase cannot be recovered:"
                    )
                )
                if passphrase is not None and not self._confirmed(passphrase):
                    return None  # a typo would make the backup unreadable: nothing written
        store, now, path, secret = self.store, self.now_ms, target, passphrase or None

        def work(_control: TaskControl) -> str:
            from fieldkit.storage.backup import write_backup
            from fieldkit.storage.backup_reminder import note_backup
            from fieldkit.storage.blobs import human_size

            info = write_backup(
                store.data_dir, path, device_id=store.device_id, key=store.key, passphrase=secret
            )
            note_backup(store, now)
            if secret is not None:
                said = self.tr("Backed up to {0} ({1}), encrypted with your passphrase.")
            elif store.key is not None:
                said = self.tr("Backed up to {0} ({1}), encrypted with this folder's key.")
            else:
                said = self.tr("Backed up to {0} ({1}). Not encrypted: keep it safe.")
            return said.format(info.path, human_size(info.size))

        return run_task(
            work,
            on_done=self._say,
            on_failed=self._failed(self.tr("Back up")),
            parent=self.window,
            title=self.tr("Backing up"),
            show_progress=True,
        )

    def _confirmed(self, passphrase: str) -> bool:
        """The passphrase typed a second time, the same: else say so (nothing is written)."""
        again = self._ask_secret(self.tr("Type the backup's passphrase again:"))
        if again == passphrase:
            return True
        QMessageBox.warning(
            self.window,
            self.tr("Backup passphrase"),
            self.tr("The two passphrases differ. Nothing was backed up: try again."),
        )
        return False

    def _ask_secret(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.window, self.tr("Backup passphrase"), label, QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    def restore(
        self,
        source: Path | None = None,
        folder: Path | None = None,
        passphrase: str | None = None,
    ) -> TaskControl | None:
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Restore a backup"), "", "fieldkit backup (*.fkb)"
            )
            if not chosen:
                return None
            source = Path(chosen)
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("An empty folder for the restored data")
            )
            if not chosen:
                return None
            folder = Path(chosen)
        backup, target = source, folder
        if passphrase is None and _sealed(backup):
            passphrase = self._ask_secret(self.tr("The passphrase of this backup:"))
            if passphrase is None:
                return None
        secret = passphrase

        def work(_control: TaskControl) -> str:
            from fieldkit.storage.backup import restore_backup

            ask = (lambda: secret) if secret is not None else None
            files = restore_backup(backup, target, ask_passphrase=ask)
            return self.tr(
                "Restored {0} files into {1}. Open it with: fieldkit --data-dir {1}; it takes a "
                "new device identity at its first sync (sign in again)."
            ).format(files, target)

        return run_task(
            work,
            on_done=self._say,
            on_failed=self._failed(self.tr("Restore")),
            parent=self.window,
            title=self.tr("Restoring"),
            show_progress=True,
        )

    def _failed(self, title: str) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            self.last_message = error_text(exc)
            show_error(self.window, title, exc)

        return failed

    # --- the export log --------------------------------------------------------------------

    def show_export_log(self) -> TaskControl:
        store, (study_id, _, _) = self.store, self.selection()

        def work(_control: TaskControl) -> tuple[list[ExportRecord], dict[str, str]]:
            from fieldkit.export.export_log import list_exports
            from fieldkit.storage.records import list_cases

            rows = list_exports(store, study_id=study_id)
            with store.read() as session:  # a "case <id>" scope is shown by its title
                studies = {row.study_id for row in rows}
                cases = [c for s in sorted(studies) for c in list_cases(session, study_id=s)]
            return rows, {case.id: case.title for case in cases}

        return run_task(work, on_done=self._show_log, parent=self.window)

    def _show_log(self, found: tuple[list[ExportRecord], dict[str, str]]) -> None:
        from fieldkit.ui.protect.export_log_view import ExportLogDialog

        rows, case_titles = found
        dialog = ExportLogDialog(rows, self.window, case_titles=case_titles)
        self.log_dialog = dialog
        dialog.open()

    # --- erasure ---------------------------------------------------------------------------

    def ask_erase(self, participant_id: str | None = None) -> TaskControl | None:
        """Choose a participant (of the selected case), list what goes, erase on confirmation."""
        if participant_id is None:
            return self._choose_participant()
        store, pid = self.store, participant_id

        def work(_control: TaskControl) -> tuple[str, list[str]]:
            from fieldkit.storage.erasure import plan_erasure

            with store.read() as session:
                plan = plan_erasure(session, pid)
                return plan.participant.code, plan.describe()

        return run_task(
            work,
            on_done=lambda found: self._confirm_erase(pid, *found),
            on_failed=self._failed(self.tr("Erase")),
            parent=self.window,
        )

    def _choose_participant(self) -> TaskControl | None:
        _, case_id, _ = self.selection()
        if case_id is None:
            self._say(self.tr("Select the participant's case first."))
            return None
        store, case = self.store, case_id

        def work(_control: TaskControl) -> list[tuple[str, str]]:
            from fieldkit.storage.participants import list_participants

            with store.read() as session:
                return [(p.code, p.id) for p in list_participants(session, case_id=case)]

        def done(people: list[tuple[str, str]]) -> None:
            if not people:
                self._say(self.tr("This case has no participants."))
                return
            code, ok = QInputDialog.getItem(
                self.window,
                self.tr("Withdraw and erase"),
                self.tr("Participant:"),
                [c for c, _ in people],
                editable=False,
            )
            if ok:
                self.ask_erase(dict(people)[code])

        return run_task(work, on_done=done, parent=self.window)

    def _confirm_erase(self, participant_id: str, code: str, lines: list[str]) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Withdraw and erase {0}").format(code))
        box.setText(
            self.tr(
                "{0} withdraws consent. This erases, on this laptop, on the server and on every "
                "laptop that syncs, and cannot be undone:"
            ).format(code)
        )
        box.setInformativeText("\n".join(f"• {line}" for line in lines))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = QMessageBox.StandardButton.Yes
        box.buttonClicked.connect(
            lambda button: (
                self._erase(participant_id, code) if box.standardButton(button) == yes else None
            )
        )
        self.confirm_box = box
        box.open()

    def _erase(self, participant_id: str, code: str) -> TaskControl:
        store = self.store

        def work(_control: TaskControl) -> str:
            from fieldkit.settings import Settings, current_user
            from fieldkit.storage.erasure import erase_participant

            erase_participant(store, participant_id, by=current_user(Settings.load(store.data_dir)))
            return self.tr("{0} erased here; the next sync erases them everywhere.").format(code)

        def done(message: str) -> None:
            self._say(message)
            self.on_changed()

        return run_task(
            work,
            on_done=done,
            on_failed=self._failed(self.tr("Erase")),
            parent=self.window,
            title=self.tr("Erasing"),
            show_progress=True,
        )


__all__ = ["ProtectActions"]
