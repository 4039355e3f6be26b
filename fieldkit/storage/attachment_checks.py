"""Attachment kinds and their limits, and the cheap checks on a file before it is read.

Which kinds each record type holds, the size limit per kind, and the file-system checks
(exists, ordinary file, readable) that run before any content is inspected.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fieldkit.errors import FileTooLargeError, Phrase, UnreadableFileError, ValidationError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.blobs import human_size

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


NOUN = {"photo": "photo", "audio": "recording", "document": "document"}
PLURAL = {"photo": "photos", "audio": "audio recordings", "document": "documents"}
HEADER_BYTES = 64
# What a record refuses, one whole sentence each (the translator's word order).
_REFUSALS = {
    ("observation", "audio"): phrase(
        "an observation can hold photos and documents, not audio recordings"
    ),
    ("case", "audio"): phrase("a case can hold photos and documents, not audio recordings"),
}


@dataclass(frozen=True)
class Source:
    """A file or a bytes object to attach, read through the same small interface."""

    name: str
    size: int
    header: bytes
    open: Callable[[], BinaryIO]
    path: Path | None = None


def file_source(path: Path, info: os.stat_result) -> Source:
    return Source(
        name=path.name,
        size=info.st_size,
        header=_read_header(path),
        open=lambda: path.open("rb"),
        path=path,
    )


def bytes_source(name: str, data: bytes) -> Source:
    return Source(
        name=name, size=len(data), header=data[:HEADER_BYTES], open=lambda: io.BytesIO(data)
    )


def check_kind(kind: str) -> str:
    clean = (kind or "").strip().lower()
    if clean not in KINDS:
        raise ValidationError(
            phrase(
                "attachment kind {kind} is unknown; use photo, audio or document", kind=repr(kind)
            )
        )
    return clean


def check_allowed(target_type: str, kind: str) -> None:
    allowed = ALLOWED_KINDS.get(target_type, ())
    if kind not in allowed:
        refusal = _REFUSALS.get((target_type, kind))
        raise ValidationError(
            refusal or phrase("a {record} cannot hold attachments", record=target_type)
        )


def check_size(kind: str, name: str, size: int) -> None:
    if size > MAX_SIZE[kind]:
        raise FileTooLargeError(too_large(kind, name, size))


def too_large(kind: str, name: str, size: int) -> Phrase:
    limit = MAX_SIZE[kind]
    limit_text = (
        phrase("{amount} GB", amount=str(limit // GB))
        if limit % GB == 0
        else phrase("{amount} MB", amount=str(limit // MB))
    )
    shown = {"name": name, "size": human_size(size), "limit": limit_text}
    if kind == "photo":
        return phrase("the photo {name} is {size}; photos up to {limit} are accepted", **shown)
    if kind == "audio":
        return phrase(
            "the recording {name} is {size}; audio recordings up to {limit} are accepted", **shown
        )
    return phrase("the document {name} is {size}; documents up to {limit} are accepted", **shown)


def stat_file(path: Path) -> os.stat_result:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UnreadableFileError(phrase("the file {path} does not exist", path=path)) from None
    except PermissionError:
        raise UnreadableFileError(_may_not_read(path)) from None
    except OSError as exc:
        raise UnreadableFileError(_cannot_read(path, exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError(phrase("{path} is a folder, not a file", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(phrase("{path} is not an ordinary file", path=path))
    return info


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(HEADER_BYTES)
    except PermissionError:
        raise UnreadableFileError(_may_not_read(path)) from None
    except OSError as exc:
        raise UnreadableFileError(_cannot_read(path, exc)) from None


def _may_not_read(path: Path) -> Phrase:
    return phrase("fieldkit may not read {path} (permission denied)", path=path)


def _cannot_read(path: Path, exc: OSError) -> Phrase:
    return phrase("the file {path} cannot be read: {reason}", path=path, reason=exc.strerror)


def clean_filename(filename: str) -> str:
    name = v.clean_line(Path((filename or "").replace("\\", "/")).name)
    name = "".join(ch for ch in name if ch.isprintable())
    if not name or name in (".", ".."):
        raise ValidationError(phrase("an attachment needs a file name"))
    if len(name) > 255:
        suffix = Path(name).suffix[:20]
        name = name[: 255 - len(suffix)] + suffix
    return name


__all__ = [
    "ALLOWED_KINDS",
    "GB",
    "HEADER_BYTES",
    "KINDS",
    "MAX_SIZE",
    "MB",
    "NOUN",
    "PLURAL",
    "Source",
    "bytes_source",
    "check_allowed",
    "check_kind",
    "check_size",
    "clean_filename",
    "file_source",
    "stat_file",
    "too_large",
]
