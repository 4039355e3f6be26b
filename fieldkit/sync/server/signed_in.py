"""Who sent a request: the bearer token read on the event loop, checked in the worker thread.

Every signed-in endpoint takes ``token: Token`` (the header's token; 401 without one, no
database work) and calls :func:`signed_in` first thing in the thread where its database work
runs. Checking the token in a dependency of its own cost each request one more hand-off to a
worker thread and back (waking a thread was the largest single cost of a request under load);
this way a request makes one. A body that FastAPI validates (small JSON) is checked before
the token, so a malformed body sent without a valid token gets 422 where it got 401.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from fieldkit.errors import AuthenticationError
from fieldkit.sync.server.request_log import note_identity
from fieldkit.sync.server.store import Identity, ServerStore

_bearer = HTTPBearer(auto_error=False)


async def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The request's bearer token (not yet checked against the database)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise AuthenticationError("sign in first: this request carries no device token")
    return credentials.credentials


Token = Annotated[str, Depends(bearer_token)]


def signed_in(request: Request, token: str) -> Identity:
    """Who holds ``token`` (one query); AuthenticationError if nobody may use it now.

    Blocking: call it from the worker thread that does the request's database work.
    """
    store: ServerStore = request.app.state.store
    identity = store.identity(token)
    if identity is None:
        raise AuthenticationError(
            "this laptop's sign-in is no longer valid (revoked, expired after a long time "
            "unused, or the account was changed); sign in again: nothing unsynced is lost"
        )
    note_identity(request.scope, user_id=identity.user_id, device_id=identity.device_id)
    return identity


__all__ = ["Token", "bearer_token", "signed_in"]
