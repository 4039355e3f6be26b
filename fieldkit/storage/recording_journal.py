"""A recording folder's journal (``journal.json``, sealed in an encrypted folder), its lock,
and the storage errors a recording meets: see :mod:`fieldkit.storage.recording`."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fieldkit.errors import (
    StorageError,
    ValidationError,
    phrase,
    phrase_from_stored,
    stored_phrase,
)
from fieldkit.storage.crypto.sealed_log import open_document, seal_document
from fieldkit.storage.durable import fsync_dir, open_private
from fieldkit.storage.wav_segments import AudioFormat, RecordingError

JOURNAL = "journal.json"
DAMAGED_JOURNAL = "journal.damaged.json"
ASSEMBLED = "recording.wav"
LOCK = "lock"
JOURNAL_VERSION = 1


def journal_text(path: Path, key: bytes | None) -> str:
    data = path.read_bytes()
    if key is not None:
        try:
            data = open_document(data, key)
        except ValueError as exc:
            raise json.JSONDecodeError(str(exc), "", 0) from exc
    return data.decode("utf-8")


def read_journal(path: Path, key: bytes | None = None) -> dict[str, Any]:
    try:
        raw = json.loads(journal_text(path, key))
    except FileNotFoundError as exc:
        raise RecordingError(phrase("its journal.json is missing")) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordingError(phrase("journal.json cannot be read: {why}", why=str(exc))) from exc
    if not isinstance(raw, dict):
        raise RecordingError(phrase("journal.json does not hold a recording's details"))
    state = raw.get("state")
    interview_id = raw.get("interview_id")
    if state == "kept":
        raw.setdefault("audio", AudioFormat())
        raw.setdefault("interview_id", None)
        return raw
    if state not in ("recording", "assembled", "done") or not isinstance(interview_id, str):
        raise RecordingError(
            phrase("journal.json does not name the interview or the recording's state")
        )
    fmt = raw.get("format")
    try:
        if not isinstance(fmt, dict):
            raise TypeError
        raw["audio"] = AudioFormat(
            sample_rate=int(fmt["sample_rate"]),
            channels=int(fmt["channels"]),
            sample_width=int(fmt["sample_width"]),
        )
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise RecordingError(
            phrase("journal.json does not say the recording's audio format")
        ) from exc
    return raw


def kept_entry(message: str) -> dict[str, Any]:
    """A "kept" journal's message: its English, and how it was made (``message_phrase``), so
    the app can say it again later in the reader's language."""
    return {"message": message, "message_phrase": stored_phrase(message)}


def kept_message(journal: dict[str, Any]) -> str:
    """A "kept" journal's message (see :func:`kept_entry`): a phrase when kept as one."""
    stored = journal.get("message_phrase")
    return phrase_from_stored(
        str(journal.get("message", "")), stored if isinstance(stored, str) else None
    )


def journal_state(folder: Path, key: bytes | None = None) -> str | None:
    try:
        raw = json.loads(journal_text(folder / JOURNAL, key))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return raw.get("state") if isinstance(raw, dict) else None


def write_json(path: Path, data: dict[str, Any], key: bytes | None = None) -> None:
    tmp = path.with_name(path.name + ".tmp")
    if key is not None:  # an encrypted folder: the journal is sealed too
        with open_private(tmp, "wb") as out:
            out.write(seal_document(data, key))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
        return
    with open_private(tmp, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


class _Busy(Exception):
    pass


def take_lock(folder: Path) -> int | None:
    try:
        return try_lock(folder)
    except _Busy as exc:
        raise RecordingError(
            phrase("another fieldkit is already writing {folder}", folder=str(folder))
        ) from exc


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[bool]:
    """Hold the folder's lock for the block; yields False when a recorder holds it."""
    try:
        fd = try_lock(folder)
    except _Busy:
        yield False
        return
    try:
        yield True
    finally:
        if fd is not None:
            os.close(fd)


def try_lock(folder: Path) -> int | None:
    """An fd holding the folder's lock (None where locks are unsupported); _Busy if held."""
    if sys.platform == "win32":  # pragma: no cover
        return None
    import fcntl

    try:
        fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise _Busy from exc
    return fd


def os_error(exc: OSError, doing: str, folder: Path) -> StorageError:
    """``doing`` is what failed, as a phrase: "save the recording"."""
    import errno

    where = str(folder)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(
            phrase(
                "the disk is full, so fieldkit could not {doing}; what was recorded until now is "
                "kept in {folder}",
                doing=doing,
                folder=where,
            )
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(
            phrase(
                "fieldkit may not write in {folder}, so it could not {doing}",
                folder=where,
                doing=doing,
            )
        )
    return StorageError(
        phrase(
            "fieldkit could not {doing} in {folder}: {why}",
            doing=doing,
            folder=where,
            why=str(exc.strerror or exc),
        )
    )


__all__ = [
    "ASSEMBLED",
    "DAMAGED_JOURNAL",
    "JOURNAL",
    "JOURNAL_VERSION",
    "LOCK",
    "folder_lock",
    "journal_state",
    "kept_entry",
    "kept_message",
    "os_error",
    "read_journal",
    "take_lock",
    "write_json",
]
