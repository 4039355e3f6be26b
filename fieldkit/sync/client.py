"""The sync client: push this device's changes and pull everyone else's, study by study.

Each round trip is one ``POST /api/v1/sync`` for every study that has work; the pulled changes
are applied and both cursors moved in ONE local transaction, so a crash or a lost reply at any
point leaves a state from which the next sync simply carries on (the server ignores a replayed
push; a replayed pull re-applies changes that change nothing).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fieldkit.errors import (
    FieldkitError,
    PermissionDeniedError,
    SyncError,
)
from fieldkit.storage.changes import CLOCK_OFFSET_KEY
from fieldkit.storage.db import Store
from fieldkit.storage.local_values import write_local
from fieldkit.storage.models import LocalState
from fieldkit.storage.replication import (
    RowChange,
    collect_outbox,
    get_cursor,
    set_cursor,
)
from fieldkit.storage.set_aside import apply_pulled_changes
from fieldkit.sync import media as media_sync
from fieldkit.sync.clock import (
    ClockAheadError,
    correct_future_stamps,
    measure_offset,
    record_server_time,
    save_offset,
)
from fieldkit.sync.codec import RawJson
from fieldkit.sync.in_flight import note_sent, sent_up_to
from fieldkit.sync.media import DEFAULT_CHUNK_BYTES, MediaReport
from fieldkit.sync.transport import (
    DEFAULT_MAX_BYTES,
    Client,
    HttpResponse,
    Transport,
    UrllibTransport,
)

STUDIES_KEY = "sync:studies"
VIEWER_KEY = "sync:viewer_studies"  # studies where this user may read but not send changes
LAST_SYNC_KEY = "sync:last_ms"
MAX_ROUNDS = 100_000
MAX_CLOCK_FIXES = 3


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    studies: list[str] = field(default_factory=list)
    seconds: float = 0.0
    read_only: list[str] = field(default_factory=list)  # viewer studies: nothing is sent
    media: MediaReport = field(default_factory=MediaReport)  # files sent and fetched
    set_aside: int = 0  # pulled changes that could not be applied (``fieldkit sync problems``)


# --- login ---------------------------------------------------------------------------------


def login(
    store: Store,
    *,
    server_url: str,
    user: str,
    password: str,
    transport: Transport | None = None,
) -> str:
    """Sign this device in; returns the device token (the password is not kept)."""
    client = Client(server_url=server_url, token=None, transport=transport)
    sent_at = store.clock.physical_ms()
    reply = client.call(
        "POST", "/login", {"user": user, "password": password, "device_id": store.device_id}
    )
    token = reply.get("token") if isinstance(reply, dict) else None
    if not isinstance(token, str) or not token:
        raise SyncError("the server's sign-in reply has no token")
    server_ms = reply.get("server_time_ms")
    if isinstance(server_ms, int) and not isinstance(server_ms, bool):
        # Correct the clock from the start (a laptop with a wrong date stamps right at once).
        record_server_time(
            store, server_time_ms=server_ms, sent_ms=sent_at, received_ms=store.clock.physical_ms()
        )
    return token


def list_server_studies(
    *, server_url: str, token: str, transport: Transport | None = None
) -> list[dict[str, Any]]:
    reply = Client(server_url=server_url, token=token, transport=transport).call("GET", "/studies")
    studies = reply.get("studies") if isinstance(reply, dict) else None
    if not isinstance(studies, list):
        raise SyncError("the server's list of studies is malformed")
    return studies


def publish_study(
    store: Store,
    *,
    study_id: str,
    server_url: str,
    token: str,
    transport: Transport | None = None,
) -> str:
    """Register a study made on this laptop with the server (the caller becomes its lead).

    The next ``sync`` pushes the whole study. Returns the caller's role in it.
    """
    from fieldkit.storage.lookup import get_row
    from fieldkit.storage.models import Study

    with store.read() as session:
        study = get_row(session, Study, study_id)
        study_id, name = study.id, study.name
    client = Client(server_url=server_url, token=token, transport=transport)
    reply = client.call("POST", f"/studies/{study_id}/publish", {"name": name})
    with store.write() as session:
        _remember_studies(session, {study_id})
    return str(reply.get("role", "")) if isinstance(reply, dict) else ""


# --- sync ----------------------------------------------------------------------------------


@dataclass
class _Pending:
    """One study's outgoing batch in the current round."""

    changes: list[RowChange]
    last_seq: int
    more: bool
    after_seq: int = 0  # the push cursor the batch was collected after
    encoded: list[str] = field(default_factory=list)  # the changes as JSON (Outbox.encoded)


