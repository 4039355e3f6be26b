"""Crash-safe audio recording: PCM written as short WAV segments plus a small journal.

A recording made in the app lives in its own folder under ``<data folder>/recordings/`` until
it is attached to its interview::

    recordings/20240501-101502-3fa2c1/
        journal.json        interview, audio format, started, state, closed segments
        seg-00001.wav       a complete WAV, header final, fsynced when it closed
        seg-00002.wav       ...
        seg-00007.wav       the open segment: header says 0 bytes, data flushed at every write
        lock                held (flock) by the writing process while it records

Every few seconds (``segment_seconds``, 3 s by default) the open segment is closed: its header
gets its final sizes, it is fsynced with its folder, and the journal (rewritten atomically:
temporary file, fsync, rename) names it. Every write of PCM reaches the operating system at
once, so a killed process (SIGKILL, a crash) loses nothing it was given; a power cut loses at
most the open segment's few seconds.

:func:`finish_recording` (when the researcher presses Stop) and :func:`recover_unfinished`
(at the next start, for recordings whose process died) turn a folder into one attachment, in
steps that can each be interrupted and resumed:

``recording``  segments (the last one possibly cut off: its whole frames are kept and its
               header is rebuilt from the bytes present) are joined into ``recording.wav``,
               fsynced, and the journal moves to
``assembled``  the segments are deleted; ``recording.wav`` is copied into the blob store and
               attached to the interview (an attachment of the same content already there is
               reused, so a step repeated after a crash never attaches twice), then
``done``       the folder is removed.

Nothing is ever thrown away that is not safely stored elsewhere. If the interview was deleted
the folder moves to ``kept`` with ``recording.wav`` left in place, and the outcome names that
file. A journal that cannot be read is renamed ``journal.damaged.json`` beside the segments,
which are joined into ``recording.wav`` when their headers can be read, and the outcome says
where they are. Only whole-PCM WAV (8/16/24/32-bit integers) is written: it is what every
player and the attachment checks read.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import secrets
import shutil
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlmodel import col

from fieldkit.errors import FieldkitError, NotFoundError, StorageError, ValidationError, phrase
from fieldkit.storage.attachments import attach_staged, stage_file, stage_sealed
from fieldkit.storage.crypto.sealed_log import SealedLogWriter, open_document, seal_document
from fieldkit.storage.db import Store
from fieldkit.storage.durable import PRIVATE_DIR, fsync_dir, make_private_dir, open_private
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Attachment, Interview
from fieldkit.storage.wav_segments import (
    AudioFormat,
    RecordingError,
    assemble,
    assemble_sealed,
    read_segment_format,
    segment_files,
    wav_header,
)

RECORDINGS_DIR = "recordings"
JOURNAL = "journal.json"
DAMAGED_JOURNAL = "journal.damaged.json"
ASSEMBLED = "recording.wav"
LOCK = "lock"
JOURNAL_VERSION = 1


@dataclass(frozen=True)
class RecordingOutcome:
    """What became of one recording folder.

    ``status``: "attached" (it is an attachment of its interview now), "empty" (nothing was
    captured; the folder was removed), "kept" (not attached; ``kept_file`` or ``folder`` holds
    it and ``message`` says why), "failed" (left as it was, retried at the next start).
    """

    status: str
    folder: Path
    interview_id: str | None
    attachment_id: str | None = None
    duration_ms: int = 0
    started: str = ""
    message: str = ""
    kept_file: Path | None = None


def recordings_root(data_dir: Path) -> Path:
    return Path(data_dir) / RECORDINGS_DIR


# --- writing ---------------------------------------------------------------------------------


class RecordingWriter:
    """Writes one recording as segments; give it PCM with :meth:`write`, then :meth:`close`.

    Not thread-safe: use it from one thread (:class:`BackgroundWriter` runs it on its own).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        interview_id: str,
        audio: AudioFormat,
        segment_seconds: float = 3.0,
        started: datetime | None = None,
        files_key: bytes | None = None,
    ) -> None:
        self.audio = audio
        self.files_key = files_key  # an encrypted folder: segments and journal sealed
        self.interview_id = interview_id
        self.started = (started or datetime.now(UTC)).astimezone(UTC)
        self.segment_bytes = max(1, int(segment_seconds * audio.sample_rate)) * audio.frame_size
        stamp = self.started.strftime("%Y%m%d-%H%M%S")
        root = recordings_root(data_dir)
        self.folder = root / f"{stamp}-{secrets.token_hex(3)}"
        self._segments: list[str] = []
        self._current: IO[bytes] | SealedLogWriter | None = None
        self._current_name = ""
        self._current_bytes = 0
        self._pending = b""  # a partial frame waiting for the rest of its bytes
        self._closed_bytes = 0  # in closed segments
        self._lock_fd: int | None = None
        self.closed = False
        try:
            make_private_dir(root)
            self.folder.mkdir(PRIVATE_DIR)
            os.chmod(self.folder, PRIVATE_DIR)
            self._lock_fd = _take_lock(self.folder)
            self._save_journal("recording")
            fsync_dir(root)
        except OSError as exc:
            self._release_lock()
            raise _os_error(exc, phrase("start the recording"), self.folder) from exc

    @property
    def written_ms(self) -> int:
        """Duration handed to the operating system so far (survives a killed process)."""
        return self.audio.ms(self._closed_bytes + self._current_bytes)

    @property
    def durable_ms(self) -> int:
        """Duration in closed, fsynced segments (survives a power cut)."""
        return self.audio.ms(self._closed_bytes)

    def write(self, pcm: bytes) -> None:
        """Append PCM (any length; a partial frame waits for its remaining bytes)."""
        if self.closed:
            raise RecordingError(phrase("this recording is finished; start a new one"))
        data = self._pending + bytes(pcm)
        whole = len(data) - len(data) % self.audio.frame_size
        self._pending = data[whole:]
        view = memoryview(data)[:whole]
        try:
            while view:
                if self._current is None:
                    self._open_segment()
                room = self.segment_bytes - self._current_bytes
                chunk = view[:room]
                assert self._current is not None
                self._current.write(chunk)
                self._current.flush()  # to the OS now: a killed process loses none of it
                self._current_bytes += len(chunk)
                view = view[len(chunk) :]
                if self._current_bytes >= self.segment_bytes:
                    self._close_segment()
        except OSError as exc:
            raise _os_error(exc, phrase("save the recording"), self.folder) from exc

    def pause(self) -> None:
        """Close the open segment, so everything up to the pause is on disk for good."""
        if self.closed:
            return
        try:
            self._close_segment()
        except OSError as exc:
            raise _os_error(exc, phrase("save the recording"), self.folder) from exc

    def close(self) -> Path:
        """Finalise the last segment and release the folder; returns the folder."""
        if self.closed:
            return self.folder
        try:
            self._close_segment()
        except OSError as exc:
            raise _os_error(exc, phrase("save the recording"), self.folder) from exc
        finally:
            self.closed = True
            self._release_lock()
        return self.folder

    def _open_segment(self) -> None:
        self._current_name = f"seg-{len(self._segments) + 1:05d}.wav"
        out = open_private(self.folder / self._current_name, "wb")
        if self.files_key is not None:  # each write a sealed record of its own
            self._current = SealedLogWriter(out, self.files_key)
        else:
            self._current = out
        self._current.write(wav_header(self.audio, 0))
        self._current.flush()
        self._current_bytes = 0

    def _close_segment(self) -> None:
        segment = self._current
        if segment is None:
            return
        self._current = None
        if isinstance(segment, SealedLogWriter):
            segment.close()  # its size is in its records; the header stays as written
        else:
            with segment:
                segment.seek(0)
                segment.write(wav_header(self.audio, self._current_bytes))
                segment.flush()
                os.fsync(segment.fileno())
        fsync_dir(self.folder)
        self._segments.append(self._current_name)
        self._closed_bytes += self._current_bytes
        self._current_bytes = 0
        self._save_journal("recording")

    def _save_journal(self, state: str) -> None:
        journal = {
            "version": JOURNAL_VERSION,
            "state": state,
            "interview_id": self.interview_id,
            "format": self.audio.to_json(),
            "started": self.started.isoformat(timespec="seconds"),
            "segments": list(self._segments),
        }
        _write_json(self.folder / JOURNAL, journal, self.files_key)

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor releases the flock
            self._lock_fd = None


