"""At start: attach the recordings a crash or power cut left unfinished, and say so.

Runs :func:`fieldkit.storage.recording.recover_unfinished` off the GUI thread (joining and
copying a long recording takes seconds). Recordings attached are announced in the status bar;
one that could not be attached (its interview was deleted, its journal is damaged, the disk is
full) gets a message saying where its sound is kept.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from fieldkit.ui.changes import Changes
from fieldkit.ui.messages import say
from fieldkit.ui.operations import operations_for
from fieldkit.ui.worker import TaskControl, error_text

if TYPE_CHECKING:  # imported on the worker thread: Qt Multimedia stays off the start-up path
    from fieldkit.storage.recording import RecordingOutcome

STATUS_MS = 20_000


def start_recovery(window: QMainWindow, store: Any, *, tz: tzinfo | None = None) -> TaskControl:
    """Recover in the background; ``window.recovered_recordings`` holds the outcomes after.
    Times are said in ``tz`` (default: the laptop's own time zone)."""

    def work(_control: TaskControl) -> list[RecordingOutcome]:
        from fieldkit.storage.recording import recover_unfinished

        return recover_unfinished(store, tz=tz, wording=say)  # names in the UI's language

    def failed(exc: BaseException) -> None:
        inform(
            window,
            QCoreApplication.translate("RecordingRecovery", "Unfinished recordings"),
            QCoreApplication.translate(
                "RecordingRecovery", "fieldkit could not check for unfinished recordings: %1"
            ).replace("%1", error_text(exc)),
        )

    def changes(outcomes: list[RecordingOutcome]) -> Changes:
        attached = [o.interview_id for o in outcomes if o.status == "attached" and o.interview_id]
        return Changes.of(audio=attached)

    return operations_for(window, store).run_steps(
        work, changes=changes, on_done=lambda o: show_recovered(window, o, tz=tz), on_failed=failed
    )


def show_recovered(
    window: QMainWindow, outcomes: list[RecordingOutcome], *, tz: tzinfo | None = None
) -> None:
    from fieldkit.storage.recording import describe

    window.recovered_recordings = outcomes  # type: ignore[attr-defined]
    attached = [o for o in outcomes if o.status == "attached"]
    problems = [o for o in outcomes if o.status in ("kept", "failed")]
    if attached:
        if len(attached) == 1:
            text = say(describe(attached[0], tz=tz))
        else:
            text = QCoreApplication.translate(
                "RecordingRecovery",
                "%1 recordings interrupted last time were recovered and attached to their "
                "interviews.",
            ).replace("%1", str(len(attached)))
        window.statusBar().showMessage(text, STATUS_MS)
        _reload_player(window, {o.interview_id for o in attached})
    if problems:
        inform(
            window,
            QCoreApplication.translate("RecordingRecovery", "Recordings kept, not attached"),
            "\n\n".join(say(describe(o, tz=tz)) for o in problems),
        )


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """The recorder's non-blocking warning (imported when needed: it brings Qt Multimedia)."""
    from fieldkit.ui.audio.audio_recorder import inform as recorder_inform

    recorder_inform(parent, title, text)


def _reload_player(window: QMainWindow, interview_ids: set[str | None]) -> None:
    """The interview on screen got a recording: show it in its player."""
    editor = getattr(window, "editor", None)
    audio = getattr(editor, "audio", None)
    if audio is not None and audio.built and audio.player.interview_id in interview_ids:
        audio.player.reload()


__all__ = ["show_recovered", "start_recovery"]
