"""The first start on an empty data folder: the welcome offers three ways in."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from fieldkit.storage.db import Store
from fieldkit.storage.themes import theme_tree
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.welcome import (
    DEMO,
    NEW_STUDY,
    SIGN_IN,
    demo_folder,
    fieldkit_command,
    offer_welcome,
)


def test_start_a_new_study_from_the_welcome(qtbot, store: Store, data_dir: Path) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    dialog = offer_welcome(window, data_dir)
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.buttons) == {DEMO, NEW_STUDY, SIGN_IN}
    qtbot.mouseClick(dialog.buttons[NEW_STUDY], Qt.MouseButton.LeftButton)
    ask = window.findChild(QInputDialog)
    assert ask is not None and ask.isVisible()
    edit = ask.findChild(QLineEdit)
    assert edit is not None
    qtbot.keyClicks(edit, "Reading camps in Dagana")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.nav_model.rowCount() == 1)
    study = window.nav_model.item(0)
    assert study.text().startswith("Reading camps in Dagana")
    with store.read() as session:
        from fieldkit.storage.records import list_studies

        (made,) = list_studies(session)
        assert len(theme_tree(session, study_id=made.id)) == 28  # with the default codebook
    assert offer_welcome(window, data_dir) is None  # only on an empty folder


def test_the_demo_goes_to_its_own_folder(data_dir: Path) -> None:
    folder = demo_folder(data_dir)
    assert folder.parent == data_dir.parent and folder != data_dir
    # The command the welcome runs makes the demo there (a real process, as the app does).
    command = fieldkit_command()
    done = subprocess.run(
        [*command, "--data-dir", str(folder), "demo", "--scale", "small"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [*command, "--data-dir", str(folder), "study", "list"], capture_output=True, text=True
    )
    assert "Learning ecosystems" in listed.stdout
    assert not (data_dir / "fieldkit.sqlite3").exists() or data_dir != folder
