"""A label and a combo box that shorten their text with "…" when narrow, the whole in a tooltip.

On a 1366×768 laptop the audio strip's rows are tight: a long recording name or message would
otherwise be cut off mid-letter. ``text()`` / ``currentText()`` still return the whole text.
Shortening is for long names, not for what must be read: a label can keep room for a few words
(``readable_chars``) and a combo box for a placeholder (``keep_room_for``), so a translation
longer than the English ("Pas encore d'enregistrement", "وصّل ميكروفونًا") is not cut to "…".
"""

from __future__ import annotations

import math

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
    """One line of text, elided at the right to the width it gets; its tooltip is the text.

    ``readable_chars``: the label asks for room for that many characters (or its whole text
    when shorter), so a message beside tight controls keeps its first words.
    """

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, readable_chars: int = 0
    ) -> None:
        super().__init__(text, parent)
        self.readable_chars = readable_chars
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)
        self._keep_readable()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self._keep_readable()

    def _keep_readable(self) -> None:
        # An explicit minimum: a layout ignores the size hints of an Ignored size policy.
        if not self.readable_chars:
            return
        metrics, margins = self.fontMetrics(), self.contentsMargins()
        readable = metrics.horizontalAdvance("x" * self.readable_chars)
        width = min(metrics.horizontalAdvance(self.text()), readable) if self.text() else 0
        self.setMinimumWidth(width + (margins.left() + margins.right() if width else 0))

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

    def keep_room_for(self, text: str) -> None:
        """Never narrower than ``text`` needs (a placeholder such as "No recording yet", whose
        translation can be twice as long), counted as ``setMinimumContentsLength`` counts."""
        metrics = self.fontMetrics()
        chars = math.ceil(metrics.horizontalAdvance(text) / max(1, metrics.horizontalAdvance("x")))
        # One more: the style's field is a little narrower than the contents length it sized.
        self.setMinimumContentsLength(max(self.minimumContentsLength(), chars + 1))

    def _update_tooltip(self, *_args: object) -> None:
        text = self.currentText()
        self.setToolTip(f"{self.tooltip_prefix}: {text}" if self.tooltip_prefix and text else text)

    def shown_text(self) -> str:
        """The current text as drawn now (elided when it does not fit its field)."""
        return combo_shown_text(self)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if not self.isEditable():
            option.currentText = _elided(self, option)
            painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def combo_shown_text(combo: QComboBox) -> str:
    """``combo``'s current text as it fits its field: elided when it does not (any combo box;
    a plain one clips where this puts "…")."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return _elided(combo, option)


def _elided(combo: QComboBox, option: QStyleOptionComboBox) -> str:
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    width = field.width() - 2
    if not option.currentIcon.isNull():
        width -= option.iconSize.width() + 4
    return combo.fontMetrics().elidedText(
        option.currentText, Qt.TextElideMode.ElideRight, max(0, width)
    )


__all__ = ["ElidedComboBox", "ElidedLabel", "combo_shown_text"]