class BackgroundWriter:
    """A :class:`RecordingWriter` on a thread of its own, so audio callbacks never wait on disk.

    :meth:`write` and :meth:`pause` only queue; :meth:`close` waits for the queue to drain.
    A disk error stops the writing and is kept in :attr:`error` (poll it to tell the user);
    what was written before it stays recoverable.
    """

    def __init__(self, writer: RecordingWriter) -> None:
        self.writer = writer
        self.error: FieldkitError | None = None
        self._queue: queue.SimpleQueue[tuple[str, bytes]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="recording-writer", daemon=True)
        self._thread.start()

    def write(self, pcm: bytes) -> None:
        if self.error is None:
            self._queue.put(("write", bytes(pcm)))

    def pause(self) -> None:
        self._queue.put(("pause", b""))

    def close(self, timeout: float = 30.0) -> Path:
        """Write what is queued, finalise the last segment; raises the error if one happened."""
        self._queue.put(("close", b""))
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise RecordingError(
                phrase(
                    "the recording is still being written to disk; it will be recovered at the "
                    "next start if fieldkit is closed now"
                )
            )
        if self.error is not None:
            raise self.error
        return self.writer.folder

    def _run(self) -> None:
        while True:
            what, data = self._queue.get()
            try:
                if what == "write" and self.error is None:
                    self.writer.write(data)
                elif what == "pause" and self.error is None:
                    self.writer.pause()
                elif what == "close":
                    self.writer.close()
            except FieldkitError as exc:
                self.error = self.error or exc
            except Exception as exc:
                self.error = self.error or RecordingError(
                    phrase("the recording could not be saved: {why}", why=str(exc))
                )
            if what == "close":
                return


