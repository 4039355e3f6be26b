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

import io
import mimetypes
import os
import re
import stat
import struct
import wave
from collections.abc import Callable
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
    UnreadableFileError,
    ValidationError,
)
from fieldkit.storage import validate as v
from fieldkit.storage.blobs import BlobStore, human_size
from fieldkit.storage.lookup import TAGGABLE, find_record, get_row
from fieldkit.storage.models import Attachment, Coding, SyncRow, utcnow

MB = 1024 * 1024
GB = 1024 * MB
KINDS = ("photo", "audio", "document")
MAX_SIZE: dict[str, int] = {"photo": 50 * MB, "audio": 4 * GB, "document": 200 * MB}
# Which kinds each record type holds.
ALLOWED_KINDS: dict[str, tuple[str, ...]] = {
    "interview": ("audio", "photo", "document"),
    "observation": ("photo", "document"),
    "case": ("photo", "document"),
}
# Image formats Pillow must recognise for a photo (what exports and the app can show).
PHOTO_FORMATS = frozenset({"JPEG", "MPO", "PNG", "GIF", "WEBP", "TIFF", "BMP"})

_NOUN = {"photo": "photo", "audio": "recording", "document": "document"}
_PLURAL = {"photo": "photos", "audio": "audio recordings", "document": "documents"}
_HEADER_BYTES = 64


@dataclass(frozen=True)
class _Format:
    kind: str
    media_type: str
    label: str


# Content signatures, tried in order against the first bytes of a file.
_SIGNATURES: tuple[tuple[re.Pattern[bytes], _Format], ...] = tuple(
    (re.compile(pattern, re.DOTALL), _Format(kind, media_type, label))
    for pattern, kind, media_type, label in (
        (rb"\xff\xd8\xff", "photo", "image/jpeg", "a JPEG image"),
        (rb"\x89PNG\r\n\x1a\n", "photo", "image/png", "a PNG image"),
        (rb"GIF8[79]a", "photo", "image/gif", "a GIF image"),
        (rb"RIFF.{4}WEBP", "photo", "image/webp", "a WebP image"),
        (rb"II\*\x00|MM\x00\*", "photo", "image/tiff", "a TIFF image"),
        (rb"BM.{12}[\x0c\x28\x38\x40\x6c\x7c]\x00\x00\x00", "photo", "image/bmp", "a BMP image"),
        (rb".{4}ftyp(heic|heix|hevc|mif1|msf1|avif)", "photo", "image/heic", "a HEIC/AVIF image"),
        (rb"RIFF.{4}WAVE", "audio", "audio/wav", "a WAV recording"),
        (rb"ID3[\x02-\x04]", "audio", "audio/mpeg", "an MP3 recording"),
        (rb"\xff[\xf0\xf1\xf8\xf9]", "audio", "audio/aac", "an AAC recording"),
        (rb"\xff[\xe2-\xff]", "audio", "audio/mpeg", "an MP3 recording"),
        (rb"OggS\x00", "audio", "audio/ogg", "an Ogg recording"),
        (rb"fLaC", "audio", "audio/flac", "a FLAC recording"),
        (rb"#!AMR", "audio", "audio/amr", "an AMR recording"),
        (rb".{4}ftyp(M4A |M4B |3gp)", "audio", "audio/mp4", "an M4A recording"),
        (rb"\x1aE\xdf\xa3", "audio", "audio/webm", "a WebM recording"),
        (rb"%PDF-", "document", "application/pdf", "a PDF document"),
        (rb"PK\x03\x04", "document", "application/zip", "a Word, OpenDocument or ZIP file"),
        (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "document", "application/msword", "an Office file"),
        (rb"\{\\rtf", "document", "application/rtf", "a rich-text document"),
    )
)

