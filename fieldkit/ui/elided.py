"""A label and a combo box that shorten their text with "…" when narrow, the whole in a tooltip.

On a 1366×768 laptop the audio strip's rows are tight: a long recording name or message would
otherwise be cut off mid-letter. ``text()`` / ``currentText()`` still return the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


class ElidedLabel(QLabel):
    """One line of text, elided at the right to the width it gets; its tooltip is the text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        """The text as drawn now (elided when it does not fit)."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


class ElidedComboBox(QComboBox):
    """A combo box whose current text is elided to its field; the tooltip names the choice.

    ``tooltip_prefix`` (e.g. "Recording") goes before the choice in the tooltip.
    """

    def __init__(self, tooltip_prefix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tooltip_prefix = tooltip_prefix
        self.currentIndexChanged.connect(self._update_tooltip)
        self._update_tooltip()

    def _update_tooltip(self, *_args: object) -> None:
        text = self.currentText()
        self.setToolTip(f"{self.tooltip_prefix}: {text}" if self.tooltip_prefix and text else text)

    def shown_text(self) -> str:
        """The current text as drawn now (elided when it does not fit its field)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._elided(option)

    def _elided(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        width = field.width() - 2
        if not option.currentIcon.isNull():
            width -= option.iconSize.width() + 4
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(0, width)
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if not self.isEditable():
            option.currentText = self._elided(option)
            painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


__all__ = ["ElidedComboBox", "ElidedLabel"]
