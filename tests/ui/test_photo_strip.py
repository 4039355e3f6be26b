"""Observation photos in the record editor: import, thumbnails (EXIF-turned), captions, viewer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PIL import Image
from PySide6.QtCore import Qt

from fieldkit.demo.media import photos as demo_photos
from fieldkit.storage import records
from fieldkit.storage.attachments import attachments_for
from fieldkit.storage.db import Store
from fieldkit.ui.changes import Changes
from fieldkit.ui.editor.record_editor import RecordEditor
from fieldkit.ui.operations import operations_for
from fieldkit.ui.photos.photo_strip import THUMB_SIDE, PhotoStrip
from fieldkit.ui.photos.photo_viewer import PhotoViewer


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Reading camp")
        observation = records.add_observation(
            session, case_id=case.id, date="2024-05-02", description="Children read aloud."
        )
        interview = records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Teacher", transcript="Hello."
        )
        return {"observation": observation.id, "interview": interview.id}


@pytest.fixture
def photo_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "camera"
    folder.mkdir()
    paths = []
    for media in demo_photos():
        path = folder / media.filename
        path.write_bytes(media.data)
        paths.append(path)
    return paths  # the fourth is stored landscape with EXIF orientation 6 (portrait)


@pytest.fixture
def editor(qtbot, store: Store, ids: dict[str, str]) -> Iterator[RecordEditor]:
    widget = RecordEditor(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    widget.open_record(ids["observation"])
    yield widget
    # Waits for the background work to end (no timing is asserted): generous for a loaded CI.
    qtbot.waitUntil(lambda: not widget.photos.busy() and not widget.queue.busy(), timeout=60_000)


def _live_photos(store: Store, record_id: str) -> list[str]:
    with store.read() as session:
        return [a.filename for a in attachments_for(session, record_id=record_id)]


def _add(qtbot, strip: PhotoStrip, paths: list[Path]) -> None:
    with qtbot.waitSignal(strip.thumbnails_ready, timeout=10_000):
        strip.add_files(paths)
    qtbot.waitUntil(lambda: not strip.busy(), timeout=10_000)


def test_added_photos_show_thumbnails_turned_by_exif(
    qtbot, store: Store, editor: RecordEditor, ids: dict[str, str], photo_files: list[Path]
) -> None:
    strip = editor.photos
    assert strip.isVisible()
    qtbot.waitUntil(lambda: strip.heading.text() == "No photos", timeout=10_000)
    assert strip.list.count() == 0
    assert not strip.list.isVisible()  # no empty band while there is nothing to show
    _add(qtbot, strip, [photo_files[0], photo_files[3]])
    assert _live_photos(store, ids["observation"]) == ["photo-01.jpg", "photo-04.jpg"]
    assert strip.list.count() == 2
    assert strip.list.isVisible()
    assert "(2)" in strip.heading.text()
    landscape, turned = strip.thumbnail(0), strip.thumbnail(1)
    assert landscape is not None and turned is not None
    assert landscape.width() > landscape.height()
    with Image.open(photo_files[3]) as raw:  # stored pixels are landscape…
        assert raw.width > raw.height
    assert turned.height() > turned.width()  # …shown portrait, as the camera held it
    assert max(turned.width(), turned.height()) <= THUMB_SIDE * 2
    assert not strip.list.item(0).icon().isNull()
    assert strip.list.item(0).text() == "photo-01.jpg"


def test_strip_is_hidden_for_interviews(qtbot, editor: RecordEditor, ids: dict[str, str]) -> None:
    editor.open_record(ids["interview"])
    assert not editor.photos.isVisible()
    editor.open_record(ids["observation"])
    assert editor.photos.isVisible()


def test_a_file_that_is_not_a_photo_is_refused_with_a_message(
    qtbot,
    store: Store,
    editor: RecordEditor,
    ids: dict[str, str],
    photo_files: list[Path],
    tmp_path: Path,
) -> None:
    strip = editor.photos
    _add(qtbot, strip, [photo_files[0]])
    fake = tmp_path / "camera" / "holiday.jpg"
    fake.write_text("not a picture at all", encoding="utf-8")
    notes = tmp_path / "camera" / "notes.txt"
    notes.write_text("field notes", encoding="utf-8")
    strip.add_files([fake, notes])
    qtbot.waitUntil(lambda: strip.refused_box is not None, timeout=10_000)
    assert strip.refused_box is not None
    text = strip.refused_box.text()
    assert "No photo was added" in text
    assert "holiday.jpg" in text and "notes.txt" in text
    assert "Traceback" not in text
    strip.refused_box.close()
    assert _live_photos(store, ids["observation"]) == ["photo-01.jpg"]
    assert strip.list.count() == 1
    assert strip.add_button.isEnabled()
    # A good photo among bad files is added; the bad one is named.
    strip.refused_box = None
    strip.add_files([fake, photo_files[2]])
    qtbot.waitUntil(
        lambda: strip.refused_box is not None and strip.list.count() == 2, timeout=10_000
    )
    assert strip.refused_box is not None
    assert "Added 1 of 2 files" in strip.refused_box.text()
    assert "holiday.jpg" in strip.refused_box.text()
    assert "photo-03.jpg" not in strip.refused_box.text()
    strip.refused_box.close()
    assert _live_photos(store, ids["observation"]) == ["photo-01.jpg", "photo-03.jpg"]


def test_caption_is_saved(
    qtbot, store: Store, editor: RecordEditor, ids: dict[str, str], photo_files: list[Path]
) -> None:
    strip = editor.photos
    _add(qtbot, strip, [photo_files[1]])
    strip.list.setCurrentRow(0)
    assert strip.caption_edit.isEnabled()
    strip.caption_edit.setText("Learners arriving  ")
    with qtbot.waitSignal(operations_for(strip, store).changed, timeout=10_000) as announced:
        strip.caption_edit.editingFinished.emit()
    with store.read() as session:
        (attachment,) = attachments_for(session, record_id=ids["observation"])
    assert attachment.caption == "Learners arriving"
    assert announced.args[0] == Changes.of(photos=ids["observation"])
    assert strip.list.item(0).text() == "Learners arriving"


def test_viewer_opens_navigates_and_zooms(
    qtbot, editor: RecordEditor, photo_files: list[Path]
) -> None:
    strip = editor.photos
    _add(qtbot, strip, [photo_files[0], photo_files[3]])
    strip.open_viewer(0)
    viewer = strip.viewer
    assert isinstance(viewer, PhotoViewer)
    qtbot.waitUntil(lambda: not viewer.loading(), timeout=10_000)
    first = viewer.image_size()
    assert first.width() > first.height()
    assert viewer.position.text() == "1 of 2"
    assert not viewer.previous_button.isEnabled()
    fitted = viewer.shown_scale()
    viewport = viewer.scroll_area.viewport().size()
    assert first.width() * fitted <= viewport.width() + 1
    viewer.zoom_by(2.0)
    assert viewer.shown_scale() == pytest.approx(fitted * 2.0)
    assert viewer.fit_button.isEnabled()
    viewer.fit()
    assert viewer.shown_scale() == pytest.approx(fitted)
    viewer.show_next()
    qtbot.waitUntil(lambda: not viewer.loading(), timeout=10_000)
    turned = viewer.image_size()
    assert turned.height() > turned.width()  # EXIF orientation 6: shown portrait
    assert viewer.position.text() == "2 of 2"
    assert not viewer.next_button.isEnabled()
    viewer.show_next()  # at the last photo: stays
    assert viewer.index == 1
    viewer.show_previous()
    qtbot.waitUntil(lambda: not viewer.loading(), timeout=10_000)
    assert viewer.index == 0
    viewer.activateWindow()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # the keyboard works too
    assert viewer.index == 1
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.canvas.zoom is not None
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.canvas.zoom is None
    qtbot.waitUntil(lambda: not viewer.loading(), timeout=10_000)
    viewer.close()


def test_double_click_opens_the_viewer(
    qtbot, editor: RecordEditor, photo_files: list[Path]
) -> None:
    strip = editor.photos
    _add(qtbot, strip, [photo_files[2]])
    strip.list.doItemsLayout()  # icon views lay out their items lazily
    centre = strip.list.visualItemRect(strip.list.item(0)).center()
    qtbot.mouseClick(strip.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(strip.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert isinstance(strip.viewer, PhotoViewer)
    qtbot.waitUntil(lambda: not strip.viewer.loading(), timeout=10_000)
    assert strip.viewer.isVisible()
    strip.viewer.close()
