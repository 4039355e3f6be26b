"""Keeping codings on their words when a transcript or a description is edited.

:func:`remap_spans` is the pure part: given the old and the new text and spans over the old
text, it says where each span lies in the new text. :func:`set_text` is the service: it
replaces a record's text and moves its codings in the same transaction.

The rules a coding follows through an edit are in :mod:`fieldkit.storage.span_remap`; how
the edit is found is in :mod:`fieldkit.storage.text_diff`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import ConflictError, ValidationError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.codings import codings_for, record_text
from fieldkit.storage.lookup import CODABLE, find_record, get_row
from fieldkit.storage.models import Coding, Interview, Observation
from fieldkit.storage.span_remap import remap_offsets, remap_spans
from fieldkit.storage.text_diff import Region, diff_regions


@dataclass(frozen=True)
class TextEditResult:
    """What :func:`set_text` did to the record's text codings.

    ``moved``: same words, new offsets. ``resized``: the covered text itself changed (it grew,
    shrank or was edited inside). ``detached``: newly detached, their text was deleted.
    ``unchanged``: nothing to do. Codings that were already detached and whose collapse point
    moved count as ``moved``.
    """

    moved: int = 0
    resized: int = 0
    detached: int = 0
    unchanged: int = 0


def set_text(session: Session, *, record_id: str, text: str) -> TextEditResult:
    """Replace an interview's transcript or an observation's description; move its codings.

    Line ends are normalised (CRLF/CR → LF). Every live text coding of the record moves with
    its words, its quote updated to the words it now covers; a coding whose words were all
    deleted is flagged ``detached`` at the point where they were, its quote kept. The text and
    the codings change in the caller's transaction, each through the ORM (so each is logged).
    """
    record = find_record(session, record_id, kinds=CODABLE)
    field = "transcript" if isinstance(record, Interview) else "description"
    new = v.long_text(text, field=field)
    if isinstance(record, Observation) and not new.strip():
        raise ValidationError(phrase("the observation's description is empty"))
    old = record_text(record)
    codings = [c for c in codings_for(session, record_id=record.id) if c.unit == "char"]
    if new == old:
        return TextEditResult(unchanged=len(codings))
    spans = [_clamped(c, len(old)) for c in codings]
    mapped = remap_offsets(old, new, diff_regions(old, new), spans)
    counts = {"moved": 0, "resized": 0, "detached": 0, "unchanged": 0}
    for coding, (start, end, survived) in zip(codings, mapped, strict=True):
        counts[_apply(coding, new, start, end, survived)] += 1
    setattr(record, field, new)
    session.flush()
    return TextEditResult(**counts)


def _clamped(coding: Coding, length: int) -> tuple[int, int]:
    """The coding's span, kept inside the text (a detached coding is a point)."""
    start = min(max(coding.start, 0), length)
    end = min(max(coding.end, start), length)
    return (start, start) if coding.detached else (start, end)


def _apply(coding: Coding, new: str, start: int, end: int, survived: bool) -> str:
    if coding.detached or not survived or start == end:  # only a detached coding is a point
        kind = "unchanged" if start == coding.start == coding.end else "moved"
        if not coding.detached:
            coding.detached = True
            kind = "detached"
        _set_if_changed(coding, start=start, end=end)
        return kind
    quote = new[start:end]
    if (start, end, quote) == (coding.start, coding.end, coding.quote):
        return "unchanged"
    same_words = quote == coding.quote and end - start == coding.end - coding.start
    _set_if_changed(coding, start=start, end=end, quote=quote)
    return "moved" if same_words else "resized"


def _set_if_changed(coding: Coding, **values: object) -> None:
    for key, value in values.items():
        if getattr(coding, key) != value:
            setattr(coding, key, value)


def reattach_coding(session: Session, *, coding_id: str, start: int, end: int) -> Coding:
    """Place a text coding on ``start``–``end`` of its record's current text.

    Meant for a detached coding (it is attached again, its quote set to the words it now
    covers); a live coding can be re-placed the same way.
    """
    coding = get_row(session, Coding, coding_id)
    if coding.unit != "char":
        raise ValidationError(phrase("this coding marks a stretch of audio, not of text"))
    record = find_record(session, coding.target_id, kinds=CODABLE)
    text = record_text(record)
    _check_span(text, start, end)
    duplicate = session.execute(
        select(Coding).where(
            col(Coding.target_id) == coding.target_id,
            col(Coding.theme_id) == coding.theme_id,
            col(Coding.start) == start,
            col(Coding.end) == end,
            col(Coding.unit) == "char",
            col(Coding.detached).is_(False),
            col(Coding.id) != coding.id,
            col(Coding.deleted_at).is_(None),
        )
    ).first()
    if duplicate is not None:
        raise ConflictError(phrase("this span is already coded with the same theme"))
    _set_if_changed(coding, start=start, end=end, quote=text[start:end], detached=False)
    session.flush()
    return coding


def _check_span(text: str, start: int, end: int) -> None:
    if not isinstance(start, int) or not isinstance(end, int):
        raise ValidationError(phrase("start and end must be whole numbers"))
    if start < 0 or end > len(text):
        raise ValidationError(
            phrase(
                "the span {start}–{end} lies outside the text, which has {length} characters",
                start=start,
                end=end,
                length=len(text),
            )
        )
    if start >= end:
        raise ValidationError(
            phrase(
                "the span {start}–{end} is empty; end must be greater than start",
                start=start,
                end=end,
            )
        )
    if not text[start:end].strip():
        raise ValidationError(phrase("the span covers only white space"))


__all__ = ["Region", "TextEditResult", "diff_regions", "reattach_coding", "remap_spans", "set_text"]
