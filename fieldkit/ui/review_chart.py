"""The pictures of the review window: a theme-profile bar chart and the heat-map table model.

``ThemeBarChart`` is drawn with QPainter (one row per theme: name, a bar in the theme's colour,
the count); click a bar, or move with the arrow keys and press Enter, to pick its theme.
``MatrixModel`` shows a study matrix with themes as rows and cases as columns (long theme names
read best as row headers), each cell tinted by its count.
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

from fieldkit.storage.review import StudyMatrix, ThemeBar
from fieldkit.ui.palette_colors import mix, readable_on

ROW_HEIGHT = 26
Index = QModelIndex | QPersistentModelIndex


def tint(color: str, strength: float) -> QColor:
    """``color`` mixed with white: 0 is white, 1 the colour itself."""
    base = QColor(color)
    s = max(0.0, min(1.0, strength))
    return QColor(
        round(255 - (255 - base.red()) * s),
        round(255 - (255 - base.green()) * s),
        round(255 - (255 - base.blue()) * s),
    )


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
            "; ".join(f"{bar.name}: {bar.count}" for bar in bars) or self.tr("No coded passages")
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
        count_w = metrics.horizontalAdvance(str(max(bar.count for bar in self.bars))) + 12
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
            painter.drawText(count, Qt.AlignmentFlag.AlignVCenter, str(bar.count))

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
    """Themes (rows) × cases (columns) of a ``StudyMatrix``; cells tinted by their count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = StudyMatrix((), (), ())

    def set_matrix(self, matrix: StudyMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.matrix.themes)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.matrix.cases)

    def cell(self, index: Index) -> tuple[str, str, int]:
        """(case id, theme id, count) of a cell."""
        theme = self.matrix.themes[index.row()]
        case_id = self.matrix.cases[index.column()][0]
        return case_id, theme.theme_id, self.matrix.counts[index.column()][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        count = self.cell(index)[2]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and count:
            strength = 0.15 + 0.85 * count / max(1, self.matrix.highest)
            # Blended into the palette's base: pale on a light desktop, deep on a dark one,
            # so an empty cell and a low count stay close and the high counts stand out.
            base = QApplication.palette().color(QPalette.ColorRole.Base)
            back = mix(QColor(self.matrix.themes[index.row()].color), base, strength)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(back)
            return QBrush(readable_on(back))
        if role == Qt.ItemDataRole.ToolTipRole:
            theme = self.matrix.themes[index.row()].name
            case = self.matrix.cases[index.column()][1]
            return (
                self.tr("%1 in %2: %3 coded passages")
                .replace("%1", theme)
                .replace("%2", case)
                .replace("%3", str(count))
            )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            title = self.matrix.cases[section][1]
            if role == Qt.ItemDataRole.ToolTipRole:
                return title
            return "\n".join(textwrap.wrap(title, 18, max_lines=2, placeholder="…"))
        theme = self.matrix.themes[section]
        indent = "    " * theme.depth if role == Qt.ItemDataRole.DisplayRole else ""
        return indent + theme.name
