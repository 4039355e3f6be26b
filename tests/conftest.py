"""Every test gets its own data folder; nothing reads or writes the real user folders."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.storage.db import Store

# Qt widgets in tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _compile_translations() -> None:
    """The .qm files are generated from resources/translations (scripts/build-resources, run
    at install): compile any missing or older than its .ts, so tests see what the app loads."""
    root = Path(__file__).resolve().parent.parent
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out = root / "fieldkit" / "resources" / "translations"
    if not lrelease.exists():
        return
    for ts in sorted((root / "resources" / "translations").glob("fieldkit_*.ts")):
        qm = out / f"{ts.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            out.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
            )


_compile_translations()


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("FIELDKIT_DATA_DIR", raising=False)
    monkeypatch.setenv("FIELDKIT_USER", "tester")
    # Qt reads its settings path once per process: point it at this test's own folder, so no
    # window layout, language or last record saved by one test (or by a real session of the
    # app on this machine) reaches another.
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the desktop extra is not installed
        return
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home / ".config"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = Store.open(data_dir)
    yield s
    s.close()
