"""Desktop app start-up on a data folder: seconds from process start to the window shown, and
resident memory after opening 20 records.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_app.py --data-dir /tmp/large

The data folder should hold the large demo corpus (`fieldkit --data-dir DIR demo --scale large`).
Each start is a fresh process; the median of --runs starts is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fieldkit.storage.db import Store
from fieldkit.ui.main_window import MainWindow
store = Store.open(Path(sys.argv[1]))
window = MainWindow(store)
window.resize(1366, 768)
window.show()
app.processEvents()
shown = time.perf_counter() - t0
opened = 0
study = window.nav_model.item(0)
for row in range(study.rowCount()):
    case = study.child(row)
    window.navigator.expand(case.index())
    app.processEvents()
    for r in range(case.rowCount()):
        if opened == 20:
            break
        window.navigator.setCurrentIndex(case.child(r).index())
        app.processEvents()
        opened += 1
    if opened == 20:
        break
window.editor.flush() if hasattr(window, "editor") else None
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"shown_s": shown, "opened": opened, "peak_rss_mb": rss_mb}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    results = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, args.data_dir],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    shown = [r["shown_s"] for r in results]
    rss = [r["peak_rss_mb"] for r in results]
    print(
        f"window shown after start: median {statistics.median(shown):.2f} s "
        f"(min {min(shown):.2f}, max {max(shown):.2f}) over {len(results)} starts"
    )
    print(
        f"peak resident memory after opening {results[0]['opened']} records: "
        f"median {statistics.median(rss):.0f} MB"
    )


if __name__ == "__main__":
    main()
