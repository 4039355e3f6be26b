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
    ChangeRefusedError,
    FieldkitError,
    PermissionDeniedError,
    RequestTooLargeError,
    SyncError,
    phrase,
    reason_of,
)
from fieldkit.storage.changes import CLOCK_OFFSET_KEY
from fieldkit.storage.copy_detection import (
    mark_for_new_identity,
    needs_new_identity,
    note_machine,
)
from fieldkit.storage.db import Store
from fieldkit.storage.device_identity import (  # ACK_CURSOR: "ACK:PROOF", signed
    ACK_CURSOR,
    BASE_CURSOR,
)
from fieldkit.storage.erasure import clean_up, pending_cleanups
from fieldkit.storage.local_values import STUDY_ROLES_KEY, write_local
from fieldkit.storage.refused_pushes import hold_followers
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
    save_offset,
)
from fieldkit.sync.codec import RawJson
from fieldkit.sync.identity_renewal import renew_identity
from fieldkit.sync.in_flight import note_sent, sent_up_to
from fieldkit.sync.media import DEFAULT_CHUNK_BYTES, MediaReport
from fieldkit.sync.prefetch import Prefetch, next_pull_body
from fieldkit.sync.push_position import PushMove, decide_push
from fieldkit.sync.push_refusals import hold_back_refused, hold_back_too_large
from fieldkit.sync.study_list import (
    STUDIES_KEY,
    VIEWER_KEY,
    known_studies,
    read_list,
    remember_studies,
)
from fieldkit.sync.team_calls import list_server_studies, login, publish_study
from fieldkit.sync.transport import (
    DEFAULT_MAX_BYTES,
    Client,
    HttpResponse,
    Transport,
    UrllibTransport,
)

LAST_SYNC_KEY = "sync:last_ms"
EPOCH_CURSOR = "epoch"  # per study: the server's feed epoch the pull cursor counts in
PULL_PROOF_CURSOR = "pull_proof"  # the server's signature of the pull cursor (server/proofs.py)
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
    # This laptop's changes the server refused in this sync: held back with its reason, the
    # rest sent (``fieldkit sync problems``; ``storage/refused_pushes.py``).
    refused: int = 0
    # This laptop's edits that held an erased participant's words, made before the erasure
    # arrived: the words were removed (a line per record, for the researcher).
    erased_edits: list[str] = field(default_factory=list)


# --- sync ----------------------------------------------------------------------------------


@dataclass
class _Pending:
    """One study's outgoing batch in the current round."""

    changes: list[RowChange]
    last_seq: int
    more: bool
    after_seq: int = 0  # the push cursor the batch was collected after
    encoded: list[str] = field(default_factory=list)  # the changes as JSON (Outbox.encoded)
    base: int = 0  # the push cursor this device identity started from (device_identity.py)
    first_seqs: list[int] = field(default_factory=list)  # Outbox.first_seqs
    waiting: list[tuple[int, str, str]] = field(default_factory=list)  # Outbox.waiting


@dataclass
class _Request:
    """One round trip's request: the body and, per study, what it was built from."""

    body: dict[str, Any]
    outgoing: dict[str, tuple[int, _Pending]]  # study -> (pull cursor, outgoing batch)
    asked: Any  # the media hashes asked about (media.add_asks)


