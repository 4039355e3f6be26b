"""``fieldkit encrypt``, ``passphrase change`` and ``--passphrase-stdin`` from the shell."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from fieldkit.cli import main
from tests.cli.conftest import Result
from tests.storage.encrypted_demo import PASSPHRASE


@pytest.fixture
def run(demo_copy: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def go(*argv: str, stdin: str = "") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        out, err = io.StringIO(), io.StringIO()
        code = main(["--data-dir", str(demo_copy), *argv], out=out, err=err)
        return Result(code, out.getvalue(), err.getvalue())

    return go


def _snapshot(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_encrypt_then_every_command_takes_the_passphrase_from_stdin(run, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    before = run("search", "radio")
    assert before.code == 0 and before.out
    done = run("encrypt", stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    assert "cannot be recovered" in done.err
    recovery = done.out.strip()
    assert len(recovery.replace("-", "")) == 32
    assert run("--passphrase-stdin", "search", "radio", stdin=PASSPHRASE + "\n").out == before.out
    # Without the passphrase (and no keyring here): one clear line, nothing changed.
    locked = run("search", "radio")
    assert locked.code == 1
    assert "encrypted; give its passphrase" in locked.err and "--passphrase-stdin" in locked.err
    assert locked.err.count("\n") == 1 and "Traceback" not in locked.err


def test_a_wrong_passphrase_is_one_clear_line_and_touches_nothing(run, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("encrypt", stdin=PASSPHRASE + "\n").code == 0
    files = _snapshot(demo_copy)
    for argv in (("--passphrase-stdin", "search", "radio"), ("passphrase", "change")):
        wrong = run(*argv, stdin="not the passphrase\nanother new one\n")
        assert wrong.code == 1
        assert wrong.err.startswith("fieldkit: error: the passphrase does not unlock")
        assert "Traceback" not in wrong.err
    assert _snapshot(demo_copy) == files
    empty = run("--passphrase-stdin", "search", "radio", stdin="")
    assert empty.code == 1 and "first line of standard input" in empty.err


def test_passphrase_change_keeps_the_data_and_the_recovery_key_resets_it(run) -> None:  # type: ignore[no-untyped-def]
    recovery = run("encrypt", stdin=PASSPHRASE + "\n").out.strip()
    changed = run("passphrase", "change", stdin=f"{PASSPHRASE}\nthe second phrase\n")
    assert changed.code == 0, changed.err
    assert run("--passphrase-stdin", "search", "radio", stdin=PASSPHRASE + "\n").code == 1
    hits = run("--passphrase-stdin", "search", "radio", stdin="the second phrase\n")
    assert hits.code == 0 and hits.out
    reset = run("passphrase", "change", stdin=f"{recovery}\nthe third phrase\n")
    assert reset.code == 0, reset.err
    again = run("--passphrase-stdin", "search", "radio", stdin="the third phrase\n")
    assert again.out == hits.out


def test_encrypt_refuses_a_short_passphrase_and_remember_explains_no_keyring(run) -> None:  # type: ignore[no-untyped-def]
    short = run("encrypt", stdin="abc\n")
    assert short.code == 1 and "too short" in short.err
    done = run("encrypt", "--remember", stdin=PASSPHRASE + "\n")
    assert done.code == 0
    assert "cannot be remembered" in done.err  # this machine has no keyring backend


def test_backup_of_an_encrypted_folder_stays_encrypted_and_restores(  # type: ignore[no-untyped-def]
    run, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("encrypt", stdin=PASSPHRASE + "\n").code == 0
    before = run("--passphrase-stdin", "search", "radio", stdin=PASSPHRASE + "\n").out
    backup = tmp_path / "encrypted.fkb"
    done = run("--passphrase-stdin", "backup", "-o", str(backup), stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    assert "stay encrypted" in done.err
    assert b"radio" not in backup.read_bytes().lower()  # no page of the database in clear
    restored = tmp_path / "restored"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(restored), "restore", str(backup)], out=out, err=err) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    out = io.StringIO()
    argv = ["--data-dir", str(restored), "--passphrase-stdin", "search", "radio"]
    assert main(argv, out=out, err=io.StringIO()) == 0
    assert out.getvalue() == before


def test_erasure_in_an_encrypted_folder(run, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from fieldkit.storage.db import Store
    from fieldkit.storage.models import InterviewParticipant

    with Store.open(demo_copy) as store, store.read() as session:
        link = session.exec(select(InterviewParticipant)).first()
        assert link is not None
        person = link.participant_id
    assert run("encrypt", stdin=PASSPHRASE + "\n").code == 0
    argv = ("--passphrase-stdin", "participant", "withdraw", person, "--erase")
    done = run(*argv, stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    assert "erased on this laptop" in done.err
    after = run("--passphrase-stdin", "export", "json", stdin=PASSPHRASE + "\n")
    assert after.code == 0 and person in after.out  # a tombstone, its words gone
