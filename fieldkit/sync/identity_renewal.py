"""Taking the new device identity a copied or restored data folder needs, before it syncs.

Order matters for a crash at any point: the server registers the new id and returns its token;
the token is saved (``on_new_token``); only then does the folder take the id
(``take_new_device_id``: unacknowledged changes re-stamped, the renewal mark cleared, one
transaction). A crash before the last step leaves the mark set, and the next sync renews again
with a fresh id (the saved token is the user's, so the server accepts the request); an unused
registration is harmless.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from fieldkit.errors import DeviceTakenError, SyncError, phrase
from fieldkit.storage.db import Store
from fieldkit.storage.device_identity import take_new_device_id
from fieldkit.storage.hlc import DEVICE_DIGITS
from fieldkit.sync.transport import Client

_ATTEMPTS = 3


def renew_identity(store: Store, client: Client, on_new_token: Callable[[str], None]) -> str:
    """Register a new device id for this user, keep its token, take it; returns the new id."""
    for _ in range(_ATTEMPTS):
        new = secrets.token_hex(DEVICE_DIGITS // 2)
        try:
            reply = client.call("POST", "/devices/renew", {"device_id": new})
        except DeviceTakenError:
            continue  # another user's id (2^-64): draw again
        token = reply.get("token") if isinstance(reply, dict) else None
        if not isinstance(token, str) or not token:
            raise SyncError(phrase("the server's reply to a new device identity has no token"))
        on_new_token(token)
        take_new_device_id(store, new=new)
        client.token = token
        return new
    raise SyncError(phrase("the server refused every new device id; try again later"))


__all__ = ["renew_identity"]
