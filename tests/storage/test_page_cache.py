"""A pulled batch is applied with a larger page cache, and the pool gets the connection back
with its own cache size (the memory is only lent for the batch)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldkit.storage import records
from fieldkit.storage.db import Store
from fieldkit.storage.models import Study
from fieldkit.storage.page_cache import BATCH_CACHE_KIB, widen_page_cache
from fieldkit.storage.replication import apply_remote_changes, collect_outbox

BIG = 1 << 24
DEFAULT = -2000  # SQLite's own default: 2,000 KiB


def _cache_size(dbapi_conn: Any) -> int:
    return int(dbapi_conn.execute("PRAGMA cache_size").fetchone()[0])


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a, b = Store.open(tmp_path / "a"), Store.open(tmp_path / "b")
    yield a, b
    a.close()
    b.close()


def test_a_widened_connection_goes_back_to_the_pool_with_its_own_size(store: Store) -> None:
    with store.write() as s:
        conn = s.connection()
        raw = conn.connection.dbapi_connection
        assert _cache_size(raw) == DEFAULT
        widen_page_cache(conn)
        assert _cache_size(raw) == -BATCH_CACHE_KIB
        widen_page_cache(conn)  # twice in one checkout: still put back to the first size
        assert _cache_size(raw) == -BATCH_CACHE_KIB
    assert _cache_size(raw) == DEFAULT  # idle in the pool now
    with store.read() as s:  # and whichever connection a reader gets has the default
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one() == DEFAULT


def test_a_cache_already_larger_is_left_alone(store: Store) -> None:
    with store.write() as s:
        conn = s.connection()
        raw = conn.connection.dbapi_connection
        conn.exec_driver_sql(f"PRAGMA cache_size = -{2 * BATCH_CACHE_KIB}")
        widen_page_cache(conn)
        assert _cache_size(raw) == -2 * BATCH_CACHE_KIB
        conn.exec_driver_sql("PRAGMA cache_size = 100000")  # pages: 400 MB with 4 KiB pages
        widen_page_cache(conn)
        assert _cache_size(raw) == 100000
        conn.exec_driver_sql(f"PRAGMA cache_size = {DEFAULT}")


def test_remote_apply_writes_its_batch_with_the_wider_cache(pair: tuple[Store, Store]) -> None:
    a, b = pair
    with a.write() as s:
        study = Study(name="Cache")
        s.add(study)
        s.flush()
        study_id = study.id
        for n in range(5):
            records.create_case(s, study_id=study_id, title=f"Case {n}")
    with a.read() as s:
        changes = collect_outbox(s, study_id=study_id, after_seq=0, max_bytes=BIG).changes
    with b.write() as s:
        raw = s.connection().connection.dbapi_connection
        result = apply_remote_changes(s, changes, study_id=study_id)
        assert _cache_size(raw) == -BATCH_CACHE_KIB
    assert result.inserted == 6
    assert _cache_size(raw) == DEFAULT
    with b.read() as s:
        assert len(records.list_cases(s, study_id=study_id)) == 5
