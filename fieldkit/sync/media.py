"""Media sync on the laptop: send the files the server lacks, fetch the ones this laptop lacks.

Runs after the text part of ``fieldkit.sync.client.sync`` (text first: it is small and what
the team needs most), and only when allowed: with the data saver on (``sync:data_saver`` in
local state) and a metered connection, files wait for a better connection.

**Uploads.** The sync reply names, per study, the hashes of attachments the server lacks
(those this laptop just pushed, and those it asked about with ``blobs_ask``). They are kept in
local state (``media:uploads``: ``{"STUDY/SHA256": {"upload_id", "offset"}}``) in the same
transaction as the pushed changes' acknowledgement, so nothing is forgotten if the app stops.
Each is sent in chunks (256 kB by default: a few seconds on a 2G link) to a resumable upload
(``POST /uploads``, then ``PUT /uploads/{id}`` with ``Content-Range``); after every chunk the
acknowledged offset is saved, and a restarted app asks the server for it and carries on from
there. The server checks the SHA-256 when the last byte arrives.

**Downloads.** Attachments this laptop has rows for but no file (pulled from a teammate) are
fetched with ``Range`` requests a chunk at a time, appended to ``blobs/.partial/SHA256`` (so a
cut download resumes), and put into the blob store only once their SHA-256 matches.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from fieldkit.errors import (
    AuthenticationError,
    BlobError,
    FieldkitError,
    PermissionDeniedError,
    SyncError,
    phrase,
    reason_of,
)
from fieldkit.storage.blobs import RESERVE_BYTES, human_size
from fieldkit.storage.crypto.partial_cipher import PartialCipher
from fieldkit.storage.db import Store
from fieldkit.storage.durable import fsync_dir, make_private_dir, open_private
from fieldkit.sync import codec
from fieldkit.sync.media_state import (
    DATA_SAVER_KEY,
    MAX_ASK,
    UPLOADS_KEY,
    MediaReport,
    add_asks,
    blob_asks,
    data_saver,
    load_uploads,
    locally_missing,
    media_allowed,
    media_summary,
    remember_missing,
    save_uploads,
    set_data_saver,
)
from fieldkit.sync.network_errors import status_sentence
from fieldkit.sync.transport import API, Client, HttpResponse

DEFAULT_CHUNK_BYTES = 256 * 1024
PARTIAL_DIR = ".partial"
_READ = 1024 * 1024


# --- the transfer --------------------------------------------------------------------------


def transfer(
    store: Store,
    client: Client,
    *,
    studies: Iterable[str],
    read_only: Iterable[str] = (),
    allowed: bool = True,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    progress: Callable[[MediaReport], None] | None = None,
) -> MediaReport:
    """Send what the server lacks, then fetch what this laptop lacks (if ``allowed``).

    ``progress`` is called after every chunk; an exception it raises (the user's Cancel)
    stops the transfer there, and the next sync carries on from the last chunk.
    """
    report = MediaReport()
    mover = _Mover(store, client, report, chunk_bytes=max(1024, chunk_bytes), progress=progress)
    study_ids = sorted(set(studies))
    if allowed:
        mover.upload_all(read_only=set(read_only))
        mover.download_all(study_ids)
    with store.read() as session:
        report.pending_uploads = len(load_uploads(session))
    report.pending_downloads = len(locally_missing(store, study_ids))
    report.held = not allowed and bool(report.pending_uploads or report.pending_downloads)
    return report


class _Refused(Exception):
    """The server refused one file; the message says why (recorded as a problem)."""


class _Mover:
    def __init__(
        self,
        store: Store,
        client: Client,
        report: MediaReport,
        *,
        chunk_bytes: int,
        progress: Callable[[MediaReport], None] | None,
    ) -> None:
        self.store = store
        self.client = client
        self.report = report
        self.chunk_bytes = chunk_bytes
        self.progress = progress

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(self.report)

    # --- uploads ---------------------------------------------------------------------------

    def upload_all(self, *, read_only: set[str]) -> None:
        with self.store.read() as session:
            keys = sorted(load_uploads(session))
        for key in keys:
            sid, sha = key.split("/", 1)
            if sid in read_only:
                continue
            try:
                self._upload_one(key, sid, sha)
            except _Refused as exc:
                self.report.problems.append(reason_of(exc))
            except PermissionDeniedError as exc:
                self.report.problems.append(
                    phrase(
                        "file {file}… not sent: {problem}", file=sha[:12], problem=reason_of(exc)
                    )
                )

    def _upload_one(self, key: str, study_id: str, sha: str) -> None:
        try:
            self.store.blobs.verify(sha)
            size = self.store.blobs.size(sha)  # of the plaintext: what the server stores
        except BlobError as exc:
            self._forget(key)
            raise _Refused(
                phrase(
                    "cannot send file {file}… of study {study}: {problem}",
                    file=sha[:12],
                    study=study_id,
                    problem=reason_of(exc),
                )
            ) from None
        upload_id, offset = self._saved(key)
        limit = self.chunk_bytes
        if upload_id is not None:  # resume: the server knows how much it has
            reply = self._call("GET", f"/uploads/{upload_id}")
            if reply.status == 404:
                upload_id = None
            else:
                state = self._ok_json(reply, sha)
                offset = int(state["offset"])
                limit = min(limit, int(state.get("max_chunk_bytes") or limit))
        for _attempt in range(3):
            if upload_id is None:
                started = self._start(key, study_id, sha, size)
                if started is None:  # the study has the file already
                    self._forget(key)
                    return
                upload_id, offset, most = started
                limit = min(limit, most)
            if self._send(key, sha, upload_id, offset, size, limit):
                self._forget(key)
                self.report.uploaded_files += 1
                return
            upload_id = None  # the upload ended on the server (a teammate finished it)
        raise _Refused(
            phrase(
                "the upload of file {file}… keeps ending on the server; try later", file=sha[:12]
            )
        )

    def _start(self, key: str, study_id: str, sha: str, size: int) -> tuple[str, int, int] | None:
        """Start (or join) the study's upload of the file; None if the study has it."""
        body = {"study_id": study_id, "sha256": sha, "size": size}
        reply = self._call("POST", "/uploads", body)
        if reply.status in (413, 422):  # never acceptable there: stop asking
            self._forget(key)
        state = self._ok_json(reply, sha)
        if state.get("complete"):
            return None
        upload_id, offset = str(state["upload_id"]), int(state["offset"])
        self._save(key, upload_id, offset)
        return upload_id, offset, int(state.get("max_chunk_bytes") or self.chunk_bytes)

    def _send(self, key: str, sha: str, upload_id: str, offset: int, size: int, limit: int) -> bool:
        """Send chunks from ``offset``: True once the server has checked and stored the file,
        False if the upload is no longer there (404)."""
        stalls = 0
        with self.store.blobs.open(sha) as f:  # decrypted on the fly in an encrypted folder
            while offset < size:
                f.seek(offset)
                data = f.read(limit)
                end = offset + len(data) - 1
                reply = self._call(
                    "PUT",
                    f"/uploads/{upload_id}",
                    raw=data,
                    headers={
                        "Content-Type": "application/octet-stream",
                        "Content-Range": f"bytes {offset}-{end}/{size}",
                    },
                )
                self.report.uploaded_bytes += len(data)
                if reply.status == 404:
                    return False
                if reply.status == 409:  # the server has a different offset: go from there
                    stalls += 1
                    if stalls > 3:
                        raise _Refused(
                            phrase("the upload of file {file}… is not progressing", file=sha[:12])
                        )
                    offset = int(_json(reply).get("offset", 0))
                    continue
                if reply.status == 422:  # the server's SHA-256 check failed: start again
                    self._save(key, None, 0)
                state = self._ok_json(reply, sha)
                if state.get("complete"):
                    return True
                offset = int(state["offset"])
                self._save(key, upload_id, offset)
                self._tick()
        return False

    # --- downloads -------------------------------------------------------------------------

    def download_all(self, study_ids: list[str]) -> None:
        needed = locally_missing(self.store, study_ids)
        by_study: dict[str, list[tuple[str, int]]] = {}
        for sid, sha, size in needed:
            by_study.setdefault(sid, []).append((sha, size))
        for sid, wanted in sorted(by_study.items()):
            try:
                available = self._available(sid, [sha for sha, _ in wanted])
            except (_Refused, PermissionDeniedError) as exc:
                self.report.problems.append(
                    phrase(
                        "files of study {study} not fetched: {problem}",
                        study=sid,
                        problem=reason_of(exc),
                    )
                )
                continue
            for sha, size in wanted:
                if sha in available and not self.store.blobs.has(sha):
                    try:
                        self._download_one(sid, sha, size)
                    except _Refused as exc:
                        self.report.problems.append(reason_of(exc))

    def _available(self, study_id: str, hashes: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(hashes), MAX_ASK):
            chunk = hashes[start : start + MAX_ASK]
            reply = self._call("POST", "/blobs/missing", {"study_id": study_id, "hashes": chunk})
            missing = set(self._ok_json(reply, "").get("missing", []))
            found.update(h for h in chunk if h not in missing)
        return found

    def _download_one(self, study_id: str, sha: str, size_hint: int) -> None:
        partial = self.store.blobs.root / PARTIAL_DIR / sha
        make_private_dir(partial.parent)
        have = partial.stat().st_size if partial.is_file() else 0
        total = max(size_hint, 1)
        _check_room(partial.parent, total - have)
        path = f"/blobs/{sha}?study={urllib.parse.quote(study_id, safe='')}"
        cipher = self._partial_cipher(sha)

        def seal(offset: int, data: bytes) -> bytes:  # unreadable on disk when encrypted
            return cipher.apply(offset, data) if cipher is not None else data

        restarts = 0
        while have < total:
            end = min(have + self.chunk_bytes, total) - 1
            reply = self._call("GET", path, headers={"Range": f"bytes={have}-{end}"})
            if reply.status == 206:
                start, total = _content_range(reply, sha)
                if start != have:
                    raise _Refused(
                        phrase("the server sent the wrong part of file {file}…", file=sha[:12])
                    )
                have = _append(partial, seal(have, reply.body), truncate=False)
            elif reply.status == 200:
                total = len(reply.body)
                have = _append(partial, seal(0, reply.body), truncate=True)
            elif reply.status == 416:  # the file is shorter than this laptop thought
                total = _unsatisfiable_total(reply, sha)
                restarts += 1
                if restarts > 2:
                    raise _Refused(
                        phrase("file {file}… cannot be fetched (range refused)", file=sha[:12])
                    )
                if have > total:
                    have = _append(partial, b"", truncate=True)
            elif reply.status == 404:
                return  # not on the server yet: the laptop that has it has not sent it
            else:
                self._ok_json(reply, sha)  # raises with the server's reason
            self.report.downloaded_bytes += len(reply.body)
            self._tick()
        self._finish_download(partial, sha)

    def _partial_cipher(self, sha: str) -> PartialCipher | None:
        files_key = self.store.blobs.files_key
        return PartialCipher(files_key, sha) if files_key is not None else None

    def _open_partial(self, partial: Path, sha: str) -> BinaryIO:
        cipher = self._partial_cipher(sha)
        return cipher.open_plain(partial) if cipher is not None else partial.open("rb")

    def _finish_download(self, partial: Path, sha: str) -> None:
        digest = hashlib.sha256()
        with self._open_partial(partial, sha) as f:
            while piece := f.read(_READ):
                digest.update(piece)
        if digest.hexdigest() != sha:
            partial.unlink(missing_ok=True)
            raise _Refused(
                phrase(
                    "file {file}… arrived damaged (its SHA-256 does not match); "
                    "it will be fetched again at the next sync",
                    file=sha[:12],
                )
            )
        if self.store.blobs.encrypted:  # sealed into place; the partial file goes
            with self._open_partial(partial, sha) as f:
                self.store.blobs.put_stream(f, name=f"file {sha[:12]}…")
            partial.unlink()
        else:
            final = self.store.blobs.path_for(sha)
            make_private_dir(final.parent)
            os.replace(partial, final)
            fsync_dir(final.parent)
        self.report.downloaded_files += 1

    # --- HTTP and local state ----------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """One request through the sync client's transport (counted); 401 raises."""
        sent: dict[str, str] = {"Accept": "application/json", **(headers or {})}
        if self.client.token:
            sent["Authorization"] = f"Bearer {self.client.token}"
        data = raw
        if body is not None:
            data = codec.dump_json(body)
            sent["Content-Type"] = "application/json"
        self.client.requests += 1
        self.client.bytes_sent += len(data or b"")
        reply = self.client.transport(
            method, self.client.base + API + path, body=data, headers=sent
        )
        self.client.bytes_received += len(reply.body)
        if reply.status == 401:
            raise AuthenticationError(status_sentence(401, self.client.base, _detail(reply)))
        return reply

    def _ok_json(self, reply: HttpResponse, sha: str) -> dict[str, Any]:
        if reply.status == 403:
            raise PermissionDeniedError(status_sentence(403, self.client.base, _detail(reply)))
        if reply.status >= 500:
            raise SyncError(status_sentence(reply.status, self.client.base))
        if reply.status >= 400:
            status, detail = str(reply.status), _detail(reply)
            if not sha:
                raise _Refused(
                    phrase(
                        "the server refused a file request (HTTP {status}): {detail}",
                        status=status,
                        detail=detail,
                    )
                )
            raise _Refused(
                phrase(
                    "the server refused file {file}… (HTTP {status}): {detail}",
                    file=sha[:12],
                    status=status,
                    detail=detail,
                )
            )
        return _json(reply)

    def _saved(self, key: str) -> tuple[str | None, int]:
        with self.store.read() as session:
            entry = load_uploads(session).get(key) or {}
        upload_id = entry.get("upload_id")
        return (str(upload_id) if upload_id else None), int(entry.get("offset") or 0)

    def _save(self, key: str, upload_id: str | None, offset: int) -> None:
        with self.store.write() as session:
            state = load_uploads(session)
            state[key] = {"upload_id": upload_id, "offset": offset}
            save_uploads(session, state)

    def _forget(self, key: str) -> None:
        with self.store.write() as session:
            state = load_uploads(session)
            if state.pop(key, None) is not None:
                save_uploads(session, state)


# --- helpers -------------------------------------------------------------------------------


def _json(reply: HttpResponse) -> dict[str, Any]:
    try:
        data = codec.load_json(reply.body) if reply.body else {}
    except ValueError:
        raise SyncError(phrase("the server sent a reply fieldkit cannot read")) from None
    if not isinstance(data, dict):
        raise SyncError(phrase("the server sent a reply fieldkit cannot read"))
    return data


def _detail(reply: HttpResponse) -> str:
    try:
        detail = _json(reply).get("detail")
    except FieldkitError:
        detail = None
    return detail if isinstance(detail, str) else f"HTTP {reply.status}"  # a code: not a sentence


def _content_range(reply: HttpResponse, sha: str) -> tuple[int, int]:
    """(start, total) from a 206 reply's ``Content-Range: bytes START-END/TOTAL``."""
    text = reply.headers.get("content-range", "")
    try:
        unit, rest = text.split(" ", 1)
        span, total = rest.split("/", 1)
        start, end = span.split("-", 1)
        first, last, size = int(start), int(end), int(total)
    except ValueError:
        raise _Refused(
            phrase("the server's reply for file {file}… has no usable range", file=sha[:12])
        ) from None
    if unit != "bytes" or last - first + 1 != len(reply.body):
        raise _Refused(
            phrase("the server's reply for file {file}… does not match its range", file=sha[:12])
        )
    return first, size


def _unsatisfiable_total(reply: HttpResponse, sha: str) -> int:
    text = reply.headers.get("content-range", "")
    try:
        return int(text.rsplit("/", 1)[1])
    except (IndexError, ValueError):
        raise _Refused(
            phrase("the server refused the range for file {file}…", file=sha[:12])
        ) from None


def _append(path: Path, data: bytes, *, truncate: bool) -> int:
    with open_private(path, "wb" if truncate else "ab") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
        return f.tell()


def _check_room(folder: Path, incoming: int) -> None:
    free = shutil.disk_usage(folder).free
    if incoming + RESERVE_BYTES > free:
        raise _Refused(
            phrase(
                "not enough free space to fetch a {size} file ({free} free in {folder})",
                size=human_size(incoming),
                free=human_size(free),
                folder=str(folder),
            )
        )


__all__ = [
    "DATA_SAVER_KEY",
    "DEFAULT_CHUNK_BYTES",
    "UPLOADS_KEY",
    "MediaReport",
    "add_asks",
    "blob_asks",
    "data_saver",
    "media_allowed",
    "media_summary",
    "remember_missing",
    "set_data_saver",
    "transfer",
]
