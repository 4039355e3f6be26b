"""A decoded picture as a QImage, for the photo strip's thumbnails and the photo viewer."""

from __future__ import annotations

from PySide6.QtGui import QImage

from fieldkit.storage.photos import Picture


def to_qimage(picture: Picture) -> QImage:
    """A QImage owning a copy of the picture's RGBA bytes (safe to make on any thread)."""
    image = QImage(
        picture.rgba,
        picture.width,
        picture.height,
        4 * picture.width,
        QImage.Format.Format_RGBA8888,
    )
    return image.copy()
