"""The sync client: push this device's changes and pull everyone else's, study by study.

Each round trip is one ``POST /api/v1/sync`` for every study that has work; the pulled changes
are applied and both cursors moved in ONE local transaction, so a crash or a lost reply at any
point leaves a state from which the next sync simply carries on (the server ignores a replayed
push; a replayed pull re-applies changes that change nothing).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fieldkit.errors import (
    FieldkitError,
    PermissionDeniedError,
    SyncError,
)
from fieldkit.storage.db import Store
from fieldkit.storage.models import MODEL_BY_TABLE, ChangeLogEntry, LocalState
from fieldkit.storage.replication import (
    RowChange,
    apply_remote_changes,
    collect_outbox,
    get_cursor,
    set_cursor,
)
from fieldkit.sync.transport import (
    DEFAULT_MAX_BYTES,
    Client,
    HttpResponse,
    Transport,
    UrllibTransport,
)

STUDIES_KEY = "sync:studies"
VIEWER_KEY = "sync:viewer_studies"  # studies where this user may read but not send changes
CLOCK_OFFSET_KEY = "sync:clock_offset_ms"
LAST_SYNC_KEY = "sync:last_ms"
MAX_ROUNDS = 100_000


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
    reply = client.call(
        "POST", "/login", {"user": user, "password": password, "device_id": store.device_id}
    )
    token = reply.get("token") if isinstance(reply, dict) else None
    if not isinstance(token, str) or not token:
        raise SyncError("the server's sign-in reply has no token")
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


def sync(
    store: Store,
    *,
    server_url: str,
    token: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    transport: Transport | None = None,
) -> SyncReport:
    """Push and pull every study the user belongs to until both sides are up to date."""
    started = time.perf_counter()
    client = Client(server_url=server_url, token=token, transport=transport)
    report = SyncReport()
    with store.read() as session:
        known = _known_studies(session)
        viewer = set(_read_list(session, VIEWER_KEY))
    active = set(known)
    first = True
    rounds = 0
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
                    "push": [c.to_json_dict() for c in pending.changes],
                }
                for sid, (cursor, pending) in sorted(outgoing.items())
            ],
        }
        sent_at = time.time()
        try:
            reply = client.call("POST", "/sync", body, compress=True)
        except PermissionDeniedError:
            if first and known:
                # A membership was removed: ask which studies remain and sync only those.
                known, viewer = _refresh_memberships(client, store)
                active = set(known)
                first = False
                continue
            raise
        received_at = time.time()
        memberships, results, server_ms = _parse_reply(reply)
        viewer = {sid for sid, role in memberships.items() if role == "viewer"}
        next_active: set[str] = set()
        with store.write() as session:
            for result in results:
                sid = result["study_id"]
                if sid not in outgoing:
                    raise SyncError(f"the server answered for study {sid}, which was not asked")
                cursor, pending = outgoing[sid]
                changes = [RowChange.from_json_dict(c) for c in result["changes"]]
                try:
                    applied = apply_remote_changes(session, changes, study_id=sid)
                except FieldkitError as exc:
                    raise SyncError(
                        f"changes from the server for study {sid} cannot be applied: {exc}"
                    ) from exc
                set_cursor(session, study_id=sid, name="pull", value=result["cursor"])
                ack = result["ack_seq"]
                if pending.changes and ack > pending.last_seq:
                    raise SyncError(
                        "the server has already received later changes from this device than "
                        "this data folder holds; was it restored from a backup or copied from "
                        "another laptop? The server ignored its changes; ask your team lead"
                    )
                if pending.last_seq > pending.after_seq and ack >= pending.last_seq:
                    # Acknowledged (or entries that carried nothing left to send).
                    set_cursor(session, study_id=sid, name="push", value=pending.last_seq)
                report.pushed += result["stored"]
                report.pulled += len(changes)
                report.conflicts += applied.conflicts
                if result["more"] or pending.more:
                    next_active.add(sid)
                if result["cursor"] == cursor and result["more"]:
                    raise SyncError("the server did not move the pull cursor; sync stopped")
            new = set(memberships) - set(outgoing) - set(known)
            _remember_studies(session, set(known) | new)
            _set_state(session, VIEWER_KEY, json.dumps(sorted(viewer)))
            offset = server_ms - (sent_at + received_at) * 500
            _set_state(session, CLOCK_OFFSET_KEY, str(int(offset)))
            _set_state(session, LAST_SYNC_KEY, str(server_ms))
        known = sorted(set(known) | new)
        active = next_active | new
        first = False
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
                warm = _prefetch(session, sid, push, limit=max(200, budget // 100))
                outbox = collect_outbox(session, study_id=sid, after_seq=push, max_bytes=budget)
                budget -= outbox.size
                pending = _Pending(outbox.changes, outbox.last_seq, outbox.more, push)
                del warm
            else:
                pending = _Pending([], push, _has_changes_after(session, sid, push), push)
            out[sid] = (pull, pending)
    return out


def _prefetch(session: Any, study_id: str, after_seq: int, *, limit: int) -> list[Any]:
    """Load the rows the next ``limit`` log entries name, a few queries in all.

    ``collect_outbox`` then finds them in the session instead of querying row by row (that
    was most of the cost of a large first push). Returns them: the session holds rows weakly.
    """
    entries = session.execute(
        select(col(ChangeLogEntry.entity), col(ChangeLogEntry.row_id))
        .where(col(ChangeLogEntry.study_id) == study_id, col(ChangeLogEntry.seq) > after_seq)
        .order_by(col(ChangeLogEntry.seq))
        .limit(limit)
    ).all()
    wanted: dict[str, set[str]] = {}
    for entity, row_id in entries:
        wanted.setdefault(entity, set()).add(row_id)
    loaded: list[Any] = []
    for entity, ids in wanted.items():
        model = MODEL_BY_TABLE.get(entity)
        if model is None:
            continue
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            query = select(model).where(col(model.id).in_(chunk))
            loaded.extend(session.execute(query).scalars())
    return loaded


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
        _set_state(session, STUDIES_KEY, json.dumps(sorted(roles)))
        _set_state(session, VIEWER_KEY, json.dumps(sorted(viewer)))
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
        _set_state(session, STUDIES_KEY, json.dumps(sorted(current | ids)))


def _set_state(session: Any, key: str, value: str) -> None:
    state = session.get(LocalState, key)
    if state is None:
        session.add(LocalState(key=key, value=value))
    else:
        state.value = value


__all__ = [
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
