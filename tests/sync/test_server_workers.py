"""Several server processes on one PostgreSQL database, under concurrent pushes from laptops.

``fieldkit-server serve --workers 2`` on one port and a second ``serve`` on another, both on
the same (fresh) PostgreSQL database; four laptops edit at once and sync through either.
Every change must be stored exactly once, each study's feed numbered 1..N with no gap, and
all laptops must converge (``fieldkit export json`` dumps identical).
"""

from __future__ import annotations

import json
import threading
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from fieldkit.storage import records
from fieldkit.storage.codings import code_text
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case
from fieldkit.storage.replication import collect_outbox
from fieldkit.storage.sync_cursors import get_cursor
from fieldkit.sync.client import SyncReport, login, sync
from fieldkit.sync.server.db import feed
from tests.sync.helpers import dump
from tests.sync.postgres import PostgresDatabases
from tests.sync.server_process import ServerProcess, server_cli, start_server

PASSWORD = "correct horse battery"
NAMES = ("amara", "bongani", "chipo", "dawit")
ROUNDS = 4
THEME = "Learners and teachers"


@pytest.fixture
def cluster(
    postgres_databases: PostgresDatabases, tmp_path: Path
) -> Iterator[tuple[str, str, list[ServerProcess]]]:
    """(database URL, study id, [serve --workers 2, serve]) on one PostgreSQL database."""
    db_url = postgres_databases.create()
    location = ["--db", db_url, "--data-dir", str(tmp_path / "server")]
    server_cli(*location, "init")
    study_id = server_cli(*location, "study", "create", "Two workers").strip()
    for name in NAMES:
        server_cli(*location, "user", "add", name, stdin=PASSWORD + "\n")
        server_cli(*location, "member", "add", study_id, name, "--role", "researcher")
    servers: list[ServerProcess] = []
    try:
        servers.append(start_server(*location, log_path=tmp_path / "a.log", workers=2))
        servers.append(start_server(*location, log_path=tmp_path / "b.log"))
        yield db_url, study_id, servers
    finally:
        for server in servers:
            server.stop()


def _feed_rows(db_url: str) -> list[sa.Row[tuple[str, int, str]]]:
    engine = sa.create_engine(db_url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            query = sa.select(feed.c.study_id, feed.c.server_seq, feed.c.change).order_by(
                feed.c.study_id, feed.c.server_seq
            )
            return list(conn.execute(query))
    finally:
        engine.dispose()


def _edit(store: Store, study_id: str, name: str, round_no: int, shared_case: str) -> None:
    with store.write() as session:
        case = records.create_case(
            session, study_id=study_id, title=f"{name} site {round_no}", country="Ethiopia"
        )
        interview = records.add_interview(
            session,
            case_id=case.id,
            date="2024-06-01",
            title=f"{name} talks to a teacher, round {round_no}",
            transcript="Ní learners walk two hours; the teacher keeps a notebook for each.",
        )
        code_text(session, record_id=interview.id, theme=THEME, start=3, end=11)
        # Everyone edits the same field of one case: conflicts that must resolve the same way.
        shared = session.get(Case, shared_case)
        records.update_fields(session, shared, {"region": f"{name} {round_no}"})


def test_two_servers_and_two_workers_share_postgres_under_concurrent_pushes(
    cluster: tuple[str, str, list[ServerProcess]], tmp_path: Path
) -> None:
    db_url, study_id, servers = cluster
    urls = [server.url for server in servers]
    stores = {name: Store.open(tmp_path / name) for name in NAMES}
    try:
        tokens = {
            name: login(stores[name], server_url=urls[n % 2], user=name, password=PASSWORD)
            for n, name in enumerate(NAMES)
        }
        first = NAMES[0]
        sync(stores[first], server_url=urls[0], token=tokens[first])
        with stores[first].write() as session:
            shared_case = records.create_case(session, study_id=study_id, title="Common").id
        sync(stores[first], server_url=urls[0], token=tokens[first])
        for name in NAMES[1:]:
            sync(stores[name], server_url=urls[1], token=tokens[name])

        reports: dict[str, list[SyncReport]] = {name: [] for name in NAMES}
        failures: list[BaseException] = []
        start = threading.Barrier(len(NAMES))

        def laptop(n: int, name: str) -> None:
            try:
                start.wait(timeout=60)
                for round_no in range(ROUNDS):
                    _edit(stores[name], study_id, name, round_no, shared_case)
                    url = urls[(n + round_no) % 2]
                    reports[name].append(sync(stores[name], server_url=url, token=tokens[name]))
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=laptop, args=(n, name)) for n, name in enumerate(NAMES)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert failures == []
        assert all(len(done) == ROUNDS for done in reports.values())
        # Everyone syncs twice more, in turn, through either server: nothing left to move.
        for settle in range(2):
            for n, name in enumerate(NAMES):
                url = urls[(n + settle) % 2]
                sync(stores[name], server_url=url, token=tokens[name])

        dumps = {name: dump(stores[name]) for name in NAMES}
        assert len(set(dumps.values())) == 1, "the laptops did not converge"
        final = dumps[first]
        for name in NAMES:
            for round_no in range(ROUNDS):
                assert f"{name} site {round_no}" in final

        rows = _feed_rows(db_url)
        # Each study's feed is numbered 1..N: no gap, no number twice.
        by_study: dict[str, list[int]] = {}
        for row in rows:
            by_study.setdefault(row.study_id, []).append(int(row.server_seq))
        for seqs in by_study.values():
            assert seqs == list(range(1, len(seqs) + 1))
        # Every change is stored exactly once.
        keys = Counter(
            (c["entity"], c["row_id"], c["stamp"]) for c in (json.loads(r.change) for r in rows)
        )
        assert [key for key, count in keys.items() if count > 1] == []
        concurrent = sum(report.pushed for done in reports.values() for report in done)
        assert concurrent > 0
        # Both servers, and so more than one process, answered sync requests.
        pids = {
            line["pid"]
            for server in servers
            for line in server.json_log()
            if line.get("path") == "/api/v1/sync" and line.get("status") == 200
        }
        assert len(pids) >= 2

        # One push delivered to both servers at the same instant is stored once.
        store, token = stores[first], tokens[first]
        _edit(store, study_id, first, ROUNDS, shared_case)
        with store.read() as session:
            after = int(get_cursor(session, study_id=study_id, name="push") or 0)
            outbox = collect_outbox(session, study_id=study_id, after_seq=after, max_bytes=10**7)
        body = {
            "device_id": store.device_id,
            "studies": [
                {
                    "study_id": study_id,
                    "pull_cursor": 0,
                    "push_last_seq": outbox.last_seq,
                    "push": [c.to_json_dict() for c in outbox.changes],
                }
            ],
        }
        before = len(_feed_rows(db_url))
        both = threading.Barrier(4)
        stored: list[int] = []

        def deliver(url: str) -> None:
            request = urllib.request.Request(
                url + "/api/v1/sync",
                data=json.dumps(body).encode(),
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            )
            both.wait(timeout=30)
            with urllib.request.urlopen(request, timeout=60) as reply:
                stored.append(json.loads(reply.read())["studies"][0]["stored"])

        senders = [threading.Thread(target=deliver, args=(url,)) for url in urls * 2]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join(timeout=60)
        assert sorted(stored) == [0, 0, 0, len(outbox.changes)]
        assert len(_feed_rows(db_url)) == before + len(outbox.changes)
    finally:
        for opened in stores.values():
            opened.close()
