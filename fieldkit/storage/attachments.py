"""Photos, recordings and documents attached to interviews, observations and cases.

Checks run before anything is copied, cheapest first, so a bad file fails fast and stores
nothing: the record exists and accepts that kind of file; the file exists, is an ordinary file
and is not empty; its size is within the limit for its kind; its content is what it claims
(photos are opened with Pillow, WAV recordings are measured with the ``wave`` module). Only
then is it copied into the content-addressed blob store (one copy for identical files) and the
``Attachment`` row added to the caller's transaction.

Long recordings: :func:`stage_file` does the checks and the copy outside any transaction and
:func:`attach_staged` then adds the row in a short one, so a slow copy never holds the
database's write lock (which would make every other save wait, then fail after 30 s).

The blob is written before the row. If the caller's transaction then rolls back, the blob stays
as an unreferenced file (harmless; identical content re-attached later reuses it), never the
other way round: a row never points at a file that was not stored.

Kinds and limits (chosen for field laptops with small disks; a two-hour WAV at 48 kHz/16-bit
stereo is about 1.3 GB):

======== ================================ ===================================================
kind     size limit                       accepted content
======== ================================ ===================================================
photo    50 MB                            JPEG, PNG, GIF, WebP, TIFF, BMP (verified by Pillow)
audio    4 GB                             WAV (duration measured), MP3, M4A/AAC, Ogg/Opus,
                                          FLAC, AMR, WebM, 3GP (by signature or extension)
document 200 MB                           anything (PDF, Word, spreadsheets, scanned forms)
======== ================================ ===================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import (
    BlobCorruptError,
    BlobMissingError,
    FieldkitError,
    FileTooLargeError,
    Phrase,
    UnreadableFileError,
    phrase,
)
from fieldkit.storage import validate as v
from fieldkit.storage.attachment_checks import (
    ALLOWED_KINDS,
    GB,
    HEADER_BYTES,
    KINDS,
    MAX_SIZE,
    MB,
    Source,
    bytes_source,
    check_allowed,
    check_kind,
    check_size,
    clean_filename,
    file_source,
    stat_file,
    too_large,
)
from fieldkit.storage.attachment_formats import PHOTO_FORMATS, infer_kind, inspect_content, sniff
from fieldkit.storage.blobs import BlobStore
from fieldkit.storage.lookup import TAGGABLE, find_record, get_row
from fieldkit.storage.models import Attachment, Coding, SyncRow, utcnow


@dataclass(frozen=True)
class StagedFile:
    """A file checked and stored in the blob store, not yet attached to a record."""

    filename: str
    kind: str
    sha256: str
    size: int
    media_type: str
    duration_ms: int | None


def attach_file(
    session: Session,
    blobs: BlobStore,
    *,
    record_id: str,
    path: Path,
    kind: str | None = None,
    caption: str = "",
) -> Attachment:
    """Copy ``path`` into the data folder and attach it to an interview, observation or case.

    ``kind`` ("photo", "audio", "document") is inferred from the content, then the file name,
    when not given. Raises NotFoundError, ValidationError (kind not allowed for the record or
    unknown), UnreadableFileError (missing, a folder, not permitted, not what it claims),
    FileTooLargeError, or a StorageError from the blob store (full or read-only data folder).
    """
    path = Path(path)
    record = find_record(session, record_id, kinds=TAGGABLE)
    if kind is not None:
        kind = check_kind(kind)
        check_allowed(record.record_type, kind)
    info = stat_file(path)
    if kind is not None:
        check_size(kind, path.name, info.st_size)
    staged = _stage(blobs, file_source(path, info), kind, record.record_type)
    return _record(session, record, staged, caption)


def attach_bytes(
    session: Session,
    blobs: BlobStore,
    *,
    record_id: str,
    data: bytes,
    filename: str,
    kind: str | None = None,
    caption: str = "",
) -> Attachment:
    """Attach content made by the program (the demo corpus, a recording made in the app)."""
    name = clean_filename(filename)
    record = find_record(session, record_id, kinds=TAGGABLE)
    if kind is not None:
        kind = check_kind(kind)
        check_allowed(record.record_type, kind)
        check_size(kind, name, len(data))
    staged = _stage(blobs, bytes_source(name, data), kind, record.record_type)
    return _record(session, record, staged, caption)


def stage_file(blobs: BlobStore, *, path: Path, kind: str | None = None) -> StagedFile:
    """Check and copy a file into the blob store without a database transaction.

    Copying a two-hour recording takes a while; doing it inside ``store.write()`` would hold
    the database's write lock all that time, and every other save (the desktop app beside the
    CLI) would wait. So big imports stage first, then attach in a short transaction::

        staged = stage_file(store.blobs, path=recording)
        with store.write() as session:
            attach_staged(session, record_id=interview_id, staged=staged)

    Same checks and errors as :func:`attach_file`, except that whether the record accepts the
    kind is checked by :func:`attach_staged` (a refused file stays as an unreferenced blob).
    """
    path = Path(path)
    if kind is not None:
        kind = check_kind(kind)
    info = stat_file(path)
    if kind is not None:
        check_size(kind, path.name, info.st_size)
    return _stage(blobs, file_source(path, info), kind, None)


def stage_sealed(blobs: BlobStore, *, path: Path, kind: str | None = None) -> StagedFile:
    """:func:`stage_file` for a file sealed with the blob store's key (an encrypted folder's
    finished recording): checked and stored without a readable copy anywhere."""
    if kind is not None:
        kind = check_kind(kind)
    with blobs.open_path(path) as stream:
        size = stream.seek(0, 2)
        stream.seek(0)
        header = stream.read(HEADER_BYTES)
    if kind is not None:
        check_size(kind, path.name, size)
    source = Source(name=path.name, size=size, header=header, open=lambda: blobs.open_path(path))
    return _stage(blobs, source, kind, None)


def attach_staged(
    session: Session, *, record_id: str, staged: StagedFile, caption: str = ""
) -> Attachment:
    """Attach a file :func:`stage_file` already stored; quick, fit for a short transaction."""
    record = find_record(session, record_id, kinds=TAGGABLE)
    return _record(session, record, staged, caption)


def attachments_for(session: Session, *, record_id: str) -> list[Attachment]:
    """The live attachments of a record (full id or unique prefix), oldest first."""
    record = find_record(session, record_id, kinds=TAGGABLE)
    query = (
        select(Attachment)
        .where(col(Attachment.target_id) == record.id, col(Attachment.deleted_at).is_(None))
        .order_by(col(Attachment.created_at), col(Attachment.filename))
    )
    return list(session.execute(query).scalars())


def remove_attachment(session: Session, *, attachment_id: str) -> Attachment:
    """Tombstone an attachment; audio codings on it are flagged detached, not dropped.

    The blob file stays: other attachments may share it, and sync needs the tombstone.
    """
    attachment = get_row(session, Attachment, attachment_id)
    now = utcnow()
    attachment.deleted_at = now
    query = select(Coding).where(
        col(Coding.attachment_id) == attachment.id,
        col(Coding.deleted_at).is_(None),
        col(Coding.detached).is_(False),
    )
    for coding in session.execute(query).scalars():
        coding.detached = True
    session.flush()
    return attachment


def read_attachment(session: Session, blobs: BlobStore, *, attachment_id: str) -> bytes:
    """The attachment's content, verified against its hash.

    Raises BlobMissingError or BlobCorruptError naming the file, never a bare OSError. For
    long recordings prefer :func:`attachment_path`, which does not load the file into memory.
    """
    attachment = get_row(session, Attachment, attachment_id)
    try:
        return blobs.open_verified(attachment.sha256)
    except (BlobMissingError, BlobCorruptError) as exc:
        raise _named_blob_error(attachment, exc, blobs) from exc


def open_attachment(session: Session, blobs: BlobStore, *, attachment_id: str) -> BinaryIO:
    """The verified content of an attachment as a seekable stream (decrypted on the fly in an
    encrypted folder: nothing readable is written anywhere). Close it when done."""
    attachment = get_row(session, Attachment, attachment_id)
    try:
        blobs.verify(attachment.sha256)
        return blobs.open(attachment.sha256)
    except (BlobMissingError, BlobCorruptError) as exc:
        raise _named_blob_error(attachment, exc, blobs) from exc


def attachment_path(session: Session, blobs: BlobStore, *, attachment_id: str) -> Path:
    """The verified file of an attachment, for a player or viewer to open (do not modify it)."""
    attachment = get_row(session, Attachment, attachment_id)
    try:
        blobs.verify(attachment.sha256)
    except (BlobMissingError, BlobCorruptError) as exc:
        raise _named_blob_error(attachment, exc, blobs) from exc
    return blobs.path_for(attachment.sha256)


def verify_attachments(
    session: Session, blobs: BlobStore
) -> list[tuple[Attachment, FieldkitError]]:
    """Every live attachment whose file is missing, damaged or unreadable, with the reason."""
    query = (
        select(Attachment)
        .where(col(Attachment.deleted_at).is_(None))
        .order_by(col(Attachment.created_at), col(Attachment.id))
    )
    checked: dict[str, FieldkitError | None] = {}
    broken: list[tuple[Attachment, FieldkitError]] = []
    for attachment in session.execute(query).scalars():
        if attachment.sha256 not in checked:
            try:
                blobs.verify(attachment.sha256)
                checked[attachment.sha256] = None
            except FieldkitError as exc:
                checked[attachment.sha256] = exc
        error = checked[attachment.sha256]
        if error is not None:
            if isinstance(error, (BlobMissingError, BlobCorruptError)):
                error = _named_blob_error(attachment, error, blobs)
            broken.append((attachment, error))
    return broken


def _stage(
    blobs: BlobStore, source: Source, kind: str | None, target_type: str | None
) -> StagedFile:
    if source.size == 0:
        raise UnreadableFileError(
            phrase("the file {name} is empty; nothing was attached", name=source.name)
        )
    found = sniff(source.header)
    if kind is None:
        kind = infer_kind(found, source.name)
        if target_type is not None:
            check_allowed(target_type, kind)
        check_size(kind, source.name, source.size)
    media_type, duration_ms = inspect_content(kind, found, source)
    if source.path is not None:
        sha, size = blobs.put_file(source.path)
    else:
        with source.open() as stream:
            sha, size = blobs.put_stream(stream, expected_size=source.size, name=source.name)
    if size > MAX_SIZE[kind]:  # the file grew while it was being copied
        raise FileTooLargeError(too_large(kind, source.name, size))
    return StagedFile(source.name, kind, sha, size, media_type, duration_ms)


def _record(session: Session, record: SyncRow, staged: StagedFile, caption: str) -> Attachment:
    check_allowed(record.record_type, staged.kind)
    attachment = Attachment(
        study_id=getattr(record, "study_id"),  # noqa: B009 (interviews, observations, cases)
        target_type=record.record_type,
        target_id=record.id,
        kind=staged.kind,
        sha256=staged.sha256,
        filename=staged.filename,
        media_type=staged.media_type,
        size=staged.size,
        caption=v.long_text(caption, field="caption", max_length=1000).strip(),
        duration_ms=staged.duration_ms,
    )
    session.add(attachment)
    session.flush()
    return attachment


def _named_blob_error(
    attachment: Attachment, exc: BlobMissingError | BlobCorruptError, blobs: BlobStore
) -> BlobMissingError | BlobCorruptError:
    what, where = _attachment_name(attachment), _attached_to(attachment)
    if isinstance(exc, BlobMissingError):
        return BlobMissingError(
            phrase(
                "{what} {where} is missing from the data folder {folder}; "
                "sync again to fetch it, or remove it and attach the file again",
                what=what,
                where=where,
                folder=blobs.root.parent,
            )
        )
    return BlobCorruptError(
        phrase(
            "{what} {where} is damaged: its contents changed on disk; "
            "sync again to fetch a good copy, or remove it and attach the file again",
            what=what,
            where=where,
        )
    )


def _attachment_name(attachment: Attachment) -> Phrase:
    """ "the photo IMG_0042.jpg" (translated as a whole in the app)."""
    name = attachment.filename
    if attachment.kind == "photo":
        return phrase("the photo {name}", name=name)
    if attachment.kind == "audio":
        return phrase("the recording {name}", name=name)
    if attachment.kind == "document":
        return phrase("the document {name}", name=name)
    return phrase("the file {name}", name=name)


def _attached_to(attachment: Attachment) -> Phrase:
    """ "(attached to interview 1a2b3c4d)"."""
    target, short = attachment.target_type, attachment.target_id[:8]
    if target == "interview":
        return phrase("(attached to interview {id})", id=short)
    if target == "observation":
        return phrase("(attached to observation {id})", id=short)
    if target == "case":
        return phrase("(attached to case {id})", id=short)
    return phrase("(attached to {record} {id})", record=target, id=short)


__all__ = [
    "ALLOWED_KINDS",
    "GB",
    "KINDS",
    "MAX_SIZE",
    "MB",
    "PHOTO_FORMATS",
    "StagedFile",
    "attach_bytes",
    "attach_file",
    "attach_staged",
    "attachment_path",
    "attachments_for",
    "open_attachment",
    "read_attachment",
    "remove_attachment",
    "stage_file",
    "stage_sealed",
    "verify_attachments",
]
