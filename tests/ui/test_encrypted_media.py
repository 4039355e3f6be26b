"""In an encrypted folder the player plays a sealed recording and the strip shows sealed photos,
decrypted in memory (nothing readable is written to disk)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PIL import Image

from fieldkit.storage import records
from fieldkit.storage.attachments import attach_file
from fieldkit.storage.crypto.folder_key import create_key
from fieldkit.storage.db import Store
from fieldkit.ui.editor.record_editor import RecordEditor
from fieldkit.ui.photos.photo_strip import PhotoStrip
from tests.storage.encrypted_demo import CHEAP
from tests.ui.test_audio import write_wav


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    data_dir.mkdir(parents=True)
    key, _recovery = create_key(data_dir, "a passphrase for tests", kdf=CHEAP)
    s = Store.open(data_dir, key=key)
    yield s
    s.close()


@pytest.fixture
def ids(store: Store, tmp_path: Path) -> dict[str, str]:
    photo = tmp_path / "class.jpg"
    Image.new("RGB", (640, 480), (200, 120, 40)).save(photo)
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        interview = records.add_interview(session, case_id=case.id, date="2024-05-01")
        observation = records.add_observation(
            session, case_id=case.id, date="2024-05-02", description="A lesson."
        )
        wav = write_wav(tmp_path / "talk.wav", 2.0)
        attach_file(session, store.blobs, record_id=interview.id, path=wav)
        attach_file(session, store.blobs, record_id=observation.id, path=photo)
    return {"interview": interview.id, "observation": observation.id}


def test_the_player_plays_and_seeks_a_sealed_recording(
    qtbot, store: Store, ids: dict[str, str]
) -> None:
    assert store.blobs.encrypted
    for sha in store.blobs.iter_hashes():  # on disk: sealed, not a WAV
        assert not store.blobs.path_for(sha).read_bytes().startswith(b"RIFF")
    editor = RecordEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    player = editor.audio.player
    try:
        with qtbot.waitSignal(player.tracks_loaded, timeout=10_000):
            editor.open_record(ids["interview"])
        qtbot.waitUntil(lambda: player.player.duration() == 2000, timeout=10_000)
        player.seek(1500)
        qtbot.waitUntil(lambda: player.player.position() >= 1500, timeout=10_000)
    finally:
        player.release()
        qtbot.waitUntil(lambda: not editor.queue.busy(), timeout=10_000)


def test_the_photo_strip_shows_a_sealed_photo(qtbot, store: Store, ids: dict[str, str]) -> None:
    strip = PhotoStrip(store)
    qtbot.addWidget(strip)
    with qtbot.waitSignal(strip.thumbnails_ready, timeout=10_000):
        strip.set_record(ids["observation"])
    image = strip.thumbnail(0)  # decoded from the sealed blob, through open_attachment
    assert image is not None and not image.isNull()
    assert image.pixelColor(image.width() // 2, image.height() // 2).red() > 150
    qtbot.waitUntil(lambda: not strip.busy(), timeout=10_000)
