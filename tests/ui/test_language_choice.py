"""View ▸ Language: the window switches language at once, keeping what was being typed.

Uses the shipped catalogues (``resources/translations``, compiled by ``tests/conftest.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.ui import language_menu, translations
from fieldkit.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _as_before(qapp: QApplication) -> Iterator[None]:
    before, direction = QLocale(), qapp.layoutDirection()
    yield
    for window in language_menu._windows:
        window.close()
    language_menu._windows.clear()
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def _shot(window: MainWindow, name: str) -> None:
    folder = os.environ.get("FIELDKIT_SCREENSHOTS")
    if folder:  # FIELDKIT_SCREENSHOTS=/some/folder keeps the windows seen, to look at
        window.grab().save(str(Path(folder) / name))


def test_language_menu_switches_to_arabic_then_french_keeping_the_typing(
    qtbot, qapp: QApplication, store: Store
) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Reading camps")
        case = records.create_case(session, study_id=study.id, title="Kisumu camps")
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Head teacher", transcript="Hello"
        )
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert "File" in _menu_titles(window)
    window.select_record(interview.id, case.id)
    assert window.editor.record is not None and window.editor.record.id == interview.id
    window.editor.text.moveCursor(window.editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.text, " and welcome")  # not saved yet: autosave waits

    arabic = window.language_menu.actions["ar"]
    arabic.trigger()
    assert QSettings().value(language_menu.SETTING) == "ar"
    new = language_menu._windows[-1]
    qtbot.addWidget(new)
    assert new is not window
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert new.isRightToLeft()
    # The codebook on the far side from the navigator: the left, in right-to-left.
    assert new.dockWidgetArea(new.codebook_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert new.codebook_dock.x() < new.navigator.mapTo(new, new.navigator.rect().topLeft()).x()
    assert "ملف" in _menu_titles(new) and "File" not in _menu_titles(new)
    assert "تحرير" in _menu_titles(new)
    # The typing survived: saved by the switch and shown again in the rebuilt window.
    assert new.editor.record is not None and new.editor.record.id == interview.id
    assert new.editor.text.toPlainText() == "Hello and welcome"
    assert new.language_menu.actions["ar"].isChecked()
    _shot(new, "main-ar.png")

    new.language_menu.actions["fr"].trigger()
    french = language_menu._windows[-1]
    qtbot.addWidget(french)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not french.isRightToLeft()
    assert french.dockWidgetArea(french.codebook_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    titles = _menu_titles(french)
    assert titles[:3] == ["Fichier", "Édition", "Affichage"]
    assert french.editor.text.toPlainText() == "Hello and welcome"
    _shot(french, "main-fr.png")
    # Back in Arabic (the French window turned right-to-left as it closed): the docks are
    # where the Arabic window left them, on the left, not where the French one had them.
    french.language_menu.actions["ar"].trigger()
    again = language_menu._windows[-1]
    qtbot.addWidget(again)
    assert again.dockWidgetArea(again.codebook_dock) == Qt.DockWidgetArea.LeftDockWidgetArea

    french.language_menu.actions[""].trigger()  # back to the system's language
    assert QSettings().value(language_menu.SETTING) == ""
    assert language_menu.saved_language() is None


def test_preferences_dialog_chooses_the_language_too(
    qtbot, qapp: QApplication, store: Store
) -> None:
    window = MainWindow(store)  # deleted by the switch: not given to qtbot to close
    window.show()
    window.menus.show_preferences()
    dialog = window.menus.preferences_dialog
    box = window.menus.language_box
    assert box.currentData() == ""  # the system's language until one is chosen
    box.setCurrentIndex(box.findData("es"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(language_menu._windows))  # rebuilt once the dialog closed
    spanish = language_menu._windows[-1]
    qtbot.addWidget(spanish)
    assert _menu_titles(spanish)[0] == "Archivo"
    assert language_menu.saved_language() == "es"
