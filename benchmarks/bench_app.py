"""Desktop app start-up on a data folder: seconds from launch to the first window on screen and
to the main window shown, and resident memory after opening 20 records.

    .venv/bin/python benchmarks/bench_app.py --data-dir /tmp/large [--runs 5]

The data folder should hold the large demo corpus (`fieldkit --data-dir DIR demo --scale large`).
Each start is a fresh process going through the real entry point (`fieldkit --data-dir DIR`,
i.e. ``fieldkit.cli.main``); "launch" is the moment the benchmark starts that process, so the
interpreter's own start-up counts. "first window" is the first paint of any window (the
start-up window), "main window" the first paint of the main window, "navigator" the first
paint of the main window with the studies and cases listed (loaded just after it is shown).
The Qt platform is offscreen unless QT_QPA_PLATFORM says otherwise. The median of --runs
starts is printed.

    .venv/bin/python benchmarks/bench_app.py --data-dir DIR --command 'dist/fieldkit/fieldkit'

``--command`` starts that command instead (a bundle, which has no Python to instrument, the
venv's ``fieldkit`` script, or either behind ``chroot``) with ``--data-dir DIR`` appended, and
reads the app's own mark (``FIELDKIT_STARTUP_MARK``, fieldkit/ui/startup_probe.py): the time of
the main window's first paint showing the navigator, and the app's CPU time then. Only that
figure is measured (no first window, no memory). The mark files are written in --mark-dir
(default: a new temporary folder), which must be the same path for the command (bind-mount it
into a chroot) and writable by its user.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
marks = {}
result = {}


def after_shown(window):
    result["rows"] = window.nav_model.rowCount()
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
    window.editor.flush()
    result["opened"] = opened
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    app.quit()


class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            now = time.monotonic()
            name = type(obj).__name__
            marks.setdefault("first", now)
            marks.setdefault(name, now)
            if name == "MainWindow" and "filled" not in marks and obj.nav_model.rowCount():
                marks["filled"] = now  # the first paint showing the navigator's studies
                use = resource.getrusage(resource.RUSAGE_SELF)
                result["cpu_s"] = use.ru_utime + use.ru_stime  # busy machine or not
                QTimer.singleShot(0, lambda: after_shown(obj))
        return False


spy = Spy()
app.installEventFilter(spy)
from fieldkit.cli import main

code = main(["--data-dir", sys.argv[1]])
print(json.dumps({"code": code, "marks": marks, **result}))
"""


def one_start(data_dir: str, env: dict[str, str]) -> dict[str, float]:
    launched = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, data_dir],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    marks = found["marks"]
    if "filled" not in marks:
        raise SystemExit(f"the main window never showed its data:\n{out.stderr[-2000:]}")
    return {
        "first_s": marks["first"] - launched,
        "main_s": marks["MainWindow"] - launched,
        "filled_s": marks["filled"] - launched,
        "cpu_s": found["cpu_s"],
        "opened": found["opened"],
        "peak_rss_mb": found["peak_rss_mb"],
    }


def one_command_start(
    command: list[str], data_dir: str, mark: Path, env: dict[str, str]
) -> dict[str, float]:
    """One start of COMMAND, timed by the app's own mark (the venv's Python cannot reach in)."""
    mark.unlink(missing_ok=True)
    env = {**env, "FIELDKIT_STARTUP_MARK": str(mark), "FIELDKIT_STARTUP_QUIT": "1"}
    env.pop("FIELDKIT_STARTUP_SCREENSHOT", None)
    launched = time.time()  # the mark is wall-clock time (written by another process)
    out = subprocess.run(
        [*command, "--data-dir", data_dir],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    if not mark.exists():
        raise SystemExit(
            f"{shlex.join(command)}: no main window (exit {out.returncode}):\n{out.stderr[-2000:]}"
        )
    painted, cpu = mark.read_text(encoding="utf-8").split()
    return {"filled_s": float(painted) - launched, "cpu_s": float(cpu)}


def report_command(results: list[dict[str, float]]) -> None:
    filled = [r["filled_s"] for r in results]
    print(
        "launch → main window showing the navigator's studies and cases: "
        f"median {statistics.median(filled):.2f} s (min {min(filled):.2f}, max {max(filled):.2f})"
        f" over {len(filled)} starts"
    )
    cpu = [r["cpu_s"] for r in results]
    print(
        f"CPU time of the app (all its threads) until then: median {statistics.median(cpu):.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--command", help="start this instead of the venv's Python (see above)")
    parser.add_argument("--mark-dir", help="where the app writes its marks (with --command)")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if args.command:
        mark_dir = Path(args.mark_dir or tempfile.mkdtemp(prefix="fieldkit-marks-"))
        command = shlex.split(args.command)
        report_command(
            [
                one_command_start(command, args.data_dir, mark_dir / f"mark-{run}", env)
                for run in range(args.runs)
            ]
        )
        print_load()
        return
    results = [one_start(args.data_dir, env) for _ in range(args.runs)]

    def line(key: str, label: str) -> str:
        values = [r[key] for r in results]
        return (
            f"{label}: median {statistics.median(values):.2f} s "
            f"(min {min(values):.2f}, max {max(values):.2f}) over {len(values)} starts"
        )

    print(line("first_s", "launch → first window on screen"))
    print(line("main_s", "launch → main window shown"))
    print(line("filled_s", "launch → main window showing the navigator's studies and cases"))
    cpu = [r["cpu_s"] for r in results]
    print(
        f"CPU time of the app (all its threads) until then: median {statistics.median(cpu):.2f} s"
    )
    rss = [r["peak_rss_mb"] for r in results]
    print(
        f"peak resident memory after opening {int(results[0]['opened'])} records: "
        f"median {statistics.median(rss):.0f} MB"
    )
    print_load()


def print_load() -> None:
    load = os.getloadavg()[0]
    print(f"(load average during the run: {load:.1f} on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
