"""Crash-safe recordings: segments, journal, recovery after SIGKILL, damaged leftovers.

``recording_writer.py`` writes synthetic PCM through :class:`RecordingWriter` and reports after
each write how many frames it handed over; the test SIGKILLs it at random moments and checks
that :func:`recover_unfinished` attaches a WAV holding exactly the start of what was written,
no shorter than what was reported (the OS keeps what a killed process wrote; only a power cut
would cost the open segment).
"""

from __future__ import annotations

import io
import json
import os
import random
import wave
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from fieldkit.errors import StorageError
from fieldkit.storage import records
from fieldkit.storage.attachments import attachments_for, read_attachment
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview
from fieldkit.storage.recording import (
    ASSEMBLED,
    DAMAGED_JOURNAL,
    JOURNAL,
    AudioFormat,
    BackgroundWriter,
    RecordingWriter,
    describe,
    finish_recording,
    recordings_root,
    recover_unfinished,
    segment_files,
)
from tests.storage import recording_writer as synth

KILLS = 8
SEED = 20241125
AUDIO = synth.AUDIO


@pytest.fixture
def interview_id(store: Store) -> str:
    with store.write() as session:
        study = records.create_study(session, name="Pilot")
        case = records.create_case(session, study_id=study.id, title="Radio school")
        return records.add_interview(
            session, case_id=case.id, date="2024-05-01", title="Head teacher"
        ).id


def _wav_frames(data: bytes) -> tuple[int, bytes, tuple[int, int, int]]:
    with wave.open(io.BytesIO(data)) as w:
        n = w.getnframes()
        return n, w.readframes(n), (w.getframerate(), w.getnchannels(), w.getsampwidth())


def _attached(store: Store, interview_id: str) -> list[tuple[str, bytes, int | None]]:
    with store.read() as session:
        found = attachments_for(session, record_id=interview_id)
        return [
            (a.id, read_attachment(session, store.blobs, attachment_id=a.id), a.duration_ms)
            for a in found
        ]


def test_killed_recorder_is_recovered_and_attached(
    store: Store, data_dir: Path, interview_id: str
) -> None:
    rng = random.Random(SEED)
    seen: set[str] = set()
    for i in range(KILLS):
        frames, durable_ms = synth.run_and_kill(
            data_dir, interview_id, rng.getrandbits(32), rng.uniform(0.05, 1.2)
        )
        outcomes = recover_unfinished(store)
        assert [o.status for o in outcomes] == ["attached"], [o.message for o in outcomes]
        assert "recovered and attached" in describe(outcomes[0])
        new = [a for a in _attached(store, interview_id) if a[0] not in seen]
        assert len(new) == 1, f"kill {i}: one new attachment expected"
        attachment_id, data, duration_ms = new[0]
        seen.add(attachment_id)
        assert outcomes[0].attachment_id == attachment_id
        n, pcm, fmt = _wav_frames(data)
        assert fmt == (AUDIO.sample_rate, AUDIO.channels, AUDIO.sample_width)
        # Everything the killed process had handed over is there, and nothing else.
        assert n >= frames, f"kill {i}: {n} frames recovered, {frames} were written"
        assert n * 1000 // AUDIO.sample_rate >= durable_ms
        assert pcm == synth.frames(0, n), f"kill {i}: the recovered audio differs"
        assert duration_ms == n * 1000 // AUDIO.sample_rate
        # The recording folder is gone once its sound is safely attached.
        assert not any(recordings_root(data_dir).iterdir())
    assert recover_unfinished(store) == []


