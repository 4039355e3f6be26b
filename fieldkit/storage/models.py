"""The tables of a fieldkit data folder.

Every research row (``SyncRow``) has a UUID made on the device that created it, created and
updated times, a tombstone (``deleted_at``) instead of a hard delete, and the clock stamps that
sync needs: ``row_stamp`` is the stamp of the change that created the row, ``field_stamps`` holds
(as JSON) the stamps of the fields changed since, so the current stamp of a field is
``field_stamps.get(field, row_stamp)``. Those two are replica metadata and never shown to users.

``ChangeLogEntry``, ``Conflict``, ``SetAsideChange``, ``RefusedPushEntry`` and ``LocalState``
are local to one data folder.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import ClassVar

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

# Names of the columns that are replica metadata, not research data.
STAMP_COLUMNS = frozenset({"row_stamp", "field_stamps"})


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """UTC, to the millisecond (what every replica can store and compare exactly)."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


class SyncRow(SQLModel):
    """Columns shared by every replicated research table."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    deleted_at: datetime | None = Field(default=None)
    row_stamp: str = Field(default="", max_length=32)
    field_stamps: str | None = Field(default=None, sa_type=Text)

    # Set on subclasses: the record type users see ("case", "interview", ...).
    record_type: ClassVar[str] = ""

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class Study(SyncRow, table=True):
    __tablename__ = "studies"
    record_type: ClassVar[str] = "study"

    name: str = Field(max_length=200)
    description: str = Field(default="", sa_type=Text)
    created_by: str | None = Field(default=None, max_length=200)


class Case(SyncRow, table=True):
    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_study", "study_id"),)
    record_type: ClassVar[str] = "case"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    title: str = Field(max_length=300)
    country: str | None = Field(default=None, max_length=100)
    region: str | None = Field(default=None, max_length=200)
    locality: str | None = Field(default=None, max_length=200)
    kind: str | None = Field(default=None, max_length=100)
    summary: str = Field(default="", sa_type=Text)


class Participant(SyncRow, table=True):
    __tablename__ = "participants"
    __table_args__ = (
        Index("ix_participants_case", "case_id"),
        Index("ix_participants_study", "study_id"),
    )
    record_type: ClassVar[str] = "participant"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    case_id: str = Field(foreign_key="cases.id", max_length=36)
    code: str = Field(max_length=40)
    role: str = Field(max_length=100)
    name: str | None = Field(default=None, max_length=200)
    consent_status: str = Field(default="pending", max_length=20)
    consent_date: date | None = None
    consent_form: str | None = Field(default=None, max_length=20)
    consent_audio: bool = True
    consent_quotes: bool = True
    consent_attribution: bool = False
    notes: str = Field(default="", sa_type=Text)


class Interview(SyncRow, table=True):
    __tablename__ = "interviews"
    __table_args__ = (
        Index("ix_interviews_case", "case_id"),
        Index("ix_interviews_study", "study_id"),
    )
    record_type: ClassVar[str] = "interview"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    case_id: str = Field(foreign_key="cases.id", max_length=36)
    title: str = Field(default="", max_length=300)
    interviewer: str | None = Field(default=None, max_length=200)
    date: date
    time: str | None = Field(default=None, max_length=5)
    place: str | None = Field(default=None, max_length=200)
    language: str | None = Field(default=None, max_length=35)
    transcript: str = Field(default="", sa_type=Text)
    summary: str = Field(default="", sa_type=Text)
    status: str = Field(default="draft", max_length=20)


class InterviewParticipant(SyncRow, table=True):
    __tablename__ = "interview_participants"
    __table_args__ = (
        Index("ix_interview_participants_interview", "interview_id"),
        Index("ix_interview_participants_participant", "participant_id"),
        Index("ix_interview_participants_study", "study_id"),
    )
    record_type: ClassVar[str] = "interview_participant"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    interview_id: str = Field(foreign_key="interviews.id", max_length=36)
    participant_id: str = Field(foreign_key="participants.id", max_length=36)


class Observation(SyncRow, table=True):
    __tablename__ = "observations"
    __table_args__ = (
        Index("ix_observations_case", "case_id"),
        Index("ix_observations_study", "study_id"),
    )
    record_type: ClassVar[str] = "observation"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    case_id: str = Field(foreign_key="cases.id", max_length=36)
    title: str = Field(default="", max_length=300)
    observer: str | None = Field(default=None, max_length=200)
    date: date
    time: str | None = Field(default=None, max_length=5)
    setting: str | None = Field(default=None, max_length=300)
    description: str = Field(default="", sa_type=Text)


class Theme(SyncRow, table=True):
    __tablename__ = "themes"
    __table_args__ = (
        Index("ix_themes_study", "study_id"),
        Index("ix_themes_parent", "parent_id"),
        Index("ix_themes_merged_into", "merged_into_id"),
    )
    record_type: ClassVar[str] = "theme"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    name: str = Field(max_length=120)
    description: str = Field(default="", sa_type=Text)
    color: str = Field(default="#808080", max_length=7)
    parent_id: str | None = Field(default=None, foreign_key="themes.id", max_length=36)
    source: str | None = Field(default=None, max_length=300)
    archived: bool = False
    position: int = 0
    merged_into_id: str | None = Field(default=None, foreign_key="themes.id", max_length=36)


class Tag(SyncRow, table=True):
    """A theme applied to a whole record."""

    __tablename__ = "tags"
    __table_args__ = (
        Index("ix_tags_target", "target_id"),
        Index("ix_tags_theme", "theme_id"),
        Index("ix_tags_study", "study_id"),
    )
    record_type: ClassVar[str] = "tag"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    theme_id: str = Field(foreign_key="themes.id", max_length=36)
    target_type: str = Field(max_length=20)
    target_id: str = Field(max_length=36)
    tagged_by: str | None = Field(default=None, max_length=200)


class FreeTag(SyncRow, table=True):
    """A free word on a whole record ("radio", "follow-up"): a tag that is no codebook theme.

    Words are matched without regard to case, so "Radio" and "radio" are one tag; the spelling
    first typed is kept. Turning a word into a theme is the researcher's choice, never automatic.
    """

    __tablename__ = "free_tags"
    __table_args__ = (
        Index("ix_free_tags_target", "target_id"),
        Index("ix_free_tags_study", "study_id"),
    )
    record_type: ClassVar[str] = "free_tag"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    word: str = Field(max_length=120)
    target_type: str = Field(max_length=20)
    target_id: str = Field(max_length=36)
    tagged_by: str | None = Field(default=None, max_length=200)


class Coding(SyncRow, table=True):
    """A theme applied to a span: of text (Unicode code points) or of audio (milliseconds).

    ``end`` is exclusive. ``quote`` keeps the words the span covered when it was last placed, so
    a coding whose text was deleted (``detached``) still shows what it was about.
    """

    __tablename__ = "codings"
    __table_args__ = (
        Index("ix_codings_target", "target_id"),
        Index("ix_codings_theme", "theme_id"),
        Index("ix_codings_attachment", "attachment_id"),
        Index("ix_codings_study", "study_id"),
    )
    record_type: ClassVar[str] = "coding"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    theme_id: str = Field(foreign_key="themes.id", max_length=36)
    target_type: str = Field(max_length=20)
    target_id: str = Field(max_length=36)
    unit: str = Field(default="char", max_length=10)
    attachment_id: str | None = Field(default=None, foreign_key="attachments.id", max_length=36)
    start: int
    end: int
    quote: str = Field(default="", sa_type=Text)
    coder: str | None = Field(default=None, max_length=200)
    memo: str = Field(default="", sa_type=Text)
    detached: bool = False
    starred: bool = False


class Memo(SyncRow, table=True):
    __tablename__ = "memos"
    __table_args__ = (
        Index("ix_memos_target", "target_id"),
        Index("ix_memos_study", "study_id"),
    )
    record_type: ClassVar[str] = "memo"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    target_type: str = Field(max_length=20)
    target_id: str = Field(max_length=36)
    title: str = Field(default="", max_length=300)
    body: str = Field(default="", sa_type=Text)
    author: str | None = Field(default=None, max_length=200)


class Attachment(SyncRow, table=True):
    __tablename__ = "attachments"
    __table_args__ = (
        Index("ix_attachments_target", "target_id"),
        Index("ix_attachments_sha256", "sha256"),
        Index("ix_attachments_study", "study_id"),
    )
    record_type: ClassVar[str] = "attachment"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    target_type: str = Field(max_length=20)
    target_id: str = Field(max_length=36)
    kind: str = Field(max_length=20)
    sha256: str = Field(max_length=64)
    filename: str = Field(max_length=255)
    media_type: str = Field(max_length=100)
    size: int
    caption: str = Field(default="", max_length=1000)
    duration_ms: int | None = None


class RedactName(SyncRow, table=True):
    """A name or place that a study's anonymised editions replace, with its other spellings
    (``also``: one per line, e.g. the place in Arabic script). ``kind`` is "person", "place"
    or "other" and chooses the placeholder ("[name]", "[place]", "[redacted]")."""

    __tablename__ = "redact_names"
    __table_args__ = (Index("ix_redact_names_study", "study_id"),)
    record_type: ClassVar[str] = "redact_name"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    term: str = Field(max_length=200)
    also: str = Field(default="", sa_type=Text)
    kind: str = Field(default="other", max_length=20)


class ExportRecord(SyncRow, table=True):
    """One export that left fieldkit (a PDF, .qdpx, CSV tables, a JSON dump): what, of what,
    under which consent rules, what was withheld, by whom, when, from which laptop. Synced, so a
    study's lead sees every member's exports (``fieldkit exports log``)."""

    __tablename__ = "export_log"
    __table_args__ = (Index("ix_export_log_study", "study_id"),)
    record_type: ClassVar[str] = "export"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    format: str = Field(max_length=20)
    scope: str = Field(default="", max_length=300)
    target: str = Field(default="", max_length=300)
    anonymised: bool = False
    consent_rules: str = Field(default="", sa_type=Text)
    withheld: str = Field(default="", sa_type=Text)
    exported_by: str = Field(default="", max_length=200)
    exported_at: datetime = Field(default_factory=utcnow)
    device_id: str = Field(default="", max_length=32)


class Erasure(SyncRow, table=True):
    """A participant's withdrawal with erasure: which rows were erased (``rows``: JSON list of
    ``[table, id, [fields]]``, the text fields that carried their words) and which files
    (``blobs``: JSON list of SHA-256). It holds no words itself. Every replica that receives it
    cleans up after the erased values (search index, free pages, files, set-aside changes,
    conflicts), and the server rewrites its stored history of those fields."""

    __tablename__ = "erasures"
    __table_args__ = (Index("ix_erasures_study", "study_id"),)
    record_type: ClassVar[str] = "erasure"

    study_id: str = Field(foreign_key="studies.id", max_length=36)
    participant_id: str = Field(max_length=36)
    participant_code: str = Field(default="", max_length=40)
    rows: str = Field(default="[]", sa_type=Text)
    blobs: str = Field(default="[]", sa_type=Text)
    erased_by: str = Field(default="", max_length=200)
    erased_at: datetime = Field(default_factory=utcnow)


# --- local to one data folder: never synced, never exported ---------------------------------


class LocalState(SQLModel, table=True):
    __tablename__ = "local_state"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(sa_type=Text)


class ChangeLogEntry(SQLModel, table=True):
    """One local change to one row: the sync outbox.

    ``seq`` is this device's change counter. ``fields`` is JSON mapping each changed field to
    its previous stamp (its *base*), or null for an insert, which sets every field.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_study_seq", "study_id", "seq"),)

    seq: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    study_id: str = Field(max_length=36)
    op: str = Field(max_length=10)
    stamp: str = Field(max_length=32)
    fields: str | None = Field(default=None, sa_type=Text)


