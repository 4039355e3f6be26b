"""A reply lost after the server stored the batch: the next sync, whatever its batch size,
stores nothing twice and carries on; a data folder restored from a backup is still noticed."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest
import sqlalchemy as sa

from fieldkit.errors import ServerUnreachableError, SyncError
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.sync.client import HttpResponse, UrllibTransport, login, sync
from fieldkit.sync.server.db import feed
from tests.sync.conftest import PASSWORD, Laptop, OpenLaptop, Server
from tests.sync.helpers import dump


class LosesReplies:
    """The real transport; ``lose`` replies to /sync vanish after the server handled them."""

    def __init__(self) -> None:
        self.inner = UrllibTransport()
        self.lose = 0

    def __call__(
        self, method: str, url: str, *, body: bytes | None, headers: Mapping[str, str]
    ) -> HttpResponse:
        reply = self.inner(method, url, body=body, headers=headers)
        if url.endswith("/sync") and self.lose > 0:
            self.lose -= 1
            raise ServerUnreachableError("the link dropped (test)")
        return reply


def _add_cases(laptop: Laptop, study_id: str, prefix: str, n: int) -> None:
    with laptop.store.write() as session:
        for i in range(n):
            records.create_case(
                session,
                study_id=study_id,
                title=f"{prefix} {i}",
                summary="Lessons by radio; the teacher calls each family once a week. " * 4,
            )


def _feed_rows(server: Server, study_id: str) -> tuple[int, int]:
    """Rows in the study's feed, and how many distinct changes they hold."""
    with server.store.read() as conn:
        where = feed.c.study_id == study_id
        rows = conn.execute(sa.select(sa.func.count()).select_from(feed).where(where))
        distinct = conn.execute(sa.select(sa.func.count(sa.distinct(feed.c.change))).where(where))
        return int(rows.scalar_one()), int(distinct.scalar_one())


def _sync(laptop: Laptop, transport: LosesReplies | None = None, max_bytes: int = 4096) -> None:
    sync(
        laptop.store,
        server_url=laptop.url,
        token=laptop.token,
        max_bytes=max_bytes,
        transport=transport,
    )


@pytest.mark.parametrize("next_max_bytes", [1024, 4096, 256 * 1024])
def test_lost_reply_then_any_batch_size(
    server: Server, laptop: OpenLaptop, next_max_bytes: int
) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    _sync(b)
    _add_cases(a, server.study_id, f"Lost reply {next_max_bytes}", 30)
    flaky = LosesReplies()
    flaky.lose = 1
    with pytest.raises(SyncError):
        _sync(a, flaky)  # the server stored the first batch; the laptop never heard
    _sync(a, max_bytes=next_max_bytes)  # smaller, same or larger batches this time
    rows, distinct = _feed_rows(server, server.study_id)
    assert rows == distinct  # nothing stored twice
    _sync(b)
    assert dump(a.store) == dump(b.store)


def test_a_data_folder_restored_from_a_backup_is_noticed(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    a = laptop("alice")
    _sync(a)
    _add_cases(a, server.study_id, "Before the backup", 3)
    a.store.close()
    backup = tmp_path / "backup"
    shutil.copytree(a.store.data_dir, backup)
    a.store = Store.open(a.store.data_dir)
    _sync(a)
    _add_cases(a, server.study_id, "After the backup", 3)
    _sync(a)
    restored = Store.open(backup)
    try:
        token = login(restored, server_url=server.url, user="alice", password=PASSWORD)
        with pytest.raises(SyncError, match="restored from a backup"):
            sync(restored, server_url=server.url, token=token)
    finally:
        restored.close()
