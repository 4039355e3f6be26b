"""Dialogs of the codebook manager: choose the theme to merge into (it says what will move)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.codebook.codebook_model import ThemeRow, swatch
from fieldkit.ui.messages import number


class MergeDialog(QDialog):
    """Pick the theme that ``source`` merges into; the text says how many codings move."""

    def __init__(
        self,
        source: ThemeRow,
        candidates: Sequence[ThemeRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Merge theme"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Merge “%1” into:").replace("%1", source.name))
        layout.addWidget(intro)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Theme to merge into"))
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in candidates:
            label = ("    " * row.depth) + row.name
            self.target.addItem(swatch(row.color), label, row.id)
        completer = self.target.completer()
        if completer is not None:
            completer.setFilterMode(completer.filterMode().MatchContains)
        intro.setBuddy(self.target)
        layout.addWidget(self.target)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the merge will do"))
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(420)

    def target_id(self) -> str | None:
        value = self.target.currentData()
        return str(value) if value else None

    def _update(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.target_id() is not None)
        name = self.target.currentText().strip()
        text = self.tr(
            "%1 codings and %2 tags will move from “%3” to “%4”, along with its sub-themes. "
            "“%3” will then be removed from the codebook."
        )
        for key, value in (
            ("%1", number(self.source.codings)),
            ("%2", number(self.source.tags)),
            ("%3", self.source.name),
            ("%4", name),
        ):
            text = text.replace(key, value)
        self.summary.setText(text if name else self.tr("Choose a theme."))
