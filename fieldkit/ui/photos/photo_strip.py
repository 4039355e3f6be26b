"""The photos of an observation: a strip of thumbnails, "Add photos…", a caption, a viewer.

Thumbnails are decoded off the GUI thread (``run_task``), turned by their EXIF orientation,
and kept in a small cache keyed by the photo's content hash, so reopening a record shows them
at once. Photos are imported through the attachments service: each file is checked and stored
in the blob store, then attached in a short transaction; a file that is not a photo fieldkit can
read is named in one message and nothing else changes. Double-clicking a thumbnail (or Enter)
opens the :class:`~fieldkit.ui.photos.photo_viewer.PhotoViewer`.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldkit.errors import FieldkitError
from fieldkit.storage.db import Store
from fieldkit.storage.photos import PhotoItem, load_picture, record_photos, set_caption
from fieldkit.ui.actions.delete_key import on_delete_key
from fieldkit.ui.changes import Changes
from fieldkit.ui.operations import operations_for
from fieldkit.ui.photos.images import to_qimage
from fieldkit.ui.worker import TaskControl, error_text, run_task, show_error

THUMB_SIDE = 96
ROLE_PHOTO_ID = Qt.ItemDataRole.UserRole + 1


class ThumbnailCache:
    """The most recently used thumbnails, by content hash (the same photo twice is one entry)."""

    def __init__(self, capacity: int = 256) -> None:
        self.capacity = capacity
        self._images: OrderedDict[str, QImage] = OrderedDict()

    def get(self, sha256: str) -> QImage | None:
        image = self._images.get(sha256)
        if image is not None:
            self._images.move_to_end(sha256)
        return image

    def put(self, sha256: str, image: QImage) -> None:
        self._images[sha256] = image
        self._images.move_to_end(sha256)
        while len(self._images) > self.capacity:
            self._images.popitem(last=False)

    def hashes(self) -> frozenset[str]:
        return frozenset(self._images)

    def __len__(self) -> int:
        return len(self._images)


THUMBNAILS = ThumbnailCache()


@dataclass(frozen=True)
class ImportResult:
    added: int
    refused: tuple[tuple[str, str], ...]  # (file name, reason)


class PhotoStrip(QWidget):
    """Thumbnails of one record's photos with Add and a caption box."""

    thumbnails_ready = Signal()  # every thumbnail of the shown record is on screen
    delete_requested = Signal(str)  # a photo's id: the window asks, deletes, offers undo

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.record_id: str | None = None
        self.photos: list[PhotoItem] = []
        self.viewer: QWidget | None = None
        self.refused_box: QMessageBox | None = None  # the last "not added" message
        self._generation = 0
        self._busy = 0
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.list.setGridSize(QSize(THUMB_SIDE + 24, THUMB_SIDE + 28))
        self.list.setFixedHeight(THUMB_SIDE + 48)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setAccessibleName(self.tr("Photos"))
        self.heading = QLabel()
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.setAccessibleName(self.tr("Add photos"))
        self.caption_edit = QLineEdit()
        self.caption_edit.setPlaceholderText(self.tr("Caption of the selected photo"))
        self.caption_edit.setAccessibleName(self.tr("Photo caption"))
        self.caption_edit.setEnabled(False)
        self._layout()
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemDoubleClicked.connect(self._on_activated)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.caption_edit.editingFinished.connect(self._on_caption_edited)
        delete = QAction(self.tr("&Delete photo…"), self.list)
        delete.triggered.connect(self._on_delete)
        on_delete_key(self.list, self._on_delete)
        self.list.addAction(delete)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.hide()  # shown by set_record for an observation

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading)
        top.addWidget(self.caption_edit, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)

    # --- showing a record's photos ----------------------------------------------------------

    def set_record(self, record_id: str | None) -> None:
        """Show the photos of ``record_id``; ``None`` hides the strip (interviews)."""
        self.record_id = record_id
        self._generation += 1
        self.list.clear()
        self.photos = []
        self.caption_edit.clear()
        self.caption_edit.setEnabled(False)
        self.setVisible(record_id is not None)
        if record_id is not None:
            self.heading.setText(self.tr("Photos"))
            self.reload()

    def busy(self) -> bool:
        return self._busy > 0

    def reload(self) -> None:
        """Read the record's photos and their thumbnails again (off the GUI thread)."""
        record_id, generation = self.record_id, self._generation
        if record_id is None:
            return
        store = self.store
        cached = THUMBNAILS.hashes()  # read here: the cache belongs to the GUI thread

        def job(control: TaskControl) -> tuple[list[PhotoItem], dict[str, QImage | str]]:
            from fieldkit.storage.attachments import open_attachment  # not needed to start

            with store.read() as session:
                photos = record_photos(session, record_id=record_id)
                paths = {}
                errors: dict[str, QImage | str] = {}
                for photo in photos:
                    if photo.sha256 in cached:
                        continue
                    try:
                        paths[photo.id] = open_attachment(
                            session, store.blobs, attachment_id=photo.id
                        )
                    except FieldkitError as exc:
                        errors[photo.id] = error_text(exc)
            thumbs: dict[str, QImage | str] = dict(errors)
            for photo in photos:
                stream = paths.pop(photo.id, None)
                if stream is None:
                    continue
                if control.cancelled():
                    stream.close()
                    continue
                try:
                    with stream:
                        picture = load_picture(stream, max_side=THUMB_SIDE * 2, name=photo.filename)
                except FieldkitError as exc:
                    thumbs[photo.id] = error_text(exc)
                else:
                    thumbs[photo.id] = to_qimage(picture)
            return photos, thumbs

        self._busy += 1
        run_task(
            job,
            on_done=lambda result: self._on_loaded(generation, *result),
            on_failed=lambda exc: self._on_load_failed(generation, exc),
            parent=self,
            on_end=self._task_ended,
        )

    def _task_ended(self) -> None:
        """After a task's callbacks, or without them when the strip went first (the worker drops
        those then, so the count is lowered here: ``busy()`` stays true to the tasks)."""
        self._busy -= 1

    def _on_loaded(
        self, generation: int, photos: list[PhotoItem], thumbs: dict[str, QImage | str]
    ) -> None:
        if not isValid(self):
            return
        if generation != self._generation:
            return
        current = self.current_photo_id()
        self.photos = photos
        self.list.clear()
        for photo in photos:
            got = thumbs.get(photo.id)
            if isinstance(got, QImage):
                THUMBNAILS.put(photo.sha256, got)
            image = THUMBNAILS.get(photo.sha256)
            item = QListWidgetItem(photo.caption or photo.filename)
            item.setData(ROLE_PHOTO_ID, photo.id)
            item.setToolTip(self._tooltip(photo, got if isinstance(got, str) else None))
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.list.addItem(item)
            if photo.id == current:
                self.list.setCurrentItem(item)
        count = len(photos)
        self.list.setVisible(count > 0)  # no empty band of thumbnails on a small screen
        self.heading.setText(
            self.tr("Photos (%1)").replace("%1", str(count)) if count else self.tr("No photos")
        )
        self.thumbnails_ready.emit()

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self):
            return
        if generation == self._generation:
            self.heading.setText(
                self.tr("Photos cannot be shown: %1").replace("%1", error_text(exc))
            )

    def _tooltip(self, photo: PhotoItem, problem: str | None) -> str:
        lines = [photo.filename]
        if photo.caption:
            lines.append(photo.caption)
        if problem:
            lines.append(problem)
        return "\n".join(lines)

    def thumbnail(self, row: int) -> QImage | None:
        """The thumbnail shown for the photo in ``row`` (for tests and the viewer)."""
        if not 0 <= row < len(self.photos):
            return None
        return THUMBNAILS.get(self.photos[row].sha256)

    def current_photo_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ROLE_PHOTO_ID) if item is not None else None

    # --- adding photos ------------------------------------------------------------------------

    def _on_delete(self) -> None:
        photo_id = self.current_photo_id()
        if photo_id is not None:
            self.delete_requested.emit(photo_id)

    def _on_add_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            str(Path.home()),
            self.tr("Photos (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp);;All files (*)"),
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Import ``paths`` as photos of the shown record; refused files are named in a message."""
        record_id = self.record_id
        if record_id is None or not paths:
            return
        store = self.store

        def job(control: TaskControl) -> ImportResult:
            from fieldkit.storage.attachments import attach_staged, stage_file

            added, refused = 0, []
            for i, path in enumerate(paths):
                if control.cancelled():
                    break
                control.progress(path.name, i / len(paths))
                try:
                    staged = stage_file(store.blobs, path=path, kind="photo")
                    with store.write() as session:
                        attach_staged(session, record_id=record_id, staged=staged)
                except FieldkitError as exc:
                    refused.append((path.name, error_text(exc)))
                else:
                    added += 1
            return ImportResult(added, tuple(refused))

        self._busy += 1
        self.add_button.setEnabled(False)
        operations_for(self, store).run_steps(
            job,
            changes=lambda result: Changes.of(photos=record_id if result.added else None),
            on_done=lambda result: self._on_imported(record_id, result),
            on_failed=self._on_import_failed,
            owner=self,
            title=self.tr("Adding photos"),
            show_progress=len(paths) > 3,
            on_end=self._task_ended,
        )

    def _on_imported(self, record_id: str, result: ImportResult) -> None:
        if not isValid(self):
            return
        self.add_button.setEnabled(True)
        if result.added and record_id == self.record_id:
            self.reload()
        if result.refused:
            self._report_refused(result)

    def _report_refused(self, result: ImportResult) -> None:
        lines = "\n".join(f"• {name}: {reason}" for name, reason in result.refused)
        if result.added:
            head = (
                self.tr("Added %1 of %2 files. These were not added:")
                .replace("%1", str(result.added))
                .replace("%2", str(result.added + len(result.refused)))
            )
        else:
            head = self.tr("No photo was added:")
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Some files are not photos"), f"{head}\n\n{lines}"
        )
        box.setParent(self, box.windowFlags())
        self.refused_box = box
        box.open()

    def _on_import_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.add_button.setEnabled(True)
        show_error(self, self.tr("Photos not added"), exc)

    # --- captions and the viewer ----------------------------------------------------------

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        photo = self._photo(current)
        self.caption_edit.setEnabled(photo is not None)
        self.caption_edit.setText(photo.caption if photo is not None else "")

    def _on_caption_edited(self) -> None:
        item = self.list.currentItem()
        photo = self._photo(item)
        caption = self.caption_edit.text().strip()
        if item is None or photo is None or caption == photo.caption:
            return
        index = self.photos.index(photo)
        self.photos[index] = PhotoItem(photo.id, photo.filename, caption, photo.sha256, photo.size)
        item.setText(caption or photo.filename)
        item.setToolTip(self._tooltip(self.photos[index], None))
        store, record_id = self.store, self.record_id

        def job(_control: TaskControl) -> None:
            with store.write() as session:
                set_caption(session, attachment_id=photo.id, caption=caption)

        self._busy += 1
        operations_for(self, store).run_steps(
            job,
            changes=Changes.of(photos=record_id),
            on_failed=self._on_caption_failed,
            owner=self,
            on_end=self._task_ended,
        )

    def _on_caption_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        show_error(self, self.tr("Caption not saved"), exc)
        self.reload()

    def _photo(self, item: QListWidgetItem | None) -> PhotoItem | None:
        if item is None:
            return None
        photo_id = item.data(ROLE_PHOTO_ID)
        return next((p for p in self.photos if p.id == photo_id), None)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.open_viewer(self.list.row(item))

    def open_viewer(self, row: int) -> None:
        from fieldkit.ui.photos.photo_viewer import PhotoViewer

        if not 0 <= row < len(self.photos):
            return
        viewer = PhotoViewer(self.store, list(self.photos), row, self)
        self.viewer = viewer
        viewer.show()


__all__ = ["THUMBNAILS", "THUMB_SIDE", "ImportResult", "PhotoStrip", "ThumbnailCache"]
