"""One change larger than the server's body limit is held back; it no longer stalls sync.

A real server on loopback whose body limit is small (``serve --max-body-mb``: ServerConfig's
``max_body_bytes``), on SQLite and PostgreSQL. The laptop's batch gets 413, is sent again in
smaller requests down to the one change, which is held back as refused with the limit in its
reason; the researcher's other changes reach the team in the same sync, and the next sync does
not send it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from fieldkit.errors import Phrase
from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.refused_push_list import refused_pushes
from fieldkit.sync.client import SyncReport, login, sync
from fieldkit.sync.server.config import ServerConfig
from tests.sync.conftest import (
    BACKENDS,
    PASSWORD,
    Laptop,
    Server,
    _server,
    cheap_password_hashing,
)

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

LIMIT = 48 * 1024  # bytes of a decompressed sync request


@pytest.fixture(scope="module")
def small_server(
    tmp_path_factory: pytest.TempPathFactory, server_db: str | None
) -> Iterator[Server]:
    config = ServerConfig(max_request_bytes=LIMIT, max_body_bytes=LIMIT)
    with cheap_password_hashing():
        yield from _server(tmp_path_factory, server_db, config)


@contextmanager
def _laptop(server: Server, tmp_path: Path, user: str) -> Iterator[Laptop]:
    store = Store.open(tmp_path / f"laptop-{user}")
    try:
        token = login(store, server_url=server.url, user=user, password=PASSWORD)
        yield Laptop(store, token, server.url)
    finally:
        store.close()


def _sync(laptop: Laptop) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token)


def _titles(laptop: Laptop, study_id: str) -> set[str]:
    with laptop.store.read() as session:
        return {c.title for c in records.list_cases(session, study_id=study_id)}


def test_a_change_larger_than_the_body_limit_is_held_back_and_the_rest_goes_up(
    small_server: Server, tmp_path: Path
) -> None:
    server = small_server
    with _laptop(server, tmp_path, "alice") as alice, _laptop(server, tmp_path, "bob") as bob:
        _sync(alice)
        _sync(bob)
        with alice.store.write() as session:
            for n in range(40):  # together larger than the limit, each small
                records.create_case(
                    session, study_id=server.study_id, title=f"Visit {n}", summary="notes " * 200
                )
            big = records.create_case(
                session, study_id=server.study_id, title="Whole diary", summary="word " * 20_000
            ).id
            records.create_case(session, study_id=server.study_id, title="After the diary")

        report = _sync(alice)

        assert report.refused == 1
        assert report.pushed == 41
        with alice.store.read() as session:
            [item] = refused_pushes(session)
        assert (item.entity, item.row_id, item.op) == ("cases", big, "insert")
        assert isinstance(item.reason, Phrase)
        assert str(item.reason) == "too large for this server (limit 0.0469 MB)"
        _sync(bob)
        titles = _titles(bob, server.study_id)
        assert {"Visit 0", "Visit 39", "After the diary"} <= titles
        assert "Whole diary" not in titles
        again = _sync(alice)  # nothing stalls, nothing is sent again
        assert (again.refused, again.pushed) == (0, 0)
