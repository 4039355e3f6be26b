"""The start-up mark that benchmarks/bench_app.py --command and packaging/check-* read."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from fieldkit.ui.startup_probe import probe_startup


def test_mark_holds_paint_time_and_cpu_time(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark = tmp_path / "mark"
    monkeypatch.setenv("FIELDKIT_STARTUP_MARK", str(mark))
    monkeypatch.delenv("FIELDKIT_STARTUP_SCREENSHOT", raising=False)
    monkeypatch.delenv("FIELDKIT_STARTUP_QUIT", raising=False)
    window = QMainWindow()
    qtbot.addWidget(window)
    before = time.time()
    probe_startup(window)
    qtbot.waitUntil(mark.exists)
    painted, cpu = (float(field) for field in mark.read_text(encoding="utf-8").split())
    assert before <= painted <= time.time()
    assert 0 < cpu <= time.process_time()
