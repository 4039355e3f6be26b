"""The researcher's own name: asked once at the first start, changed in Edit ▸ Preferences…,
and the name new records and reports start from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from fieldkit.settings import Settings
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.ui.dialogs.preferences_dialog import NamePrompt, PreferencesDialog, ask_name_once
from fieldkit.ui.dialogs.record_dialogs import NewObservationDialog
from fieldkit.ui.main_window import MainWindow
from tests.ui.test_record_forms import store_runner


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        records.create_case(session, study_id=study.id, title="Radio school")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    qtbot.waitUntil(lambda: not w.editor.queue.busy(), timeout=10_000)


def _edit_menu(window: MainWindow) -> QMenu:
    action = next(a for a in window.menuBar().actions() if a.text() == "&Edit")
    menu = action.menu()
    assert isinstance(menu, QMenu)
    return menu


def test_the_name_is_asked_once_at_the_first_start(qtbot, window: MainWindow, data_dir: Path):
    after: list[str] = []
    prompt = ask_name_once(window, data_dir, then=lambda: after.append("welcome"))
    assert isinstance(prompt, NamePrompt) and prompt.isVisible() and after == []
    assert prompt.name_edit.text() == ""
    qtbot.keyClicks(prompt.name_edit, "  Amina   Yusuf ")
    qtbot.keyClick(prompt.name_edit, Qt.Key.Key_Return)  # OK
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=5000)
    assert after == ["welcome"]  # what comes next (the welcome) follows the answer
    assert Settings.load(data_dir).display_name == "Amina Yusuf"
    assert ask_name_once(window, data_dir, then=lambda: after.append("again")) is None
    assert after == ["welcome", "again"]
    observation = NewObservationDialog(store_runner(window.store), case_id="x", data_dir=data_dir)
    qtbot.addWidget(observation)
    assert observation.observer.text() == "Amina Yusuf"


def test_put_off_it_is_not_asked_again(qtbot, window: MainWindow, data_dir: Path) -> None:
    prompt = ask_name_once(window, data_dir)
    assert prompt is not None
    qtbot.mouseClick(prompt.later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=5000)
    assert Settings.load(data_dir).display_name is None
    assert ask_name_once(window, data_dir) is None


def test_preferences_in_the_edit_menu_change_the_name(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    settings = Settings.load(data_dir)
    settings.display_name = "Amina"
    settings.save(data_dir)
    menu = _edit_menu(window)
    action = next(a for a in menu.actions() if a.text() == "Pre&ferences…")
    action.trigger()
    dialog = window.menus.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.name_edit.text() == "Amina"
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Dr. Amina Yusuf")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert Settings.load(data_dir).display_name == "Dr. Amina Yusuf"
    # Cancel keeps what was saved.
    action.trigger()
    again = window.menus.preferences_dialog
    assert again is not None
    again.name_edit.clear()
    qtbot.keyClick(again.name_edit, Qt.Key.Key_Escape)
    assert Settings.load(data_dir).display_name == "Dr. Amina Yusuf"


def test_a_row_can_be_added_to_the_preferences(qtbot, data_dir: Path) -> None:
    from PySide6.QtWidgets import QCheckBox

    dialog = PreferencesDialog(data_dir)
    qtbot.addWidget(dialog)
    check = QCheckBox("Show hints")
    chosen: list[bool] = []
    dialog.add_row("&Something:", check, lambda: chosen.append(check.isChecked()))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(check, Qt.Key.Key_Space)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert chosen == [True]
