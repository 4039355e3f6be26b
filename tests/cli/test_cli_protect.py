"""``fieldkit backup`` / ``restore`` and ``fieldkit exports log`` through the real CLI."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

from fieldkit.cli import main
from tests.cli.conftest import Run


def test_every_export_is_in_the_log_with_its_consent_counts(
    ok: Callable[..., str], data_dir: Path, tmp_path: Path
) -> None:
    ok("profile", "--name", "Amina Diallo")
    ok("demo", "--scale", "small")
    case_id = json.loads(ok("case", "list", "--json"))[0]["id"]
    ok("export", "pdf", case_id, "-o", str(tmp_path / "case.pdf"), "--anonymised")
    ok("export", "qdpx", "-o", str(tmp_path / "study.qdpx"))
    ok("export", "csv", "-o", str(tmp_path / "tables"))
    ok("export", "json", "-o", str(tmp_path / "dump.json"))
    log = json.loads(ok("exports", "log", "--json"))
    assert [e["format"] for e in log] == ["json", "csv", "qdpx", "pdf"]
    assert {e["exported_by"] for e in log} == {"Amina Diallo"}
    pdf = log[-1]
    assert pdf["anonymised"] is True and pdf["scope"] == f"case {case_id}"
    assert pdf["file"] == "case.pdf"
    assert "not quoted" in pdf["consent_rules"]
    csv = log[1]
    assert csv["withheld"]["participants"] > 0  # the demo study has withdrawn participants
    assert "marked not for quotation" in csv["consent_rules"]
    assert log[0]["withheld"] is None and "not for sharing" in log[0]["consent_rules"]
    text = ok("exports", "log")
    assert "anonymised pdf" in text and "Amina Diallo" in text


def test_backup_and_restore_through_the_cli(
    ok: Callable[..., str], fk: Run, data_dir: Path, tmp_path: Path
) -> None:
    ok("demo", "--scale", "small")
    backup = tmp_path / "laptop.fkb"
    result = fk("backup", "-o", str(backup))
    assert result.code == 0 and "backed up" in result.err
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
    restored = tmp_path / "restored"
    err = _run(["--data-dir", str(restored), "restore", str(backup)])
    assert "new device identity" in err
    assert _dump(restored) == ok("export", "json")
    # A non-empty target is refused, nothing changed; a file that is no backup is named so.
    refused = _run(["--data-dir", str(restored), "restore", str(backup)], code=1)
    assert "not empty" in refused
    junk = tmp_path / "junk.fkb"
    junk.write_bytes(b"PK\x03\x04 not a backup")
    assert "not a fieldkit backup" in _run(
        ["--data-dir", str(tmp_path / "other"), "restore", str(junk)], code=1
    )
    assert not (tmp_path / "other").exists()


def _run(argv: list[str], code: int = 0) -> str:
    import io

    out, err = io.StringIO(), io.StringIO()
    assert main(argv, out=out, err=err) == code, err.getvalue()
    return err.getvalue()


def _dump(folder: Path) -> str:
    import io

    out = io.StringIO()
    assert main(["--data-dir", str(folder), "export", "json"], out=out) == 0
    return out.getvalue().strip()


def test_withdraw_and_erase_through_the_cli(ok: Callable[..., str], data_dir: Path) -> None:
    study = ok("study", "create", "Erasure study")
    case = ok("case", "add", "--study", study, "--title", "Camp")
    person = ok(
        "participant",
        "add",
        "--case",
        case,
        "--code",
        "P-09",
        "--role",
        "learner",
        "--consent",
        "given",
        "--name",
        "Imani Otieno",
    )
    words = "Ninapenda kusoma vitabu vya hadithi jioni"
    transcript = data_dir.parent / "t.txt"
    transcript.write_text(words + "\n", encoding="utf-8")
    ok(
        "interview",
        "add",
        "--case",
        case,
        "--participant",
        person,
        "--date",
        "2024-03-01",
        "--transcript",
        str(transcript),
    )
    assert words in ok("export", "json")
    ok("participant", "withdraw", person, "--erase")
    assert words not in ok("export", "json")
    assert "Imani" not in ok("export", "json")
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert words.encode() not in path.read_bytes(), path
