"""The pictures of the review window: a theme-profile bar chart and the heat-map table model.

``ThemeBarChart`` is drawn with QPainter (one row per theme: name, a bar in the theme's colour,
the count); click a bar, or move with the arrow keys and press Enter, to pick its theme.
``MatrixModel`` shows a study matrix with themes as rows and cases as columns (long theme names
read best as row headers) and a last "All cases" column; a parent theme's cells hold its total
with its sub-themes. Every cell is coloured on one sequential scale (``heat_color``, viridis:
perceptually even and readable with the common colour-vision deficiencies), so a darker cell
always means more passages whatever the theme; ``HeatLegend`` draws the scale.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QWidget

from fieldkit.storage.review import StudyMatrix, ThemeBar, subtree_totals
from fieldkit.ui.messages import number

ROW_HEIGHT = 26
Index = QModelIndex | QPersistentModelIndex
ROLE_COUNT = Qt.ItemDataRole.UserRole + 1  # the number behind a cell (for sorting)
# Viridis (matplotlib's default sequential map) at nine even steps, light end first so that a
# low count is pale and a high one dark; lightness falls monotonically along it.
_VIRIDIS = (
    (253, 231, 37),
    (181, 222, 43),
    (110, 206, 88),
    (53, 183, 121),
    (31, 158, 137),
    (38, 130, 142),
    (49, 104, 142),
    (62, 73, 137),
    (72, 40, 120),
)


def _luminance(color: QColor) -> float:
    """Relative luminance (WCAG): which of black or white text reads on ``color``."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def heat_color(fraction: float) -> QColor:
    """The colour of a cell holding ``fraction`` (0–1) of the highest count (viridis)."""
    f = max(0.0, min(1.0, fraction)) * (len(_VIRIDIS) - 1)
    i = min(int(f), len(_VIRIDIS) - 2)
    t = f - i
    a, b = _VIRIDIS[i], _VIRIDIS[i + 1]
    return QColor(*(round(x + (y - x) * t) for x, y in zip(a, b, strict=True)))


