"""A data folder copied to a second laptop, or restored from an old backup, never wedges sync:
it takes a device identity of its own, sends what the server lacks, and every replica converges
with every edit, nothing duplicated (a real server on loopback, real data folders)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from fieldkit.errors import SyncError
from fieldkit.storage import records
from fieldkit.storage.backup import restore_backup, write_backup
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case
from fieldkit.sync.client import SyncReport, login, sync
from fieldkit.sync.server.db import feed
from tests.sync.conftest import PASSWORD, Laptop, OpenLaptop, Server
from tests.sync.helpers import dump

HERE = "machine-of-the-first-laptop"
THERE = "machine-of-the-second-laptop"


class Tokens:
    """Where a laptop keeps the token of its new identity (the CLI keeps it in its file)."""

    def __init__(self, laptop: Laptop) -> None:
        self.laptop = laptop
        self.renewed = 0

    def __call__(self, token: str) -> None:
        self.laptop.token = token
        self.renewed += 1


def _sync(laptop: Laptop, machine: str = HERE, tokens: Tokens | None = None) -> SyncReport:
    return sync(
        laptop.store,
        server_url=laptop.url,
        token=laptop.token,
        on_new_token=tokens or Tokens(laptop),
        machine=machine,
    )


def _add_case(laptop: Laptop, study_id: str, title: str) -> str:
    with laptop.store.write() as session:
        case = records.create_case(session, study_id=study_id, title=title, summary=title * 3)
        return case.id


def _retitle(laptop: Laptop, case_id: str, field: str, value: str) -> None:
    with laptop.store.write() as session:
        case = session.get(Case, case_id)
        assert case is not None
        records.update_fields(session, case, {field: value})


def _titles(laptop: Laptop) -> list[str]:
    with laptop.store.read() as session:
        return sorted(c.title for c in session.exec(select(Case)) if not c.is_deleted)


def _has_each_once(titles: list[str], expected: list[str]) -> None:
    """Every edit arrived, none twice (the server is shared by this module's tests)."""
    assert [t for t in titles if t in expected] == sorted(expected)


def _copy(laptop: Laptop, target: Path) -> Laptop:
    """The data folder copied byte for byte (sign-in file included), as a researcher would."""
    laptop.store.close()
    shutil.copytree(laptop.store.data_dir, target)
    laptop.store = Store.open(laptop.store.data_dir)
    return Laptop(Store.open(target), laptop.token, laptop.url)


def _feed_is_clean(server: Server) -> None:
    with server.store.read() as conn:
        where = feed.c.study_id == server.study_id
        rows = conn.execute(sa.select(sa.func.count()).select_from(feed).where(where))
        distinct = conn.execute(sa.select(sa.func.count(sa.distinct(feed.c.change))).where(where))
        assert int(rows.scalar_one()) == int(distinct.scalar_one())


def test_a_folder_copied_with_unsynced_edits_converges_with_every_edit(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    sid = server.study_id
    first, bob = laptop("alice"), laptop("bob")
    _sync(first)
    shared = _add_case(first, sid, "Shared case")
    _sync(first)
    _add_case(first, sid, "Unsynced before the copy")
    _retitle(first, shared, "summary", "edited before the copy")
    second = _copy(first, tmp_path / "second-laptop")
    try:
        _add_case(first, sid, "Only on the first laptop")
        _retitle(first, shared, "region", "Kisumu")
        _add_case(second, sid, "Only on the second laptop")
        _retitle(second, shared, "country", "Kenya")
        tokens = Tokens(second)
        _sync(first)
        _sync(second, THERE, tokens)
        assert tokens.renewed == 1
        assert second.store.device_id != first.store.device_id
        _sync(first)
        _sync(bob)
        _sync(second, THERE, tokens)
        assert tokens.renewed == 1  # once, not at every sync
        expected = [
            "Only on the first laptop",
            "Only on the second laptop",
            "Shared case",
            "Unsynced before the copy",
        ]
        for replica in (first, second, bob):
            _has_each_once(_titles(replica), expected)
            with replica.store.read() as session:
                case = session.get(Case, shared)
                assert case is not None
                assert (case.summary, case.region, case.country) == (
                    "edited before the copy",
                    "Kisumu",
                    "Kenya",
                )
        assert dump(first.store) == dump(second.store) == dump(bob.store)
        _feed_is_clean(server)
    finally:
        second.store.close()


def test_a_week_old_backup_restored_after_more_syncs_converges(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    sid = server.study_id
    alice, bob = laptop("alice"), laptop("bob")
    _sync(alice)
    _sync(bob)
    _add_case(alice, sid, "Synced before the backup")
    _sync(alice)
    _add_case(alice, sid, "Unsynced at the backup")
    backup = tmp_path / "week-old.fkb"
    write_backup(alice.store.data_dir, backup, device_id=alice.store.device_id)
    for week_day in range(3):  # a week of work and syncs after the backup
        _add_case(alice, sid, f"After the backup, day {week_day}")
        _sync(alice)
    _add_case(bob, sid, "Bob's case")
    _sync(bob)
    alice.store.close()  # the laptop is lost; the backup is restored on a new one
    restore_backup(backup, tmp_path / "restored")
    store = Store.open(tmp_path / "restored")
    try:
        token = login(store, server_url=server.url, user="alice", password=PASSWORD)
        restored = Laptop(store, token, server.url)
        _add_case(restored, sid, "Made on the restored folder")
        tokens = Tokens(restored)
        _sync(restored, THERE, tokens)
        assert tokens.renewed == 1
        _sync(bob)
        expected = sorted(
            [
                "Synced before the backup",
                "Unsynced at the backup",
                *(f"After the backup, day {d}" for d in range(3)),
                "Bob's case",
                "Made on the restored folder",
            ]
        )
        assert _titles(restored) == _titles(bob)
        _has_each_once(_titles(bob), expected)
        assert dump(restored.store) == dump(bob.store)
        _feed_is_clean(server)
    finally:
        store.close()


def test_a_restored_copy_on_the_same_machine_is_noticed_by_the_server(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    """No mark, same machine: the server's acknowledgement above the folder's counters tells."""
    sid = server.study_id
    alice, bob = laptop("alice"), laptop("bob")
    _sync(alice)
    _sync(bob)
    _add_case(alice, sid, "Before the copy")
    old = _copy(alice, tmp_path / "old-copy")
    try:
        _sync(alice)
        _add_case(alice, sid, "After the copy")
        _add_case(alice, sid, "After the copy, too")
        _sync(alice)
        _add_case(old, sid, "Made on the old copy")
        with pytest.raises(SyncError, match="restored from a backup or copied"):
            sync(old.store, server_url=old.url, token=old.token)  # nowhere to keep a token
        _sync(old)
        _sync(alice)
        _sync(bob)
        expected = [
            "After the copy",
            "After the copy, too",
            "Before the copy",
            "Made on the old copy",
        ]
        assert _titles(old) == _titles(alice) == _titles(bob)
        _has_each_once(_titles(bob), expected)
        assert dump(old.store) == dump(alice.store) == dump(bob.store)
        _feed_is_clean(server)
    finally:
        old.store.close()
