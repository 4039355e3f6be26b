"""Asking for the next page of a long pull while the current one is applied.

A first pull is many round trips of pure pulling: the laptop waits while the server reads and
compresses a page, and the server waits while the laptop applies it (a large study: 14 s of
applying, 5 s of serving, one after the other). When a round pushed nothing and the server
says it has more, the next request is predictable: the same studies with more to pull, each at
the cursor (and with the epoch and proofs) the reply gave. :class:`Prefetch` sends that
request in a thread while the reply is applied. The sync loop then builds its next request
from the database as always and uses the prefetched reply only if it asked for exactly the
same thing (:meth:`Prefetch.take`); otherwise it is dropped and the request is sent as usual.
A dropped prefetch stored nothing on the server: it pushed nothing and moved nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from fieldkit.sync.codec import RawJson, dump_json

# Sends a request body; returns the reply as the sync loop keeps it (client._Reply).
Sender = Callable[[dict[str, Any]], Any]


def next_pull_body(body: dict[str, Any], results: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The request that follows ``body`` if it pushed nothing and the reply has more to pull.

    ``results`` are the reply's parsed study results (client._parse_reply). None when the next
    request cannot be foretold (something was pushed, a resend was asked, nothing is left).
    """
    parts = body.get("studies")
    if not isinstance(parts, list) or any(_pushes(part) for part in parts):
        return None
    by_study = {r["study_id"]: r for r in results}
    if any(r["resend"] for r in results):
        return None
    following = []
    for part in parts:
        result = by_study.get(part["study_id"])
        if result is None or not result["more"]:
            continue  # up to date: it drops out of the next round
        nxt = {k: v for k, v in part.items() if k != "blobs_ask"}  # asked in the first round
        nxt["pull_cursor"] = result["cursor"]
        if result["epoch"] is not None:
            nxt["pull_epoch"] = result["epoch"]
        if result["cursor_proof"]:
            nxt["pull_proof"] = result["cursor_proof"]
        if result["ack_proof"]:
            nxt["push_acked"], nxt["push_ack_proof"] = result["ack_seq"], result["ack_proof"]
        following.append(nxt)
    if not following:
        return None
    return {**{k: v for k, v in body.items() if k != "studies"}, "studies": following}


def _pushes(part: Any) -> bool:
    push = part.get("push") if isinstance(part, dict) else None
    if isinstance(push, RawJson):
        return push.text != "[]"
    return bool(push)


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two request bodies ask for the same thing (key order aside)."""
    return _canonical(a) == _canonical(b)


def _canonical(body: dict[str, Any]) -> Any:
    import json

    return json.loads(dump_json(body))


class Prefetch:
    """One request sent ahead in a thread; its reply, or its error, kept for :meth:`take`."""

    def __init__(self, body: dict[str, Any], send: Sender) -> None:
        self.body = copy.deepcopy(body)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldkit-prefetch")
        self._future: Future[Any] = self._pool.submit(send, self.body)
        self._pool.shutdown(wait=False)

    def take(self, body: dict[str, Any]) -> Any | None:
        """The prefetched reply if ``body`` asks for the same thing, else None.

        Waits for the reply when it is still on its way. A prefetch that failed gives None:
        the caller sends the request itself, and meets the error (if any) the usual way.
        """
        if not _same(self.body, body):
            self.drop()
            return None
        try:
            return self._future.result()
        except Exception:  # the caller sends it itself and meets the error there
            return None

    def drop(self) -> None:
        """Forget the prefetch (a request still on its way finishes in its thread, unused)."""
        self._future.cancel()


__all__ = ["Prefetch", "next_pull_body"]