def test_finishing_normally_attaches_one_wav(
    store: Store, data_dir: Path, interview_id: str
) -> None:
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO, segment_seconds=0.1)
    writer.write(synth.frames(0, 2500))  # 0.3125 s: three segments and a bit
    assert len(segment_files(writer.folder)) == 4
    assert writer.durable_ms == 300 and writer.written_ms == 312
    folder = writer.close()
    outcome = finish_recording(store, folder)
    assert outcome.status == "attached" and outcome.duration_ms == 312
    [(attachment_id, data, duration_ms)] = _attached(store, interview_id)
    assert attachment_id == outcome.attachment_id and duration_ms == 312
    n, pcm, _fmt = _wav_frames(data)
    assert n == 2500 and pcm == synth.frames(0, 2500)
    assert not folder.exists()


def test_pause_closes_the_segment_and_partial_frames_wait(
    data_dir: Path, interview_id: str
) -> None:
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO, segment_seconds=5)
    data = synth.frames(0, 800)
    writer.write(data[:1001])  # 250 frames and one byte
    writer.pause()
    assert writer.durable_ms == writer.written_ms == 31
    journal = json.loads((writer.folder / JOURNAL).read_text())
    assert journal["segments"] == ["seg-00001.wav"] and journal["state"] == "recording"
    with wave.open(str(writer.folder / "seg-00001.wav")) as w:
        assert w.getnframes() == 250  # a closed segment is a whole WAV on its own
    writer.write(data[1001:])
    writer.close()
    assert [p.name for p in segment_files(writer.folder)] == ["seg-00001.wav", "seg-00002.wav"]


def test_truncated_last_segment_keeps_its_whole_frames(
    store: Store, data_dir: Path, interview_id: str
) -> None:
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO, segment_seconds=0.1)
    writer.write(synth.frames(0, 1300))  # 800 frames closed, 500 in the open segment
    folder = writer.folder
    last = segment_files(folder)[-1]
    # A power cut: the open segment lost its tail mid-frame and its header still says 0 bytes.
    os.truncate(last, 44 + 300 * 4 + 3)
    writer._release_lock()  # the process is "dead": its lock is gone
    [outcome] = recover_unfinished(store)
    assert outcome.status == "attached"
    [(_id, data, _ms)] = _attached(store, interview_id)
    n, pcm, _fmt = _wav_frames(data)
    assert n == 1100 and pcm == synth.frames(0, 1100)


def test_corrupt_journal_is_reported_and_every_file_kept(
    store: Store, data_dir: Path, interview_id: str
) -> None:
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO, segment_seconds=0.1)
    writer.write(synth.frames(0, 1000))
    folder = writer.close()
    segments = [p.name for p in segment_files(folder)]
    (folder / JOURNAL).write_bytes(b'{"state": "record\x00\x00')  # torn by a failing disk
    [outcome] = recover_unfinished(store)
    assert outcome.status == "kept"
    assert "journal is damaged" in outcome.message and str(folder) in outcome.message
    assert outcome.kept_file == folder / ASSEMBLED
    # Nothing removed: the segments, the damaged journal, and the sound joined into one file.
    assert [p.name for p in segment_files(folder)] == segments
    assert (folder / DAMAGED_JOURNAL).read_bytes().startswith(b'{"state": "record')
    n, pcm, _fmt = _wav_frames((folder / ASSEMBLED).read_bytes())
    assert n == 1000 and pcm == synth.frames(0, 1000)
    assert _attached(store, interview_id) == []
    assert recover_unfinished(store) == []  # told once; the files stay where it said


def test_recording_of_a_deleted_interview_is_kept(
    store: Store, data_dir: Path, interview_id: str
) -> None:
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO)
    writer.write(synth.frames(0, 8000))
    with store.write() as session:
        row = session.get(Interview, interview_id)
        assert row is not None
        records.delete_row(session, row)
    outcome = finish_recording(store, writer.close())
    assert outcome.status == "kept" and outcome.kept_file is not None
    assert "deleted" in outcome.message and str(outcome.kept_file) in outcome.message
    n, _pcm, _fmt = _wav_frames(outcome.kept_file.read_bytes())
    assert n == 8000
    assert recover_unfinished(store) == []
    assert outcome.kept_file.is_file()


