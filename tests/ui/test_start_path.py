"""What the app's start leaves until after the main window is on screen: Qt Multimedia (the
audio strip, recording recovery), Qt Network and the sync client (the sync controller's
monitor and its first sync). The status bar is there from the first paint; the rest follows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.ui.main_window import MainWindow

START = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
seen = {}
HEAVY = ("PySide6.QtMultimedia", "PySide6.QtNetwork", "fieldkit.sync.client")


def loaded():
    return [m for m in HEAVY if m in sys.modules]


def later(window):
    seen["later"] = loaded()
    seen["recovered"] = getattr(window, "recovered_recordings", None) is not None
    seen["monitor"] = window.sync._monitor is not None
    window.close()
    app.quit()


class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
            if "first" not in seen:
                seen["first"] = loaded()
                seen["status"] = obj.sync.status_bar.isVisible()
                seen["status_text"] = obj.sync.status_bar.text()
                QTimer.singleShot(3000, lambda: later(obj))
        return False


spy = Spy()
app.installEventFilter(spy)
from fieldkit.cli import main

code = main(["--data-dir", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""


def test_heavy_parts_load_after_the_main_window_is_on_screen(store: Store, data_dir: Path) -> None:
    with store.write() as session:
        study = records.create_study(session, name="Pilot study")
        records.create_case(session, study_id=study.id, title="Radio school")
    store.close()
    out = subprocess.run(
        [sys.executable, "-c", START, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["first"] == []  # none of them before the first paint
    assert seen["status"] is True and "not signed in" in seen["status_text"].lower()
    assert "PySide6.QtNetwork" in seen["later"]  # the server monitor started after it
    assert seen["monitor"] is True
    assert seen["recovered"] is True  # recovery still runs at start (nothing to recover here)
    assert "Traceback" not in out.stderr and "Signal source" not in out.stderr


def test_sync_controller_can_wait_for_its_start(qtbot, store: Store) -> None:
    window = MainWindow(store, load_later=True)
    qtbot.addWidget(window)
    sync = window.sync
    assert sync._monitor is None and not sync._poll.isActive()  # nothing before it is shown
    assert sync.status_bar.text()  # but the status bar already says something
    window.show()
    qtbot.waitUntil(sync._poll.isActive, timeout=5000)  # started once the window is painted
    assert sync._monitor is not None
    qtbot.waitUntil(lambda: "not signed in" in sync.status_bar.text().lower(), timeout=5000)
    window.close()
    assert not sync._poll.isActive()  # closing stops polling as before


def test_first_interview_shows_at_once_and_its_audio_strip_follows(qtbot, store: Store) -> None:
    from fieldkit.ui.editor.record_editor import RecordEditor

    with store.write() as session:
        study = records.create_study(session, name="Pilot study")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        lines = "\n".join(f"[00:{n:02d}] Line {n}: the learners talk." for n in range(80))
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-03", transcript=lines
        )
        observation = records.add_observation(
            session, case_id=case.id, date="2024-05-04", description="A classroom."
        )
    editor = RecordEditor(store)
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    editor.open_record(observation.id)
    assert not editor.audio.isVisible() and not editor.audio.built  # nothing for observations
    editor.open_record(interview.id)
    audio = editor.audio
    assert audio.isVisible() and not audio.built  # a placeholder: Qt Multimedia comes next
    height = audio.sizeHint().height()
    for _ in range(3):  # the editor's own layout settles (not the queued build)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert not audio.built
    scroll = editor.text.verticalScrollBar()
    scroll.setValue(scroll.maximum())  # the reader scrolled to the end before the strip came
    bottom = scroll.value()
    qtbot.waitUntil(lambda: audio.built, timeout=5000)
    assert audio.player.interview_id == interview.id == audio.recorder.interview_id
    assert audio.sizeHint().height() == height  # the transcript below does not jump
    qtbot.wait(50)
    assert scroll.value() == bottom
