"""A free-word tag made on laptop A reaches laptop B through a real server, counted there; its
removal on B comes back to A."""

from __future__ import annotations

from typing import Any

from fieldkit.storage import records
from fieldkit.storage.free_tags import (
    add_free_tag,
    free_tag_counts,
    free_tags_for,
    remove_free_tag,
    tag_with_word,
)
from fieldkit.sync.client import SyncReport, sync
from tests.sync.conftest import Laptop, OpenLaptop, Server


def _sync(laptop: Laptop, **kw: Any) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token, **kw)


def _words(laptop: Laptop, record_id: str) -> list[str]:
    with laptop.store.read() as session:
        return [t.word for t in free_tags_for(session, record_id=record_id)]


def test_a_free_tag_on_a_appears_on_b_and_its_removal_returns(
    server: Server, laptop: OpenLaptop
) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    study = server.study_id
    with a.store.write() as session:
        case = records.create_case(session, study_id=study, title="Village school")
        interview = records.add_interview(session, case_id=case.id, date="2024-03-15")
        tag_with_word(session, record_id=interview.id, word="radio", tagged_by="alice")
        add_free_tag(session, record_id=case.id, word="Radio", tagged_by="alice")
        case_id, interview_id = case.id, interview.id
    assert _sync(a).pushed > 0
    _sync(b)
    assert _words(b, interview_id) == ["radio"] and _words(b, case_id) == ["Radio"]
    with b.store.read() as session:
        (count,) = free_tag_counts(session, study_id=study)
    assert (count.word, count.records) == ("radio", 2)

    with b.store.write() as session:
        assert remove_free_tag(session, record_id=interview_id, word="RADIO") == 1
    _sync(b)
    _sync(a)
    assert _words(a, interview_id) == [] and _words(a, case_id) == ["Radio"]
