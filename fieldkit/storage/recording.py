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

The journal, the folder's lock and the disk errors are in :mod:`.recording_journal`; what
became of a folder (:class:`RecordingOutcome`) and the sentences that say it, in
:mod:`.recording_outcomes`.
"""

from __future__ import annotations

import contextlib
import os
import queue
import secrets
import shutil
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlmodel import col

from fieldkit.errors import FieldkitError, NotFoundError, phrase, reason_of
from fieldkit.storage.attachments import attach_staged, stage_file, stage_sealed
from fieldkit.storage.crypto.sealed_log import SealedLogWriter
from fieldkit.storage.db import Store
from fieldkit.storage.durable import PRIVATE_DIR, fsync_dir, make_private_dir, open_private
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Attachment, Interview
from fieldkit.storage.recording_journal import (
    ASSEMBLED,
    DAMAGED_JOURNAL,
    JOURNAL,
    JOURNAL_VERSION,
    folder_lock,
    journal_state,
    kept_entry,
    kept_message,
    os_error,
    read_journal,
    take_lock,
    write_json,
)
from fieldkit.storage.recording_outcomes import (
    RecordingOutcome,
    attached_to,
    describe,
    interview_gone,
    journal_damaged,
    not_finished,
    recording_filename,
    still_written,
)
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
            self._lock_fd = take_lock(self.folder)
            self._save_journal("recording")
            fsync_dir(root)
        except OSError as exc:
            self._release_lock()
            raise os_error(exc, phrase("start the recording"), self.folder) from exc

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
            raise os_error(exc, phrase("save the recording"), self.folder) from exc

    def pause(self) -> None:
        """Close the open segment, so everything up to the pause is on disk for good."""
        if self.closed:
            return
        try:
            self._close_segment()
        except OSError as exc:
            raise os_error(exc, phrase("save the recording"), self.folder) from exc

    def close(self) -> Path:
        """Finalise the last segment and release the folder; returns the folder."""
        if self.closed:
            return self.folder
        try:
            self._close_segment()
        except OSError as exc:
            raise os_error(exc, phrase("save the recording"), self.folder) from exc
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
        write_json(self.folder / JOURNAL, journal, self.files_key)

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


def finish_recording(
    store: Store, folder: Path, *, tz: tzinfo | None = None, wording: Callable[[str], str] = str
) -> RecordingOutcome:
    """Turn a closed recording folder into an attachment of its interview (see module doc).

    The attachment's file name ("Recording 2024-03-15 09.30.wav") and caption are phrases
    worded by ``wording``: the app passes its ``say`` (the interface language); English by
    default. Safe to repeat: each step starts from what the journal says was done. Raises nothing a
    researcher could cause; problems come back as an outcome with status "kept" or "failed".
    """
    folder = Path(folder)
    with folder_lock(folder) as free:
        if not free:
            return RecordingOutcome("failed", folder, None, message=still_written(folder))
        return _finish(store, folder, recovered=False, tz=tz, wording=wording)


def _finish(
    store: Store,
    folder: Path,
    *,
    recovered: bool,
    tz: tzinfo | None = None,
    wording: Callable[[str], str] = str,
) -> RecordingOutcome:
    journal_path = folder / JOURNAL
    key = store.blobs.files_key
    try:
        journal = read_journal(journal_path, key)
    except RecordingError as exc:
        return _keep_damaged(folder, reason_of(exc), key)
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
            return _attach_assembled(
                store, folder, journal, recovered=recovered, tz=tz, wording=wording
            )
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
            message=kept_message(journal),
            kept_file=folder / ASSEMBLED if (folder / ASSEMBLED).is_file() else None,
        )
    except (OSError, FieldkitError) as exc:
        error = (
            os_error(exc, phrase("finish the recording"), folder)
            if isinstance(exc, OSError)
            else exc
        )
        return RecordingOutcome(
            "failed",
            folder,
            interview_id,
            started=started,
            message=not_finished(error, folder),
        )


def recover_unfinished(
    store: Store, *, tz: tzinfo | None = None, wording: Callable[[str], str] = str
) -> list[RecordingOutcome]:
    """Finish every recording folder no running recorder holds: those a crash left behind
    (file names and captions worded by ``wording``, as in :func:`finish_recording`).

    Returns one outcome per folder that needed work, oldest first. Folders already reported as
    kept are not reported again.
    """
    root = recordings_root(store.data_dir)
    if not root.is_dir():
        return []
    outcomes = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        with folder_lock(folder) as free:
            # Not free: a recorder (this app or another) is writing it now.
            if free and journal_state(folder, store.blobs.files_key) != "kept":
                outcomes.append(_finish(store, folder, recovered=True, tz=tz, wording=wording))
    return outcomes


def _attach_assembled(
    store: Store,
    folder: Path,
    journal: dict[str, Any],
    *,
    recovered: bool,
    tz: tzinfo | None = None,
    wording: Callable[[str], str] = str,
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
        message = interview_gone(started, duration_ms, wav, tz)
        _update(
            folder / JOURNAL,
            journal,
            key=store.blobs.files_key,
            state="kept",
            **kept_entry(message),
        )
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
    staged = replace(
        stage(store.blobs, path=wav, kind="audio"),
        filename=wording(recording_filename(started, tz)),
    )
    caption = wording(
        phrase("Recovered after fieldkit was interrupted")
        if recovered
        else phrase("Recorded in fieldkit")
    )
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
        message=attached_to(title),
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
    message = journal_damaged(reason, kept, folder)
    with contextlib.suppress(OSError):  # if this fails it is simply reported again next time
        if (folder / JOURNAL).exists():
            os.replace(folder / JOURNAL, folder / DAMAGED_JOURNAL)
        write_json(
            folder / JOURNAL,
            {"version": JOURNAL_VERSION, "state": "kept", **kept_entry(message)},
            key,
        )
    return RecordingOutcome(
        "kept", folder, None, duration_ms=duration_ms, message=message, kept_file=kept
    )


def _update(
    path: Path, journal: dict[str, Any], *, key: bytes | None = None, **changes: Any
) -> dict[str, Any]:
    updated = {k: v for k, v in journal.items() if k != "audio"}
    updated.update(changes)
    write_json(path, updated, key)
    return {**updated, "audio": journal["audio"]}


__all__ = [
    "ASSEMBLED",
    "DAMAGED_JOURNAL",
    "JOURNAL",
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
