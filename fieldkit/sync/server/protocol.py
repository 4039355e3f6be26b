"""Checking a sync request body and writing the reply body (no HTTP here)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.errors import ChangeRefusedError, ValidationError, reason_of
from fieldkit.storage.models import Study
from fieldkit.sync.clock import StampAheadError
from fieldkit.sync.codec import dump_json
from fieldkit.sync.server.change_check import ChangeChecker
from fieldkit.sync.server.store import Membership, StudySync, StudySyncResult

MAX_STUDIES = 1000
_STUDY_PREFIX = '{"entity":"' + Study.__tablename__ + '",'
MAX_SEQ = 2**62


def _int(value: Any, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < MAX_SEQ:
        raise ValidationError(f"{label} must be a whole number from 0")
    return value


def parse_sync_request(
    data: Any, *, device_id: str, server_time_ms: int | None = None
) -> tuple[list[StudySync], int | None]:
    """The studies a sync request names, with their pushed changes checked and re-encoded.

    With ``server_time_ms``, a stamp too far ahead of it raises ``StampAheadError``.
    """
    if not isinstance(data, dict):
        raise ValidationError("the sync request must be a JSON object")
    if data.get("device_id") != device_id:
        raise ValidationError("the request's device_id is not the device this token belongs to")
    max_bytes = data.get("max_bytes")
    if max_bytes is not None:
        max_bytes = _int(max_bytes, "max_bytes")
    parts_in = data.get("studies")
    if not isinstance(parts_in, list) or len(parts_in) > MAX_STUDIES:
        raise ValidationError("studies must be a list (of at most 1000 studies)")
    parts: list[StudySync] = []
    seen: set[str] = set()
    for part in parts_in:
        if not isinstance(part, dict):
            raise ValidationError("each entry of studies must be an object")
        study_id = part.get("study_id")
        if not isinstance(study_id, str) or not 0 < len(study_id) <= 36:
            raise ValidationError("each entry of studies needs a study_id")
        if study_id in seen:
            raise ValidationError(f"study {study_id} is named twice")
        seen.add(study_id)
        push = part.get("push", [])
        if not isinstance(push, list):
            raise ValidationError("push must be a list of changes")
        checker = ChangeChecker(study_id=study_id, device_id=device_id, now_ms=server_time_ms)
        texts = [_checked(checker, n, c) for n, c in enumerate(push, start=1)]
        epoch = _text(part, "pull_epoch")
        acked = part.get("push_acked")
        parts.append(
            StudySync(
                study_id=study_id,
                pull_cursor=_int(part.get("pull_cursor", 0), "pull_cursor"),
                push=texts,
                push_last_seq=_int(part.get("push_last_seq", 0), "push_last_seq"),
                push_after_seq=(
                    None
                    if part.get("push_after_seq") is None
                    else _int(part.get("push_after_seq"), "push_after_seq")
                ),
                keys=checker.keys,
                push_base=_int(part.get("push_base", 0), "push_base"),
                pull_epoch=epoch,
                acked=None if acked is None else _int(acked, "push_acked"),
                ack_proof=_text(part, "push_ack_proof"),
                pull_proof=_text(part, "pull_proof"),
            )
        )
    return parts, max_bytes


def study_record_changes(parts: list[StudySync]) -> dict[str, int]:
    """The studies whose push changes the study record itself (its name, its settings), each
    with the place (from 1) of the first such change in its push."""
    found: dict[str, int] = {}
    for part in parts:
        # Checked changes are compact JSON that starts with the entity (ChangeChecker.check).
        first = next(
            (n for n, text in enumerate(part.push, start=1) if text.startswith(_STUDY_PREFIX)), 0
        )
        if first:
            found[part.study_id] = first
    return found


def _text(part: dict[str, Any], key: str) -> str | None:
    """An optional short text the server sent before (an epoch, a proof), sent back as is."""
    value = part.get(key)
    if value is not None and (not isinstance(value, str) or len(value) > 64):
        raise ValidationError(f"{key} must be the text the server sent")
    return value


def _checked(checker: ChangeChecker, n: int, change: Any) -> str:
    """One change checked; a refusal names it (its place in the push, its record)."""
    try:
        return checker.check(change)
    except StampAheadError:
        raise  # answered 409 clock_ahead: the client rewrites its stamps and sends again
    except ValidationError as exc:
        what = ""
        entity = row_id = ""
        if isinstance(change, dict):
            named_entity, named_row = change.get("entity"), change.get("row_id")
            if isinstance(named_entity, str) and isinstance(named_row, str):
                entity, row_id = named_entity[:40], named_row[:40]
                what = f" ({entity} {row_id})"
        raise ChangeRefusedError(
            f"change {n} of the push for study {checker.study_id}{what} was refused: {exc}",
            study_id=checker.study_id,
            change=n,
            entity=entity,
            row_id=row_id,
            reason=reason_of(exc),
        ) from None


def sync_reply(
    *,
    server_time_ms: int,
    results: list[StudySyncResult],
    memberships: list[Membership],
    missing_blobs: Mapping[str, list[str]] | None = None,
) -> bytes:
    """The reply body; stored changes are spliced in as they are, without re-parsing.

    ``missing_blobs``: per study, the hashes of files the server lacks (see media_store.py).
    """
    parts = []
    for r in results:
        head = dump_json(
            {
                "study_id": r.study_id,
                "ack_seq": r.ack_seq,
                "stored": r.stored,
                "cursor": r.cursor,
                "more": r.more,
                "epoch": r.epoch,
                "resend": r.resend,
                "ack_proof": r.ack_proof,
                "cursor_proof": r.cursor_proof,
            }
        )
        parts.append(head[:-1] + b',"changes":[' + ",".join(r.changes).encode() + b"]}")
    top: dict[str, Any] = {
        "server_time_ms": server_time_ms,
        "memberships": [m.to_json_dict() for m in memberships],
    }
    if missing_blobs:
        top["missing_blobs"] = dict(missing_blobs)
    head = dump_json(top)
    return head[:-1] + b',"studies":[' + b",".join(parts) + b"]}"
