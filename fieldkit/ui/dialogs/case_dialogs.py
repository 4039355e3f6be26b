"""Dialogs that create or edit a study or a case."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from fieldkit.storage import records
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Study
from fieldkit.ui.author import author
from fieldkit.ui.dialogs.form_dialog import FormDialog, Job, Runner


def line_edit(accessible: str, text: str | None = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text or "")
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def text_box(accessible: str, text: str = "", height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)  # Tab moves on to the next field, as in the line edits
    box.setMinimumHeight(height)
    return box


class StudyDialog(FormDialog):
    """A new study, with the default learning-ecosystem codebook, or ``study`` edited."""

    def __init__(
        self, runner: Runner, parent: QWidget | None = None, *, study: Study | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.study_id = study.id if study else None
        self.setWindowTitle(self.tr("Edit study") if study else self.tr("New study"))
        self.name = line_edit(
            self.tr("Study name"),
            study.name if study else "",
            placeholder=self.tr("e.g. Reading camps pilot"),
        )
        self.description = text_box(self.tr("Description"), study.description if study else "")
        self.require(self.name, self.tr("Study name"))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Description:"), self.description)

    def make_job(self) -> Job:
        name, description, user = self.name.text(), self.description.toPlainText(), author()
        study_id = self.study_id

        def job(session: Any) -> str:
            if study_id is not None:
                from fieldkit.storage.record_edits import edit_row

                changes = {"name": name, "description": description}
                return edit_row(session, get_row(session, Study, study_id), changes).id
            return records.create_study(
                session, name=name, description=description, created_by=user
            ).id

        return job


class CaseDialog(FormDialog):
    """A new case of ``study_id``, or the case ``case`` edited."""

    def __init__(
        self,
        runner: Runner,
        *,
        study_id: str,
        case: Case | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.study_id = study_id
        self.case_id = case.id if case else None
        self.setWindowTitle(self.tr("Edit case") if case else self.tr("New case"))
        self.title = line_edit(
            self.tr("Case title"),
            case.title if case else "",
            self.tr("e.g. Community reading camps, Kisumu"),
        )
        self.kind = line_edit(
            self.tr("Kind"), case.kind if case else "", self.tr("e.g. school, NGO programme")
        )
        self.country = line_edit(self.tr("Country"), case.country if case else "")
        self.region = line_edit(self.tr("Region"), case.region if case else "")
        self.locality = line_edit(
            self.tr("Locality"), case.locality if case else "", self.tr("village, town or district")
        )
        self.summary = text_box(self.tr("Description"), case.summary if case else "", 120)
        self.require(self.title, self.tr("Case title"))
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("C&ountry:"), self.country)
        self.form.addRow(self.tr("&Region:"), self.region)
        self.form.addRow(self.tr("&Locality:"), self.locality)
        self.form.addRow(self.tr("&Description:"), self.summary)
        self.resize(520, 420)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "kind": self.kind.text(),
            "country": self.country.text(),
            "region": self.region.text(),
            "locality": self.locality.text(),
            "summary": self.summary.toPlainText(),
        }

    def make_job(self) -> Job:
        values, study_id, case_id = self.values(), self.study_id, self.case_id

        def job(session: Any) -> str:
            if case_id is None:
                return records.create_case(session, study_id=study_id, **values).id
            records.update_fields(session, get_row(session, Case, case_id), values)
            return case_id

        return job
