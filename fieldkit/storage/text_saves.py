"""Saving an editor's text against the version it was typed over (its *base*).

The record editor remembers the stamp of the text it loaded. If the text changed underneath
it since (a sync pulled a teammate's transcript, the conflicts view settled a conflict, the
CLI edited it), saving the researcher's typing with plain :func:`set_text` would replace that
other version silently: the new local change's base would be the *current* stamp, so every
replica would take it as a fast-forward and nobody would ever see the other text again.

:func:`save_text_on_base` applies the researcher's text all the same (it is what they see and
just typed) but first keeps the value it replaces as an unresolved conflict, like a remote
apply does (:mod:`fieldkit.storage.remote_apply`), so the conflicts view shows it and the
researcher can take it back or merge the two.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from fieldkit.storage.changes import current_stamp
from fieldkit.storage.codings import record_text
from fieldkit.storage.lookup import CODABLE, find_record
from fieldkit.storage.models import Conflict, Interview, SyncRow, utcnow
from fieldkit.storage.row_changes import compact_json
from fieldkit.storage.text_edits import TextEditResult, set_text


@dataclass(frozen=True)
class TextSave:
    """What :func:`save_text_on_base` did.

    ``stamp``: the text field's stamp after the save (the base of the next save).
    ``conflict_id``: the conflict recorded for the other version the save replaced, if any.
    """

    stamp: str
    edit: TextEditResult
    conflict_id: str | None = None


def text_field(record: SyncRow) -> str:
    """The name of a record's codable text field."""
    return "transcript" if isinstance(record, Interview) else "description"


def text_stamp(session: Session, *, record_id: str) -> str:
    """The stamp of the last change to the interview's transcript or observation's text."""
    record = find_record(session, record_id, kinds=CODABLE)
    return current_stamp(record, text_field(record))


def save_text_on_base(session: Session, *, record_id: str, text: str, base: str | None) -> TextSave:
    """Save ``text`` typed over the version stamped ``base``, in the caller's transaction.

    When the stored text is still that version (or ``base`` is None: nothing to compare), this
    is :func:`set_text`. When it changed since and differs from ``text``, ``text`` is saved
    too, and the value it replaces is recorded as an unresolved conflict (losing value and
    stamp: the other version; winning: the researcher's text and its new stamp).
    """
    record = find_record(session, record_id, kinds=CODABLE)
    field = text_field(record)
    now = current_stamp(record, field)
    other = record_text(record)
    edit = set_text(session, record_id=record.id, text=text)
    session.flush()
    stamp = current_stamp(record, field)
    if base is None or base == now or stamp == now:  # in step, or nothing changed
        return TextSave(stamp=stamp, edit=edit)
    conflict = Conflict(
        study_id=str(getattr(record, "study_id")),  # noqa: B009
        entity=str(record.__tablename__),
        row_id=record.id,
        field=field,
        losing_value=compact_json(other),
        losing_stamp=now,
        winning_value=compact_json(record_text(record)),
        winning_stamp=stamp,
        detected_at=utcnow(),
    )
    session.add(conflict)
    session.flush()
    return TextSave(stamp=stamp, edit=edit, conflict_id=conflict.id)


__all__ = ["TextSave", "save_text_on_base", "text_field", "text_stamp"]
