"""Recordings in an encrypted folder: segments and journal sealed on disk while recording,
a SIGKILLed recorder still recovered whole, the attached WAV sealed like any blob."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.storage import records
from fieldkit.storage.crypto.folder_key import create_key
from fieldkit.storage.db import Store
from fieldkit.storage.recording import (
    JOURNAL,
    RecordingWriter,
    finish_recording,
    recordings_root,
    recover_unfinished,
)
from tests.storage import recording_writer as synth
from tests.storage.encrypted_demo import CHEAP
from tests.storage.test_recording import AUDIO, _attached, _wav_frames


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    data_dir.mkdir(parents=True)
    key, _ = create_key(data_dir, "recording in the rain", kdf=CHEAP)
    with Store.open(data_dir, key=key) as s:
        yield s


@pytest.fixture
def interview_id(store: Store) -> str:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        return records.add_interview(session, case_id=case.id, date="2024-05-01").id


def _readable(folder: Path, needles: list[bytes]) -> list[Path]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return [p for p in files if any(n in p.read_bytes() for n in needles)]


def test_a_killed_recorder_leaves_only_sealed_files_and_is_recovered_whole(
    store: Store, data_dir: Path, interview_id: str
) -> None:
    rng = random.Random(4711)
    key = store.blobs.files_key
    assert key is not None
    seen: set[str] = set()
    for i in range(4):
        frames, _durable = synth.run_and_kill(
            data_dir, interview_id, rng.getrandbits(32), rng.uniform(0.1, 0.8), files_key=key
        )
        # Before recovery: segments and journal are on disk, none of them readable.
        leftovers = recordings_root(data_dir)
        assert any(leftovers.rglob("seg-*.wav")) and any(leftovers.rglob(JOURNAL))
        needles = [synth.frames(100, 50), interview_id.encode(), b"RIFF", b'"state"']
        assert _readable(leftovers, needles) == []
        outcomes = recover_unfinished(store)
        assert [o.status for o in outcomes] == ["attached"], [o.message for o in outcomes]
        new = [a for a in _attached(store, interview_id) if a[0] not in seen]
        assert len(new) == 1, f"kill {i}"
        seen.add(new[0][0])
        n, pcm, fmt = _wav_frames(new[0][1])
        assert fmt == (AUDIO.sample_rate, AUDIO.channels, AUDIO.sample_width)
        assert n >= frames and pcm == synth.frames(0, n), f"kill {i}: audio differs"
    assert _readable(data_dir, [synth.frames(100, 50)]) == []  # the blobs are sealed too


def test_a_finished_recording_is_attached_sealed(
    store: Store, data_dir: Path, interview_id: str
) -> None:
    writer = RecordingWriter(
        data_dir,
        interview_id=interview_id,
        audio=AUDIO,
        segment_seconds=0.25,
        files_key=store.blobs.files_key,
    )
    writer.write(synth.frames(0, 5000))
    outcome = finish_recording(store, writer.close())
    assert outcome.status == "attached" and outcome.duration_ms == 5000 * 1000 // 8000
    [(_id, data, duration_ms)] = _attached(store, interview_id)
    assert _wav_frames(data)[1] == synth.frames(0, 5000) and duration_ms == 625
    assert _readable(data_dir, [synth.frames(1000, 50), b"RIFF"]) == []
