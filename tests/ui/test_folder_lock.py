"""The app's side of encryption: File ▸ Encrypt this folder…, the passphrase dialogs, the idle
lock (a fake clock, no sleeping)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt

from fieldkit.storage import records
from fieldkit.storage.crypto import folder_key
from fieldkit.storage.crypto.folder_key import is_encrypted
from fieldkit.storage.db import Store
from fieldkit.storage.search import search
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.protect.folder_lock import LOCK_SETTING, EncryptDialog, PassphraseDialog
from tests.storage.encrypted_demo import CHEAP

PASSPHRASE = "the river is high today"


@pytest.fixture
def window(qtbot, store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(folder_key, "DEFAULT_KDF", CHEAP)
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        records.add_interview(
            session, case_id=case.id, date="2024-05-01", transcript="We listen to the radio."
        )
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w


def test_encrypting_the_open_folder_keeps_the_window_working(
    qtbot, window: MainWindow, store: Store, data_dir: Path
) -> None:
    assert window.protection.encrypt_action.isEnabled()
    recovery = window.protection.encrypt_with(PASSPHRASE)
    assert len(recovery.replace("-", "")) == 32
    assert is_encrypted(data_dir) and store.encrypted
    assert not window.protection.encrypt_action.isEnabled()
    assert b"listen to the radio" not in (data_dir / "fieldkit.sqlite3").read_bytes()
    with store.read() as session:  # the same Store object, now on the encrypted database
        assert "interview" in [h.record_type for h in search(session, query="listen")]
    window.refresh()
    assert window.nav_model.rowCount() == 1


def test_the_encrypt_dialog_checks_the_passphrase_twice_and_the_warning(qtbot) -> None:
    dialog = EncryptDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, PASSPHRASE)
    qtbot.keyClicks(dialog.second, PASSPHRASE + "x")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert "differ" in dialog.problem.text() and dialog.isVisible()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert "Tick the box" in dialog.problem.text()
    dialog.understood.setChecked(True)
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.result() == EncryptDialog.DialogCode.Accepted


def test_idle_lock_hides_the_window_until_the_passphrase_is_typed(
    qtbot, window: MainWindow, store: Store
) -> None:
    window.protection.encrypt_with(PASSPHRASE)
    now = [1000.0]
    protection = window.protection
    protection.clock = lambda: now[0]
    protection.last_input = now[0]
    assert protection.lock_menu.isEnabled()
    [five] = [a for a in protection.lock_menu.actions() if a.data() == 5]
    five.trigger()  # File > Lock when idle > After 5 minutes
    assert QSettings().value(LOCK_SETTING) in (5, "5")
    now[0] += 4 * 60
    protection.check_idle()
    assert not protection.locked and window.isVisible()
    now[0] += 61
    protection.check_idle()
    assert protection.locked and not window.isVisible()
    dialog = protection.dialog
    qtbot.keyClicks(dialog.passphrase, "not it at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not unlock" in dialog.problem.text(), timeout=10_000)
    assert protection.locked and not window.isVisible()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.isVisible(), timeout=10_000)
    assert not protection.locked


def test_the_unlock_dialog_gives_the_key_of_the_right_passphrase(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    window.protection.encrypt_with(PASSPHRASE)
    dialog = PassphraseDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.key is not None and dialog.result() == PassphraseDialog.DialogCode.Accepted


def _when_modal(qtbot, act) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` on the modal dialog as soon as it is shown (its exec() blocks the test)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def test_a_new_folder_asks_and_starts_encrypted(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.ui.protect.folder_lock import ask_new_folder

    monkeypatch.setattr(folder_key, "DEFAULT_KDF", CHEAP)
    folder = tmp_path / "new-folder"

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.first, PASSPHRASE)
        qtbot.keyClicks(dialog.second, PASSPHRASE)
        dialog.understood.setChecked(True)
        qtbot.keyClick(dialog.second, Qt.Key.Key_Return)

    _when_modal(qtbot, fill)
    key, recovery = ask_new_folder(folder)
    assert key is not None and recovery is not None and is_encrypted(folder)
    with Store.open(folder, key=key) as store:
        assert store.encrypted

    plain = tmp_path / "plain-folder"

    def decline(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClick(dialog.protect, Qt.Key.Key_Space)  # untick "Encrypt"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK, the default button

    _when_modal(qtbot, decline)
    assert ask_new_folder(plain) == (None, None)
    assert not plain.exists()
