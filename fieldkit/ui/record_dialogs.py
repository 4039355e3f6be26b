"""Dialogs that start a new interview or observation in a case.

An interview names the case's participants who took part (ticked in a list that shows their
consent); an observation starts with its first notes. The record then opens in the editor.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from fieldkit.settings import remember_researcher_name, researcher_name
from fieldkit.storage.models import Participant
from fieldkit.storage.records import add_interview, add_observation
from fieldkit.ui.case_dialogs import line_edit, text_box
from fieldkit.ui.form_dialog import FormDialog, Job, Runner
from fieldkit.ui.language_box import LanguageBox

ROLE_PARTICIPANT = Qt.ItemDataRole.UserRole + 1


def consent_label(p: Participant) -> str:
    """``P-01 · teacher · consent given`` (and what is not allowed)."""
    parts = [p.code + (f" ({p.name})" if p.name else ""), p.role, f"consent {p.consent_status}"]
    if p.consent_status == "given" and not p.consent_audio:
        parts.append("no audio")
    return " · ".join(parts)


class NewInterviewDialog(FormDialog):
    def __init__(
        self,
        runner: Runner,
        *,
        case_id: str,
        participants: Sequence[Participant] = (),
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.case_id = case_id
        self.data_dir = data_dir  # where the researcher's own name is kept
        self.setWindowTitle(self.tr("New interview"))
        self.date = line_edit(self.tr("Date"), date.today().isoformat(), "YYYY-MM-DD")
        self.time = line_edit(self.tr("Time"), "", self.tr("HH:MM (optional)"))
        self.title = line_edit(
            self.tr("Title"), "", self.tr("optional; e.g. “Interview with P-01 (2024-03-01)”")
        )
        self.language = LanguageBox()
        self.interviewer = researcher_field(self.tr("Interviewer"), data_dir)
        self.place = line_edit(self.tr("Place"))
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
        case_id, ids = self.case_id, self.checked_ids()
        values = {
            "date": self.date.text(),
            "time": self.time.text(),
            "title": self.title.text(),
            "language": self.language.code(),
            "interviewer": self.interviewer.text(),
            "place": self.place.text(),
        }

        data_dir = self.data_dir

        def job(session: Any) -> str:
            created = add_interview(session, case_id=case_id, participant_ids=ids, **values).id
            remember_researcher_name(data_dir, values["interviewer"])
            return created

        return job


class NewObservationDialog(FormDialog):
    def __init__(
        self,
        runner: Runner,
        *,
        case_id: str,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.case_id = case_id
        self.data_dir = data_dir  # where the researcher's own name is kept
        self.setWindowTitle(self.tr("New observation"))
        self.date = line_edit(self.tr("Date"), date.today().isoformat(), "YYYY-MM-DD")
        self.time = line_edit(self.tr("Time"), "", self.tr("HH:MM (optional)"))
        self.title = line_edit(self.tr("Title"), "", self.tr("optional"))
        self.setting = line_edit(self.tr("Setting"), "", self.tr("e.g. Grade 3 classroom"))
        self.observer = researcher_field(self.tr("Observer"), data_dir)
        self.description = text_box(self.tr("First notes"), "", 120)
        self.description.setPlaceholderText(self.tr("What you see; you can go on in the editor."))
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("T&ime:"), self.time)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Setting:"), self.setting)
        self.form.addRow(self.tr("O&bserver:"), self.observer)
        self.form.addRow(self.tr("&Notes:"), self.description)

    def make_job(self) -> Job:
        case_id = self.case_id
        values = {
            "date": self.date.text(),
            "time": self.time.text(),
            "title": self.title.text(),
            "setting": self.setting.text(),
            "observer": self.observer.text(),
            "description": self.description.toPlainText(),
        }

        data_dir = self.data_dir

        def job(session: Any) -> str:
            created = add_observation(session, case_id=case_id, **values).id
            remember_researcher_name(data_dir, values["observer"])
            return created

        return job


def researcher_field(accessible: str, data_dir: Path | None) -> QLineEdit:
    """Interviewer/Observer: the researcher's own name, or empty asking for it."""
    return line_edit(
        accessible,
        researcher_name(data_dir),
        QCoreApplication.translate("RecordDialogs", "Your name (remembered for next time)"),
    )