# --- finishing and recovering ----------------------------------------------------------------


def finish_recording(store: Store, folder: Path, *, tz: tzinfo | None = None) -> RecordingOutcome:
    """Turn a closed recording folder into an attachment of its interview (see module doc).

    Safe to repeat: each step starts from what the journal says was done. Raises nothing a
    researcher could cause; problems come back as an outcome with status "kept" or "failed".
    """
    folder = Path(folder)
    with _folder_lock(folder) as free:
        if not free:
            return RecordingOutcome(
                "failed", folder, None, message=f"the recording in {folder} is still being written"
            )
        return _finish(store, folder, recovered=False, tz=tz)


def _finish(
    store: Store, folder: Path, *, recovered: bool, tz: tzinfo | None = None
) -> RecordingOutcome:
    journal_path = folder / JOURNAL
    key = store.blobs.files_key
    try:
        journal = _read_journal(journal_path, key)
    except RecordingError as exc:
        return _keep_damaged(folder, str(exc), key)
    started = str(journal.get("started", ""))
    interview_id = journal["interview_id"]
    audio: AudioFormat = journal["audio"]
    state = journal["state"]
    try:
        if state == "recording":
            if key is not None:
                data_bytes = assemble_sealed(segment_files(folder), audio, folder / ASSEMBLED, key)
            else:
                data_bytes = assemble(segment_files(folder), audio, folder / ASSEMBLED)
            journal = _update(
                journal_path, journal, key=key, state="assembled", data_bytes=data_bytes
            )
            state = "assembled"
            for segment in segment_files(folder):
                segment.unlink()
            fsync_dir(folder)
        if state == "assembled":
            return _attach_assembled(store, folder, journal, recovered=recovered, tz=tz)
        if state == "done":
            shutil.rmtree(folder, ignore_errors=True)
            return RecordingOutcome(
                "attached",
                folder,
                interview_id,
                attachment_id=journal.get("attachment_id"),
                duration_ms=audio.ms(int(journal.get("data_bytes", 0))),
                started=started,
            )
        # "kept": reported when it happened; the file stays where the message said.
        return RecordingOutcome(
            "kept",
            folder,
            interview_id,
            started=started,
            message=str(journal.get("message", "")),
            kept_file=folder / ASSEMBLED if (folder / ASSEMBLED).is_file() else None,
        )
    except (OSError, FieldkitError) as exc:
        error = (
            _os_error(exc, phrase("finish the recording"), folder)
            if isinstance(exc, OSError)
            else exc
        )
        return RecordingOutcome(
            "failed",
            folder,
            interview_id,
            started=started,
            message=f"{error} The recording stays in {folder}; fieldkit tries again at the next "
            "start.",
        )


