"""File ▸ Back up…, Restore…, Export log…, Withdraw and erase…, and the backup reminder, on a
real main window over a real data folder (work runs through the worker helper)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget
from sqlmodel import select

from fieldkit.demo import generate
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview, InterviewParticipant, Participant
from fieldkit.sync.client import SyncReport
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.protect.protect_actions import ProtectActions

DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:
    generate(store, scale="small")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def _actions(window: MainWindow, clock: list[int]) -> ProtectActions:
    return ProtectActions(window, window.store, window.selection, window.refresh, lambda: clock[0])


def _reminded(qtbot, actions: ProtectActions) -> bool:
    actions.reminded = None
    actions.remind_if_due()
    qtbot.waitUntil(lambda: actions.reminded is not None, timeout=30_000)
    return bool(actions.reminded)


def test_backup_reminder_and_restore(qtbot, window: MainWindow, tmp_path: Path) -> None:
    clock = [1_750_000_000_000]
    actions = _actions(window, clock)
    assert not _reminded(qtbot, actions)  # a folder in use for a minute is not overdue
    clock[0] += 8 * DAY_MS
    assert _reminded(qtbot, actions)  # in use for a week, never backed up
    assert "never been backed up" in window.statusBar().currentMessage()
    target = tmp_path / "laptop.fkb"
    actions.back_up(target)
    qtbot.waitUntil(lambda: actions.last_message.startswith("Backed up"), timeout=60_000)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    clock[0] += 6 * DAY_MS
    assert not _reminded(qtbot, actions)
    clock[0] += 2 * DAY_MS
    assert _reminded(qtbot, actions)
    assert "more than a week old" in window.statusBar().currentMessage()
    actions.restore(target, tmp_path / "restored")
    qtbot.waitUntil(lambda: actions.last_message.startswith("Restored"), timeout=60_000)
    with Store.open(tmp_path / "restored") as restored, restored.read() as session:
        assert session.exec(select(Interview)).first() is not None
    # Sealed with a passphrase: the restore takes it (asked in a password field otherwise).
    sealed = tmp_path / "sealed.fkb"
    actions.back_up(sealed, passphrase="mango trees by the river")
    qtbot.waitUntil(lambda: "with your passphrase" in actions.last_message, timeout=60_000)
    actions.restore(sealed, tmp_path / "unsealed", passphrase="mango trees by the river")
    qtbot.waitUntil(lambda: "unsealed" in actions.last_message, timeout=60_000)
    with Store.open(tmp_path / "unsealed") as restored, restored.read() as session:
        assert session.exec(select(Interview)).first() is not None


def test_export_log_view_lists_an_export(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.navigator.setCurrentIndex(window.nav_model.item(0).index())
    window.exports.export_csv(tmp_path / "tables")
    qtbot.waitUntil(lambda: window.exports.last_message != "", timeout=60_000)
    window.protect.show_export_log()
    qtbot.waitUntil(lambda: window.protect.log_dialog is not None, timeout=30_000)
    dialog = window.protect.log_dialog
    assert dialog is not None
    table = dialog.findChild(QTableWidget)
    assert table is not None and table.rowCount() == 1
    assert table.item(0, 2).text() == "csv" and table.item(0, 4).text() == "tables"


def test_withdraw_and_erase_asks_first(qtbot, window: MainWindow, store: Store) -> None:
    with store.read() as session:
        link = session.exec(select(InterviewParticipant)).first()
        assert link is not None
        pid = link.participant_id
    window.protect.ask_erase(pid)
    qtbot.waitUntil(lambda: window.protect.confirm_box is not None, timeout=30_000)
    box = window.protect.confirm_box
    assert box is not None
    assert "interviews" in box.informativeText() or "turns" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "erased here" in window.protect.last_message, timeout=60_000)
    with store.read() as session:
        person = session.get(Participant, pid)
        assert person is not None and person.deleted_at is not None and person.name is None


def test_a_sync_that_erased_words_from_an_edit_says_so(qtbot, window: MainWindow) -> None:
    line = "interview “Camp”: your edit held words of P-77, erased after they withdrew consent"
    qtbot.waitUntil(lambda: getattr(window.sync, "monitor", None) is not None, timeout=30_000)
    window.sync._synced(SyncReport(erased_edits=[line]))  # what the sync worker hands back
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "were removed" in boxes[0].text()
    assert boxes[0].detailedText() == line and boxes[0].accessibleName()
    boxes[0].close()


def test_back_up_suggests_a_dated_file_name(qtbot, window: MainWindow) -> None:
    from datetime import date

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    actions = _actions(window, [1_750_000_000_000])
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.extend(dialog.selectedFiles())
        dialog.reject()

    QTimer.singleShot(20, answer)
    assert actions.back_up() is None  # cancelled: nothing written
    assert seen and Path(seen[0]).name == f"fieldkit-backup-{date.today().isoformat()}.fkb"


def test_a_backup_passphrase_typed_differently_twice_writes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    # The file and passphrase prompts are modal system dialogs: answered here as a researcher
    # would, with a typo in the second passphrase.
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    target = tmp_path / "laptop.fkb"
    answers = iter(["mango trees by the river", "mango trees by the rivre"])
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    actions = _actions(window, [1_750_000_000_000])
    assert actions.back_up() is None
    assert warned and "differ" in warned[0]
    assert not target.exists() and list(tmp_path.glob("*.fkb*")) == []
