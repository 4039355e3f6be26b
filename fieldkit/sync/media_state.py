"""What media sync has to do on this laptop, kept in local state between syncs.

The data saver setting, the hashes to ask the server about, the uploads waiting (with their
acknowledged offsets), the attachments whose file this laptop lacks, and the report of a
transfer. :mod:`fieldkit.sync.media` moves the files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.storage.blobs import human_size
from fieldkit.storage.db import Store
from fieldkit.storage.local_values import write_local
from fieldkit.storage.models import Attachment, LocalState
from fieldkit.sync.preferences import DATA_SAVER_KEY, data_saver_enabled

UPLOADS_KEY = "media:uploads"
MAX_ASK = 10_000


@dataclass
class MediaReport:
    uploaded_files: int = 0
    uploaded_bytes: int = 0
    downloaded_files: int = 0
    downloaded_bytes: int = 0
    pending_uploads: int = 0  # files the server still lacks after this sync
    pending_downloads: int = 0  # files this laptop still lacks after this sync
    held: bool = False  # the data saver kept files back (metered connection)
    problems: list[str] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "uploaded_files": self.uploaded_files,
            "uploaded_bytes": self.uploaded_bytes,
            "downloaded_files": self.downloaded_files,
            "downloaded_bytes": self.downloaded_bytes,
            "pending_uploads": self.pending_uploads,
            "pending_downloads": self.pending_downloads,
            "held": self.held,
            "problems": list(self.problems),
        }


def media_summary(report: MediaReport) -> str:
    """One line for ``fieldkit sync``."""
    line = (
        f"files sent {report.uploaded_files} ({human_size(report.uploaded_bytes)}), "
        f"fetched {report.downloaded_files} ({human_size(report.downloaded_bytes)}), "
        f"waiting to send {report.pending_uploads}, to fetch {report.pending_downloads}"
    )
    if report.held:
        line += " (data saver: files wait for an unmetered connection)"
    return line


# --- the data saver ------------------------------------------------------------------------


def data_saver(store: Store) -> bool:
    with store.read() as session:
        return data_saver_enabled(session)


def set_data_saver(store: Store, on: bool) -> None:
    with store.write() as session:
        write_local(session, DATA_SAVER_KEY, "1" if on else "0")


def media_allowed(store: Store, *, metered: bool, media: bool | None = None) -> bool:
    """``media`` True/False forces; None: yes unless the data saver is on and ``metered``."""
    if media is not None:
        return media
    return not (metered and data_saver(store))


# --- what the server lacks (hooks for the text sync) ---------------------------------------


def blob_asks(store: Store, *, read_only: Iterable[str] = ()) -> dict[str, list[str]]:
    """Per study, the files still to upload: asked about in the first sync request."""
    skip = set(read_only)
    with store.read() as session:
        state = load_uploads(session)
    asks: dict[str, list[str]] = {}
    for key in state:
        sid, sha = key.split("/", 1)
        if sid not in skip and len(asks.get(sid, ())) < MAX_ASK:
            asks.setdefault(sid, []).append(sha)
    return asks


def add_asks(body: dict[str, Any], asks: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Put ``blobs_ask`` into the request's study parts; returns what was asked."""
    asked: dict[str, list[str]] = {}
    for part in body.get("studies", []):
        hashes = asks.get(part["study_id"])
        if hashes:
            part["blobs_ask"] = list(hashes)
            asked[part["study_id"]] = list(hashes)
    return asked


def remember_missing(session: Session, reply: Any, asked: Mapping[str, list[str]]) -> None:
    """In the sync's write transaction: keep the hashes the server lacks, forget asked ones
    it now has (a teammate uploaded the same file)."""
    raw = reply.get("missing_blobs") if isinstance(reply, dict) else None
    missing: dict[str, set[str]] = {}
    if isinstance(raw, dict):
        for sid, hashes in raw.items():
            if isinstance(sid, str) and isinstance(hashes, list):
                missing[sid] = {h for h in hashes if is_sha256(h)}
    if not missing and not asked:
        return
    state = load_uploads(session)
    before = dict(state)
    for sid, hashes in asked.items():
        for sha in hashes:
            if sha not in missing.get(sid, set()):
                state.pop(f"{sid}/{sha}", None)
    for sid, hashes in missing.items():
        for sha in sorted(hashes):
            state.setdefault(f"{sid}/{sha}", {"upload_id": None, "offset": 0})
    if state != before:
        save_uploads(session, state)


def locally_missing(store: Store, study_ids: list[str]) -> list[tuple[str, str, int]]:
    """(study, sha256, size) of live attachments whose file this laptop does not have."""
    if not study_ids:
        return []
    with store.read() as session:
        rows = session.execute(
            select(col(Attachment.study_id), col(Attachment.sha256), col(Attachment.size))
            .where(col(Attachment.deleted_at).is_(None), col(Attachment.study_id).in_(study_ids))
            .distinct()
        ).all()
    seen: set[str] = set()
    out: list[tuple[str, str, int]] = []
    for sid, sha, size in rows:
        if sha in seen or not is_sha256(sha):
            continue
        seen.add(sha)
        if not store.blobs.has(sha):
            out.append((str(sid), str(sha), int(size or 0)))
    return out


def is_sha256(text: object) -> bool:
    return isinstance(text, str) and len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def load_uploads(session: Session) -> dict[str, dict[str, Any]]:
    state = session.get(LocalState, UPLOADS_KEY)
    if state is None:
        return {}
    try:
        data = json.loads(state.value)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, dict) and "/" in str(k)}


def save_uploads(session: Session, state: Mapping[str, dict[str, Any]]) -> None:
    write_local(session, UPLOADS_KEY, json.dumps(dict(sorted(state.items()))))
