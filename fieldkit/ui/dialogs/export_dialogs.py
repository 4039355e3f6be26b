"""Export menu dialogs: case-study PDFs, REFI-QDA projects and CSV tables.

Each dialog collects options, then runs the plain-Python exporter through ``run_task`` with a
progress dialog and Cancel; the result (or a researcher-readable error) is reported at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.export.export_log import combined, record_export
from fieldkit.export.pdf.batch import safe_file_name
from fieldkit.storage.db import Store
from fieldkit.storage.name_matching import redaction_report
from fieldkit.ui.dialogs.report_language_box import report_language_box
from fieldkit.ui.export_summary import ExportSummary
from fieldkit.ui.messages import say
from fieldkit.ui.worker import TaskControl, run_task

# Marked for lupdate; shown through PdfExportDialog.tr.
SECTION_LABELS = {
    "cover": QT_TRANSLATE_NOOP("PdfExportDialog", "Cover"),
    "contents": QT_TRANSLATE_NOOP("PdfExportDialog", "Contents"),
    "summary": QT_TRANSLATE_NOOP("PdfExportDialog", "Executive summary"),
    "profile": QT_TRANSLATE_NOOP("PdfExportDialog", "Case profile"),
    "theme_profile": QT_TRANSLATE_NOOP("PdfExportDialog", "Theme profile chart"),
    "quotes": QT_TRANSLATE_NOOP("PdfExportDialog", "Key quotes by theme"),
    "summaries": QT_TRANSLATE_NOOP("PdfExportDialog", "Interview and observation summaries"),
    "photos": QT_TRANSLATE_NOOP("PdfExportDialog", "Photos"),
    "codebook": QT_TRANSLATE_NOOP("PdfExportDialog", "Codebook appendix"),
}

PHOTO_SIZE_LABELS = {
    "small": QT_TRANSLATE_NOOP("PdfExportDialog", "Small (for e-mail on a slow link)"),
    "medium": QT_TRANSLATE_NOOP("PdfExportDialog", "Medium (50 photos stay under 5 MB)"),
    "original": QT_TRANSLATE_NOOP("PdfExportDialog", "Original (as taken; large files)"),
}


class PathField(QWidget):
    """A line edit with a Browse… button (file or folder)."""

    def __init__(self, *, folder: bool, suffix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.suffix = suffix
        self.edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(browse)

    def path(self) -> Path | None:
        """The path typed or chosen; a file gets the expected extension when it has none."""
        text = self.edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not self.folder and self.suffix and path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    def _on_browse(self) -> None:
        if self.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"))
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as"), self.edit.text(), f"*{self.suffix}"
            )
        if chosen:
            self.edit.setText(chosen)
            if not self.folder and self.suffix:
                self.edit.setText(str(self.path()))  # the extension shown as it will be saved


def documents_folder() -> Path:
    """Where exports are suggested: the desktop's Documents folder, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class PdfExportDialog(QDialog):
    """Options for one case's PDF or the PDFs of every case of a study."""

    def __init__(
        self,
        *,
        themes: list[tuple[str, str]],
        case_title: str | None,
        prepared_by: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export case-study PDF"))
        self.one_case = QRadioButton(
            self.tr("This case: %1").replace("%1", case_title or self.tr("(none selected)"))
        )
        self.one_case.setEnabled(case_title is not None)
        self.all_cases = QRadioButton(self.tr("Every case of the study, into a folder"))
        (self.one_case if case_title else self.all_cases).setChecked(True)
        self.target_file = PathField(folder=False, suffix=".pdf")
        self.target_file.edit.setAccessibleName(self.tr("PDF file"))
        self.target_folder = PathField(folder=True)
        self.target_folder.edit.setAccessibleName(self.tr("Folder for the PDFs"))
        suggested = documents_folder()  # a name from the case title, in the Documents folder
        if case_title:
            self.target_file.edit.setText(str(suggested / safe_file_name(case_title, set())))
        self.target_folder.edit.setText(str(suggested))
        self.anonymised = QCheckBox(
            self.tr("Anonymised edition (participant codes; names to redact replaced; no photos)")
        )
        self.anonymised_photos = QCheckBox(
            self.tr("Keep the photos (captions are redacted; faces and signs in them are not)")
        )
        self.anonymised_photos.setEnabled(False)
        self.anonymised.toggled.connect(self.anonymised_photos.setEnabled)
        self.prepared_by = QLineEdit(prepared_by or "")
        self.prepared_by.setPlaceholderText(self.tr("Your name (left out when empty)"))
        self.prepared_by.setAccessibleName(self.tr("Prepared by"))
        self.photo_size = QComboBox()
        self.photo_size.setAccessibleName(self.tr("Photo size"))
        for key, label in PHOTO_SIZE_LABELS.items():
            self.photo_size.addItem(self.tr(str(label)), key)
        self.photo_size.setCurrentIndex(self.photo_size.findData("medium"))
        self.language = report_language_box()
        self.sections: dict[str, QCheckBox] = {}
        section_box = QGroupBox(self.tr("Sections"))
        section_layout = QVBoxLayout(section_box)
        for key, label in SECTION_LABELS.items():
            box = QCheckBox(self.tr(str(label)))
            box.setChecked(True)
            self.sections[key] = box
            section_layout.addWidget(box)
        theme_box = QGroupBox(self.tr("Themes to include (quotes and chart)"))
        self.theme_list = QListWidget(theme_box)
        self.theme_list.setAccessibleName(self.tr("Themes to include"))
        QVBoxLayout(theme_box).addWidget(self.theme_list)
        for theme_id, name in themes:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, theme_id)
            item.setCheckState(Qt.CheckState.Checked)
            self.theme_list.addItem(item)
        form = QFormLayout()
        form.addRow(self.one_case)
        form.addRow(self.tr("PDF file:"), self.target_file)
        form.addRow(self.all_cases)
        form.addRow(self.tr("Folder:"), self.target_folder)
        form.addRow(self.anonymised)
        form.addRow(self.anonymised_photos)
        form.addRow(self.tr("Prepared by:"), self.prepared_by)
        form.addRow(self.tr("Photo size:"), self.photo_size)
        form.addRow(self.tr("Report language:"), self.language)
        columns = QHBoxLayout()
        columns.addWidget(section_box)
        columns.addWidget(theme_box, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def chosen_themes(self) -> tuple[str, ...] | None:
        ids = []
        for row in range(self.theme_list.count()):
            item = self.theme_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return None if len(ids) == self.theme_list.count() else tuple(ids)

    def options(self) -> Any:
        from fieldkit.export.pdf.options import PdfOptions

        return PdfOptions(
            themes=self.chosen_themes(),
            sections=tuple(k for k, box in self.sections.items() if box.isChecked()),
            anonymised=self.anonymised.isChecked(),
            anonymised_photos=self.anonymised.isChecked() and self.anonymised_photos.isChecked(),
            prepared_by=self.prepared_name(),
            photo_size=str(self.photo_size.currentData()),
            language=str(self.language.currentData()),
        )

    def prepared_name(self) -> str | None:
        return " ".join(self.prepared_by.text().split()) or None

    def _on_accept(self) -> None:
        target = self.target_file.path() if self.one_case.isChecked() else self.target_folder.path()
        if target is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose where to save."))
            return
        if not any(box.isChecked() for box in self.sections.values()):
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Choose at least one section.")
            )
            return
        self.accept()