@dataclass
class _Round:
    """What the sync loop carries from one round trip to the next."""

    known: list[str]  # every study of this user known here
    viewer: set[str]  # studies where this user only reads
    active: set[str]  # studies that still have something to push or pull
    asks: dict[str, list[str]]
    first: bool = True
    clock_fixes: int = 0
    refused: int = 0  # pushed changes the server refused in this sync (held back here)
    # Bytes of changes per request after the server answered 413 (halved each time; None: the
    # caller's max_bytes), down to one change, which is then held back as too large.
    push_budget: int | None = None


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
    on_new_token: Callable[[str], None] | None = None,
    machine: str | None = None,
) -> SyncReport:
    """Push and pull every study the user belongs to until both sides are up to date.

    A data folder that is a copy or a restored backup (``storage/copy_detection.py``; ``machine``
    overrides this computer's fingerprint) first takes a new device identity; its token is
    handed to ``on_new_token`` to be kept. Without ``on_new_token`` such a folder stops with a
    message instead.

    Each round trip is three steps: build the request (:func:`_build_request`), send it with
    its retries (:func:`_send`), apply the reply in one local transaction
    (:func:`_apply_reply`). Then media (``fieldkit.sync.media``): ``media`` True/False forces
    sending and fetching files on or off; None sends them unless the data saver is on and
    ``metered``.

    ``progress`` is called with the figures so far after each round trip (each one committed);
    an exception it raises (e.g. the user's Cancel) stops the sync there, safely.
    """
    started = time.perf_counter()
    client = Client(server_url=server_url, token=token, transport=transport)
    report = SyncReport()
    note_machine(store, machine)
    if needs_new_identity(store):
        _renew(store, client, on_new_token)
    with store.read() as session:
        known = known_studies(session)
        viewer = set(read_list(session, VIEWER_KEY))
    state = _Round(known, viewer, set(known), media_sync.blob_asks(store, read_only=viewer))
    rounds = 0
    ahead: Prefetch | None = None  # the next page of a long pull, asked while this one applies
    try:
        while state.first or state.active:
            rounds += 1
            if rounds > MAX_ROUNDS:
                raise SyncError(phrase("sync is not making progress; stopped (please report this)"))
            request = _build_request(store, state, max_bytes)
            reply = ahead.take(request.body) if ahead is not None else None
            ahead = None
            if reply is None:
                reply = _send(store, client, state, request)
            if reply is None:
                continue  # the request must be built again (stamps rewritten, studies refreshed)
            ahead = _prefetch_next(store, client, request, reply)
            try:
                _apply_reply(store, state, request, reply, report)
            except _AheadOfFolder:
                # Nothing of this reply was applied. Copied or restored on this machine: a new
                # identity, and this folder's unacknowledged changes go again under it.
                if ahead is not None:
                    ahead.drop()
                    ahead = None
                mark_for_new_identity(store, "behind the server")
                _renew(store, client, on_new_token)
                state.active, state.first = set(state.known), True
                continue
            if progress is not None:
                _count_traffic(report, client)
                progress(report)
    finally:
        if ahead is not None:
            ahead.drop()

    for erasure in pending_cleanups(store):  # a participant's erasure pulled: make it hard here
        report.erased_edits += clean_up(store, erasure)

    def media_progress(figures: MediaReport) -> None:
        report.media = figures
        _count_traffic(report, client)
        if progress is not None:
            progress(report)

    report.media = media_sync.transfer(
        store,
        client,
        studies=state.known,
        read_only=state.viewer,
        allowed=media_sync.media_allowed(store, metered=metered, media=media),
        chunk_bytes=chunk_bytes,
        progress=media_progress,
    )
    _count_traffic(report, client)
    report.refused = state.refused
    report.studies = sorted(state.known)
    report.read_only = sorted(state.viewer & set(state.known))
    report.seconds = time.perf_counter() - started
    return report


class _AheadOfFolder(Exception):
    """The server holds later counters of this device than this folder ever sent."""


def _renew(store: Store, client: Client, on_new_token: Callable[[str], None] | None) -> None:
    if on_new_token is None:
        raise SyncError(
            phrase(
                "this data folder was restored from a backup or copied from another laptop and "
                "needs a device identity of its own; sync it with fieldkit sync or the app"
            )
        )
    renew_identity(store, client, on_new_token)


def _told(session: Any, study_id: str) -> dict[str, Any]:
    """What the server last told about a study, sent back: its epoch, signed positions."""
    out: dict[str, Any] = {}
    epoch = get_cursor(session, study_id=study_id, name=EPOCH_CURSOR)
    if epoch is not None:
        out["pull_epoch"] = epoch
    proof = get_cursor(session, study_id=study_id, name=PULL_PROOF_CURSOR)
    if proof:
        out["pull_proof"] = proof
    acked, _, ack_proof = (get_cursor(session, study_id=study_id, name=ACK_CURSOR) or "").partition(
        ":"
    )
    if acked.isdigit() and ack_proof:
        out["push_acked"], out["push_ack_proof"] = int(acked), ack_proof
    return out


def _remember_told(session: Any, study_id: str, result: dict[str, Any]) -> None:
    if result["epoch"] is not None:
        set_cursor(session, study_id=study_id, name=EPOCH_CURSOR, value=result["epoch"])
    if result["cursor_proof"]:
        set_cursor(session, study_id=study_id, name=PULL_PROOF_CURSOR, value=result["cursor_proof"])
    if result["ack_proof"]:
        value = f"{result['ack_seq']}:{result['ack_proof']}"
        set_cursor(session, study_id=study_id, name=ACK_CURSOR, value=value)


def _count_traffic(report: SyncReport, client: Client) -> None:
    report.requests = client.requests
    report.bytes_sent, report.bytes_received = client.bytes_sent, client.bytes_received


