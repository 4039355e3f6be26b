"""``fieldkit sync`` shows its progress on a terminal (records, bytes) and is quiet otherwise."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from fieldkit.cli import main as fieldkit_main
from fieldkit.storage import records
from fieldkit.storage.db import Store
from tests.sync.conftest import PASSWORD, Server


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(data: Path, *argv: str, err: io.StringIO, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = fieldkit_main(["--data-dir", str(data), *argv], out=out, err=err)
    finally:
        sys.stdin = saved
    return code, out.getvalue()


def test_progress_on_a_terminal_only(server: Server, tmp_path: Path) -> None:
    data = tmp_path / "laptop"
    code, _ = _run(
        data,
        "login",
        "--server",
        server.url,
        "--user",
        "alice",
        err=io.StringIO(),
        stdin=PASSWORD + "\n",
    )
    assert code == 0
    assert _run(data, "sync", err=io.StringIO())[0] == 0
    with Store.open(data) as store, store.write() as session:
        for i in range(40):
            records.create_case(
                session, study_id=server.study_id, title=f"Camp {i}", summary="Radio. " * 40
            )
    terminal = Terminal()
    code, out = _run(data, "sync", "--max-bytes", "4096", err=terminal)
    assert code == 0, terminal.getvalue()
    shown = terminal.getvalue()
    lines = [part for part in shown.split("\r") if part.startswith("syncing:")]
    assert len(lines) >= 3  # rewritten after each round trip (40 cases in 4 kB batches)
    assert "records 40 sent" in lines[-1] and " kB in " in lines[-1]
    assert shown.endswith("\r\x1b[K")  # the line is cleared before the summary
    assert out.startswith("pushed 40, ")
    # Not a terminal (a script, a log file): nothing but the summary.
    with Store.open(data) as store, store.write() as session:
        records.create_case(session, study_id=server.study_id, title="One more")
    quiet = io.StringIO()
    code, out = _run(data, "sync", err=quiet)
    assert code == 0
    assert quiet.getvalue() == "" and out.startswith("pushed 1, ")
