"""The Qt binding must survive a long session (PySide6 6.12.0 on Python 3.11 did not)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication([])
w = QPlainTextEdit()
before = sys.getrefcount(None)
for _ in range(20000):
    app.processEvents()
    w.setPlainText("x")
print(before - sys.getrefcount(None))
"""


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert int(proc.stdout.strip()) < 100
