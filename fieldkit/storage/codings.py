"""Tags (a theme on a whole record) and codings (a theme on a span of text or audio)."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import (
    AmbiguousError,
    ConflictError,
    NotFoundError,
    ValidationError,
    phrase,
)
from fieldkit.storage import validate as v
from fieldkit.storage.lookup import CODABLE, TAGGABLE, find_record, get_row
from fieldkit.storage.models import (
    Attachment,
    Case,
    Coding,
    Interview,
    Observation,
    SyncRow,
    Tag,
    Theme,
)
from fieldkit.storage.themes import find_theme


def record_text(row: SyncRow) -> str:
    """The codable text of an interview (transcript) or observation (description)."""
    if isinstance(row, Interview):
        return row.transcript
    if isinstance(row, Observation):
        return row.description
    raise ValidationError(phrase("a {record} has no text to code", record=row.record_type))


def _codable(session: Session, record_id: str) -> SyncRow:
    """The interview or observation to code; a case gets a message saying why not."""
    try:
        return find_record(session, record_id, kinds=CODABLE)
    except NotFoundError:
        try:
            case = get_row(session, Case, record_id)
        except (NotFoundError, AmbiguousError):
            case = None
        if case is not None:
            raise ValidationError(
                phrase(
                    "the case {title} has no text of its own to code; tag it instead, "
                    "or code one of its interviews or observations",
                    title=repr(case.title),
                )
            ) from None
        raise


def _whole_numbers(start: object, end: object, *, ms: bool = False) -> None:
    # bool is an int in Python, but True/False as an offset is always a mistake.
    for value in (start, end):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(
                phrase(
                    "start and end must be whole numbers of milliseconds (not {value})",
                    value=repr(value),
                )
                if ms
                else phrase("start and end must be whole numbers (not {value})", value=repr(value))
            )


def _theme_for(session: Session, row: SyncRow, theme: str) -> Theme:
    study_id = str(getattr(row, "study_id", row.id))
    found = find_theme(session, study_id=study_id, ref=theme)
    if found.archived:
        raise ValidationError(
            phrase(
                "the theme {name} is archived; restore it before using it", name=repr(found.name)
            )
        )
    return found


def tag_record(
    session: Session, *, record_id: str, theme: str, tagged_by: str | None = None
) -> Tag:
    record = find_record(session, record_id, kinds=TAGGABLE)
    found = _theme_for(session, record, theme)
    existing = session.execute(
        select(Tag).where(
            col(Tag.target_id) == record.id,
            col(Tag.theme_id) == found.id,
            col(Tag.deleted_at).is_(None),
        )
    ).scalar_one_or_none()
    if existing is not None:
        return existing
    tag = Tag(
        study_id=str(getattr(record, "study_id")),  # noqa: B009
        theme_id=found.id,
        target_type=record.record_type,
        target_id=record.id,
        tagged_by=v.optional_text(tagged_by, field="user", max_length=200),
    )
    session.add(tag)
    session.flush()
    return tag


def untag_record(session: Session, *, record_id: str, theme: str) -> int:
    record = find_record(session, record_id, kinds=TAGGABLE)
    found = find_theme(session, study_id=str(getattr(record, "study_id")), ref=theme)  # noqa: B009
    tags = session.execute(
        select(Tag).where(
            col(Tag.target_id) == record.id,
            col(Tag.theme_id) == found.id,
            col(Tag.deleted_at).is_(None),
        )
    ).scalars()
    count = 0
    from fieldkit.storage.models import utcnow

    for tag in tags:
        tag.deleted_at = utcnow()
        count += 1
    session.flush()
    return count


def code_text(
    session: Session,
    *,
    record_id: str,
    theme: str,
    start: int,
    end: int,
    coder: str | None = None,
    memo: str = "",
) -> Coding:
    """Code characters ``start`` to ``end`` (Unicode code points, end exclusive)."""
    record = _codable(session, record_id)
    text = record_text(record)
    _whole_numbers(start, end)
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
    found = _theme_for(session, record, theme)
    duplicate = session.execute(
        select(col(Coding.id)).where(
            col(Coding.target_id) == record.id,
            col(Coding.theme_id) == found.id,
            col(Coding.start) == start,
            col(Coding.end) == end,
            col(Coding.unit) == "char",
            col(Coding.deleted_at).is_(None),
        )
    ).first()
    if duplicate:
        raise ConflictError(
            phrase("this span is already coded with {theme}", theme=repr(found.name))
        )
    coding = Coding(
        study_id=str(getattr(record, "study_id")),  # noqa: B009
        theme_id=found.id,
        target_type=record.record_type,
        target_id=record.id,
        unit="char",
        start=start,
        end=end,
        quote=text[start:end],
        coder=v.optional_text(coder, field="coder", max_length=200),
        memo=v.long_text(memo, field="memo", max_length=20_000),
    )
    session.add(coding)
    session.flush()
    return coding


def code_audio(
    session: Session,
    *,
    attachment_id: str,
    theme: str,
    start_ms: int,
    end_ms: int,
    coder: str | None = None,
    memo: str = "",
) -> Coding:
    """Code an audio span in milliseconds (end exclusive) of an interview's recording."""
    attachment = get_row(session, Attachment, attachment_id)
    if attachment.kind != "audio":
        raise ValidationError(phrase("{name} is not an audio recording", name=attachment.filename))
    _whole_numbers(start_ms, end_ms, ms=True)
    if start_ms < 0 or start_ms >= end_ms:
        raise ValidationError(
            phrase("the span {start}–{end} ms is empty or negative", start=start_ms, end=end_ms)
        )
    if attachment.duration_ms is not None and end_ms > attachment.duration_ms:
        raise ValidationError(
            phrase(
                "the span ends at {end} ms but the recording lasts {length} ms",
                end=end_ms,
                length=attachment.duration_ms,
            )
        )
    record = _codable(session, attachment.target_id)
    found = _theme_for(session, record, theme)
    duplicate = session.execute(
        select(col(Coding.id)).where(
            col(Coding.attachment_id) == attachment.id,
            col(Coding.theme_id) == found.id,
            col(Coding.start) == start_ms,
            col(Coding.end) == end_ms,
            col(Coding.unit) == "ms",
            col(Coding.deleted_at).is_(None),
        )
    ).first()
    if duplicate:
        raise ConflictError(
            phrase(
                "this part of the recording is already coded with {theme}", theme=repr(found.name)
            )
        )
    coding = Coding(
        study_id=attachment.study_id,
        theme_id=found.id,
        target_type=record.record_type,
        target_id=record.id,
        unit="ms",
        attachment_id=attachment.id,
        start=start_ms,
        end=end_ms,
        coder=v.optional_text(coder, field="coder", max_length=200),
        memo=v.long_text(memo, field="memo", max_length=20_000),
    )
    session.add(coding)
    session.flush()
    return coding


def update_coding(
    session: Session,
    *,
    coding_id: str,
    theme: str | None = None,
    memo: str | None = None,
    starred: bool | None = None,
) -> Coding:
    coding = get_row(session, Coding, coding_id)
    if theme is not None:
        coding.theme_id = _theme_for(session, coding, theme).id
    if memo is not None:
        coding.memo = v.long_text(memo, field="memo", max_length=20_000)
    if starred is not None:
        coding.starred = starred
    session.flush()
    return coding


def remove_coding(session: Session, *, coding_id: str) -> Coding:
    from fieldkit.storage.models import utcnow

    coding = get_row(session, Coding, coding_id)
    coding.deleted_at = utcnow()
    session.flush()
    return coding


def codings_for(session: Session, *, record_id: str) -> list[Coding]:
    query = (
        select(Coding)
        .where(col(Coding.target_id) == record_id, col(Coding.deleted_at).is_(None))
        .order_by(col(Coding.start), col(Coding.end), col(Coding.id))
    )
    return list(session.execute(query).scalars())


def tags_for(session: Session, *, record_id: str) -> list[Tag]:
    query = select(Tag).where(col(Tag.target_id) == record_id, col(Tag.deleted_at).is_(None))
    return list(session.execute(query).scalars())
