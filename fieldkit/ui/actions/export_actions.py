"""The Export menu (and File → Import): dialogs that hand work to ``run_task``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from fieldkit.export.export_log import record_export
from fieldkit.settings import Settings
from fieldkit.storage.db import Store
from fieldkit.ui.dialogs.export_dialogs import PdfExportDialog, start_file_task, start_pdf_export
from fieldkit.ui.export_summary import ExportSummary
from fieldkit.ui.messages import say
from fieldkit.ui.worker import TaskControl

# (study id, case id or None, case title or None) of what the navigator has selected.
Selection = Callable[[], tuple[str | None, str | None, str | None]]


class ExportActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        selection: Selection,
        on_imported: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.selection = selection
        self.on_imported = on_imported
        self.last_message = ""
        self.withheld_box: QMessageBox | None = None  # the open "will leave out" question
        self.pdf = self._action(self.tr("Case-study &PDF…"), self.export_pdf)
        self.qdpx = self._action(self.tr("&REFI-QDA project (.qdpx)…"), self.export_qdpx)
        self.csv = self._action(self.tr("&CSV tables…"), self.export_csv)
        self.import_qdpx = self._action(self.tr("&Import REFI-QDA project…"), self.ask_import)

    def _action(self, text: str, handler: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(handler)
        return action

    def fill(self, export_menu: QMenu, file_menu: QMenu) -> None:
        export_menu.addActions([self.pdf, self.qdpx, self.csv])
        file_menu.addAction(self.import_qdpx)

    def _study(self) -> str | None:
        study_id, _, _ = self.selection()
        if study_id is None:
            QMessageBox.information(
                self.window, self.tr("Export"), self.tr("Create or select a study first.")
            )
        return study_id

    def pdf_dialog(self) -> PdfExportDialog | None:
        study_id = self._study()
        if study_id is None:
            return None
        from fieldkit.storage.themes import theme_tree

        with self.store.read() as session:
            themes = [
                (t.theme.id, "   " * t.depth + t.theme.name)
                for t in theme_tree(session, study_id=study_id)
            ]
        _, _, case_title = self.selection()
        name = Settings.load(self.store.data_dir).display_name
        return PdfExportDialog(
            themes=themes, case_title=case_title, prepared_by=name, parent=self.window
        )

    def _remember_name(self, name: str | None) -> None:
        """The "Prepared by" name typed in the dialog becomes the profile name (as
        `fieldkit profile --name` sets it), so the next export starts from it."""
        settings = Settings.load(self.store.data_dir)
        if name and name != settings.display_name:
            settings.display_name = name
            settings.save(self.store.data_dir)

    def export_pdf(self) -> TaskControl | None:
        dialog = self.pdf_dialog()
        if dialog is None or not dialog.exec():
            return None
        return self.check_then_run_pdf(dialog)

    def check_then_run_pdf(self, dialog: PdfExportDialog) -> TaskControl | None:
        """Say what one case's PDF will withhold (consent, an interview without a participant)
        before writing it; nothing is asked when it withholds nothing. Returns the task when it
        started at once; otherwise ``self.withheld_box`` asks and Export anyway starts it."""
        _study_id, case_id, _title = self.selection()
        if case_id is None or not dialog.one_case.isChecked():
            return self.run_pdf(dialog)
        try:
            held = withheld_summary(
                self.store, case_id, dialog.options().themes, ExportSummary(self)
            )
        except Exception:  # the check is a courtesy: the export itself reports any problem
            held = None
        if not held:
            return self.run_pdf(dialog)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Export case-study PDF"))
        box.setText(self.tr("This PDF will leave some material out."))
        box.setInformativeText(held)
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        go = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            self.withheld_box = None
            if box.clickedButton() is go:
                self.run_pdf(dialog)

        box.finished.connect(finished)
        self.withheld_box = box
        box.open()
        return None

    def run_pdf(self, dialog: PdfExportDialog) -> TaskControl:
        study_id, case_id, _ = self.selection()
        assert study_id is not None
        self._remember_name(dialog.prepared_name())
        return start_pdf_export(
            self.window,
            self.store,
            dialog,
            case_id=case_id,
            study_id=study_id,
            on_finished=self._done,
        )

    def export_qdpx(self, path: Path | None = None) -> TaskControl | None:
        study_id = self._study()
        if study_id is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export REFI-QDA project"), "", "REFI-QDA (*.qdpx)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        target = path
        words = ExportSummary(self)

        def work(control: TaskControl) -> str:
            from fieldkit.export.qdpx import export_qdpx

            def progress(stage: str, done: int, total: int) -> None:
                control.progress(stage, done / total if total else 0.0)

            report = export_qdpx(
                self.store,
                path=target,
                study_id=study_id,
                progress=progress,
                cancel=control.cancelled,
            )
            record_export(
                self.store,
                study_id=study_id,
                fmt="qdpx",
                scope="study",
                target=report.path,
                consent=report.consent,
            )
            return "\n".join(
                [
                    words.saved(report.path),
                    words.consent(report.consent),
                    *map(say, report.warnings),
                ]
            )

        return start_file_task(self.window, self.tr("Exporting REFI-QDA project"), work, self._done)

    def export_csv(self, folder: Path | None = None) -> TaskControl | None:
        study_id = self._study()
        if study_id is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for CSV files"))
            if not chosen:
                return None
            folder = Path(chosen)
        target = folder
        words = ExportSummary(self)

        def work(control: TaskControl) -> str:
            from fieldkit.export.csv_export import export_csv

            report = export_csv(self.store, folder=target, study_id=study_id)
            record_export(
                self.store,
                study_id=study_id,
                fmt="csv",
                scope="study",
                target=target,
                consent=report.consent,
            )
            return words.saved_csv(len(report.paths), target) + "\n" + words.consent(report.consent)

        return start_file_task(self.window, self.tr("Exporting CSV tables"), work, self._done)

    def ask_import(self, path: Path | None = None) -> TaskControl | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import REFI-QDA project"), "", "REFI-QDA (*.qdpx)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        source = path

        def work(control: TaskControl) -> str:
            from fieldkit.export.qdpx import import_qdpx

            report = import_qdpx(self.store, path=source)
            summary = (  # the study's name last: it may itself hold "%2"
                self.tr("Imported “%1”: %2, %3.")
                .replace("%2", self.tr("%n interview(s)", "", report.interviews))
                .replace("%3", self.tr("%n coding(s)", "", report.codings))
                .replace("%1", report.study_name)
            )
            return "\n".join([summary, *map(say, report.warnings)])

        def done(message: str) -> None:
            self.on_imported()
            self._done(message)

        return start_file_task(self.window, self.tr("Importing REFI-QDA project"), work, done)

    def _done(self, message: str) -> None:
        self.last_message = message
        self.window.statusBar().showMessage(message.splitlines()[0], 15000)


def withheld_summary(
    store: Store, case_id: str, themes: tuple[str, ...] | None, words: ExportSummary
) -> str:
    """What a case's PDF would hold back, in the export report's words and the interface
    language ("" for nothing)."""
    from fieldkit.export.pdf.case_data import apply_consent, load_case

    with store.read() as session:
        data = load_case(session, case_id=case_id, themes=themes)
    report = apply_consent(data)[2]
    return "\n".join(words.withheld(line) for line in words.consent_lines(report))
