"""Register a participant of a case, or edit one, with their consent.

Consent: status (pending, given, withdrawn), date (today when given and left empty), form
(verbal or written) and what it allows (audio recording, verbatim quotes, attribution by name).
Exports and the recorder follow these; see :mod:`fieldkit.storage.consent`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Participant
from fieldkit.storage.participants import add_participant, set_consent
from fieldkit.storage.records import update_fields
from fieldkit.ui.dialogs.case_dialogs import line_edit, text_box
from fieldkit.ui.dialogs.date_field import DateField
from fieldkit.ui.dialogs.form_dialog import FormDialog, Job, Runner
from fieldkit.ui.role_names import combo_role, fill_role_combo


class ParticipantDialog(FormDialog):
    def __init__(
        self,
        runner: Runner,
        *,
        case_id: str,
        participant: Participant | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        p = participant
        self.case_id = case_id
        self.participant_id = p.id if p else None
        self.setWindowTitle(
            self.tr("Participant %1").replace("%1", p.code) if p else self.tr("New participant")
        )
        self.code = line_edit(self.tr("Participant code"), p.code if p else "", "P-01")
        self.name = line_edit(
            self.tr("Name"),
            p.name if p else "",
            self.tr("optional; exports show it only where attribution is allowed"),
        )
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setAccessibleName(self.tr("Role"))
        fill_role_combo(self.role, p.role if p else None)
        self.require(self.code, self.tr("Participant code"))
        self.require(self.role, self.tr("Role"))
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self._consent_box(p))
        self.notes = text_box(self.tr("Notes"), p.notes if p else "", 60)
        self.form.addRow(self.tr("N&otes:"), self.notes)
        self.error_fields = {"participant code": self.code, "consent date": self.date}

    def _consent_box(self, p: Participant | None) -> QGroupBox:
        box = QGroupBox(self.tr("Consent"))
        layout = QFormLayout(box)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Consent status"))
        for value, label in (
            ("pending", self.tr("pending (not recorded yet)")),
            ("given", self.tr("given")),
            ("withdrawn", self.tr("withdrawn")),
        ):
            self.status.addItem(label, value)
        self.status.setCurrentIndex(self.status.findData(p.consent_status if p else "pending"))
        self.date = DateField(
            self.tr("Consent date"),
            p.consent_date if p else None,
            required=False,
            latest=date.today,  # consent is recorded once given, never ahead
        )
        self.date.edit.setPlaceholderText(self.tr("today when given and left empty"))
        self.consent_form = QComboBox()
        self.consent_form.setAccessibleName(self.tr("Consent form"))
        self.consent_form.addItem(self.tr("not recorded"), "")
        self.consent_form.addItem(self.tr("verbal"), "verbal")
        self.consent_form.addItem(self.tr("written"), "written")
        self.consent_form.setCurrentIndex(
            max(0, self.consent_form.findData(p.consent_form if p and p.consent_form else ""))
        )
        self.audio = QCheckBox(self.tr("&Audio recording"))
        self.quotes = QCheckBox(self.tr("Verbatim &quotes in reports"))
        self.attribution = QCheckBox(self.tr("A&ttribution by name"))
        self.audio.setChecked(p.consent_audio if p else True)
        self.quotes.setChecked(p.consent_quotes if p else True)
        self.attribution.setChecked(p.consent_attribution if p else False)
        layout.addRow(self.tr("&Status:"), self.status)
        layout.addRow(self.tr("&Date:"), self.date)
        layout.addRow(self.tr("&Form:"), self.consent_form)
        allows = QVBoxLayout()
        for check in (self.audio, self.quotes, self.attribution):
            allows.addWidget(check)
        layout.addRow(self.tr("It allows:"), allows)
        return box

    def values(self) -> dict[str, Any]:
        return {
            "code": self.code.text(),
            "name": self.name.text(),
            "role": combo_role(self.role),
            "notes": self.notes.toPlainText(),
        }

    def consent(self) -> dict[str, Any]:
        return {
            "status": str(self.status.currentData()),
            "consent_date": self.date.text().strip() or None,
            "form": str(self.consent_form.currentData()) or None,
            "audio": self.audio.isChecked(),
            "quotes": self.quotes.isChecked(),
            "attribution": self.attribution.isChecked(),
        }

    def make_job(self) -> Job:
        values, consent = self.values(), self.consent()
        case_id, participant_id = self.case_id, self.participant_id

        def job(session: Any) -> str:
            if participant_id is None:
                return add_participant(
                    session,
                    case_id=case_id,
                    consent_status=consent["status"],
                    consent_date=consent["consent_date"],
                    consent_form=consent["form"],
                    consent_audio=consent["audio"],
                    consent_quotes=consent["quotes"],
                    consent_attribution=consent["attribution"],
                    **values,
                ).id
            update_fields(session, get_row(session, Participant, participant_id), values)
            set_consent(session, participant_id=participant_id, **consent)
            return participant_id

        return job
