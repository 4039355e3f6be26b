"""What became of a recording folder (:class:`RecordingOutcome`) and the sentences that tell
the researcher, as phrases the app says in the interface language (``fieldkit.errors.Phrase``;
the start of a recording is a datetime in the laptop's time zone). See
:mod:`fieldkit.storage.recording`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from fieldkit.errors import phrase, reason_of


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


def describe(outcome: RecordingOutcome, *, tz: tzinfo | None = None) -> str:
    """One sentence for the researcher about a finished or recovered recording; its start in
    the laptop's own time zone (``tz``, default the system's: journals store UTC)."""
    length = clock(outcome.duration_ms)
    start = _start(outcome.started, tz)
    if outcome.status == "attached":
        if start is None:
            return phrase(
                "A recording ({length}) was recovered and attached to its interview.",
                length=length,
            )
        return phrase(
            "A recording started {start} ({length}) was recovered and attached to its interview.",
            start=start,
            length=length,
        )
    if outcome.status == "empty":
        if start is None:
            return phrase("A recording had captured no sound; nothing was attached.")
        return phrase(
            "A recording started {start} had captured no sound; nothing was attached.",
            start=start,
        )
    return outcome.message


def still_written(folder: Path) -> str:
    return phrase("the recording in {folder} is still being written", folder=str(folder))


def not_finished(error: BaseException, folder: Path) -> str:
    """A recording that could not be finished now (``error`` says why) is tried again later."""
    return phrase(
        "{error} The recording stays in {folder}; fieldkit tries again at the next start.",
        error=reason_of(error),
        folder=str(folder),
    )


def interview_gone(started: str, duration_ms: int, wav: Path, tz: tzinfo | None) -> str:
    length, start = clock(duration_ms), _start(started, tz)
    if start is None:
        return phrase(
            "A recording ({length}) belongs to an interview that was deleted, so it was not "
            "attached. It is kept as {file}; copy it somewhere safe or attach it to another "
            "interview (Add recording… in the interview's player).",
            length=length,
            file=str(wav),
        )
    return phrase(
        "A recording started {start} ({length}) belongs to an interview that was deleted, so it "
        "was not attached. It is kept as {file}; copy it somewhere safe or attach it to another "
        "interview (Add recording… in the interview's player).",
        start=start,
        length=length,
        file=str(wav),
    )


def journal_damaged(reason: str, kept: Path | None, folder: Path) -> str:
    """``reason``: why the journal cannot be read (a phrase of its own)."""
    if kept is not None:
        return phrase(
            "A recording could not be attached because its journal is damaged ({reason}). The "
            "sound is kept as {file}; attach it to its interview with Add recording… in the "
            "interview's player.",
            reason=reason,
            file=str(kept),
        )
    return phrase(
        "A recording could not be attached because its journal is damaged ({reason}). Its files "
        "are kept in {folder}; attach it to its interview with Add recording… in the interview's "
        "player.",
        reason=reason,
        folder=str(folder),
    )


def attached_to(title: str) -> str:
    return phrase("attached to the interview {title}", title=repr(title)) if title else ""


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


def recording_filename(started: str, tz: tzinfo | None = None) -> str:
    """ "Recording 2024-03-15 09.30.wav": a phrase (the app words it in the interface language);
    the start stays in a form every file system takes, whatever the language."""
    when = local_start(started, tz)
    if when is None:
        return phrase("Recording unknown time.wav")
    return phrase("Recording {start}.wav", start=f"{when:%Y-%m-%d %H.%M}")


def clock(ms: int) -> str:
    seconds = ms // 1000
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


def _start(started: str, tz: tzinfo | None) -> datetime | None:
    """The start as a message shows it: local wall time to the minute (a naive datetime, so
    the English reads "2024-03-15 09:30:00" and the app formats it in the locale's way)."""
    when = local_start(started, tz) if started else None
    return when.replace(tzinfo=None, second=0, microsecond=0) if when else None


__all__ = [
    "RecordingOutcome",
    "attached_to",
    "clock",
    "describe",
    "interview_gone",
    "journal_damaged",
    "local_start",
    "not_finished",
    "recording_filename",
    "still_written",
]