def start_pdf_export(
    parent: QWidget,
    store: Store,
    dialog: PdfExportDialog,
    *,
    case_id: str | None,
    study_id: str,
    on_finished: Callable[[str], None],
) -> TaskControl:
    options = dialog.options()
    one = dialog.one_case.isChecked() and case_id is not None
    target = dialog.target_file.path() if one else dialog.target_folder.path()
    assert target is not None
    words = ExportSummary(parent)

    def work(control: TaskControl) -> str:
        if one:
            from fieldkit.export.pdf import export_case_pdf

            report = export_case_pdf(
                store,
                case_id=str(case_id),
                path=target,
                options=options,
                progress=control.progress,
                cancel=control.cancelled,
            )
            record_export(
                store,
                study_id=study_id,
                fmt="pdf",
                scope=f"case {case_id}",
                target=report.path,
                anonymised=options.anonymised,
                consent=report.consent,
            )
            lines = [words.saved_pdf(report.path, report.pages), words.consent(report.consent)]
            lines += [say(w) for w in report.font_warnings + report.warnings]
            if options.anonymised:
                lines += redaction_report([report.redactions])
            return "\n".join(lines)
        from fieldkit.export.pdf import export_study_pdfs

        batch = export_study_pdfs(
            store,
            study_id=study_id,
            folder=target,
            options=options,
            progress=control.progress,
            cancel=control.cancelled,
        )
        record_export(
            store,
            study_id=study_id,
            fmt="pdf",
            scope=f"all cases ({len(batch.exported)} files)",
            target=batch.folder,
            anonymised=options.anonymised,
            consent=combined([r.consent for r in batch.exported]),
        )
        lines = [words.saved_pdfs(len(batch.exported), batch.folder)]
        lines += [f"{r.path.name}: {words.consent(r.consent)}" for r in batch.exported]
        if batch.cancelled:
            lines.append(words.cancelled())
        lines += [f"{f.case_title}: {say(f.message)}" for f in batch.failed]
        if options.anonymised:
            lines += [f"{name}: {title}" for name, title in batch.titles.items()]
            lines += redaction_report([r.redactions for r in batch.exported])
        return "\n".join(lines)

    return run_task(
        work,
        on_done=on_finished,
        parent=parent,
        title=QCoreApplication.translate("PdfExportDialog", "Exporting case studies"),
        show_progress=True,
    )


def start_file_task(
    parent: QWidget,
    title: str,
    work: Callable[[TaskControl], str],
    on_finished: Callable[[str], None],
) -> TaskControl:
    return run_task(work, on_done=on_finished, parent=parent, title=title, show_progress=True)