def test_a_recording_in_progress_is_left_alone(
    store: Store, data_dir: Path, interview_id: str
) -> None:
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO, segment_seconds=0.1)
    writer.write(synth.frames(0, 1000))
    assert recover_unfinished(store) == []
    assert finish_recording(store, writer.folder).status == "failed"
    assert segment_files(writer.folder)
    writer.close()
    assert finish_recording(store, writer.folder).status == "attached"


def test_interrupted_finish_never_attaches_twice(
    store: Store, data_dir: Path, interview_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.storage import recording

    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO)
    writer.write(synth.frames(0, 4000))
    folder = writer.close()
    real_update = recording._update

    def killed_after_attach(path: Path, journal: dict[str, object], **changes: object) -> object:
        if changes.get("state") == "done":
            raise SystemExit("killed")  # the process dies after the attach committed
        return real_update(path, journal, **changes)

    monkeypatch.setattr(recording, "_update", killed_after_attach)
    with pytest.raises(SystemExit):
        finish_recording(store, folder)
    monkeypatch.setattr(recording, "_update", real_update)
    assert json.loads((folder / JOURNAL).read_text())["state"] == "assembled"
    [outcome] = recover_unfinished(store)
    assert outcome.status == "attached"
    assert len(_attached(store, interview_id)) == 1


def test_nothing_captured_leaves_nothing(store: Store, data_dir: Path, interview_id: str) -> None:
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO)
    outcome = finish_recording(store, writer.close())
    assert outcome.status == "empty" and not writer.folder.exists()
    assert _attached(store, interview_id) == []


def test_background_writer_writes_in_order(store: Store, data_dir: Path, interview_id: str) -> None:
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO, segment_seconds=0.2)
    background = BackgroundWriter(writer)
    data = synth.frames(0, 5000)
    for i in range(0, len(data), 333):
        background.write(data[i : i + 333])
    background.pause()
    folder = background.close()
    assert background.error is None
    assert finish_recording(store, folder).status == "attached"
    [(_id, blob, _ms)] = _attached(store, interview_id)
    assert _wav_frames(blob)[1] == data


def test_background_writer_reports_a_disk_error(data_dir: Path, interview_id: str) -> None:
    writer = RecordingWriter(data_dir, interview_id=interview_id, audio=AUDIO)
    background = BackgroundWriter(writer)
    (writer.folder / "seg-00001.wav").mkdir()  # the segment cannot be created (even as root)
    background.write(synth.frames(0, 100))
    with pytest.raises(StorageError, match="could not save the recording") as info:
        background.close()
    assert str(writer.folder) in str(info.value)
    assert isinstance(background.error, StorageError)
    background.write(b"more")  # ignored once writing failed; no second error, no hang


def test_audio_format_rejects_what_wav_cannot_hold() -> None:
    with pytest.raises(Exception, match="not supported"):
        AudioFormat(sample_rate=48_000, channels=1, sample_width=5)


def test_a_recovered_recording_is_named_and_announced_in_local_time(
    store: Store, data_dir: Path, interview_id: str
) -> None:
    # Started 21:23 UTC, which is 00:23 the next day in Nairobi (UTC+3): the researcher's time.
    started = datetime(2026, 12, 4, 21, 23, 40, tzinfo=UTC)
    writer = RecordingWriter(
        data_dir, interview_id=interview_id, audio=AUDIO, segment_seconds=0.1, started=started
    )
    writer.write(synth.frames(0, 1600))
    writer.close()  # as a quit mid-recording leaves it: closed, not yet attached
    nairobi = ZoneInfo("Africa/Nairobi")
    [outcome] = recover_unfinished(store, tz=nairobi)
    assert outcome.status == "attached"
    text = describe(outcome, tz=nairobi)
    assert "started 2026-12-05 00:23" in text and "21:23" not in text
    with store.read() as session:
        [attachment] = attachments_for(session, record_id=interview_id)
    assert attachment.filename == "Recording 2026-12-05 00.23.wav"
