"""``POST /api/v1/devices/renew``: a signed-in laptop takes a new device id, without a password.

A data folder copied to a second laptop, or restored from a backup, carries the device id (and
the token) of the original. Before it sends anything it takes a new id
(``fieldkit.storage.copy_detection``); this endpoint registers that id to the same user and
returns a token for it. The old token keeps working for the original laptop.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from fieldkit.sync.server.routes import _store
from fieldkit.sync.server.signed_in import Token, signed_in
from fieldkit.sync.server.store import now_ms

router = APIRouter(prefix="/api/v1")


class RenewBody(BaseModel):
    device_id: str = Field(pattern=r"^[0-9a-f]{16}$")


class RenewReply(BaseModel):
    token: str
    device_id: str
    server_time_ms: int


@router.post("/devices/renew", response_model=RenewReply)
def renew_device(body: RenewBody, token: Token, request: Request) -> RenewReply:
    who = signed_in(request, token)
    # A device id another user holds is refused (403 device_taken): the laptop draws again.
    token = _store(request).issue_token(user_id=who.user_id, device_id=body.device_id)
    return RenewReply(token=token, device_id=body.device_id, server_time_ms=now_ms())


__all__ = ["router"]
