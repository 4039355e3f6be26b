"""Dialogs that start a new interview or observation in a case, or edit one after saving.

An interview names the case's participants who took part (ticked in a list that shows their
consent); an observation starts with its first notes. The record then opens in the editor.
Given an ``interview`` (``observation``), the same dialog edits its properties (the text is
edited in the editor). Saving an interview with nobody ticked warns once first: exports
withhold every quote of an interview without a participant whose consent is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from fieldkit.errors import ValidationError
from fieldkit.settings import remember_researcher_name, researcher_name
from fieldkit.storage.models import Interview, Observation, Participant
from fieldkit.storage.record_edits import edit_row
from fieldkit.storage.records import add_interview, add_observation
from fieldkit.ui.dialogs.case_dialogs import line_edit, text_box
from fieldkit.ui.dialogs.date_field import DateField, TimeField
from fieldkit.ui.dialogs.form_dialog import FormDialog, Job, Runner
from fieldkit.ui.dialogs.language_box import LanguageBox
from fieldkit.ui.messages import say
from fieldkit.ui.role_names import role_name

ROLE_PARTICIPANT = Qt.ItemDataRole.UserRole + 1


_CONSENT = (
    QT_TRANSLATE_NOOP("ParticipantLabel", "consent pending"),
    QT_TRANSLATE_NOOP("ParticipantLabel", "consent given"),
    QT_TRANSLATE_NOOP("ParticipantLabel", "consent withdrawn"),
)


def consent_label(p: Participant) -> str:
    """``P-01 · teacher · consent given`` (and what is not allowed), in the interface
    language."""
    status = f"consent {p.consent_status}"
    consent = QCoreApplication.translate("ParticipantLabel", status) if status in _CONSENT else ""
    parts = [p.code + (f" ({p.name})" if p.name else ""), role_name(p.role), consent]
    if p.consent_status == "given" and not p.consent_audio:
        parts.append(QCoreApplication.translate("ParticipantLabel", "no audio"))
    return " · ".join(x for x in parts if x)


class NewInterviewDialog(FormDialog):
    def __init__(
        self,
        runner: Runner,
        *,
        case_id: str,
        participants: Sequence[Participant] = (),
        parent: QWidget | None = None,
        interview: Interview | None = None,
        linked: Sequence[str] = (),
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.case_id = case_id
        self.data_dir = data_dir  # where the researcher's own name is kept
        self.interview_id = interview.id if interview else None
        self.warned_alone = False  # the no-participant warning was shown once
        self.setWindowTitle(self.tr("Edit interview") if interview else self.tr("New interview"))
        given = _given(interview)
        self.date = DateField(self.tr("Date"), _saved_date(given["date"]) or date.today())
        self.time = TimeField(self.tr("Time"), given["time"])
        self.title = line_edit(
            self.tr("Title"),
            given["title"],
            self.tr("optional; e.g. “Interview with P-01 (2024-03-01)”"),
        )
        self.language = LanguageBox(given["language"] or None)
        self.interviewer = researcher_field(
            self.tr("Interviewer"), given["interviewer"] if interview else None, data_dir
        )
        self.place = line_edit(self.tr("Place"), given["place"])
        self.participants = QListWidget()
        self.participants.setAccessibleName(self.tr("Participants in this interview"))
        self.participants.setMaximumHeight(120)
        for p in participants:
            item = QListWidgetItem(consent_label(p))
            item.setData(ROLE_PARTICIPANT, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        if not participants:
            hint = QListWidgetItem(self.tr("No participants registered in this case yet."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.participants.addItem(hint)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("T&ime:"), self.time)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("I&nterviewer:"), self.interviewer)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("Partic&ipants:"), self.participants)
        for participant_id in linked:
            self.set_checked(participant_id)
        self.error_fields = {"language": self.language, "title": self.title}
        self.participants.itemChanged.connect(self._on_ticked)

    def _on_ticked(self) -> None:
        """The no-participant warning goes as soon as someone is ticked (and comes back at
        the next Save if everyone is unticked again)."""
        if self.warned_alone and self.checked_ids():
            self.warned_alone = False
            self.error_label.hide()

    def submit(self) -> None:
        alone = not self.checked_ids() and not self.warned_alone and not self.saving
        if alone and not self.problems():  # a form's own problems come first
            self.show_problems([])  # those fixed: their lines go
            self.warned_alone = True
            self.show_error(
                ValidationError(
                    self.tr(
                        "No participant is ticked: exports will withhold every quote of this "
                        "interview until a participant whose consent is given is linked. "
                        "Tick who took part, or press Save again to save it like this."
                    )
                )
            )
            return
        super().submit()

    def set_checked(self, participant_id: str, checked: bool = True) -> None:
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            if item.data(ROLE_PARTICIPANT) == participant_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def checked_ids(self) -> list[str]:
        items = (self.participants.item(r) for r in range(self.participants.count()))
        return [
            str(i.data(ROLE_PARTICIPANT))
            for i in items
            if i.data(ROLE_PARTICIPANT) and i.checkState() == Qt.CheckState.Checked
        ]

    def make_job(self) -> Job:
        case_id, ids, interview_id = self.case_id, self.checked_ids(), self.interview_id
        values = {
            "date": self.date.text(),
            "time": self.time.value(),
            "title": self.title.text(),
            "language": self.language.code(),
            "interviewer": self.interviewer.text(),
            "place": self.place.text(),
        }

        data_dir = self.data_dir

        def job(session: Any) -> str:
            remember_researcher_name(data_dir, values["interviewer"])
            if interview_id is not None:
                row = session.get(Interview, interview_id)
                return edit_row(session, row, {**values, "participants": ids}).id
            # Left without a title, it is named in the interface language.
            return add_interview(
                session, case_id=case_id, participant_ids=ids, wording=say, **values
            ).id

        return job


class NewObservationDialog(FormDialog):
    def __init__(
        self,
        runner: Runner,
        *,
        case_id: str,
        parent: QWidget | None = None,
        observation: Observation | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.case_id = case_id
        self.data_dir = data_dir  # where the researcher's own name is kept
        self.observation_id = observation.id if observation else None
        self.setWindowTitle(
            self.tr("Edit observation") if observation else self.tr("New observation")
        )
        given = _given(observation)
        self.date = DateField(self.tr("Date"), _saved_date(given["date"]) or date.today())
        self.time = TimeField(self.tr("Time"), given["time"])
        self.title = line_edit(self.tr("Title"), given["title"], self.tr("optional"))
        self.setting = line_edit(
            self.tr("Setting"), given["setting"], self.tr("e.g. Grade 3 classroom")
        )
        self.observer = researcher_field(
            self.tr("Observer"), given["observer"] if observation else None, data_dir
        )
        self.description = text_box(self.tr("First notes"), "", 120)
        self.description.setPlaceholderText(self.tr("What you see; you can go on in the editor."))
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("T&ime:"), self.time)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Setting:"), self.setting)
        self.form.addRow(self.tr("O&bserver:"), self.observer)
        if observation is None:  # an observation's text is edited in the editor
            self.form.addRow(self.tr("&Notes:"), self.description)
        else:
            self.description.hide()

    def make_job(self) -> Job:
        case_id, observation_id = self.case_id, self.observation_id
        values = {
            "date": self.date.text(),
            "time": self.time.value(),
            "title": self.title.text(),
            "setting": self.setting.text(),
            "observer": self.observer.text(),
            "description": self.description.toPlainText(),
        }

        data_dir = self.data_dir

        def job(session: Any) -> str:
            remember_researcher_name(data_dir, values["observer"])
            if observation_id is not None:
                values.pop("description")
                row = session.get(Observation, observation_id)
                return edit_row(session, row, values).id
            return add_observation(session, case_id=case_id, wording=say, **values).id

        return job


def _given(row: Interview | Observation | None) -> dict[str, str]:
    """The saved values of a record being edited, as the fields show them ("" when unset)."""
    names = ("date", "time", "title", "language", "interviewer", "place", "setting", "observer")
    out = dict.fromkeys(names, "")
    for name in names:
        value = getattr(row, name, None) if row is not None else None
        if value is not None:
            out[name] = value.isoformat() if name == "date" else str(value)
    return out


def _saved_date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def researcher_field(accessible: str, saved: str | None, data_dir: Path | None) -> QLineEdit:
    """Interviewer/Observer: what was saved, else the researcher's own name (never the OS
    account), else empty asking for it."""
    return line_edit(
        accessible,
        saved if saved is not None else researcher_name(data_dir),
        QCoreApplication.translate("RecordDialogs", "Your name (remembered for next time)"),
    )
