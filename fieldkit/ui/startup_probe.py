"""Start-up evidence for packaging checks, off unless asked for by the environment.

``FIELDKIT_STARTUP_MARK=FILE``: when the main window is first painted, write the wall-clock
time (seconds since the epoch) and the CPU time the process has used so far (all threads), on
one line, to FILE, so a script that noted when it launched the app (a bundle has no Python to
instrument it with) can tell the cold start to the main window (benchmarks/bench_app.py
--command, packaging/check-clean).
``FIELDKIT_STARTUP_SCREENSHOT=FILE.png``: also save what the window shows then.
``FIELDKIT_STARTUP_QUIT=1``: then quit (the check is done).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def probe_startup(window: QMainWindow) -> None:
    """Called right after the main window's first paint."""
    mark = os.environ.get("FIELDKIT_STARTUP_MARK")
    if not mark:
        return
    painted = time.time()
    cpu = time.process_time()
    shot = os.environ.get("FIELDKIT_STARTUP_SCREENSHOT")

    def finish() -> None:
        if shot:
            window.grab().save(shot)
        Path(mark).write_text(f"{painted:.6f} {cpu:.3f}\n", encoding="utf-8")
        if os.environ.get("FIELDKIT_STARTUP_QUIT"):
            QApplication.quit()

    # The screenshot waits for the navigator (filled just after the first paint).
    QTimer.singleShot(1500 if shot else 0, window, finish)


__all__ = ["probe_startup"]