class ThemeBarChart(QWidget):
    bar_activated = Signal(str)  # theme id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[ThemeBar, ...] = ()
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Coded passages per theme"))
        self.setMinimumHeight(ROW_HEIGHT * 3)

    def set_bars(self, bars: tuple[ThemeBar, ...]) -> None:
        self.bars = bars
        self.current = 0
        self.setAccessibleDescription(
            "; ".join(f"{bar.name}: {number(bar.count)}" for bar in bars)
            or self.tr("No coded passages")
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, ROW_HEIGHT * max(3, len(self.bars)) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, ROW_HEIGHT * max(3, len(self.bars)) + 8)

    def row_rect(self, row: int) -> QRect:
        return QRect(0, 4 + row * ROW_HEIGHT, self.width(), ROW_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_color = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text_color)
        if not self.bars:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No coded passages yet.")
            )
            return
        metrics = QFontMetrics(self.font())
        widest = max(metrics.horizontalAdvance(bar.name) for bar in self.bars)
        label_w = min(widest + 12, int(self.width() * 0.45))
        count_w = metrics.horizontalAdvance(number(max(bar.count for bar in self.bars))) + 12
        span = max(10, self.width() - label_w - count_w - 8)
        top = max(bar.count for bar in self.bars)
        for row, bar in enumerate(self.bars):
            rect = self.row_rect(row)
            if row == self.current and self.hasFocus():
                painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, label_w - 12)
            label = QRect(4, rect.top(), label_w - 8, rect.height())
            painter.setPen(text_color)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(label, align, name)
            width = max(2, round(span * bar.count / top))
            bar_rect = QRect(label_w, rect.top() + 4, width, rect.height() - 8)
            painter.fillRect(bar_rect, QColor(bar.color))
            count = QRect(label_w + width + 6, rect.top(), count_w, rect.height())
            painter.drawText(count, Qt.AlignmentFlag.AlignVCenter, number(bar.count))

    def _activate(self, row: int) -> None:
        if 0 <= row < len(self.bars):
            self.current = row
            self.update()
            self.bar_activated.emit(self.bars[row].theme_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self._activate(int((event.position().y() - 4) // ROW_HEIGHT))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.bars:
            step = -1 if key == Qt.Key.Key_Up else 1
            self.current = max(0, min(len(self.bars) - 1, self.current + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self.current)
        else:
            super().keyPressEvent(event)


class MatrixModel(QAbstractTableModel):
    """Themes (rows) × cases (columns, then "All cases") of a ``StudyMatrix``.

    A parent theme's cell shows its total with its sub-themes; every count is coloured on the
    one scale of ``heat_color`` (0 stays blank).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_matrix(StudyMatrix((), (), ()))

    def set_matrix(self, matrix: StudyMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        depths = [t.depth for t in matrix.themes]
        self.totals = tuple(tuple(subtree_totals(depths, list(row))) for row in matrix.counts)
        self.parents = frozenset(i for i in range(len(depths) - 1) if depths[i + 1] > depths[i])
        self.all_cases = tuple(sum(row[t] for row in self.totals) for t in range(len(depths)))
        self.highest = max((max(row, default=0) for row in self.totals), default=0)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.matrix.themes)

    def columnCount(self, parent: Index | None = None) -> int:
        if (parent is not None and parent.isValid()) or not self.matrix.cases:
            return 0
        return len(self.matrix.cases) + 1

    def is_total_column(self, column: int) -> bool:
        return column == len(self.matrix.cases)

    def cell(self, index: Index) -> tuple[str | None, str, int]:
        """(case id or None for "All cases", theme id, count shown) of a cell."""
        theme = self.matrix.themes[index.row()]
        if self.is_total_column(index.column()):
            return None, theme.theme_id, self.all_cases[index.row()]
        case_id = self.matrix.cases[index.column()][0]
        return case_id, theme.theme_id, self.totals[index.column()][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        count = self.cell(index)[2]
        if role == Qt.ItemDataRole.DisplayRole:
            return number(count) if count else ""
        if role == ROLE_COUNT:
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and (
            index.row() in self.parents or self.is_total_column(index.column())
        ):
            font = QApplication.font()
            font.setBold(True)  # a total, not a count of its own
            return font
        total = self.is_total_column(index.column())
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and count:
            if total:
                return None  # the totals column is a sum over cases, not on the cells' scale
            back = heat_color(count / max(1, self.highest))
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(back)
            return QBrush(QColor("#000000" if _luminance(back) > 0.2 else "#ffffff"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, count)
        return None

    def _tooltip(self, index: Index, count: int) -> str:
        theme = self.matrix.themes[index.row()].name
        if self.is_total_column(index.column()):
            case = self.tr("all cases")
        else:
            case = self.matrix.cases[index.column()][1]
        text = self.tr("%1 in %2: %n coded passage(s)", "", count)
        text = text.replace("%1", theme).replace("%2", case)
        if index.row() in self.parents:
            text += " " + self.tr("(with its sub-themes)")
        return text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if self.is_total_column(section):
                return self.tr("All cases")
            title = self.matrix.cases[section][1]
            if role == Qt.ItemDataRole.ToolTipRole:
                return title
            return "\n".join(textwrap.wrap(title, 18, max_lines=2, placeholder="…"))
        theme = self.matrix.themes[section]
        indent = "    " * theme.depth if role == Qt.ItemDataRole.DisplayRole else ""
        return indent + theme.name


class HeatLegend(QWidget):
    """The heat map's scale: a gradient from 1 to the highest count, labelled at both ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highest = 0
        self.setAccessibleName(self.tr("Colour scale"))
        self.setMinimumSize(200, 24)

    def set_highest(self, highest: int) -> None:
        self.highest = highest
        self.setAccessibleDescription(
            self.tr("pale: 1 coded passage; dark: %1").replace("%1", number(highest))
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        low, high = number(1), number(max(1, self.highest))
        left = metrics.horizontalAdvance(low) + 8
        right = self.width() - metrics.horizontalAdvance(high) - 8
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(0, 0, left, self.height()), middle, low)
        painter.drawText(QRect(right + 6, 0, self.width() - right, self.height()), middle, high)
        span = max(1, right - left)
        for x in range(span):
            painter.fillRect(QRect(left + x, 4, 1, self.height() - 8), heat_color(x / span))
