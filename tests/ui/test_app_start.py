"""The app's start: a window on screen before the database layer loads, then the main window
with its navigator filled just after its first paint; the CLI skips its commands for the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.ui.main_window import MainWindow

START = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
seen = []


class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            name = type(obj).__name__
            rows = obj.nav_model.rowCount() if name == "MainWindow" else 0
            seen.append([name, "sqlalchemy" in sys.modules, rows])
            if rows:
                obj.close()
                QTimer.singleShot(0, app.quit)
        return False


spy = Spy()
app.installEventFilter(spy)
from fieldkit.cli import main

code = main(["--data-dir", sys.argv[1]])
print(json.dumps({"code": code, "seen": seen}))
"""

CLI_ONLY = r"""
import json, sys
import fieldkit.cli as cli

def fake_open_app(data_dir, err):
    print(json.dumps({
        "data_dir": str(data_dir),
        "commands": "fieldkit.commands.coding_cmd" in sys.modules,
        "sqlalchemy": "sqlalchemy" in sys.modules,
    }))
    return 0

cli._open_app = fake_open_app
sys.exit(cli.main(sys.argv[1:]))
"""


def _run(code: str, *args: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr[-3000:]
    found: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def test_the_start_window_comes_before_the_database_layer(store: Store, data_dir: Path) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Pilot study")
        records.create_case(session, study_id=study.id, title="Radio school")
    store.close()
    result = _run(START, str(data_dir))
    assert result["code"] == 0
    seen = result["seen"]
    assert isinstance(seen, list)
    first_name, storage_loaded, _rows = seen[0]
    assert first_name == "StartupWindow"
    assert storage_loaded is False  # painted before SQLAlchemy was even imported
    main = [s for s in seen if s[0] == "MainWindow"]
    assert main and main[-1][2] == 1  # the navigator lists the study


def test_fieldkit_alone_opens_the_app_without_loading_the_commands(tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    result = _run(CLI_ONLY, "--data-dir", str(folder))
    assert result == {"data_dir": str(folder), "commands": False, "sqlalchemy": False}
    result = _run(CLI_ONLY, f"--data-dir={folder}")
    assert result["data_dir"] == str(folder)


def test_a_command_still_goes_through_the_parser(tmp_path: Path) -> None:
    folder = str(tmp_path / "d")
    made = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", folder, "study", "create", "Pilot"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    assert len(made.stdout.strip()) == 36  # the new study's id
    wrong = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", folder, "no-such-command"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr


def test_main_window_can_fill_its_navigator_after_its_first_paint(qtbot, store: Store) -> None:
    with store.write() as session:
        records.create_study(session, name="Pilot study")
    window = MainWindow(store, load_later=True)
    qtbot.addWidget(window)
    assert window.nav_model.rowCount() == 0  # nothing read before the window is on screen
    window.show()
    qtbot.waitUntil(lambda: window.nav_model.rowCount() == 1, timeout=5000)
    assert window.nav_model.item(0).text().startswith("Pilot study")
