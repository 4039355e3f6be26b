"""Ask before recording an interview whose participants have not allowed it.

The audio recorder calls :func:`confirm_recording_consent` before it starts. When every
participant linked to the interview has consent *given* that allows *audio recording* (or
nobody is linked), it returns True without asking. Otherwise a message names each of them and
what is missing, and offers:

- **Record consent now…**: opens the participant's dialog (one after another when several are
  missing); then checks again, and asks again if something is still missing;
- **Record anyway**: returns True and leaves a memo on the interview saying who had not
  consented, who started the recording and when (so the lead can see it later);
- **Cancel**: returns False; nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from fieldkit.storage.consent import ConsentGap, recording_consent_gaps
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.memos import add_memo
from fieldkit.storage.models import Participant
from fieldkit.ui.author import author
from fieldkit.ui.changes import Changes
from fieldkit.ui.dialogs.participant_dialog import ParticipantDialog
from fieldkit.ui.messages import say
from fieldkit.ui.operations import operations_for
from fieldkit.ui.worker import show_error

# The note's title, written in the interface language when the note is made.
NOTE_TITLE = str(QT_TRANSLATE_NOOP("consent", "Recorded without consent on file"))


def consent_gaps(store: Store, interview_id: str) -> list[ConsentGap]:
    with store.read() as session:
        return recording_consent_gaps(session, interview_id=interview_id)


def describe_gaps(gaps: list[ConsentGap]) -> str:
    return "\n".join(f"• {g.label}: {say(g.reason)}" for g in gaps)


def confirm_recording_consent(
    parent: QWidget | None,
    store: Store,
    interview_id: str,
    *,
    on_noted: Callable[[], None] | None = None,
) -> bool:
    """True when recording ``interview_id`` may start (consent on file, or the user chose to).

    ``on_noted`` is called (on the GUI thread) once the "recorded anyway" memo is saved, e.g. to
    reload the editor's memos panel.
    """
    try:
        gaps = consent_gaps(store, interview_id)
    except Exception as exc:  # the interview is gone (a sync deleted it): say so, don't record
        show_error(parent, QCoreApplication.translate("consent", "Cannot start recording"), exc)
        return False
    while gaps:
        choice = _ask(parent, gaps)
        if choice == "cancel":
            return False
        if choice == "anyway":
            _note_recording_without_consent(parent, store, interview_id, gaps, on_noted)
            return True
        for gap in gaps:
            if not _edit_participant(parent, store, gap.participant_id):
                break  # the researcher cancelled this one: ask again with what is missing
        gaps = consent_gaps(store, interview_id)
    return True


def _ask(parent: QWidget | None, gaps: list[ConsentGap]) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("consent", "Consent before recording"))
    box.setText(
        QCoreApplication.translate(
            "consent", "Not every participant of this interview has allowed an audio recording:"
        )
        + "\n\n"
        + describe_gaps(gaps)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "consent",
            "Record their consent now, or record anyway (a note saying so is kept with the "
            "interview), or cancel.",
        )
    )
    now = box.addButton(
        QCoreApplication.translate("consent", "Record &consent now…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    anyway = box.addButton(
        QCoreApplication.translate("consent", "Record &anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(now)
    box.setEscapeButton(cancel)
    box.setObjectName("consent_check")
    box.exec()
    clicked = box.clickedButton()
    if clicked is now:
        return "now"
    if clicked is anyway:
        return "anyway"
    return "cancel"


def _edit_participant(parent: QWidget | None, store: Store, participant_id: str) -> bool:
    """The participant's dialog (modal); True when it was saved."""
    with store.read() as session:
        participant = get_row(session, Participant, participant_id)
    runner = operations_for(parent, store).runner(
        Changes.of(participants=participant_id, cases=participant.case_id)
    )
    dialog = ParticipantDialog(
        runner, case_id=participant.case_id, participant=participant, parent=parent
    )
    dialog.setObjectName("consent_participant_dialog")
    return dialog.exec() == QDialog.DialogCode.Accepted


def _note_recording_without_consent(
    parent: QWidget | None,
    store: Store,
    interview_id: str,
    gaps: list[ConsentGap],
    on_noted: Callable[[], None] | None,
) -> None:
    user = author()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    # Written in the interface language, as the researcher wrote it (the time stays UTC).
    title = QCoreApplication.translate("consent", NOTE_TITLE)
    said = QCoreApplication.translate(
        "consent",
        "%1 started an audio recording on %2 although not every participant had allowed it:",
    )
    body = said.replace("%1", user).replace("%2", when) + "\n" + describe_gaps(gaps)

    def work(session: Any) -> str:
        return add_memo(session, target_id=interview_id, title=title, body=body, author=user).id

    def done(_memo_id: str) -> None:
        if on_noted is not None:
            on_noted()

    operations_for(parent, store).run(
        work,
        changes=lambda memo_id: Changes.of(memos=memo_id),
        on_done=done,
        owner=parent,
        title=QCoreApplication.translate("consent", "Consent note"),
    )
