"""``fieldkit backup --encrypt``: a plain folder's backup sealed with a passphrase, and its
restore, which asks for it (real CLI, real files; the bytes of the backup are searched)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldkit.cli import main
from tests.cli.conftest import Result
from tests.storage.encrypted_demo import PASSPHRASE, secrets_of

Go = Callable[..., Result]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Go:
    def go(folder: Path, *argv: str, stdin: str = "") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        out, err = io.StringIO(), io.StringIO()
        code = main(["--data-dir", str(folder), *argv], out=out, err=err)
        return Result(code, out.getvalue(), err.getvalue())

    return go


def test_a_plain_folder_backed_up_with_a_passphrase_holds_nothing_in_clear(
    run: Go, demo_copy: Path, tmp_path: Path
) -> None:
    plain, sealed = tmp_path / "plain.fkb", tmp_path / "sealed.fkb"
    assert run(demo_copy, "backup", "-o", str(plain)).code == 0
    short = run(demo_copy, "backup", "-o", str(sealed), "--encrypt", stdin="short\n")
    assert short.code == 1 and "too short" in short.err and not sealed.exists()
    done = run(demo_copy, "backup", "-o", str(sealed), "--encrypt", stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    assert "encrypted with the passphrase" in done.err
    secrets = secrets_of(demo_copy)
    assert all(s in plain.read_bytes() for s in secrets.values())  # the search finds them
    data = sealed.read_bytes()
    assert [name for name, s in secrets.items() if s in data] == []

    target = tmp_path / "restored"
    asked = run(target, "restore", str(sealed))
    assert asked.code == 1 and "passphrase" in asked.err and not target.exists()
    wrong = run(target, "restore", str(sealed), stdin="not the passphrase at all\n")
    assert wrong.code == 1 and "wrong passphrase" in wrong.err and not target.exists()
    cut = tmp_path / "cut.fkb"
    cut.write_bytes(data[:-5000])
    damaged = run(target, "restore", str(cut), stdin=PASSPHRASE + "\n")
    assert damaged.code == 1 and "damaged" in damaged.err and not target.exists()
    assert not list(tmp_path.glob(".restored*"))  # no half folder left behind

    restored = run(target, "--passphrase-stdin", "restore", str(sealed), stdin=PASSPHRASE + "\n")
    assert restored.code == 0, restored.err
    assert _dump(run, target) == _dump(run, demo_copy)


def _dump(run: Go, folder: Path) -> str:
    result = run(folder, "export", "json")
    assert result.code == 0, result.err
    return str(result.out)
