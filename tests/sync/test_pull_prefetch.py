"""A long pull asks for its next page while applying the current one (fieldkit/sync/prefetch.py)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

import pytest

from fieldkit.storage import records
from fieldkit.sync import codec
from fieldkit.sync.client import HttpResponse, SyncReport, UrllibTransport, sync
from fieldkit.sync.codec import RawJson
from fieldkit.sync.prefetch import next_pull_body
from tests.sync.conftest import BACKENDS, Laptop, OpenLaptop, Server
from tests.sync.helpers import dump

# The server tests run on SQLite and, when FIELDKIT_TEST_POSTGRES_URL is set, PostgreSQL.
ON_EVERY_BACKEND = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

PART = {
    "study_id": "s1",
    "pull_cursor": 10,
    "push_last_seq": 4,
    "push_after_seq": 4,
    "push": RawJson("[]"),
    "blobs_ask": ["ab" * 32],
}


def _result(**kw: Any) -> dict[str, Any]:
    base = {
        "study_id": "s1",
        "ack_seq": 4,
        "stored": 0,
        "cursor": 25,
        "more": True,
        "changes": [],
        "epoch": "e1",
        "resend": False,
        "ack_proof": "p-ack",
        "cursor_proof": "p-cur",
    }
    return {**base, **kw}


def _body(*parts: dict[str, Any]) -> dict[str, Any]:
    return {"device_id": "0123456789abcdef", "max_bytes": 4096, "studies": list(parts)}


def test_the_next_page_of_a_pure_pull_is_foretold() -> None:
    other = {**PART, "study_id": "s2", "blobs_ask": []}
    body = next_pull_body(_body(PART, other), [_result(), _result(study_id="s2", more=False)])
    assert body is not None
    assert body["device_id"] == "0123456789abcdef" and body["max_bytes"] == 4096
    [part] = body["studies"]  # s2 is up to date: it drops out
    assert part["pull_cursor"] == 25
    assert (part["pull_epoch"], part["pull_proof"]) == ("e1", "p-cur")
    assert (part["push_acked"], part["push_ack_proof"]) == (4, "p-ack")
    assert "blobs_ask" not in part  # files are asked about in the first round only
    assert PART["pull_cursor"] == 10  # the request it came from is unchanged


@pytest.mark.parametrize(
    ("part", "result", "why"),
    [
        ({**PART, "push": RawJson('[{"entity":"cases"}]')}, _result(), "it pushed"),
        ({**PART, "push": [{"entity": "cases"}]}, _result(), "it pushed (not encoded)"),
        (PART, _result(resend=True), "the server asks for a resend"),
        (PART, _result(more=False), "nothing more to pull"),
    ],
)
def test_no_prefetch_when_the_next_request_cannot_be_foretold(
    part: dict[str, Any], result: dict[str, Any], why: str
) -> None:
    assert next_pull_body(_body(part), [result]) is None, why


class Recording(UrllibTransport):
    """The real transport, noting each sync request's body and the thread that sent it."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, Any]] = []

    def __call__(
        self, method: str, url: str, *, body: bytes | None, headers: Mapping[str, str]
    ) -> HttpResponse:
        if url.endswith("/sync") and body is not None:
            raw = codec.decompress(body, headers.get("Content-Encoding"), max_size=1 << 30)
            self.sent.append((threading.current_thread().name, codec.load_json(raw)))
        return super().__call__(method, url, body=body, headers=headers)


def _sync(laptop: Laptop, **kw: Any) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token, media=False, **kw)


@ON_EVERY_BACKEND
def test_a_long_pull_uses_every_prefetched_page(server: Server, laptop: OpenLaptop) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    with a.store.write() as session:
        for n in range(40):
            records.create_case(
                session, study_id=server.study_id, title=f"Camp {n}", summary="Radio. " * 60
            )
    _sync(a, max_bytes=4096)  # a page never splits a push: pushed in small batches
    transport = Recording()
    report = _sync(b, max_bytes=4096, transport=transport)
    assert dump(a.store) == dump(b.store)
    ahead = [body for thread, body in transport.sent if thread.startswith("fieldkit-prefetch")]
    assert len(ahead) >= 3  # pages asked for while the one before was applied
    assert report.requests == len(transport.sent)
    # Each prefetched page was used: a page asked for twice would repeat its cursor.
    cursors = [part["pull_cursor"] for _, body in transport.sent for part in body["studies"]]
    assert cursors == sorted(set(cursors))
    assert _sync(b).requests == 1  # up to date


@ON_EVERY_BACKEND
def test_a_prefetch_that_no_longer_fits_is_dropped(server: Server, laptop: OpenLaptop) -> None:
    """An edit made during a long pull: the next request pushes it, the prefetch is unused."""
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    _sync(b)
    with a.store.write() as session:
        for n in range(30):
            records.create_case(
                session, study_id=server.study_id, title=f"Site {n}", summary="Road. " * 60
            )
    _sync(a, max_bytes=4096)
    edited: list[int] = []

    def edit_once(_report: SyncReport) -> None:
        if not edited:
            with b.store.write() as session:
                records.create_case(session, study_id=server.study_id, title="Made mid-sync")
            edited.append(1)

    transport = Recording()
    report = _sync(b, max_bytes=4096, transport=transport, progress=edit_once)
    assert report.pushed == 1
    _sync(a)
    assert dump(a.store) == dump(b.store)
    [pushing] = [body for _, body in transport.sent if body["studies"][0].get("push")]
    # The page prefetched before the edit asked for the same cursor; it was not used.
    dropped = [
        body
        for thread, body in transport.sent
        if thread.startswith("fieldkit-prefetch")
        and body["studies"][0]["pull_cursor"] == pushing["studies"][0]["pull_cursor"]
    ]
    assert len(dropped) == 1
