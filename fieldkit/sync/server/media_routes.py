"""The /api/v1 media endpoints: which blobs a study lacks, resumable uploads, Range downloads.

- ``POST /blobs/missing`` ``{study_id, hashes}`` → ``{study_id, missing}``.
- ``POST /uploads`` ``{study_id, sha256, size}`` → the upload's state ``{upload_id, offset,
  size, complete, max_chunk_bytes, …}``; the study's upload of the same file in progress is
  reused, and ``complete`` is already true when the study has the file.
- ``PUT /uploads/{id}`` with ``Content-Range: bytes START-END/SIZE`` and the raw bytes → the new
  state. A chunk that starts past the acknowledged offset gets 409 with ``offset``; bytes
  already received are skipped. With the last byte the server checks the SHA-256: a mismatch
  discards the upload (422), a match stores the file (once) and makes it readable in the study.
- ``GET``/``HEAD /uploads/{id}``: the state (also in the ``Upload-Offset`` header);
  ``DELETE /uploads/{id}`` abandons it (its starter's own, or any for a lead).
- ``GET``/``HEAD /blobs/{sha256}?study=ID``: the file, honouring ``Range: bytes=a-b`` (206, or
  416 with ``Content-Range: bytes */SIZE``).

Every endpoint checks that the caller is a member of the study concerned; uploads need the
lead or researcher role.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from fieldkit.errors import NotFoundError, PermissionDeniedError
from fieldkit.sync.server.blob_store import READ_CHUNK, ServerBlobs
from fieldkit.sync.server.config import ServerConfig
from fieldkit.sync.server.media_store import (
    MAX_ASK,
    WRITERS,
    MediaStore,
    Upload,
    prune_uploads,
)
from fieldkit.sync.server.routes import model_reply
from fieldkit.sync.server.signed_in import Token, signed_in
from fieldkit.sync.server.store import Identity, ServerStore

router = APIRouter(prefix="/api/v1", tags=["media"])

SHA256_PATTERN = r"^[0-9a-f]{64}$"
UPLOAD_ID_PATTERN = r"^[0-9a-f]{32}$"
_CONTENT_RANGE = re.compile(r"^bytes (\d{1,19})-(\d{1,19})/(\d{1,19})$")

Sha = Annotated[str, PathParam(pattern=SHA256_PATTERN)]
UploadId = Annotated[str, PathParam(pattern=UPLOAD_ID_PATTERN)]
StudyParam = Annotated[str, Query(min_length=1, max_length=36)]


def install_media(app: FastAPI, data_dir: Path | str | None) -> None:
    """Add the media endpoints; files go to ``<data_dir>/blobs`` (no folder: no media)."""
    app.state.media = MediaStore(app.state.store)
    app.state.blobs = ServerBlobs(Path(data_dir) / "blobs") if data_dir is not None else None
    app.include_router(router)


def prune_idle_uploads(store: ServerStore, data_dir: Path, *, days: float) -> int:
    """``fieldkit-server uploads prune``: abandon uploads idle for ``days``."""
    return prune_uploads(MediaStore(store), ServerBlobs(data_dir / "blobs"), idle_s=days * 86400)


# --- models --------------------------------------------------------------------------------


class MissingBody(BaseModel):
    study_id: str = Field(min_length=1, max_length=36)
    hashes: list[Annotated[str, Field(pattern=SHA256_PATTERN)]] = Field(max_length=MAX_ASK)


class MissingReply(BaseModel):
    study_id: str
    missing: list[str]


class UploadBody(BaseModel):
    study_id: str = Field(min_length=1, max_length=36)
    sha256: str = Field(pattern=SHA256_PATTERN)
    size: int = Field(ge=1)


class UploadState(BaseModel):
    upload_id: str | None
    study_id: str
    sha256: str
    size: int
    offset: int
    complete: bool
    max_chunk_bytes: int


_CHUNK_SCHEMA: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "the bytes START to END of the file (header Content-Range)",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    },
    "parameters": [
        {
            "name": "Content-Range",
            "in": "header",
            "required": True,
            "schema": {"type": "string", "pattern": r"^bytes \d+-\d+/\d+$"},
        }
    ],
}


# --- helpers -------------------------------------------------------------------------------


def _parts(request: Request) -> tuple[ServerStore, MediaStore, ServerBlobs, ServerConfig]:
    blobs: ServerBlobs | None = request.app.state.blobs
    if blobs is None:
        raise HTTPException(503, "this server was started without a data folder: it keeps no media")
    return request.app.state.store, request.app.state.media, blobs, request.app.state.config


def _role(store: ServerStore, who: Identity, study_id: str, *, write: bool) -> str:
    return _allowed(store.role(user_id=who.user_id, study_id=study_id), study_id, write=write)


def _allowed(role: str | None, study_id: str, *, write: bool) -> str:
    """``role`` (the caller's in the study), if it may read (or ``write``) the study's media."""
    if role is None:
        raise PermissionDeniedError(f"you are not a member of study {study_id} on this server")
    if write and role not in WRITERS:
        raise PermissionDeniedError(
            f"you are a {role} of study {study_id}: only leads and researchers can upload files"
        )
    return role


def _refuse(status: int, detail: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"detail": detail, **extra}, status_code=status)


def _state(
    upload: Upload, offset: int, config: ServerConfig, *, complete: bool, status_code: int = 200
) -> Response:
    """The upload's state as the reply (``model_reply``: no second hand-off to check it)."""
    state = UploadState(
        upload_id=None if complete else upload.id,
        study_id=upload.study_id,
        sha256=upload.sha256,
        size=upload.size,
        offset=offset,
        complete=complete,
        max_chunk_bytes=min(config.max_chunk_bytes, config.max_request_bytes),
    )
    return model_reply(state, status_code)


def _own_upload(request: Request, who: Identity, upload_id: str) -> Upload:
    _store, media, _blobs, _config = _parts(request)
    upload, role = media.upload_and_role(upload_id, user_id=who.user_id)
    if upload is None:
        raise NotFoundError(
            f"there is no upload {upload_id} on this server (it was finished or abandoned); "
            "start it again"
        )
    _allowed(role, upload.study_id, write=True)
    return upload


# --- which blobs a study lacks -------------------------------------------------------------


@router.post("/blobs/missing", response_model=MissingReply)
def blobs_missing(body: MissingBody, token: Token, request: Request) -> Response:
    who = signed_in(request, token)
    store, media, _blobs, _config = _parts(request)
    _role(store, who, body.study_id, write=False)
    missing = media.missing(study_id=body.study_id, hashes=body.hashes)
    return model_reply(MissingReply(study_id=body.study_id, missing=missing))


# --- uploads -------------------------------------------------------------------------------


@router.post("/uploads", response_model=UploadState, status_code=201)
def start_upload(body: UploadBody, token: Token, request: Request) -> Any:
    who = signed_in(request, token)
    _store, media, blobs, config = _parts(request)
    role, readable = media.role_and_readable(
        user_id=who.user_id, study_id=body.study_id, sha256=body.sha256
    )
    _allowed(role, body.study_id, write=True)
    if body.size > config.max_blob_bytes:
        return _refuse(
            413,
            f"the file is larger than this server accepts ({body.size} bytes; the limit is "
            f"{config.max_blob_bytes} bytes)",
        )
    if readable:
        done = Upload("", body.sha256, body.size, body.study_id, who.user_id, who.device_id, 0)
        return _state(done, body.size, config, complete=True, status_code=201)
    if not blobs.has_room_for(body.size):
        return _refuse(507, "the server's disk is full; ask the server's administrator")
    upload = media.open_upload(
        sha256=body.sha256,
        size=body.size,
        study_id=body.study_id,
        user_id=who.user_id,
        device_id=who.device_id,
    )
    return _state(upload, blobs.received(upload.id), config, complete=False, status_code=201)


@router.get("/uploads/{upload_id}", response_model=UploadState)
def upload_state(upload_id: UploadId, token: Token, request: Request) -> Any:
    upload = _own_upload(request, signed_in(request, token), upload_id)
    _store, _media, blobs, config = _parts(request)
    offset = blobs.received(upload_id)
    state = _state(upload, offset, config, complete=False)
    state.headers["Upload-Offset"] = str(offset)
    return state


@router.head("/uploads/{upload_id}")
def upload_state_head(upload_id: UploadId, token: Token, request: Request) -> Response:
    _own_upload(request, signed_in(request, token), upload_id)
    _store, _media, blobs, _config = _parts(request)
    return Response(headers={"Upload-Offset": str(blobs.received(upload_id))})


@router.delete("/uploads/{upload_id}", status_code=204)
def abandon_upload(upload_id: UploadId, token: Token, request: Request) -> Response:
    who = signed_in(request, token)
    upload = _own_upload(request, who, upload_id)
    store, media, blobs, _config = _parts(request)
    if upload.user_id != who.user_id and _role(store, who, upload.study_id, write=True) != "lead":
        raise PermissionDeniedError(
            f"this upload was started by another member of study {upload.study_id}: only they "
            "or a lead can abandon it"
        )
    with blobs.locked(upload.id):
        blobs.discard(upload.id)
        media.drop_upload(upload.id)
    return Response(status_code=204)


@router.put("/uploads/{upload_id}", response_model=UploadState, openapi_extra=_CHUNK_SCHEMA)
async def put_chunk(upload_id: UploadId, token: Token, request: Request) -> Any:
    _store, _media, _blobs, config = _parts(request)
    header = request.headers.get("content-range", "")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > config.max_chunk_bytes:
        return _too_big_chunk(config)

    def own_upload() -> Upload:
        return _own_upload(request, signed_in(request, token), upload_id)

    upload: Upload | None = None
    if not (declared.isdigit() and int(declared) <= config.max_small_request_bytes):
        # The server takes in more than a small request's body only from the upload's owner;
        # a small chunk is checked in the same thread call that stores it (one hand-off).
        upload = await run_in_threadpool(own_upload)
    data = await request.body()
    if len(data) > config.max_chunk_bytes:
        return _too_big_chunk(config)

    def store_chunk(upload: Upload | None) -> Any:
        return _put_chunk(request, upload or own_upload(), header, data)

    return await run_in_threadpool(store_chunk, upload)


def _too_big_chunk(config: ServerConfig) -> JSONResponse:
    return _refuse(
        413, f"a chunk may have at most {config.max_chunk_bytes} bytes; send smaller chunks"
    )


def _put_chunk(request: Request, upload: Upload, header: str, data: bytes) -> Any:
    _store, media, blobs, config = _parts(request)
    match = _CONTENT_RANGE.match(header.strip())
    if match is None:
        return _refuse(400, "a chunk needs a Content-Range header: bytes START-END/SIZE")
    start, end, total = (int(g) for g in match.groups())
    if total != upload.size:
        return _refuse(400, f"this upload is {upload.size} bytes long, not {total}")
    if end < start or end >= total:
        return _refuse(400, f"the range {start}-{end} is not within the file's {total} bytes")
    if end - start + 1 != len(data):
        return _refuse(
            400, f"the range {start}-{end} names {end - start + 1} bytes; {len(data)} came"
        )
    with blobs.locked(upload.id):
        if media.get_upload(upload.id) is None:  # finished (or abandoned) meanwhile
            blobs.discard(upload.id)  # nothing left but the lock file just made
            if media.readable(study_id=upload.study_id, sha256=upload.sha256):
                return _state(upload, upload.size, config, complete=True)
            raise NotFoundError(f"the upload {upload.id} was abandoned; start it again")
        have = blobs.received(upload.id)
        if start > have:
            return _refuse(
                409,
                f"this chunk starts at byte {start} but the server has {have} bytes; "
                "send from there",
                offset=have,
            )
        try:
            if end >= have:
                have = blobs.append(upload.id, data[have - start :])
            if have < upload.size:
                return _state(upload, have, config, complete=False)
            actual = blobs.finish(upload.id, upload.sha256)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                return _refuse(507, "the server's disk is full; ask the server's administrator")
            raise
        if actual != upload.sha256:
            media.drop_upload(upload.id)
            return _refuse(
                422,
                f"the file received does not match its fingerprint (SHA-256 {actual[:12]}…, "
                f"expected {upload.sha256[:12]}…); it was discarded: upload it again",
            )
        media.complete(upload)
    return _state(upload, upload.size, config, complete=True)


# --- downloads -----------------------------------------------------------------------------


class _Unsatisfiable(Exception):
    pass


_HUGE = 10**18
_OCTETS = "application/octet-stream"


def _bounded(digits: str) -> int:
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) < 19 else _HUGE


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one byte range ``Range`` asks for, as (start, end) inclusive; None: the whole file.

    A header this server does not understand (several ranges, other units) is ignored, as
    HTTP allows; a range wholly past the end raises _Unsatisfiable.
    """
    if not header:
        return None
    match = re.fullmatch(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", header)
    if match is None or not (match.group(1) or match.group(2)):
        return None
    # Digits past what any file size needs stand for "more than the file" (int() of 4,300
    # digits raises, and no file has 10**18 bytes).
    first, last = match.group(1), match.group(2)
    if not first:  # the last N bytes
        count = _bounded(last)
        if count == 0 or size == 0:
            raise _Unsatisfiable()
        return max(0, size - count), size - 1
    start = _bounded(first)
    if start >= size:
        raise _Unsatisfiable()
    end = size - 1 if not last else min(_bounded(last), size - 1)
    if end < start:
        return None
    return start, end


def _download(sha256: str, study: str, who: Identity, request: Request, *, body: bool) -> Any:
    _store, media, blobs, _config = _parts(request)
    role, readable = media.role_and_readable(user_id=who.user_id, study_id=study, sha256=sha256)
    _allowed(role, study, write=False)
    size = blobs.size(sha256)
    if size is None or not readable:
        raise NotFoundError(f"the server has no file {sha256[:12]}… in study {study}")
    headers = {"Accept-Ranges": "bytes", "ETag": f'"{sha256}"'}
    try:
        wanted = parse_range(request.headers.get("range"), size)
    except _Unsatisfiable:
        headers["Content-Range"] = f"bytes */{size}"
        if not body:
            return Response(status_code=416, headers=headers)
        detail = f"the file has {size} bytes; that range is past its end"
        return JSONResponse({"detail": detail}, status_code=416, headers=headers)
    status = 200
    start, end = 0, size - 1
    if wanted is not None:
        start, end = wanted
        status = 206
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    headers["Content-Length"] = str(end - start + 1)
    if not body:
        return Response(status_code=status, headers=headers)
    if end - start < READ_CHUNK:
        # Read here, in the endpoint's thread: streaming takes a hand-off to a thread and back
        # for every piece and one for the end (a photo was three more than its request).
        data = b"".join(blobs.read_range(sha256, start, end)) if size else b""
        return Response(data, status_code=status, headers=headers, media_type=_OCTETS)
    return StreamingResponse(
        blobs.read_range(sha256, start, end) if size else iter(()),
        status_code=status,
        headers=headers,
        media_type=_OCTETS,
    )


_DOWNLOAD_DOC: dict[str, Any] = {
    "responses": {
        "200": {"content": {"application/octet-stream": {"schema": {"type": "string"}}}},
        "206": {"description": "the range asked for"},
        "416": {"description": "the range is past the end of the file"},
    }
}


@router.get("/blobs/{sha256}", openapi_extra=_DOWNLOAD_DOC, response_class=Response)
def download_blob(sha256: Sha, study: StudyParam, token: Token, request: Request) -> Any:
    return _download(sha256, study, signed_in(request, token), request, body=True)


@router.head("/blobs/{sha256}", response_class=Response)
def download_blob_head(sha256: Sha, study: StudyParam, token: Token, request: Request) -> Any:
    return _download(sha256, study, signed_in(request, token), request, body=False)


__all__ = ["install_media", "parse_range", "prune_idle_uploads", "router"]
