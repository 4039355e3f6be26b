"""Names to redact: the people and places a study's anonymised editions replace.

The table shows the study's own list, which the team edits here, and then what the records
already say (participants' names, the cases' localities and regions; greyed, they follow the
records). A line of the list holds a name or place, its other spellings (separated by ";",
e.g. the place in Arabic script) and its kind, which chooses the placeholder printed instead
("[name]", "[place]", "[redacted]"). Save writes the list off the GUI thread; the list syncs
like the study's data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fieldkit.storage.redact_list import RedactEntry, save_redact_list
from fieldkit.ui.dialogs.form_dialog import FormDialog, Job, Runner

KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("RedactDialog", "person → [name]"),
    "place": QT_TRANSLATE_NOOP("RedactDialog", "place → [place]"),
    "other": QT_TRANSLATE_NOOP("RedactDialog", "other → [redacted]"),
    "keep": QT_TRANSLATE_NOOP("RedactDialog", "keep: never replaced"),
}
TERM, ALSO, KIND, SOURCE = range(4)
SEPARATOR = ";"


class RedactDialog(FormDialog):
    """The study's names to redact; ``saved`` carries the number of listed names."""

    def __init__(
        self,
        runner: Runner,
        *,
        study_id: str,
        entries: Sequence[RedactEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.study_id = study_id
        self.setWindowTitle(self.tr("Names to redact"))
        self.setMinimumWidth(720)
        note = QLabel(
            self.tr(
                "Anonymised editions replace these names and places everywhere: titles, text, "
                "quotes, file names and PDF properties; any case, with or without accents, as "
                "whole words. Add other spellings (in other scripts too) separated by “;”."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Names and places to redact"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name or place"), self.tr("Other spellings"), self.tr("Kind"), self.tr("From")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TERM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ALSO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # The study's own list first (what is edited here), then what the records say.
        for entry in sorted(entries, key=lambda e: e.source != "listed"):
            self._add_row(entry)
        self.add_button = QPushButton(self.tr("&Add name or place"))
        self.add_button.clicked.connect(self._on_add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self._on_remove)
        self.table.currentCellChanged.connect(self._on_current_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form.addRow(note)
        self.form.addRow(self.table)
        self.form.addRow(buttons)
        self._on_current_changed(self.table.currentRow())

    # --- rows ------------------------------------------------------------------------------

    def _add_row(self, entry: RedactEntry | None) -> int:
        listed = entry is None or entry.source == "listed"
        row = self.table.rowCount()
        if entry is None:  # a new name goes below the study's list, above the records' names
            row = sum(1 for r in range(self.table.rowCount()) if self.is_listed(r))
        self.table.insertRow(row)
        term = QTableWidgetItem(entry.term if entry else "")
        also = QTableWidgetItem(f"{SEPARATOR} ".join(entry.also) if entry else "")
        source = QTableWidgetItem(self.tr("this list") if listed else entry.source if entry else "")
        source.setFlags(source.flags() & ~Qt.ItemFlag.ItemIsEditable)
        kind = QComboBox()
        for key, label in KIND_LABELS.items():
            kind.addItem(self.tr(str(label)), key)
        kind.setCurrentIndex(max(kind.findData(entry.kind if entry else "place"), 0))
        kind.setAccessibleName(self.tr("Kind"))
        if not listed:  # from the records: shown, not edited here
            for item in (term, also):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setForeground(self.palette().placeholderText())
            kind.setEnabled(False)
        term.setData(Qt.ItemDataRole.UserRole, listed)
        self.table.setItem(row, TERM, term)
        self.table.setItem(row, ALSO, also)
        self.table.setCellWidget(row, KIND, kind)
        self.table.setItem(row, SOURCE, source)
        return row

    def is_listed(self, row: int) -> bool:
        item = self.table.item(row, TERM)
        return bool(item and item.data(Qt.ItemDataRole.UserRole))

    def listed_rows(self) -> list[tuple[str, tuple[str, ...], str]]:
        """The study's own list as the table now holds it (empty lines left out)."""
        out: list[tuple[str, tuple[str, ...], str]] = []
        for row in range(self.table.rowCount()):
            if not self.is_listed(row):
                continue
            term = self._text(row, TERM).strip()
            also_text = self._text(row, ALSO)
            also = tuple(a.strip() for a in also_text.split(SEPARATOR) if a.strip())
            if not term:
                if also:  # spellings with no name: say so rather than drop them
                    out.append(("", also, "other"))
                continue
            combo = self.table.cellWidget(row, KIND)
            kind = str(combo.currentData()) if isinstance(combo, QComboBox) else "other"
            out.append((term, also, kind))
        return out

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _on_add(self) -> None:
        row = self._add_row(None)
        self.table.setCurrentCell(row, TERM)
        item = self.table.item(row, TERM)
        if item is not None:
            self.table.editItem(item)

    def _on_remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.is_listed(row):
            self.table.removeRow(row)

    def _on_current_changed(self, row: int, *_args: Any) -> None:
        self.remove_button.setEnabled(row >= 0 and self.is_listed(row))

    # --- saving ----------------------------------------------------------------------------

    def make_job(self) -> Job:
        wanted = self.listed_rows()
        study_id = self.study_id

        def job(session: Any) -> int:
            return len(save_redact_list(session, study_id=study_id, wanted=wanted))

        return job


__all__ = ["RedactDialog"]