def sync(
    store: Store,
    *,
    server_url: str,
    token: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    transport: Transport | None = None,
    progress: Callable[[SyncReport], None] | None = None,
    metered: bool = False,
    media: bool | None = None,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
) -> SyncReport:
    """Push and pull every study the user belongs to until both sides are up to date.

    Then media (``fieldkit.sync.media``): ``media`` True/False forces sending and fetching
    files on or off; None sends them unless the data saver is on and ``metered``.

    ``progress`` is called with the figures so far after each round trip (each one committed);
    an exception it raises (e.g. the user's Cancel) stops the sync there, safely.
    """
    started = time.perf_counter()
    client = Client(server_url=server_url, token=token, transport=transport)
    report = SyncReport()
    with store.read() as session:
        known = _known_studies(session)
        viewer = set(_read_list(session, VIEWER_KEY))
    active = set(known)
    asks = media_sync.blob_asks(store, read_only=viewer)
    first = True
    rounds = 0
    clock_fixes = 0
    while first or active:
        rounds += 1
        if rounds > MAX_ROUNDS:
            raise SyncError("sync is not making progress; stopped (please report this)")
        outgoing = _collect(store, sorted(active), max_bytes, read_only=viewer)
        body = {
            "device_id": store.device_id,
            "max_bytes": max_bytes,
            "studies": [
                {
                    "study_id": sid,
                    "pull_cursor": cursor,
                    "push_last_seq": pending.last_seq,
                    "push_after_seq": pending.after_seq,
                    "push": _push_json(pending),
                }
                for sid, (cursor, pending) in sorted(outgoing.items())
            ],
        }
        asked = media_sync.add_asks(body, asks if first else {})
        note_sent(store, {sid: p.last_seq for sid, (_, p) in outgoing.items() if p.changes})
        sent_at = store.clock.physical_ms()
        try:
            reply = client.call("POST", "/sync", body, compress=True)
        except ClockAheadError as exc:
            # This laptop's date is ahead: nothing was stored; fix the stamps and send again.
            clock_fixes += 1
            if clock_fixes > MAX_CLOCK_FIXES:
                raise SyncError(f"{exc}; it did not help: set the laptop's date and time") from None
            correct_future_stamps(
                store,
                server_time_ms=exc.server_time_ms,
                sent_ms=sent_at,
                received_ms=store.clock.physical_ms(),
            )
            continue
        except PermissionDeniedError:
            if first and known:
                # A membership was removed: ask which studies remain and sync only those.
                known, viewer = _refresh_memberships(client, store)
                active = set(known)
                first = False
                continue
            raise
        received_at = store.clock.physical_ms()
        memberships, results, server_ms = _parse_reply(reply)
        viewer = {sid for sid, role in memberships.items() if role == "viewer"}
        next_active: set[str] = set()
        with store.write() as session:
            for result in results:
                sid = result["study_id"]
                if sid not in outgoing:
                    raise SyncError(f"the server answered for study {sid}, which was not asked")
                cursor, pending = outgoing[sid]
                changes = result["changes"]
                try:  # a change that cannot be applied is set aside; the rest is applied
                    applied = apply_pulled_changes(session, changes, study_id=sid)
                except FieldkitError as exc:
                    raise SyncError(
                        f"changes from the server for study {sid} cannot be applied: {exc}"
                    ) from exc
                set_cursor(session, study_id=sid, name="pull", value=result["cursor"])
                ack = result["ack_seq"]
                if pending.changes and pending.last_seq < ack <= sent_up_to(session, sid):
                    # A reply was lost and this batch came out smaller: the server has up to
                    # ``ack`` (it stored nothing now); carry on from there.
                    set_cursor(session, study_id=sid, name="push", value=ack)
                    next_active.add(sid)
                    pending = _Pending([], ack, pending.more, ack)
                if pending.changes and ack > pending.last_seq:
                    raise SyncError(
                        "the server has already received later changes from this device than "
                        "this data folder holds; was it restored from a backup or copied from "
                        "another laptop? The server ignored its changes; ask your team lead"
                    )
                if pending.last_seq > pending.after_seq and ack >= pending.last_seq:
                    # Acknowledged (or entries that carried nothing left to send).
                    set_cursor(session, study_id=sid, name="push", value=pending.last_seq)
                elif pending.after_seq < ack < pending.last_seq:
                    # A reply was lost after the server stored an earlier batch: it stored
                    # nothing now; send again from what it has.
                    set_cursor(session, study_id=sid, name="push", value=ack)
                    next_active.add(sid)
                report.pushed += result["stored"]
                report.pulled += len(changes)
                report.conflicts += applied.conflicts
                report.set_aside += applied.set_aside
                if result["more"] or pending.more:
                    next_active.add(sid)
                if result["cursor"] == cursor and result["more"]:
                    raise SyncError("the server did not move the pull cursor; sync stopped")
            new = set(memberships) - set(outgoing) - set(known)
            _remember_studies(session, set(known) | new)
            write_local(session, VIEWER_KEY, json.dumps(sorted(viewer)))
            offset = measure_offset(
                server_time_ms=server_ms, sent_ms=sent_at, received_ms=received_at
            )
            save_offset(session, offset)
            store.clock.offset_ms = offset
            write_local(session, LAST_SYNC_KEY, str(server_ms))
            media_sync.remember_missing(session, reply, asked)
        known = sorted(set(known) | new)
        active = next_active | new
        first = False
        if progress is not None:
            report.requests = client.requests
            report.bytes_sent, report.bytes_received = client.bytes_sent, client.bytes_received
            progress(report)

    def media_progress(figures: MediaReport) -> None:
        report.media = figures
        report.requests = client.requests
        report.bytes_sent, report.bytes_received = client.bytes_sent, client.bytes_received
        if progress is not None:
            progress(report)

    report.media = media_sync.transfer(
        store,
        client,
        studies=known,
        read_only=viewer,
        allowed=media_sync.media_allowed(store, metered=metered, media=media),
        chunk_bytes=chunk_bytes,
        progress=media_progress,
    )
    report.requests = client.requests
    report.bytes_sent = client.bytes_sent
    report.bytes_received = client.bytes_received
    report.studies = sorted(known)
    report.read_only = sorted(viewer & set(known))
    report.seconds = time.perf_counter() - started
    return report


