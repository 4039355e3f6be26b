"""The /api/v1 endpoints. Thin: checks and queries live in protocol.py and store.py."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

import fieldkit
from fieldkit.errors import (
    AuthenticationError,
    ChangeRefusedError,
    PermissionDeniedError,
    ValidationError,
    phrase,
)
from fieldkit.sync import codec
from fieldkit.sync.clock import CLOCK_AHEAD, StampAheadError
from fieldkit.sync.server.blob_store import ServerBlobs
from fieldkit.sync.server.config import ServerConfig
from fieldkit.sync.server.erasure import apply_erasures
from fieldkit.sync.server.login_limiter import LoginLimiter
from fieldkit.sync.server.media_store import MediaStore
from fieldkit.sync.server.protocol import parse_sync_request, study_record_changes, sync_reply
from fieldkit.sync.server.signed_in import Token, signed_in
from fieldkit.sync.server.store import Identity, ServerStore, now_ms

router = APIRouter(prefix="/api/v1")


def _store(request: Request) -> ServerStore:
    store: ServerStore = request.app.state.store
    return store


def _config(request: Request) -> ServerConfig:
    config: ServerConfig = request.app.state.config
    return config


def model_reply(model: BaseModel, status_code: int = 200, **headers: str) -> Response:
    """``model`` as a JSON reply, made in the endpoint's thread.

    A model returned from a plain ``def`` endpoint is checked against its ``response_model`` in
    one more hand-off to a worker thread and back; a model built here was checked when made.
    """
    body = model.model_dump_json()
    return Response(body, status_code, headers or None, media_type="application/json")


def _member_role(store: ServerStore, who: Identity, study_id: str) -> str:
    role = store.role(user_id=who.user_id, study_id=study_id)
    if role is None:
        raise PermissionDeniedError(f"you are not a member of study {study_id} on this server")
    return role


# --- models (for validation and the OpenAPI description) -------------------------------------


class LoginBody(BaseModel):
    user: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1024)
    device_id: str = Field(pattern=r"^[0-9a-f]{16}$")


class LoginReply(BaseModel):
    token: str
    user: str
    server_time_ms: int


class StudyInfo(BaseModel):
    study_id: str
    name: str
    role: str


class StudiesReply(BaseModel):
    studies: list[StudyInfo]
    server_time_ms: int


class PublishBody(BaseModel):
    name: str = Field(min_length=1, max_length=200)


class Health(BaseModel):
    status: str = Field(description='"ok", or "unavailable" (HTTP 503) when the database is not')
    api_version: int
    server_version: str
    database: str = Field(description='"ok" or "unreachable"')
    server_time_ms: int


_SYNC_SCHEMA: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "JSON, usually with Content-Encoding gzip or zstd",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["device_id", "studies"],
                    "properties": {
                        "device_id": {"type": "string"},
                        "max_bytes": {"type": "integer", "minimum": 0},
                        "studies": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["study_id"],
                                "properties": {
                                    "study_id": {"type": "string"},
                                    "pull_cursor": {"type": "integer", "minimum": 0},
                                    "push_last_seq": {"type": "integer", "minimum": 0},
                                    "push_after_seq": {"type": "integer", "minimum": 0},
                                    "push_base": {"type": "integer", "minimum": 0},
                                    "pull_epoch": {"type": "string", "maxLength": 64},
                                    "pull_proof": {"type": "string", "maxLength": 64},
                                    "push_acked": {"type": "integer", "minimum": 0},
                                    "push_ack_proof": {"type": "string", "maxLength": 64},
                                    "push": {"type": "array", "items": {"type": "object"}},
                                },
                            },
                        },
                    },
                }
            }
        },
    }
}


# --- endpoints -----------------------------------------------------------------------------


@router.get("/health", response_model=Health, responses={503: {"model": Health}})
def health(request: Request) -> Response:
    reachable = _store(request).database_ok()
    health = Health(
        status="ok" if reachable else "unavailable",
        api_version=1,
        server_version=fieldkit.__version__,
        database="ok" if reachable else "unreachable",
        server_time_ms=now_ms(),
    )
    return model_reply(health, 200 if reachable else 503)


@router.post("/login", response_model=LoginReply)
def login(body: LoginBody, request: Request) -> LoginReply:
    limiter: LoginLimiter = request.app.state.limiter
    address = request.client.host if request.client else "?"
    # Counted before the password is checked (raises RateLimitedError when it must wait).
    limiter.attempt(user=body.user, address=address)
    store = _store(request)
    user_id = store.check_password(name=body.user, password=body.password)
    if user_id is None:
        raise AuthenticationError("the user name or password is wrong")
    limiter.succeeded(user=body.user, address=address)
    token = store.issue_token(user_id=user_id, device_id=body.device_id)
    return LoginReply(token=token, user=body.user, server_time_ms=now_ms())


@router.post("/logout", status_code=204)
def logout(token: Token, request: Request) -> Response:
    who = signed_in(request, token)
    _store(request).revoke_token(token_id=who.token_id)
    return Response(status_code=204)


@router.get("/studies", response_model=StudiesReply)
def list_studies(token: Token, request: Request) -> Response:
    who = signed_in(request, token)
    found = _store(request).memberships(user_id=who.user_id)
    return model_reply(
        StudiesReply(
            studies=[StudyInfo(study_id=m.study_id, name=m.name, role=m.role) for m in found],
            server_time_ms=now_ms(),
        )
    )


@router.get("/studies/{study_id}", response_model=StudyInfo)
def study_info(study_id: str, token: Token, request: Request) -> StudyInfo:
    who = signed_in(request, token)
    store = _store(request)
    role = _member_role(store, who, study_id)
    name = next(m.name for m in store.memberships(user_id=who.user_id) if m.study_id == study_id)
    return StudyInfo(study_id=study_id, name=name, role=role)


@router.post("/studies/{study_id}/publish", response_model=StudyInfo)
def publish(study_id: str, body: PublishBody, token: Token, request: Request) -> StudyInfo:
    who = signed_in(request, token)
    if not 0 < len(study_id) <= 36:
        raise ValidationError("a study id has 1 to 36 characters")
    role = _store(request).publish_study(study_id=study_id, name=body.name, user_id=who.user_id)
    return StudyInfo(study_id=study_id, name=body.name, role=role)


# A sync body that inflates to at most this is read in the same worker-thread call as its
# token check and database work (one hand-off to a thread per sync; three cost a sync under
# load more than its queries). A larger one (a first push, a zip bomb) waits for one of the
# worker's parse slots and is read in a call of its own: each may take a few times its size.
SMALL_SYNC_BYTES = 256 * 1024


class _LargeBody(Exception):
    """The body inflates past SMALL_SYNC_BYTES: read it under a parse slot."""

    def __init__(self, who: Identity) -> None:
        super().__init__()
        self.who = who


@router.post("/sync", openapi_extra=_SYNC_SCHEMA)
async def sync(request: Request, token: Token) -> Response:
    config = _config(request)
    who: Identity | None = None
    declared = request.headers.get("content-length", "")
    if not (declared.isdigit() and int(declared) <= config.max_small_request_bytes):
        # The server takes in more than a small request's body only from a signed-in laptop.
        who = await run_in_threadpool(signed_in, request, token)
    raw = await request.body()
    encoding = request.headers.get("content-encoding")
    state = request.app.state
    reply_encoding = codec.choose_encoding(request.headers.get("accept-encoding"))

    def work(who: Identity, data: Any) -> bytes:
        # Compressed in the thread too: zstd at level 19 takes tens of milliseconds.
        blobs = getattr(state, "blobs", None)
        return _sync(_store(request), config, who, data, state.media, reply_encoding, blobs)

    def small(who: Identity | None) -> bytes:
        who = who or signed_in(request, token)
        limit = min(SMALL_SYNC_BYTES, config.max_body_bytes)
        try:
            data = read_body(raw, encoding, config, max_size=limit)
        except codec.BodyTooLargeError:
            if limit == config.max_body_bytes:
                raise
            raise _LargeBody(who) from None
        return work(who, data)

    try:
        try:
            body = await run_in_threadpool(small, who)
        except _LargeBody as large:
            # Off the event loop (a big body takes a second to parse, and /health must answer
            # meanwhile) and a few at a time.
            async with state.parse_slots:
                data = await run_in_threadpool(read_body, raw, encoding, config)
            body = await run_in_threadpool(work, large.who, data)
    except codec.BodyTooLargeError as exc:
        return _refusal(413, str(exc))
    except codec.BadBodyError as exc:
        return _refusal(400, str(exc))
    except StampAheadError as exc:
        # Nothing was stored; the client rewrites its late stamps and sends again.
        refusal = {"detail": str(exc), "code": CLOCK_AHEAD, "server_time_ms": exc.server_time_ms}
        return Response(codec.dump_json(refusal), status_code=409, media_type="application/json")
    headers = {"Content-Encoding": reply_encoding} if reply_encoding != codec.IDENTITY else {}
    return Response(body, media_type="application/json", headers=headers)


def _refusal(status: int, detail: str) -> Response:
    body = codec.dump_json({"detail": detail})
    return Response(body, status_code=status, media_type="application/json")


def read_body(
    raw: bytes, encoding: str | None, config: ServerConfig, *, max_size: int | None = None
) -> Any:
    """A sync request's JSON, within the server's limits (inflated size, depth, values).

    ``max_size``: a lower cap on the inflated size than the server's (BodyTooLargeError).
    """
    limit = config.max_body_bytes if max_size is None else min(max_size, config.max_body_bytes)
    inflated = codec.decompress(raw, encoding, max_size=limit)
    return codec.load_json(
        inflated, max_depth=config.max_json_depth, max_values=config.max_json_values
    )


def _sync(
    store: ServerStore,
    config: ServerConfig,
    who: Identity,
    data: Any,
    media: MediaStore | None = None,
    encoding: str = codec.IDENTITY,
    blobs: ServerBlobs | None = None,
) -> bytes:
    parts, max_bytes = parse_sync_request(data, device_id=who.device_id, server_time_ms=now_ms())
    settings = study_record_changes(parts)
    # One read for the roles and the reply's list (a read per study was a round trip each).
    found = store.memberships(user_id=who.user_id)
    roles = {m.study_id: m.role for m in found}
    for n, part in enumerate(parts):
        role = roles.get(part.study_id)
        if role is None:
            raise PermissionDeniedError(
                f"you are not a member of study {part.study_id} on this server"
            )
        if role == "viewer" and part.push:
            raise PermissionDeniedError(
                f"you are a viewer of study {part.study_id}: viewers cannot send changes"
            )
        if role != "lead" and part.study_id in settings:
            # That change alone is refused: the laptop holds it back and sends the rest.
            n = settings[part.study_id]
            why = phrase(
                "only a lead of study {study} can change the study itself (its name "
                "or settings); ask your team lead",
                study=part.study_id,
            )
            raise ChangeRefusedError(
                f"change {n} of the push for study {part.study_id} was refused: {why}",
                study_id=part.study_id,
                change=n,
                entity=part.keys[n - 1].entity,
                row_id=part.keys[n - 1].row_id,
                reason=why,
            )
        if role == "viewer":
            parts[n] = replace(part, read_only=True)  # its push position is never moved
    # A participant's erasure: the stored history forgets their words before the push is kept.
    apply_erasures(store, blobs, [p for p in parts if not p.read_only], roles)
    # An edit made offline before the erasure arrived is made erased again as it is stored
    # (``ServerStore._push_one``, under the study's lock, ``erased_edits.py``).
    budget = min(max_bytes or config.default_pull_bytes, config.max_pull_bytes)
    results = store.sync(device_id=who.device_id, parts=parts, max_bytes=max(budget, 1))
    reply = sync_reply(
        server_time_ms=now_ms(),
        results=results,
        memberships=found,
        missing_blobs=media.missing_for_sync(data, memberships=found) if media else None,
    )
    return codec.compress(reply, encoding, max_level=config.reply_zstd_level)