_EXTENSION_KIND: dict[str, str] = {
    **dict.fromkeys(
        (".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".heic"),
        "photo",
    ),
    **dict.fromkeys(
        (".wav", ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".flac", ".amr", ".3gp"),
        "audio",
    ),
    **dict.fromkeys((".webm", ".wma", ".mp4"), "audio"),
    **dict.fromkeys(
        (".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".md", ".csv", ".xls", ".xlsx"),
        "document",
    ),
    **dict.fromkeys(
        (".ods", ".ppt", ".pptx", ".odp", ".html", ".htm", ".xml", ".json"), "document"
    ),
}
_EXTRA_MEDIA_TYPES = {
    ".m4a": "audio/mp4",
    ".opus": "audio/ogg",
    ".oga": "audio/ogg",
    ".amr": "audio/amr",
    ".flac": "audio/flac",
    ".wav": "audio/wav",
    ".webm": "audio/webm",
    ".heic": "image/heic",
    ".md": "text/markdown",
}


@dataclass(frozen=True)
class _Source:
    """A file or a bytes object to attach, read through the same small interface."""

    name: str
    size: int
    header: bytes
    open: Callable[[], BinaryIO]
    path: Path | None = None


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
        kind = _check_kind(kind)
        _check_allowed(record.record_type, kind)
    info = _stat_file(path)
    if kind is not None:
        _check_size(kind, path.name, info.st_size)
    staged = _stage(blobs, _file_source(path, info), kind, record.record_type)
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
    name = _clean_filename(filename)
    record = find_record(session, record_id, kinds=TAGGABLE)
    if kind is not None:
        kind = _check_kind(kind)
        _check_allowed(record.record_type, kind)
        _check_size(kind, name, len(data))
    staged = _stage(blobs, _bytes_source(name, data), kind, record.record_type)
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
        kind = _check_kind(kind)
    info = _stat_file(path)
    if kind is not None:
        _check_size(kind, path.name, info.st_size)
    return _stage(blobs, _file_source(path, info), kind, None)


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


def _file_source(path: Path, info: os.stat_result) -> _Source:
    return _Source(
        name=path.name,
        size=info.st_size,
        header=_read_header(path),
        open=lambda: path.open("rb"),
        path=path,
    )


def _bytes_source(name: str, data: bytes) -> _Source:
    return _Source(
        name=name, size=len(data), header=data[:_HEADER_BYTES], open=lambda: io.BytesIO(data)
    )


# --- the checks -----------------------------------------------------------------------------


def _stage(
    blobs: BlobStore, source: _Source, kind: str | None, target_type: str | None
) -> StagedFile:
    if source.size == 0:
        raise UnreadableFileError(f"the file {source.name} is empty; nothing was attached")
    found = _sniff(source.header)
    if kind is None:
        kind = _infer_kind(found, source.name)
        if target_type is not None:
            _check_allowed(target_type, kind)
        _check_size(kind, source.name, source.size)
    media_type, duration_ms = _inspect(kind, found, source)
    if source.path is not None:
        sha, size = blobs.put_file(source.path)
    else:
        with source.open() as stream:
            sha, size = blobs.put_stream(stream, expected_size=source.size, name=source.name)
    if size > MAX_SIZE[kind]:  # the file grew while it was being copied
        raise FileTooLargeError(_too_large(kind, source.name, size))
    return StagedFile(source.name, kind, sha, size, media_type, duration_ms)


def _record(session: Session, record: SyncRow, staged: StagedFile, caption: str) -> Attachment:
    _check_allowed(record.record_type, staged.kind)
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


def _check_kind(kind: str) -> str:
    clean = (kind or "").strip().lower()
    if clean not in KINDS:
        raise ValidationError(f"attachment kind {kind!r} is unknown; use photo, audio or document")
    return clean


def _check_allowed(target_type: str, kind: str) -> None:
    allowed = ALLOWED_KINDS.get(target_type, ())
    if kind not in allowed:
        names = " and ".join(_PLURAL[k] for k in allowed) or "no attachments"
        raise ValidationError(f"an {target_type} can hold {names}, not {_PLURAL[kind]}")


def _check_size(kind: str, name: str, size: int) -> None:
    if size > MAX_SIZE[kind]:
        raise FileTooLargeError(_too_large(kind, name, size))


def _too_large(kind: str, name: str, size: int) -> str:
    limit = MAX_SIZE[kind]
    limit_text = f"{limit // GB} GB" if limit % GB == 0 else f"{limit // MB} MB"
    return (
        f"the {_NOUN[kind]} {name} is {human_size(size)}; "
        f"{_PLURAL[kind]} up to {limit_text} are accepted"
    )


def _stat_file(path: Path) -> os.stat_result:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UnreadableFileError(f"the file {path} does not exist") from None
    except PermissionError:
        raise UnreadableFileError(f"fieldkit may not read {path} (permission denied)") from None
    except OSError as exc:
        raise UnreadableFileError(f"the file {path} cannot be read: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError(f"{path} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(f"{path} is not an ordinary file")
    return info


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(_HEADER_BYTES)
    except PermissionError:
        raise UnreadableFileError(f"fieldkit may not read {path} (permission denied)") from None
    except OSError as exc:
        raise UnreadableFileError(f"the file {path} cannot be read: {exc.strerror}") from None


def _clean_filename(filename: str) -> str:
    name = v.clean_line(Path((filename or "").replace("\\", "/")).name)
    name = "".join(ch for ch in name if ch.isprintable())
    if not name or name in (".", ".."):
        raise ValidationError("an attachment needs a file name")
    if len(name) > 255:
        suffix = Path(name).suffix[:20]
        name = name[: 255 - len(suffix)] + suffix
    return name


def _sniff(header: bytes) -> _Format | None:
    for pattern, fmt in _SIGNATURES:
        if pattern.match(header):
            return fmt
    return None


def _infer_kind(found: _Format | None, name: str) -> str:
    if found is not None:
        return found.kind
    by_extension = _EXTENSION_KIND.get(Path(name).suffix.lower())
    if by_extension is None:
        raise ValidationError(
            f"fieldkit cannot tell whether {name} is a photo, a recording or a document; "
            "say which kind it is"
        )
    return by_extension


def _inspect(kind: str, found: _Format | None, source: _Source) -> tuple[str, int | None]:
    """Check the content fits the kind; returns (media type, duration in ms or None)."""
    suffix = Path(source.name).suffix.lower()
    if kind == "photo":
        return _verify_photo(found, source), None
    if kind == "audio":
        if found is not None and found.kind != "audio":
            raise UnreadableFileError(
                f"the recording {source.name} is not audio (it looks like {found.label})"
            )
        if found is None and _EXTENSION_KIND.get(suffix) != "audio":
            raise UnreadableFileError(
                f"{source.name} is not a recording fieldkit knows; "
                "use WAV, MP3, M4A, Ogg/Opus, FLAC, AMR or WebM"
            )
        media_type = found.media_type if found is not None else _guess_media_type(source.name)
        duration = _wav_duration_ms(source) if media_type == "audio/wav" else None
        return media_type, duration
    if found is not None and found.media_type not in ("application/zip", "application/msword"):
        return found.media_type, None
    return _guess_media_type(source.name), None


def _guess_media_type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in _EXTRA_MEDIA_TYPES:
        return _EXTRA_MEDIA_TYPES[suffix]
    guessed, _ = mimetypes.guess_type("x" + suffix, strict=False)
    return guessed or "application/octet-stream"


def _verify_photo(found: _Format | None, source: _Source) -> str:
    from PIL import Image

    if found is not None and found.media_type == "image/heic":
        raise UnreadableFileError(
            f"the photo {source.name} is a HEIC/AVIF image, which fieldkit cannot show yet; "
            "export it as JPEG on the phone or computer and attach that"
        )
    if found is not None and found.kind != "photo":
        raise UnreadableFileError(
            f"the photo {source.name} is not an image (it looks like {found.label})"
        )
    not_image = UnreadableFileError(
        f"the photo {source.name} is not an image fieldkit can read (JPEG, PNG, GIF, WebP, "
        "TIFF or BMP), or it is damaged"
    )
    try:
        with source.open() as stream, Image.open(stream) as image:
            image_format = image.format or ""
            image.verify()
        with source.open() as stream, Image.open(stream) as image:
            if image_format == "JPEG":
                image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()  # decodes every byte: a truncated photo fails here
    except Image.DecompressionBombError as exc:
        raise UnreadableFileError(
            f"the photo {source.name} has too many pixels to open safely"
        ) from exc
    except (OSError, SyntaxError, ValueError, struct.error, EOFError) as exc:
        raise not_image from exc
    if image_format not in PHOTO_FORMATS:
        raise not_image
    return Image.MIME.get(image_format, found.media_type if found else "image/jpeg")


def _wav_duration_ms(source: _Source) -> int | None:
    """The length of a WAV recording, also when the recorder never finished its header.

    A recorder stopped by a power cut leaves the header's data size at 0 (or larger than
    what was written): the length is then taken from the bytes actually present.
    """
    try:
        with source.open() as stream, wave.open(stream) as w:
            frames = w.getnframes()
            rate = w.getframerate()
            frame_size = w.getnchannels() * w.getsampwidth()
    except (wave.Error, EOFError, struct.error):
        return _riff_duration_ms(source)
    if rate <= 0 or frame_size <= 0:
        return None
    available = max(source.size - 44, 0) // frame_size
    if frames == 0 or frames > available:
        frames = available
    return frames * 1000 // rate


def _riff_duration_ms(source: _Source) -> int | None:
    """Duration from the fmt chunk's byte rate, for WAV variants ``wave`` does not read
    (32-bit float, extensible); None when the header cannot be understood."""
    with source.open() as stream:
        head = stream.read(64 * 1024)
    pos, byte_rate = 12, 0
    while pos + 8 <= len(head):
        chunk_id, chunk_size = struct.unpack_from("<4sI", head, pos)
        body = pos + 8
        if chunk_id == b"fmt " and chunk_size >= 12 and body + 12 <= len(head):
            byte_rate = struct.unpack_from("<I", head, body + 8)[0]
        elif chunk_id == b"data":
            if byte_rate <= 0:
                return None
            present = source.size - body
            size = present if chunk_size in (0, 0xFFFFFFFF) else min(chunk_size, present)
            return max(size, 0) * 1000 // byte_rate
        pos = body + chunk_size + (chunk_size & 1)
    return None


def _named_blob_error(
    attachment: Attachment, exc: BlobMissingError | BlobCorruptError, blobs: BlobStore
) -> BlobMissingError | BlobCorruptError:
    what = f"the {_NOUN.get(attachment.kind, 'file')} {attachment.filename}"
    where = f"(attached to {attachment.target_type} {attachment.target_id[:8]})"
    if isinstance(exc, BlobMissingError):
        return BlobMissingError(
            f"{what} {where} is missing from the data folder {blobs.root.parent}; "
            "sync again to fetch it, or remove it and attach the file again"
        )
    return BlobCorruptError(
        f"{what} {where} is damaged: its contents changed on disk; "
        "sync again to fetch a good copy, or remove it and attach the file again"
    )


__all__ = [
    "ALLOWED_KINDS",
    "KINDS",
    "MAX_SIZE",
    "StagedFile",
    "attach_bytes",
    "attach_file",
    "attach_staged",
    "attachment_path",
    "attachments_for",
    "read_attachment",
    "remove_attachment",
    "stage_file",
    "verify_attachments",
]