def _collect(
    store: Store, study_ids: list[str], max_bytes: int, *, read_only: set[str]
) -> dict[str, tuple[int, _Pending]]:
    """Per study: the pull cursor and the next outgoing batch, within one byte budget."""
    out: dict[str, tuple[int, _Pending]] = {}
    budget = max_bytes
    with store.read() as session:
        for sid in study_ids:
            pull = int(get_cursor(session, study_id=sid, name="pull") or 0)
            push = int(get_cursor(session, study_id=sid, name="push") or 0)
            if sid in read_only:
                pending = _Pending([], push, False, push)
            elif budget > 0:
                outbox = collect_outbox(session, study_id=sid, after_seq=push, max_bytes=budget)
                budget -= outbox.size
                pending = _Pending(
                    outbox.changes, outbox.last_seq, outbox.more, push, outbox.encoded
                )
            else:
                pending = _Pending([], push, _has_changes_after(session, sid, push), push)
            out[sid] = (pull, pending)
    return out


def _push_json(pending: _Pending) -> Any:
    """The batch's changes for the request body, spliced in as already encoded."""
    if len(pending.encoded) == len(pending.changes):
        return RawJson("[" + ",".join(pending.encoded) + "]")
    return [c.to_json_dict() for c in pending.changes]


def _has_changes_after(session: Any, study_id: str, seq: int) -> bool:
    from fieldkit.storage.replication import pending_count

    return pending_count(session, after_seq=seq, study_id=study_id) > 0


def _parse_reply(reply: Any) -> tuple[dict[str, str], list[dict[str, Any]], int]:
    try:
        memberships = {str(m["study_id"]): str(m["role"]) for m in reply["memberships"]}
        server_ms = int(reply["server_time_ms"])
        results = []
        for r in reply["studies"]:
            results.append(
                {
                    "study_id": str(r["study_id"]),
                    "ack_seq": int(r["ack_seq"]),
                    "stored": int(r["stored"]),
                    "cursor": int(r["cursor"]),
                    "more": bool(r["more"]),
                    "changes": list(r["changes"]),
                }
            )
    except (KeyError, TypeError, ValueError):
        raise SyncError("the server's sync reply is malformed") from None
    return memberships, results, server_ms


def _refresh_memberships(client: Client, store: Store) -> tuple[list[str], set[str]]:
    reply = client.call("GET", "/studies")
    try:
        roles = {str(s["study_id"]): str(s["role"]) for s in reply["studies"]}
    except (KeyError, TypeError):
        raise SyncError("the server's list of studies is malformed") from None
    viewer = {sid for sid, role in roles.items() if role == "viewer"}
    with store.write() as session:
        write_local(session, STUDIES_KEY, json.dumps(sorted(roles)))
        write_local(session, VIEWER_KEY, json.dumps(sorted(viewer)))
    return sorted(roles), viewer


def _known_studies(session: Any) -> list[str]:
    return _read_list(session, STUDIES_KEY)


def _read_list(session: Any, key: str) -> list[str]:
    state = session.get(LocalState, key)
    if state is None:
        return []
    try:
        return sorted(str(s) for s in json.loads(state.value))
    except (ValueError, TypeError):
        return []


def _remember_studies(session: Any, ids: set[str]) -> None:
    current = set(_known_studies(session))
    if ids - current or not current:
        write_local(session, STUDIES_KEY, json.dumps(sorted(current | ids)))


__all__ = [
    "CLOCK_OFFSET_KEY",
    "Client",
    "HttpResponse",
    "SyncReport",
    "Transport",
    "UrllibTransport",
    "list_server_studies",
    "login",
    "publish_study",
    "sync",
]
