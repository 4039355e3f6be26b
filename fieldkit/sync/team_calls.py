"""Calls to the team server outside the sync loop: sign-in, the user's studies, publishing.

Split from ``client.py`` (the push/pull engine); ``fieldkit.sync.client`` re-exports them.
"""

from __future__ import annotations

from typing import Any

from fieldkit.errors import DeviceTakenError, SyncError, phrase
from fieldkit.storage.db import Store
from fieldkit.storage.device_identity import take_new_device_id
from fieldkit.sync.clock import record_server_time
from fieldkit.sync.study_list import remember_studies
from fieldkit.sync.transport import Client, Transport


def login(
    store: Store,
    *,
    server_url: str,
    user: str,
    password: str,
    transport: Transport | None = None,
) -> str:
    """Sign this device in; returns the device token (the password is not kept).

    A device id the server has registered to another user (a data folder copied from a
    colleague) is replaced by a new one here (``device_identity.py``), and the sign-in repeated.
    """
    client = Client(server_url=server_url, token=None, transport=transport)
    sent_at = store.clock.physical_ms()
    try:
        reply = client.call(
            "POST", "/login", {"user": user, "password": password, "device_id": store.device_id}
        )
    except DeviceTakenError:
        take_new_device_id(store)
        sent_at = store.clock.physical_ms()
        reply = client.call(
            "POST", "/login", {"user": user, "password": password, "device_id": store.device_id}
        )
    token = reply.get("token") if isinstance(reply, dict) else None
    if not isinstance(token, str) or not token:
        raise SyncError(phrase("the server's sign-in reply has no token"))
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
        raise SyncError(phrase("the server's list of studies is malformed"))
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
        remember_studies(session, {study_id})
    return str(reply.get("role", "")) if isinstance(reply, dict) else ""


__all__ = ["list_server_studies", "login", "publish_study"]
