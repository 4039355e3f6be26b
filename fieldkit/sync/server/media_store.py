"""The server's media queries: which blobs a study has, and uploads in progress.

A blob is readable in a study once a member uploaded it there (``blob_studies``), even if the
file itself was first stored for another study: knowing a hash is not proof of having the file,
so "stored once" never lets a study read a file none of its members sent. SQLAlchemy Core only,
so SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa

from fieldkit.sync.server import hot_queries as hot
from fieldkit.sync.server.blob_store import ServerBlobs, is_sha256
from fieldkit.sync.server.db import uploads
from fieldkit.sync.server.store import Membership, ServerStore, now_ms

MAX_ASK = 10_000  # hashes one request may ask about
WRITERS = ("lead", "researcher")
_IN_CHUNK = 500


@dataclass(frozen=True)
class Upload:
    id: str
    sha256: str
    size: int
    study_id: str
    user_id: int
    device_id: str
    created_ms: int


class MediaStore:
    def __init__(self, store: ServerStore) -> None:
        self.store = store

    # --- what a study has ------------------------------------------------------------------

    def missing(self, *, study_id: str, hashes: Iterable[str]) -> list[str]:
        """The hashes (in the order given, once each) the study cannot read yet."""
        wanted = list(dict.fromkeys(h for h in hashes if is_sha256(h)))
        have: set[str] = set()
        with self.store.read() as conn:
            for start in range(0, len(wanted), _IN_CHUNK):
                chunk = wanted[start : start + _IN_CHUNK]
                asked = {"study_id": study_id, "hashes": chunk}
                have.update(str(h) for h in conn.execute(hot.READABLE_OF, asked).scalars())
        return [h for h in wanted if h not in have]

    def readable(self, *, study_id: str, sha256: str) -> bool:
        return not self.missing(study_id=study_id, hashes=[sha256])

    def missing_for_sync(
        self, data: Any, *, memberships: Iterable[Membership]
    ) -> dict[str, list[str]]:
        """Per study: hashes of pushed attachments, or asked in ``blobs_ask``, the study lacks.

        ``data`` is the sync request as parsed JSON (already checked by the protocol);
        only studies the caller may upload to are looked at (viewers cannot).
        """
        allowed = {m.study_id for m in memberships if m.role in WRITERS}
        out: dict[str, list[str]] = {}
        parts = data.get("studies") if isinstance(data, dict) else None
        for part in parts if isinstance(parts, list) else []:
            if not isinstance(part, dict) or part.get("study_id") not in allowed:
                continue
            hashes = list(_pushed_hashes(part.get("push")))
            ask = part.get("blobs_ask")
            if isinstance(ask, list):
                hashes.extend(h for h in ask[:MAX_ASK] if isinstance(h, str))
            if hashes:
                lacking = self.missing(study_id=str(part["study_id"]), hashes=hashes)
                if lacking:
                    out[str(part["study_id"])] = lacking
        return out

    # --- uploads ---------------------------------------------------------------------------

    def open_upload(
        self, *, sha256: str, size: int, study_id: str, user_id: int, device_id: str
    ) -> Upload:
        """The study's upload of this file in progress, else a new one.

        Two laptops sending the same file to one study share the upload (their bytes are the
        same, and each chunk is placed at its offset), so the file arrives once.
        """
        with self.store.write() as conn:
            row = conn.execute(
                sa.select(uploads).where(
                    uploads.c.study_id == study_id,
                    uploads.c.sha256 == sha256,
                    uploads.c.size == size,
                )
            ).first()
            if row is not None:
                return _upload(row)
            upload = Upload(
                id=secrets.token_hex(16),
                sha256=sha256,
                size=size,
                study_id=study_id,
                user_id=user_id,
                device_id=device_id,
                created_ms=now_ms(),
            )
            conn.execute(uploads.insert().values(**asdict(upload)))
        return upload

    def upload_and_role(self, upload_id: str, *, user_id: int) -> tuple[Upload | None, str | None]:
        """The upload, and the user's role in its study (None: not a member), in one query."""
        with self.store.read() as conn:
            row = conn.execute(
                hot.UPLOAD_AND_ROLE, {"upload_id": upload_id, "user_id": user_id}
            ).first()
        if row is None:
            return None, None
        return _upload(row), None if row.role is None else str(row.role)

    def role_and_readable(
        self, *, user_id: int, study_id: str, sha256: str
    ) -> tuple[str | None, bool]:
        """The user's role in the study (None: not a member) and whether it can read the blob."""
        asked = {"user_id": user_id, "study_id": study_id, "sha256": sha256}
        with self.store.read() as conn:
            row = conn.execute(hot.ROLE_AND_READABLE, asked).one()
        return (None if row.role is None else str(row.role)), bool(row.readable)

    def get_upload(self, upload_id: str) -> Upload | None:
        with self.store.read() as conn:
            row = conn.execute(hot.UPLOAD, {"upload_id": upload_id}).first()
        return _upload(row) if row is not None else None

    def drop_upload(self, upload_id: str) -> None:
        with self.store.write() as conn:
            conn.execute(uploads.delete().where(uploads.c.id == upload_id))

    def complete(self, upload: Upload) -> None:
        """Record the stored blob, make it readable in the upload's study, end the upload.

        ON CONFLICT DO NOTHING: another worker may record the same blob at the same moment.
        """
        row = {"sha256": upload.sha256, "size": upload.size, "study_id": upload.study_id}
        with self.store.write() as conn:
            blob, link = hot.blob_rows(conn.dialect.name)
            conn.execute(blob, {**row, "created_ms": now_ms()})
            conn.execute(link, {**row, "created_ms": now_ms()})
            conn.execute(uploads.delete().where(uploads.c.id == upload.id))

    def all_uploads(self) -> list[Upload]:
        with self.store.read() as conn:
            return [_upload(row) for row in conn.execute(sa.select(uploads))]


def prune_uploads(media: MediaStore, files: ServerBlobs, *, idle_s: float) -> int:
    """Abandon uploads that received nothing for ``idle_s`` seconds; returns how many.

    The laptop that started one, if it comes back, simply starts it again.
    """
    cutoff = time.time() - idle_s
    pruned = 0
    for upload in media.all_uploads():
        part = files.part_path(upload.id)
        last = max(upload.created_ms / 1000, part.stat().st_mtime if part.exists() else 0.0)
        if last < cutoff:
            with files.locked(upload.id):
                files.discard(upload.id)
                media.drop_upload(upload.id)
            pruned += 1
    return pruned


def _pushed_hashes(push: Any) -> Iterable[str]:
    for change in push if isinstance(push, list) else []:
        if isinstance(change, dict) and change.get("entity") == "attachments":
            values = change.get("values")
            sha = values.get("sha256") if isinstance(values, dict) else None
            if is_sha256(sha):
                yield str(sha)


def _upload(row: Any) -> Upload:
    return Upload(
        id=str(row.id),
        sha256=str(row.sha256),
        size=int(row.size),
        study_id=str(row.study_id),
        user_id=int(row.user_id),
        device_id=str(row.device_id),
        created_ms=int(row.created_ms),
    )


__all__ = ["MAX_ASK", "MediaStore", "Upload", "prune_uploads"]
