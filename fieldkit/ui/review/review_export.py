"""Saving the review's pictures and table: the theme chart as PNG or SVG, the matrix as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from fieldkit.export.matrix_csv import write_matrix_csv
from fieldkit.storage.review import StudyMatrix


def with_suffix(path: Path, suffixes: tuple[str, ...]) -> Path:
    """``path`` with the first of ``suffixes`` added when it has none of them."""
    return path if path.suffix.lower() in suffixes else path.with_name(path.name + suffixes[0])


def _not_written(path: Path) -> str:
    return QCoreApplication.translate("ReviewExport", "could not write %1").replace("%1", str(path))


def save_chart(chart: QWidget, path: Path, title: str) -> Path:
    """Draw ``chart`` at its full size into a PNG (twice the pixels) or an SVG file."""
    path = with_suffix(path, (".png", ".svg"))
    size = chart.size().expandedTo(chart.sizeHint())
    if path.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        _render(chart, generator, size)
        if not path.exists():
            raise OSError(_not_written(path))
        return path
    image = QImage(size * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(chart.palette().color(chart.backgroundRole()))
    _render(chart, image, size)
    if not image.save(str(path)):  # the format from the .png suffix
        raise OSError(_not_written(path))
    return path


def _render(chart: QWidget, device: QSvgGenerator | QImage, size: QSize) -> None:
    old = chart.size()
    chart.resize(size)  # the whole chart, not the part the scroll area shows
    painter = QPainter(device)
    try:
        flags = QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren
        chart.render(painter, QPoint(0, 0), QRegion(), flags)
    finally:
        painter.end()
        chart.resize(old)


def save_matrix(matrix: StudyMatrix, path: Path) -> Path:
    path = with_suffix(path, (".csv",))
    write_matrix_csv(matrix, path)
    return path


__all__ = ["save_chart", "save_matrix", "with_suffix"]