class Conflict(SQLModel, table=True):
    """A value that lost a concurrent edit; kept until a user resolves it."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_row", "entity", "row_id"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    study_id: str = Field(max_length=36)
    entity: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    field: str = Field(max_length=60)
    losing_value: str = Field(sa_type=Text)
    losing_stamp: str = Field(max_length=32)
    winning_value: str = Field(sa_type=Text)
    winning_stamp: str = Field(max_length=32)
    detected_at: datetime = Field(default_factory=utcnow)
    resolved_at: datetime | None = None


class SetAsideChange(SQLModel, table=True):
    """A change pulled from the server that this replica could not apply (yet).

    ``change`` is the change as it came (JSON); ``fields`` the names it sets, comma-separated.
    Kept in pull order (``seq``) and tried again after each pulled batch that adds rows: the
    usual case is a change to a record that has not arrived yet.
    """

    __tablename__ = "set_aside_changes"
    __table_args__ = (Index("ix_set_aside_changes_study_seq", "study_id", "seq"),)

    seq: int | None = Field(default=None, primary_key=True)
    study_id: str = Field(max_length=36)
    entity: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    fields: str = Field(default="", sa_type=Text)
    reason: str = Field(sa_type=Text)
    # How ``reason`` was made (``fieldkit.errors.stored_phrase``), so the app can say it in the
    # reader's language; None for a reason kept before these were.
    reason_phrase: str | None = Field(default=None, sa_type=Text)
    change: str = Field(sa_type=Text)
    set_aside_at: datetime = Field(default_factory=utcnow)


class RefusedPushEntry(SQLModel, table=True):
    """One of this laptop's logged changes held back from the server, which refused it.

    The server refuses a pushed change it cannot take (an edit of a record it never received,
    a record of another study, a stamp of another device...) and names it; the laptop keeps the
    change-log entries behind it here (``log_seq``) with the server's ``reason``, sends the rest,
    and lets its push position move past them. Later entries of the same record wait with them
    (``group_seq``: the entry the server refused). They stay until the user sends them again or
    discards them (``fieldkit.storage.refused_pushes``); the change log itself is never edited.
    """

    __tablename__ = "refused_pushes"
    __table_args__ = (Index("ix_refused_pushes_study_row", "study_id", "entity", "row_id"),)

    log_seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    group_seq: int
    study_id: str = Field(max_length=36)
    entity: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    reason: str = Field(sa_type=Text)
    # How ``reason`` was made (errors.stored_phrase), for the app to say it in the reader's
    # language; None from an older server, which sends the English alone.
    reason_phrase: str | None = Field(default=None, sa_type=Text)
    refused_at: datetime = Field(default_factory=utcnow)


SYNC_MODELS: tuple[type[SyncRow], ...] = (
    Study,
    Case,
    Participant,
    Interview,
    InterviewParticipant,
    Observation,
    Theme,
    Tag,
    FreeTag,
    Coding,
    Memo,
    Attachment,
    RedactName,
    ExportRecord,
    Erasure,
)
MODEL_BY_TABLE: dict[str, type[SyncRow]] = {m.__tablename__: m for m in SYNC_MODELS}  # type: ignore[misc]


def data_columns(model: type[SyncRow]) -> list[str]:
    """Columns that carry research data (everything but the replica stamps)."""
    return [c.name for c in model.__table__.columns if c.name not in STAMP_COLUMNS]  # type: ignore[attr-defined]
