"""Checking a sync request body and writing the reply body (no HTTP here)."""

from __future__ import annotations

from typing import Any

from fieldkit.errors import ClockError, FieldkitError, ValidationError
from fieldkit.storage.hlc import Stamp
from fieldkit.storage.models import MODEL_BY_TABLE, Study, data_columns
from fieldkit.storage.replication import OPS, RowChange, python_value
from fieldkit.sync.codec import dump_json
from fieldkit.sync.server.store import Membership, StudySync, StudySyncResult

MAX_STUDIES = 1000
MAX_SEQ = 2**62


def _int(value: Any, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < MAX_SEQ:
        raise ValidationError(f"{label} must be a whole number from 0")
    return value


def parse_sync_request(data: Any, *, device_id: str) -> tuple[list[StudySync], int | None]:
    """The studies a sync request names, with their pushed changes checked and re-encoded."""
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
        texts = [_check_change(c, study_id=study_id, device_id=device_id) for c in push]
        parts.append(
            StudySync(
                study_id=study_id,
                pull_cursor=_int(part.get("pull_cursor", 0), "pull_cursor"),
                push=texts,
                push_last_seq=_int(part.get("push_last_seq", 0), "push_last_seq"),
            )
        )
    return parts, max_bytes


def _check_change(data: Any, *, study_id: str, device_id: str) -> str:
    try:
        change = RowChange.from_json_dict(data)
        model = MODEL_BY_TABLE.get(change.entity)
        if model is None:
            raise ValidationError(f"a change names an unknown kind of record: {change.entity!r}")
        if change.op not in OPS:
            raise ValidationError(f"a change has an unknown operation: {change.op!r}")
        if change.study_id != study_id:
            raise ValidationError(
                f"a change to {change.entity} {change.row_id} belongs to study "
                f"{change.study_id}, not {study_id}"
            )
        if Stamp.decode(change.stamp).device != device_id:
            raise ValidationError("a pushed change carries another device's stamp")
        for base in change.bases.values():
            if base is not None:
                Stamp.decode(base)
        if set(change.bases) != set(change.values):
            raise ValidationError("a change has mismatched bases")
        _check_values(change, model)
    except ClockError as exc:
        raise ValidationError(str(exc)) from None
    except FieldkitError:
        raise
    return dump_json(change.to_json_dict()).decode()


def _check_values(change: RowChange, model: Any) -> None:
    """The values fit the table (so one bad push cannot block every other device's pull)."""
    columns = {name: model.__table__.c[name] for name in data_columns(model) if name != "id"}
    unknown = sorted(set(change.values) - set(columns))
    if unknown:
        raise ValidationError(f"a change to {change.entity} names unknown fields: {unknown}")
    if change.op == "insert":
        missing = sorted(set(columns) - set(change.values))
        if missing:
            raise ValidationError(f"a new {change.entity} row lacks fields: {missing}")
    for name, value in change.values.items():
        python_value(columns[name], value, label=f"{change.entity}.{name}")
    owner = change.row_id if model is Study else change.values.get("study_id", change.study_id)
    if owner != change.study_id:
        raise ValidationError(f"a change to {change.entity} {change.row_id} is for another study")


def sync_reply(
    *, server_time_ms: int, results: list[StudySyncResult], memberships: list[Membership]
) -> bytes:
    """The reply body; stored changes are spliced in as they are, without re-parsing."""
    parts = []
    for r in results:
        head = dump_json(
            {
                "study_id": r.study_id,
                "ack_seq": r.ack_seq,
                "stored": r.stored,
                "cursor": r.cursor,
                "more": r.more,
            }
        )
        parts.append(head[:-1] + b',"changes":[' + ",".join(r.changes).encode() + b"]}")
    head = dump_json(
        {
            "server_time_ms": server_time_ms,
            "memberships": [m.to_json_dict() for m in memberships],
        }
    )
    return head[:-1] + b',"studies":[' + b",".join(parts) + b"]}"