def recover_unfinished(store: Store, *, tz: tzinfo | None = None) -> list[RecordingOutcome]:
    """Finish every recording folder no running recorder holds: those a crash left behind.

    Returns one outcome per folder that needed work, oldest first. Folders already reported as
    kept are not reported again.
    """
    root = recordings_root(store.data_dir)
    if not root.is_dir():
        return []
    outcomes = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        with _folder_lock(folder) as free:
            # Not free: a recorder (this app or another) is writing it now.
            if free and _journal_state(folder, store.blobs.files_key) != "kept":
                outcomes.append(_finish(store, folder, recovered=True, tz=tz))
    return outcomes


def describe(outcome: RecordingOutcome, *, tz: tzinfo | None = None) -> str:
    """One sentence for the researcher about a finished or recovered recording; its start in
    the laptop's own time zone (``tz``, default the system's: journals store UTC)."""
    length = _clock(outcome.duration_ms)
    when = _when(outcome.started, tz)
    if outcome.status == "attached":
        return f"A recording{when} ({length}) was recovered and attached to its interview."
    if outcome.status == "empty":
        return f"A recording{when} had captured no sound; nothing was attached."
    return outcome.message


def _attach_assembled(
    store: Store,
    folder: Path,
    journal: dict[str, Any],
    *,
    recovered: bool,
    tz: tzinfo | None = None,
) -> RecordingOutcome:
    interview_id: str = journal["interview_id"]
    audio: AudioFormat = journal["audio"]
    started = str(journal.get("started", ""))
    wav = folder / ASSEMBLED
    data_bytes = int(journal.get("data_bytes", 0))
    duration_ms = audio.ms(data_bytes)
    if data_bytes == 0:
        _update(folder / JOURNAL, journal, key=store.blobs.files_key, state="done")
        shutil.rmtree(folder, ignore_errors=True)
        return RecordingOutcome("empty", folder, interview_id, started=started)
    try:
        with store.read() as session:
            interview = get_row(session, Interview, interview_id)
            title = interview.title
    except NotFoundError:
        message = (
            f"A recording{_when(started, tz)} ({_clock(duration_ms)}) belongs to an interview that "
            f"was deleted, so it was not attached. It is kept as {wav}; copy it somewhere safe or "
            "attach it to another interview (Add recording… in the interview's player)."
        )
        _update(folder / JOURNAL, journal, key=store.blobs.files_key, state="kept", message=message)
        return RecordingOutcome(
            "kept",
            folder,
            interview_id,
            duration_ms=duration_ms,
            started=started,
            message=message,
            kept_file=wav,
        )
    stage = stage_sealed if store.blobs.encrypted else stage_file
    staged = replace(stage(store.blobs, path=wav, kind="audio"), filename=_filename(started, tz))
    caption = "Recovered after fieldkit was interrupted" if recovered else "Recorded in fieldkit"
    with store.write() as session:
        existing = (
            session.execute(
                select(Attachment).where(
                    col(Attachment.target_id) == interview.id,
                    col(Attachment.sha256) == staged.sha256,
                    col(Attachment.deleted_at).is_(None),
                )
            )
            .scalars()
            .first()
        )
        if existing is None:
            existing = attach_staged(
                session, record_id=interview.id, staged=staged, caption=caption
            )
        attachment_id = existing.id
    _update(
        folder / JOURNAL,
        journal,
        key=store.blobs.files_key,
        state="done",
        attachment_id=attachment_id,
    )
    shutil.rmtree(folder, ignore_errors=True)
    return RecordingOutcome(
        "attached",
        folder,
        interview_id,
        attachment_id=attachment_id,
        duration_ms=duration_ms,
        started=started,
        message=f"attached to the interview {title!r}" if title else "",
    )


