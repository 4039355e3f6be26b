"""Owner-only files: every folder of a data folder 0700, every file 0600 (database, WAL, SHM,
blobs, settings, backups), an OLD folder made 0755/0644 tightened when it is opened, and the
server's data folder too. Windows keeps the data folder in the user's profile (not tested here).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.storage.backup import restore_backup, write_backup
from fieldkit.storage.db import Store
from fieldkit.sync.server.app import create_app

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def _modes(root: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(os.stat(root).st_mode)}
    for path in root.rglob("*"):
        found[path.relative_to(root).as_posix()] = stat.S_IMODE(os.lstat(path).st_mode)
    return found


def _all_private(root: Path) -> None:
    wide = {name: oct(mode) for name, mode in _modes(root).items() if mode & 0o077}
    assert wide == {}


def test_a_new_data_folder_and_its_backup_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--scale", "small"]) == 0
    with Store.open(folder) as store:  # open: the WAL and SHM files exist now
        assert (folder / "fieldkit.sqlite3-wal").exists()
        _all_private(folder)
        backup = tmp_path / "folder.fkb"
        write_backup(folder, backup, device_id=store.device_id)
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
    restore_backup(backup, tmp_path / "restored")
    _all_private(tmp_path / "restored")
    assert any(p.is_file() for p in (folder / "blobs").rglob("*"))


def test_an_old_folder_open_to_others_is_tightened_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    assert main(["--data-dir", str(folder), "demo", "--scale", "small"]) == 0
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)  # as fieldkit used to make them
    Store.open(folder).close()
    _all_private(folder)


def test_an_old_server_folder_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "server"
    create_app(data_dir=folder).state.store.engine.dispose()
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    create_app(data_dir=folder).state.store.engine.dispose()
    _all_private(folder)


def test_exports_are_made_to_be_shared_with_the_users_usual_mode(tmp_path: Path) -> None:
    """A PDF, CSV or .qdpx is passed on: 0666 less the umask, not the 0600 of ``mkstemp``
    (found walking the app: File ▸ Export ▸ Case-study PDF wrote a 0600 file)."""
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--scale", "small"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    old = os.umask(0o022)
    try:
        fk = ["--data-dir", str(folder), "export"]
        assert main([*fk, "pdf", "--all", "-o", str(out / "pdfs")]) == 0
        assert main([*fk, "csv", "-o", str(out / "tables")]) == 0
        assert main([*fk, "qdpx", "-o", str(out / "study.qdpx")]) == 0
    finally:
        os.umask(old)
    made = {p.suffix for p in out.rglob("*") if p.is_file()}
    assert made == {".pdf", ".csv", ".qdpx"}
    wrong = {
        p.name: oct(mode)
        for p in out.rglob("*")
        if p.is_file() and (mode := stat.S_IMODE(p.stat().st_mode)) != 0o644
    }
    assert wrong == {}