def _build_request(store: Store, state: _Round, max_bytes: int) -> _Request:
    """Step 1: per active study, its pull position and the next batch of its changes."""
    budget = max_bytes if state.push_budget is None else min(max_bytes, state.push_budget)
    outgoing = _collect(store, sorted(state.active), budget, read_only=state.viewer)
    with store.read() as session:
        told = {sid: _told(session, sid) for sid in outgoing}
    parts = []
    for sid, (cursor, pending) in sorted(outgoing.items()):
        part: dict[str, Any] = {
            "study_id": sid,
            "pull_cursor": cursor,
            "push_last_seq": pending.last_seq,
            "push_after_seq": pending.after_seq,
            "push": _push_json(pending),
        }
        if pending.base:
            part["push_base"] = pending.base
        part.update(told[sid])
        parts.append(part)
    body = {"device_id": store.device_id, "max_bytes": max_bytes, "studies": parts}
    asked = media_sync.add_asks(body, state.asks if state.first else {})
    return _Request(body, outgoing, asked)


@dataclass(frozen=True)
class _Reply:
    body: Any
    sent_ms: int  # the laptop's clock when the request left and when the reply came
    received_ms: int


def _send(store: Store, client: Client, state: _Round, request: _Request) -> _Reply | None:
    """Step 2: send the request; None when it must be built again first.

    A laptop whose date is ahead gets its stamps rewritten (nothing was stored); a study the
    user was removed from is dropped after asking the server which remain.
    """
    outgoing = request.outgoing
    note_sent(store, {sid: p.last_seq for sid, (_, p) in outgoing.items() if p.changes})
    sent_at = store.clock.physical_ms()
    try:
        reply = client.call("POST", "/sync", request.body, compress=True)
    except ClockAheadError as exc:
        state.clock_fixes += 1
        if state.clock_fixes > MAX_CLOCK_FIXES:
            raise SyncError(
                phrase(
                    "{problem}; it did not help: set the laptop's date and time",
                    problem=reason_of(exc),
                )
            ) from None
        correct_future_stamps(
            store,
            server_time_ms=exc.server_time_ms,
            sent_ms=sent_at,
            received_ms=store.clock.physical_ms(),
        )
        return None
    except ChangeRefusedError as exc:
        # One change the server cannot take: held back here (listed with the server's reason),
        # and the request built again without it. Each refusal holds at least one more log
        # entry back, so this ends.
        part = outgoing.get(exc.study_id)
        if part is None:
            raise SyncError(str(exc)) from None
        pending = part[1]
        hold_back_refused(store, exc, changes=pending.changes, first_seqs=pending.first_seqs)
        state.refused += 1
        return None
    except RequestTooLargeError as exc:
        sending = [(sid, p) for sid, (_, p) in outgoing.items() if p.changes]
        count = sum(len(p.changes) for _sid, p in sending)
        if count == 1:  # that change alone is too large: held back, and the rest goes on
            sid, pending = sending[0]
            hold_back_too_large(
                store, exc, study_id=sid, change=pending.changes[0], first_seq=pending.first_seqs[0]
            )
            state.refused += 1
            state.push_budget = None
            return None
        size = sum(len(text) for _sid, p in sending for text in p.encoded)
        if count == 0 or state.push_budget == 1:
            raise
        # Fewer changes per request, down to one (strictly less each time: this ends).
        state.push_budget = max(1, min(size, state.push_budget or size) // 2)
        return None
    except PermissionDeniedError:
        if state.first and state.known:
            # A membership was removed: ask which studies remain and sync only those.
            state.known, state.viewer = _refresh_memberships(client, store)
            state.active = set(state.known)
            state.first = False
            return None
        raise
    return _Reply(reply, sent_at, store.clock.physical_ms())


def _prefetch_next(
    store: Store, client: Client, request: _Request, sent: _Reply
) -> Prefetch | None:
    """The next request of a pure pull sent ahead (prefetch.py); None when not foreseeable."""
    try:
        results = _parse_reply(sent.body)[1]
    except SyncError:
        return None  # _apply_reply says so
    body = next_pull_body(request.body, results)
    if body is None:
        return None

    def send(ahead: dict[str, Any]) -> _Reply:
        sent_at = store.clock.physical_ms()
        reply = client.call("POST", "/sync", ahead, compress=True)
        return _Reply(reply, sent_at, store.clock.physical_ms())

    return Prefetch(body, send)


def _apply_reply(
    store: Store, state: _Round, request: _Request, sent: _Reply, report: SyncReport
) -> None:
    """Step 3: apply the pulled changes and move every cursor, in ONE local transaction."""
    reply, sent_at, received_at = sent.body, sent.sent_ms, sent.received_ms
    memberships, results, server_ms = _parse_reply(reply)
    state.viewer = {sid for sid, role in memberships.items() if role == "viewer"}
    next_active: set[str] = set()
    with store.write() as session:
        for result in results:
            sid = result["study_id"]
            if sid not in request.outgoing:
                raise SyncError(
                    phrase("the server answered for study {study}, which was not asked", study=sid)
                )
            cursor, pending = request.outgoing[sid]
            changes = result["changes"]
            try:  # a change that cannot be applied is set aside; the rest is applied
                applied = apply_pulled_changes(session, changes, study_id=sid)
            except FieldkitError as exc:
                raise SyncError(
                    phrase(
                        "changes from the server for study {study} cannot be applied: {problem}",
                        study=sid,
                        problem=reason_of(exc),
                    )
                ) from exc
            set_cursor(session, study_id=sid, name="pull", value=result["cursor"])
            _remember_told(session, sid, result)
            decision = decide_push(
                after_seq=pending.after_seq,
                last_seq=pending.last_seq,
                has_changes=bool(pending.changes),
                ack=result["ack_seq"],
                sent=sent_up_to(session, sid),
                resend=result["resend"],
            )
            if decision.move is PushMove.RESTORED:
                raise _AheadOfFolder
            if decision.cursor is not None:
                set_cursor(session, study_id=sid, name="push", value=decision.cursor)
                # Entries skipped for waiting on a refused change are passed: held with it.
                hold_followers(
                    session, study_id=sid, waiting=pending.waiting, up_to=decision.cursor
                )
            report.pushed += result["stored"]
            report.pulled += len(changes)
            report.conflicts += applied.conflicts
            report.set_aside += applied.set_aside
            if decision.again or result["more"] or pending.more:
                next_active.add(sid)
            if result["cursor"] == cursor and result["more"]:
                raise SyncError(phrase("the server did not move the pull cursor; sync stopped"))
        new = set(memberships) - set(request.outgoing) - set(state.known)
        remember_studies(session, set(state.known) | new)
        write_local(session, VIEWER_KEY, json.dumps(sorted(state.viewer)))
        write_local(session, STUDY_ROLES_KEY, json.dumps(memberships, sort_keys=True))
        offset = measure_offset(server_time_ms=server_ms, sent_ms=sent_at, received_ms=received_at)
        save_offset(session, offset)
        store.clock.offset_ms = offset
        write_local(session, LAST_SYNC_KEY, str(server_ms))
        media_sync.remember_missing(session, reply, request.asked)
    state.known = sorted(set(state.known) | new)
    state.active = next_active | new
    state.first = False


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
            base = int(get_cursor(session, study_id=sid, name=BASE_CURSOR) or 0)
            if sid in read_only:
                pending = _Pending([], push, False, push, base=base)
            elif budget > 0:
                outbox = collect_outbox(session, study_id=sid, after_seq=push, max_bytes=budget)
                budget -= outbox.size
                pending = _Pending(
                    outbox.changes,
                    outbox.last_seq,
                    outbox.more,
                    push,
                    outbox.encoded,
                    base,
                    outbox.first_seqs,
                    outbox.waiting,
                )
            else:
                more = _has_changes_after(session, sid, push)
                pending = _Pending([], push, more, push, base=base)
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
                    # Older servers send neither.
                    "epoch": _optional_text(r, "epoch"),
                    "resend": r.get("resend") is True,
                    "ack_proof": _optional_text(r, "ack_proof"),
                    "cursor_proof": _optional_text(r, "cursor_proof"),
                }
            )
    except (KeyError, TypeError, ValueError):
        raise SyncError(phrase("the server's sync reply is malformed")) from None
    return memberships, results, server_ms


def _optional_text(reply: dict[str, Any], key: str) -> str | None:
    value = reply.get(key)
    return value if isinstance(value, str) and len(value) <= 64 else None


def _refresh_memberships(client: Client, store: Store) -> tuple[list[str], set[str]]:
    reply = client.call("GET", "/studies")
    try:
        roles = {str(s["study_id"]): str(s["role"]) for s in reply["studies"]}
    except (KeyError, TypeError):
        raise SyncError(phrase("the server's list of studies is malformed")) from None
    viewer = {sid for sid, role in roles.items() if role == "viewer"}
    with store.write() as session:
        write_local(session, STUDIES_KEY, json.dumps(sorted(roles)))
        write_local(session, VIEWER_KEY, json.dumps(sorted(viewer)))
        write_local(session, STUDY_ROLES_KEY, json.dumps(roles, sort_keys=True))
    return sorted(roles), viewer


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