def _keep_damaged(folder: Path, reason: str, key: bytes | None = None) -> RecordingOutcome:
    """A journal fieldkit cannot read: keep every file, join what can be joined, say where."""
    segments = segment_files(folder)
    if not segments and not (folder / JOURNAL).exists() and not (folder / ASSEMBLED).exists():
        shutil.rmtree(folder, ignore_errors=True)  # killed before anything was captured
        return RecordingOutcome("empty", folder, None)
    audio = next((f for s in segments if (f := read_segment_format(s, key)) is not None), None)
    duration_ms = 0
    with contextlib.suppress(OSError, RecordingError):
        if audio is not None and not (folder / ASSEMBLED).exists():
            if key is not None:
                data_bytes = assemble_sealed(segments, audio, folder / ASSEMBLED, key)
            else:
                data_bytes = assemble(segments, audio, folder / ASSEMBLED)
            duration_ms = audio.ms(data_bytes)
    kept = folder / ASSEMBLED if (folder / ASSEMBLED).is_file() else None
    where = f"The sound is kept as {kept}" if kept else f"Its files are kept in {folder}"
    message = (
        f"A recording could not be attached because its journal is damaged ({reason}). "
        f"{where}; attach it to its interview with Add recording… in the interview's player."
    )
    with contextlib.suppress(OSError):  # if this fails it is simply reported again next time
        if (folder / JOURNAL).exists():
            os.replace(folder / JOURNAL, folder / DAMAGED_JOURNAL)
        _write_json(
            folder / JOURNAL,
            {"version": JOURNAL_VERSION, "state": "kept", "message": message},
            key,
        )
    return RecordingOutcome(
        "kept", folder, None, duration_ms=duration_ms, message=message, kept_file=kept
    )


def _journal_text(path: Path, key: bytes | None) -> str:
    data = path.read_bytes()
    if key is not None:
        try:
            data = open_document(data, key)
        except ValueError as exc:
            raise json.JSONDecodeError(str(exc), "", 0) from exc
    return data.decode("utf-8")


def _read_journal(path: Path, key: bytes | None = None) -> dict[str, Any]:
    try:
        raw = json.loads(_journal_text(path, key))
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


def _journal_state(folder: Path, key: bytes | None = None) -> str | None:
    try:
        raw = json.loads(_journal_text(folder / JOURNAL, key))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return raw.get("state") if isinstance(raw, dict) else None


def _update(
    path: Path, journal: dict[str, Any], *, key: bytes | None = None, **changes: Any
) -> dict[str, Any]:
    updated = {k: v for k, v in journal.items() if k != "audio"}
    updated.update(changes)
    _write_json(path, updated, key)
    return {**updated, "audio": journal["audio"]}


def _write_json(path: Path, data: dict[str, Any], key: bytes | None = None) -> None:
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


def local_start(started: str, tz: tzinfo | None = None) -> datetime | None:
    """A journal's start (ISO, UTC) in the researcher's time zone (``tz``, default the
    system's); None when it cannot be read."""
    try:
        when = datetime.fromisoformat(started)
    except ValueError:
        return None
    if when.tzinfo is None:  # journals always carry UTC; an old one without it was UTC too
        when = when.replace(tzinfo=UTC)
    return when.astimezone(tz)


def _filename(started: str, tz: tzinfo | None = None) -> str:
    when = local_start(started, tz)
    return f"Recording {when:%Y-%m-%d %H.%M}.wav" if when else "Recording unknown time.wav"


def _when(started: str, tz: tzinfo | None = None) -> str:
    when = local_start(started, tz) if started else None
    return f" started {when:%Y-%m-%d %H:%M}" if when else ""


def _clock(ms: int) -> str:
    seconds = ms // 1000
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


class _Busy(Exception):
    pass


def _take_lock(folder: Path) -> int | None:
    try:
        return _try_lock(folder)
    except _Busy as exc:
        raise RecordingError(
            phrase("another fieldkit is already writing {folder}", folder=str(folder))
        ) from exc


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[bool]:
    """Hold the folder's lock for the block; yields False when a recorder holds it."""
    try:
        fd = _try_lock(folder)
    except _Busy:
        yield False
        return
    try:
        yield True
    finally:
        if fd is not None:
            os.close(fd)


def _try_lock(folder: Path) -> int | None:
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


def _os_error(exc: OSError, doing: str, folder: Path) -> StorageError:
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
    "AudioFormat",
    "BackgroundWriter",
    "RecordingError",
    "RecordingOutcome",
    "RecordingWriter",
    "assemble",
    "describe",
    "finish_recording",
    "recordings_root",
    "recover_unfinished",
    "segment_files",
    "wav_header",
]
