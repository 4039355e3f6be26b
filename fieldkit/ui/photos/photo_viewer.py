"""A window that shows one photo of a record at a time: fit to window, zoom, previous/next.

The photo is decoded off the GUI thread and turned by its EXIF orientation (see
:func:`fieldkit.storage.photos.load_picture`). Keys: Left/Right (or Page Up/Down) for the
previous and next photo, + and - to zoom, 0 to fit the window, 1 for actual size, Esc to close.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldkit.storage.attachments import open_attachment
from fieldkit.storage.db import Store
from fieldkit.storage.photos import PhotoItem, load_picture
from fieldkit.ui.photos.images import to_qimage
from fieldkit.ui.worker import TaskControl, error_text, run_task

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


class _Canvas(QWidget):
    """Paints the image, scaled to fit its size (fit mode) or at ``zoom`` (then sized to it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.zoom: float | None = None  # None: fit to the window
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def scale(self, viewport: QSize) -> float:
        if self.image is None or self.image.isNull():
            return 1.0
        if self.zoom is not None:
            return self.zoom
        return min(
            viewport.width() / self.image.width(), viewport.height() / self.image.height(), 1.0
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.image is None or self.image.isNull():
            return
        scale = self.scale(self.size())
        size = QSize(round(self.image.width() * scale), round(self.image.height() * scale))
        top_left = QPoint(
            max(0, (self.width() - size.width()) // 2), max(0, (self.height() - size.height()) // 2)
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRect(top_left, size), self.image)
        painter.end()


class PhotoViewer(QDialog):
    def __init__(
        self, store: Store, photos: list[PhotoItem], index: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.photos = photos
        self.index = max(0, min(index, len(photos) - 1))
        self._generation = 0
        self._loading = False
        self.setWindowTitle(self.tr("Photo"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.canvas = _Canvas()
        self.canvas.setAccessibleName(self.tr("Photo"))
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position = QLabel()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit"))
        self._layout()
        self._connect()
        self.resize(self._initial_size())
        self.show_photo(self.index)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(self.zoom_out_button)
        buttons.addWidget(self.zoom_in_button)
        buttons.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit)
        keys = (
            (Qt.Key.Key_Left, self.show_previous),
            (Qt.Key.Key_PageUp, self.show_previous),
            (Qt.Key.Key_Right, self.show_next),
            (Qt.Key.Key_PageDown, self.show_next),
            (Qt.Key.Key_Plus, lambda: self.zoom_by(ZOOM_STEP)),
            (Qt.Key.Key_Equal, lambda: self.zoom_by(ZOOM_STEP)),
            (Qt.Key.Key_Minus, lambda: self.zoom_by(1 / ZOOM_STEP)),
            (Qt.Key.Key_0, self.fit),
            (Qt.Key.Key_1, self.actual_size),
        )
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, slot)

    def _initial_size(self) -> QSize:
        screen = self.screen().availableGeometry() if self.screen() else QRect(0, 0, 1366, 768)
        return QSize(min(1100, screen.width() - 80), min(760, screen.height() - 80))

    # --- navigation ------------------------------------------------------------------------

    def current(self) -> PhotoItem:
        return self.photos[self.index]

    def show_previous(self) -> None:
        if self.index > 0:
            self.show_photo(self.index - 1)

    def show_next(self) -> None:
        if self.index + 1 < len(self.photos):
            self.show_photo(self.index + 1)

    def show_photo(self, index: int) -> None:
        self.index = index
        photo = self.current()
        self._generation += 1
        generation = self._generation
        self.setWindowTitle(self.tr("Photo — %1").replace("%1", photo.filename))
        self.caption.setText(photo.caption or photo.filename)
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.photos)))
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(self.photos))
        store = self.store

        def job(_control: TaskControl) -> QImage:
            with store.read() as session:
                stream = open_attachment(session, store.blobs, attachment_id=photo.id)
            with stream:  # decrypted in memory in an encrypted folder, never on disk
                return to_qimage(load_picture(stream, name=photo.filename))

        self._loading = True
        run_task(
            job,
            on_done=lambda image: self._on_loaded(generation, image),
            on_failed=lambda exc: self._on_failed(generation, exc),
            parent=self,
        )

    def loading(self) -> bool:
        return self._loading

    def _on_loaded(self, generation: int, image: QImage) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._loading = False
        self.canvas.image = image
        self._apply_zoom()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._loading = False
        self.canvas.image = None
        self.canvas.update()
        message = error_text(exc)
        self.caption.setText(self.tr("This photo cannot be shown: %1").replace("%1", message))

    # --- zoom ------------------------------------------------------------------------------

    def image_size(self) -> QSize:
        """The size of the photo as shown the right way up (after EXIF orientation)."""
        image = self.canvas.image
        return image.size() if image is not None else QSize()

    def shown_scale(self) -> float:
        return self.canvas.scale(self.scroll_area.viewport().size())

    def zoom_by(self, factor: float) -> None:
        current = self.shown_scale()
        self.canvas.zoom = max(MIN_ZOOM, min(MAX_ZOOM, current * factor))
        self._apply_zoom()

    def fit(self) -> None:
        self.canvas.zoom = None
        self._apply_zoom()

    def actual_size(self) -> None:
        self.canvas.zoom = 1.0
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        image = self.canvas.image
        if self.canvas.zoom is None or image is None:
            self.scroll_area.setWidgetResizable(True)
        else:
            self.scroll_area.setWidgetResizable(False)
            self.canvas.resize(
                round(image.width() * self.canvas.zoom), round(image.height() * self.canvas.zoom)
            )
        self.fit_button.setEnabled(self.canvas.zoom is not None)
        self.canvas.update()


__all__ = ["PhotoViewer"]
