"""scripts/_setup.sh: the second scripts/run-app reinstalls nothing when nothing changed."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _venv_step(venv: Path) -> None:
    subprocess.run(
        ["bash", "-c", 'source scripts/_setup.sh && fieldkit_venv ""'],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "FIELDKIT_VENV": str(venv), "HOME": str(venv)},
        check=True,
        capture_output=True,
    )


def test_a_second_setup_skips_the_install_until_pyproject_changes(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    calls = tmp_path / "calls.log"
    python = venv / "bin" / "python"  # records what it is asked to do: pip never runs for real
    python.write_text(f'#!/bin/sh\necho "$*" >> {calls}\n', encoding="utf-8")
    python.chmod(0o755)

    _venv_step(venv)
    first = calls.read_text("utf-8")
    assert "pip install -q -e" in first
    _venv_step(venv)
    assert calls.read_text("utf-8") == first  # nothing changed: nothing run
    stamps = list(venv.glob(".fieldkit-installed-app-*"))
    assert len(stamps) == 1

    stamps[0].rename(venv / ".fieldkit-installed-app-0000000000000000")  # as if pyproject changed
    _venv_step(venv)
    assert calls.read_text("utf-8").count("pip install -q -e") == 2
    assert len(list(venv.glob(".fieldkit-installed-app-*"))) == 1  # the old stamp is gone
