"""The worker helper when a task outlives what asked for it: its window deleted, or the app gone."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

pytest.importorskip("pytestqt")

import shiboken6
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QWidget

from fieldkit.ui.worker import TaskControl, run_task, wait_for_tasks

EXIT_WHILE_RUNNING = r"""
import sys, threading, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from fieldkit.ui.worker import run_task

app = QApplication(sys.argv[:1])
window = QWidget()
window.show()
started = threading.Event()

def slow(_control):
    started.set()
    time.sleep(0.6)  # ends after the window and the app are gone
    return "late"

def progress_then_fail(control):
    time.sleep(0.6)
    control.progress("still going", 0.5)
    raise ValueError("late failure")

run_task(slow, on_done=lambda r: window.setWindowTitle(r), parent=window)
run_task(progress_then_fail, on_done=print, on_failed=lambda e: window.setWindowTitle(str(e)))
run_task(slow, on_done=print)  # no owner at all
started.wait(5)
QTimer.singleShot(50, lambda: (window.close(), window.deleteLater(), app.quit()))
app.exec()
print("quit", flush=True)
"""


def test_a_task_ending_after_the_app_quit_is_silent() -> None:
    """Before: "RuntimeError: Signal source has been deleted" and a traceback at exit."""
    out = subprocess.run(
        [sys.executable, "-c", EXIT_WHILE_RUNNING],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("quit")
    assert "Signal source has been deleted" not in out.stderr
    assert "Traceback" not in out.stderr, out.stderr[-2000:]


def _task_waiting_for(gate: threading.Event, result: object = "done") -> object:
    def work(control: TaskControl) -> object:
        assert gate.wait(10)
        control.progress("half", 0.5)
        return result

    return work


def test_callbacks_are_dropped_once_the_owner_is_destroyed(qtbot) -> None:
    owner = QWidget()
    gate = threading.Event()
    called: list[object] = []
    ended: list[bool] = []
    run_task(
        _task_waiting_for(gate),
        on_done=called.append,
        on_failed=called.append,
        owner=owner,
        on_end=lambda: ended.append(True),
    )
    shiboken6.delete(owner)  # the window is gone while the task still runs
    gate.set()
    # on_end still runs: what counts the running tasks (a widget's busy()) does not stay stuck
    qtbot.waitUntil(lambda: ended == [True], timeout=10_000)
    assert called == []  # the queued result arrived and was dropped


def test_on_end_follows_the_callbacks(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    gate = threading.Event()
    gate.set()
    seen: list[object] = []

    def boom(_control: TaskControl) -> None:
        raise ValueError("bad")

    run_task(
        _task_waiting_for(gate, 7),
        on_done=seen.append,
        owner=owner,
        on_end=lambda: seen.append("end"),
    )
    qtbot.waitUntil(lambda: seen == [7, "end"], timeout=10_000)
    run_task(boom, on_done=seen.append, on_failed=seen.append, on_end=lambda: seen.append("end"))
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=10_000)
    assert isinstance(seen[2], ValueError) and seen[3] == "end"


def test_failure_after_the_parent_is_gone_shows_no_message(qtbot, monkeypatch) -> None:
    import fieldkit.ui.worker as worker

    shown: list[str] = []
    monkeypatch.setattr(worker, "show_error", lambda _p, title, _e: shown.append(title))
    parent = QWidget()
    gate = threading.Event()

    def fail(_control: TaskControl) -> None:
        assert gate.wait(10)
        raise ValueError("too late")

    run_task(fail, on_done=print, parent=parent, title="Export", show_progress=True)
    shiboken6.delete(parent)  # its progress dialog goes with it
    gate.set()
    assert wait_for_tasks(10_000)
    qtbot.wait(100)
    assert shown == []  # no message box over a window that no longer exists


def test_callbacks_run_while_the_owner_lives(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    gate = threading.Event()
    gate.set()
    results: list[object] = []
    run_task(_task_waiting_for(gate, 42), on_done=results.append, owner=owner)
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)
    after_one = owner.receivers(SIGNAL("destroyed(QObject*)"))
    for n in range(5):
        run_task(_task_waiting_for(gate, n), on_done=results.append, owner=owner)
    qtbot.waitUntil(lambda: len(results) == 6, timeout=10_000)
    assert sorted(results[1:]) == [0, 1, 2, 3, 4]
    failures: list[BaseException] = []

    def boom(_control: TaskControl) -> None:
        raise ValueError("bad")

    run_task(boom, on_done=results.append, on_failed=failures.append, parent=owner)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=10_000)
    assert isinstance(failures[0], ValueError)
    # A finished task leaves nothing connected to its owner (a long-lived window runs many).
    assert owner.receivers(SIGNAL("destroyed(QObject*)")) <= after_one
