"""A pulled change that cannot be applied is set aside; the rest syncs, every study goes on.

The bad change is put into the server's feed directly (the server's own checks will refuse
such a push): an update to a case that no replica has yet. Laptops sync through a real server
on loopback; ``fieldkit sync`` and ``fieldkit sync problems`` run as real processes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from fieldkit.storage import records
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, SetAsideChange
from fieldkit.storage.set_aside import set_aside_changes
from fieldkit.sync.client import SyncReport, sync
from fieldkit.sync.server.db import feed, studies
from tests.sync.conftest import PASSWORD, Laptop, OpenLaptop, Server

OUTSIDER = "00000000000000aa"  # a device that never syncs itself: its changes come from the feed


def _sync(laptop: Laptop) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token)


def _inject(server: Server, study_id: str, change: dict[str, Any]) -> None:
    """Append ``change`` to the study's feed, as if a push had stored it."""
    with server.store.write() as conn:
        last = conn.execute(sa.select(studies.c.last_seq).where(studies.c.id == study_id))
        seq = int(last.scalar_one()) + 1
        conn.execute(
            feed.insert().values(
                study_id=study_id,
                server_seq=seq,
                device_id=OUTSIDER,
                device_seq=seq,
                change=json.dumps(change, separators=(",", ":")),
            )
        )
        conn.execute(studies.update().where(studies.c.id == study_id).values(last_seq=seq))


def _case_changes(study_id: str, case_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The insert of a case and a later update of its title, both by the outside device."""
    inserted = Stamp(1_700_000_000_000, 0, OUTSIDER).encode()
    updated = Stamp(1_700_000_000_500, 0, OUTSIDER).encode()
    values = {
        "study_id": study_id,
        "title": "Hill school",
        "country": "Peru",
        "region": None,
        "locality": None,
        "kind": None,
        "summary": "",
        "created_at": "2023-11-14T22:13:20.000000Z",
        "updated_at": "2023-11-14T22:13:20.000000Z",
        "deleted_at": None,
    }
    insert = {
        "entity": "cases",
        "row_id": case_id,
        "study_id": study_id,
        "stamp": inserted,
        "op": "insert",
        "values": values,
    }
    update = {
        "entity": "cases",
        "row_id": case_id,
        "study_id": study_id,
        "stamp": updated,
        "op": "update",
        "values": {"title": "Hill school (renamed)"},
        "bases": {"title": inserted},
    }
    return insert, update


def _cli(data_dir: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(data_dir), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _titles(laptop: Laptop, study_id: str) -> set[str]:
    with laptop.store.read() as session:
        query = sa.select(Case.title).where(Case.study_id == study_id)  # type: ignore[arg-type]
        return {str(t) for t in session.execute(query).scalars()}


def test_a_change_to_an_unknown_row_is_set_aside_and_applied_when_the_row_arrives(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    second = server.new_study("Second study")
    for name in ("alice", "bob"):
        server.store.add_member(study_id=second, user_name=name, role="researcher")
    a = laptop("alice")
    _sync(a)
    missing_case = "5e7a51de-0000-4000-8000-000000000001"
    insert, update = _case_changes(server.study_id, missing_case)
    _inject(server, server.study_id, update)  # the update arrives before the record itself
    with a.store.write() as session:  # good changes after it, in both studies
        records.create_case(session, study_id=server.study_id, title="Riverside school")
        records.create_case(session, study_id=second, title="Lakeside camp")
    assert _sync(a).set_aside == 1

    # A new laptop signs in and syncs through the real CLI.
    b_dir = tmp_path / "b"
    login = _cli(b_dir, "login", "--server", server.url, "--user", "bob", stdin=PASSWORD + "\n")
    assert login.returncode == 0, login.stderr
    first = _cli(b_dir, "sync", "--json")
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert json.loads(first.stdout)["set_aside"] == 1
    assert "1 changes from the server could not be applied" in first.stderr
    problems = _cli(b_dir, "sync", "problems", "--json")
    assert problems.returncode == 0, problems.stderr
    listed = json.loads(problems.stdout)
    assert len(listed) == 1
    assert listed[0]["study_id"] == server.study_id
    assert listed[0]["entity"] == "cases"
    assert listed[0]["row_id"] == missing_case
    assert listed[0]["fields"] == ["title"]
    assert "arrived before the record itself" in listed[0]["reason"]
    assert listed[0]["set_aside_at"]
    text = _cli(b_dir, "sync", "problems")
    assert missing_case in text.stdout and "arrived before the record itself" in text.stdout
    # Both studies synced past it, and the pull cursor moved: nothing is pulled again.
    again = _cli(b_dir, "sync", "--json")
    assert json.loads(again.stdout)["set_aside"] == 0
    assert json.loads(again.stdout)["pulled"] == 0

    # The record itself arrives later: the set-aside update is applied on top of it.
    _inject(server, server.study_id, insert)
    later = _cli(b_dir, "sync", "--json")
    assert later.returncode == 0, later.stderr
    assert json.loads(later.stdout)["set_aside"] == 0
    assert json.loads(_cli(b_dir, "sync", "problems", "--json").stdout) == []
    report = _sync(a)
    assert report.set_aside == 0
    with a.store.read() as session:
        assert set_aside_changes(session) == []
        case = get_row(session, Case, missing_case)
        assert case.title == "Hill school (renamed)"  # the later stamp, as everywhere
        assert case.country == "Peru"
        count = session.execute(sa.select(sa.func.count()).select_from(SetAsideChange)).scalar()
        assert count == 0
    assert {"Riverside school", "Hill school (renamed)"} <= _titles(a, server.study_id)
    assert "Lakeside camp" in _titles(a, second)
    exported_a = _cli(a.store.data_dir, "export", "json", "-o", str(tmp_path / "a.json"))
    exported_b = _cli(b_dir, "export", "json", "-o", str(tmp_path / "b.json"))
    assert exported_a.returncode == 0 and exported_b.returncode == 0, exported_b.stderr
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
