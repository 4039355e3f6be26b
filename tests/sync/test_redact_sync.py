"""The study's list of names to redact travels to the other laptops like any study data."""

from __future__ import annotations

from typing import Any

import pytest

from fieldkit.storage.redact_list import (
    add_redact_name,
    redact_entries,
    remove_redact_name,
    study_terms,
)
from fieldkit.sync.client import SyncReport, sync
from tests.sync.conftest import BACKENDS, Laptop, OpenLaptop, Server
from tests.sync.helpers import dump

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")


def _sync(laptop: Laptop, **kw: Any) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token, **kw)


def _listed(laptop: Laptop, study_id: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    with laptop.store.read() as session:
        return {
            e.term: (e.kind, e.also)
            for e in redact_entries(session, study_id=study_id)
            if e.source == "listed"
        }


def test_names_to_redact_reach_the_second_laptop(server: Server, laptop: OpenLaptop) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    _sync(b)
    with a.store.write() as session:
        add_redact_name(
            session, study_id=server.study_id, term="Taroudant", also=("تارودانت",), kind="place"
        )
        add_redact_name(session, study_id=server.study_id, term="Hassan Ouali", kind="person")
    assert _sync(a).pushed > 0
    _sync(b)
    assert _listed(b, server.study_id) == {
        "Taroudant": ("place", ("تارودانت",)),
        "Hassan Ouali": ("person", ()),
    }
    # B adds a spelling and removes a name; A gets both.
    with b.store.write() as session:
        add_redact_name(session, study_id=server.study_id, term="Taroudant", also=("Tarudant",))
        remove_redact_name(session, study_id=server.study_id, term="Hassan Ouali")
    _sync(b)
    _sync(a)
    assert _listed(a, server.study_id) == {"Taroudant": ("place", ("تارودانت", "Tarudant"))}
    with a.store.read() as session:
        terms = study_terms(session, study_id=server.study_id)
    assert [t.text for t in terms if t.kind == "place"] == ["Taroudant"]
    assert dump(a.store) == dump(b.store)
