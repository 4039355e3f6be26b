"""Attaching photos, recordings and documents: checks before copying, one copy per content."""

from __future__ import annotations

import io
import os
import shutil
import struct
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from fieldkit.errors import (
    BlobCorruptError,
    BlobMissingError,
    DataFolderFullError,
    DataFolderReadOnlyError,
    FileTooLargeError,
    NotFoundError,
    UnreadableFileError,
    ValidationError,
)
from fieldkit.storage import blobs as blobs_module
from fieldkit.storage import codings, records
from fieldkit.storage.attachments import (
    attach_bytes,
    attach_file,
    attach_staged,
    attachment_path,
    attachments_for,
    read_attachment,
    remove_attachment,
    stage_file,
    verify_attachments,
)
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment, ChangeLogEntry, Coding
from tests.storage.permissions import read_only_folder

GB = 1024**3


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    with store.write() as session:
        study = records.create_study(session, name="Learning ecosystems")
        case = records.create_case(session, study_id=study.id, title="Kisumu community school")
        interview = records.add_interview(session, case_id=case.id, date="2024-03-15")
        observation = records.add_observation(
            session, case_id=case.id, date="2024-03-16", description="Reading corner at noon."
        )
        return {"case": case.id, "interview": interview.id, "observation": observation.id}


def jpeg_bytes(color: str = "green", size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def wav_bytes(seconds: float = 1.0, rate: int = 8000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x01\x00" * int(rate * seconds))
    return out.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def blob_files(store: Store) -> list[Path]:
    root = store.blobs.root
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def count_attachments(store: Store) -> int:
    with store.read() as session:
        return int(session.execute(select(func.count()).select_from(Attachment)).scalar_one())


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    return write(tmp_path, "reading-corner.jpg", jpeg_bytes())


# --- the good path ----------------------------------------------------------------------------


def test_attach_photo_infers_kind_and_media_type(
    store: Store, ids: dict[str, str], photo: Path
) -> None:
    with store.write() as session:
        att = attach_file(
            session, store.blobs, record_id=ids["observation"], path=photo, caption=" Noon "
        )
    assert (att.kind, att.media_type, att.filename) == ("photo", "image/jpeg", photo.name)
    assert (att.target_type, att.target_id, att.size) == (
        "observation",
        ids["observation"],
        photo.stat().st_size,
    )
    assert att.caption == "Noon"
    assert att.duration_ms is None
    assert blob_files(store) == [store.blobs.path_for(att.sha256)]
    with store.read() as session:
        assert [a.id for a in attachments_for(session, record_id=ids["observation"][:8])] == [
            att.id
        ]
        assert read_attachment(session, store.blobs, attachment_id=att.id) == photo.read_bytes()
        logged = session.execute(
            select(ChangeLogEntry).where(ChangeLogEntry.row_id == att.id)
        ).scalar_one()
        assert (logged.entity, logged.op) == ("attachments", "insert")


def test_identical_photo_attached_twice_is_stored_once(
    store: Store, ids: dict[str, str], photo: Path, tmp_path: Path
) -> None:
    copy = write(tmp_path, "same-photo-renamed.jpg", photo.read_bytes())
    with store.write() as session:
        a = attach_file(session, store.blobs, record_id=ids["observation"], path=photo)
        b = attach_file(session, store.blobs, record_id=ids["case"], path=copy)
    assert a.id != b.id
    assert a.sha256 == b.sha256
    assert (a.filename, b.filename) == ("reading-corner.jpg", "same-photo-renamed.jpg")
    assert len(blob_files(store)) == 1


def test_wav_duration_is_measured(store: Store, ids: dict[str, str], tmp_path: Path) -> None:
    path = write(tmp_path, "interview.wav", wav_bytes(seconds=2.5))
    with store.write() as session:
        att = attach_file(session, store.blobs, record_id=ids["interview"], path=path)
    assert (att.kind, att.media_type, att.duration_ms) == ("audio", "audio/wav", 2500)


def test_wav_whose_recorder_never_finished_its_header(
    store: Store, ids: dict[str, str], tmp_path: Path
) -> None:
    """A power cut mid-interview leaves the data size at 0: the length comes from the bytes."""
    data = bytearray(wav_bytes(seconds=3.0))
    data[40:44] = struct.pack("<I", 0)
    data[4:8] = struct.pack("<I", 0)
    path = write(tmp_path, "power-cut.wav", bytes(data))
    with store.write() as session:
        att = attach_file(session, store.blobs, record_id=ids["interview"], path=path)
    assert att.duration_ms == 3000


def test_float_wav_that_wave_cannot_read_still_gets_a_duration(
    store: Store, ids: dict[str, str]
) -> None:
    rate, channels, seconds = 16000, 1, 2
    samples = b"\x00\x00\x00\x00" * rate * seconds
    fmt = struct.pack("<HHIIHH", 3, channels, rate, rate * 4 * channels, 4 * channels, 32)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(samples)) + samples
    data = b"RIFF" + struct.pack("<I", len(body)) + body
    with store.write() as session:
        att = attach_bytes(
            session, store.blobs, record_id=ids["interview"], data=data, filename="float.wav"
        )
    assert att.duration_ms == 2000


def test_other_audio_is_accepted_without_duration(store: Store, ids: dict[str, str]) -> None:
    mp3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 200
    with store.write() as session:
        att = attach_bytes(
            session, store.blobs, record_id=ids["interview"], data=mp3, filename="memo.mp3"
        )
        opus = attach_bytes(
            session,
            store.blobs,
            record_id=ids["interview"],
            data=b"\x00\x01 made-up codec bytes",
            filename="voice.opus",
            kind="audio",
        )
    assert (att.kind, att.media_type, att.duration_ms) == ("audio", "audio/mpeg", None)
    assert (opus.kind, opus.media_type) == ("audio", "audio/ogg")


def test_documents_of_any_kind(store: Store, ids: dict[str, str]) -> None:
    with store.write() as session:
        pdf = attach_bytes(
            session, store.blobs, record_id=ids["case"], data=b"%PDF-1.4\n...", filename="r.pdf"
        )
        scan = attach_bytes(
            session,
            store.blobs,
            record_id=ids["interview"],
            data=jpeg_bytes(),
            filename="consent-form-scan.jpg",
            kind="document",
        )
        docx = attach_bytes(
            session, store.blobs, record_id=ids["case"], data=b"PK\x03\x04zip", filename="n.docx"
        )
    assert (pdf.kind, pdf.media_type) == ("document", "application/pdf")
    assert (scan.kind, scan.media_type) == ("document", "image/jpeg")
    assert docx.kind == "document"
    assert docx.media_type.endswith("wordprocessingml.document")


def test_attach_bytes_for_generated_photos(store: Store, ids: dict[str, str]) -> None:
    png = io.BytesIO()
    Image.new("RGB", (20, 10), "blue").save(png, "PNG")
    with store.write() as session:
        att = attach_bytes(
            session,
            store.blobs,
            record_id=ids["observation"],
            data=png.getvalue(),
            filename="C:\\Users\\field\\sketch.png",
        )
    assert (att.kind, att.media_type, att.filename) == ("photo", "image/png", "sketch.png")


def test_remove_attachment_is_a_tombstone_and_detaches_audio_codings(
    store: Store, ids: dict[str, str]
) -> None:
    with store.write() as session:
        att = attach_bytes(
            session, store.blobs, record_id=ids["interview"], data=wav_bytes(), filename="a.wav"
        )
        coding = codings.code_audio(
            session, attachment_id=att.id, theme="Trust and relationships", start_ms=0, end_ms=500
        )
    with store.write() as session:
        removed = remove_attachment(session, attachment_id=att.id)
        assert removed.deleted_at is not None
    with store.read() as session:
        assert attachments_for(session, record_id=ids["interview"]) == []
        assert session.get(Attachment, att.id) is not None  # kept as a tombstone
        kept = session.get(Coding, coding.id)
        assert kept is not None and kept.detached and kept.deleted_at is None
        with pytest.raises(NotFoundError):
            read_attachment(session, store.blobs, attachment_id=att.id)
    assert store.blobs.has(att.sha256)  # the file stays for sync and for other attachments


# --- bad input ------------------------------------------------------------------------------


def test_a_2gb_photo_fails_fast_and_stores_nothing(
    store: Store, ids: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "x.jpg"
    path.write_bytes(jpeg_bytes())
    os.truncate(path, 2 * GB)  # sparse: no disk space used, and reading it would take seconds
    before = count_attachments(store)
    started = time.perf_counter()
    with store.write() as session, pytest.raises(FileTooLargeError) as err:
        attach_file(session, store.blobs, record_id=ids["observation"], path=path)
    assert time.perf_counter() - started < 0.5
    assert str(err.value) == "the photo x.jpg is 2.0 GB; photos up to 50 MB are accepted"
    assert count_attachments(store) == before
    assert blob_files(store) == []


def test_a_2gb_photo_with_explicit_kind_is_refused_before_opening(
    store: Store, ids: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "big.jpg"
    path.touch()
    os.truncate(path, 2 * GB)
    path.chmod(0o000)  # not even readable: the size alone decides
    with store.write() as session, pytest.raises(FileTooLargeError, match=r"2\.0 GB"):
        attach_file(session, store.blobs, record_id=ids["case"], path=path, kind="photo")


def test_a_non_image_jpg_is_refused(store: Store, ids: dict[str, str], tmp_path: Path) -> None:
    path = write(tmp_path, "holiday.jpg", b"this is a text file, not a photo\n")
    with store.write() as session, pytest.raises(UnreadableFileError) as err:
        attach_file(session, store.blobs, record_id=ids["observation"], path=path)
    assert "the photo holiday.jpg is not an image fieldkit can read" in str(err.value)
    assert blob_files(store) == []


def test_a_pdf_given_as_photo_is_named_as_such(store: Store, ids: dict[str, str]) -> None:
    with store.write() as session, pytest.raises(UnreadableFileError) as err:
        attach_bytes(
            session,
            store.blobs,
            record_id=ids["observation"],
            data=b"%PDF-1.4\n",
            filename="p.jpg",
            kind="photo",
        )
    assert str(err.value) == "the photo p.jpg is not an image (it looks like a PDF document)"


def test_a_truncated_jpeg_is_refused(store: Store, ids: dict[str, str]) -> None:
    whole = jpeg_bytes(size=(640, 480))
    with store.write() as session, pytest.raises(UnreadableFileError, match="damaged"):
        attach_bytes(
            session,
            store.blobs,
            record_id=ids["observation"],
            data=whole[: len(whole) // 2],
            filename="cut.jpg",
        )


def test_heic_is_refused_with_advice(store: Store, ids: dict[str, str]) -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    with store.write() as session, pytest.raises(UnreadableFileError, match="export it as JPEG"):
        attach_bytes(
            session, store.blobs, record_id=ids["observation"], data=heic, filename="i.heic"
        )


def test_a_photo_given_as_audio_is_refused(store: Store, ids: dict[str, str]) -> None:
    with store.write() as session, pytest.raises(UnreadableFileError) as err:
        attach_bytes(
            session,
            store.blobs,
            record_id=ids["interview"],
            data=jpeg_bytes(),
            filename="r.wav",
            kind="audio",
        )
    assert str(err.value) == "the recording r.wav is not audio (it looks like a JPEG image)"


def test_audio_on_an_observation_is_refused(store: Store, ids: dict[str, str]) -> None:
    with store.write() as session, pytest.raises(ValidationError) as err:
        attach_bytes(
            session, store.blobs, record_id=ids["observation"], data=wav_bytes(), filename="a.wav"
        )
    assert str(err.value) == "an observation can hold photos and documents, not audio recordings"
    assert blob_files(store) == []


def test_unknown_kind_and_unknown_content(store: Store, ids: dict[str, str]) -> None:
    with store.write() as session:
        with pytest.raises(ValidationError, match="kind 'video' is unknown"):
            attach_bytes(
                session,
                store.blobs,
                record_id=ids["case"],
                data=b"x",
                filename="a.mov",
                kind="video",
            )
        with pytest.raises(ValidationError, match=r"cannot tell whether data\.bin is a photo"):
            attach_bytes(
                session, store.blobs, record_id=ids["case"], data=b"\x00\x01", filename="data.bin"
            )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.jpg", "does not exist"),
        (lambda d: d, "is a folder, not a file"),
        (lambda d: write(d, "empty.jpg", b""), "is empty; nothing was attached"),
    ],
)
def test_missing_folder_or_empty_file(
    store: Store, ids: dict[str, str], tmp_path: Path, make: object, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with store.write() as session, pytest.raises(UnreadableFileError, match=message):
        attach_file(session, store.blobs, record_id=ids["case"], path=path)


def test_unknown_record(store: Store, ids: dict[str, str], photo: Path) -> None:
    with store.write() as session, pytest.raises(NotFoundError):
        attach_file(session, store.blobs, record_id="ffffffff", path=photo)


# --- faults ---------------------------------------------------------------------------------


@pytest.fixture
def attached(store: Store, ids: dict[str, str], tmp_path: Path) -> Iterator[dict[str, str]]:
    with store.write() as session:
        photo = attach_file(
            session,
            store.blobs,
            record_id=ids["observation"],
            path=write(tmp_path, "board.jpg", jpeg_bytes("red")),
        )
        audio = attach_bytes(
            session, store.blobs, record_id=ids["interview"], data=wav_bytes(), filename="p01.wav"
        )
        good = attach_bytes(
            session, store.blobs, record_id=ids["case"], data=b"%PDF-1.4 ok", filename="ok.pdf"
        )
    yield {"photo": photo.id, "audio": audio.id, "good": good.id}


def _sha(store: Store, attachment_id: str) -> str:
    with store.read() as session:
        row = session.get(Attachment, attachment_id)
        assert row is not None
        return row.sha256


def test_blob_deleted_on_disk(store: Store, attached: dict[str, str]) -> None:
    store.blobs.path_for(_sha(store, attached["photo"])).unlink()
    with store.read() as session, pytest.raises(BlobMissingError) as err:
        read_attachment(session, store.blobs, attachment_id=attached["photo"])
    assert str(err.value).startswith("the photo board.jpg (attached to observation ")
    assert "is missing from the data folder" in str(err.value)


def test_blob_altered_on_disk(store: Store, attached: dict[str, str]) -> None:
    path = store.blobs.path_for(_sha(store, attached["audio"]))
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    with store.read() as session:
        with pytest.raises(BlobCorruptError, match=r"^the recording p01\.wav .* is damaged"):
            read_attachment(session, store.blobs, attachment_id=attached["audio"])
        with pytest.raises(BlobCorruptError, match=r"p01\.wav"):
            attachment_path(session, store.blobs, attachment_id=attached["audio"])


def test_verify_attachments_lists_every_broken_one(store: Store, attached: dict[str, str]) -> None:
    with store.read() as session:
        assert verify_attachments(session, store.blobs) == []
    store.blobs.path_for(_sha(store, attached["photo"])).unlink()
    store.blobs.path_for(_sha(store, attached["audio"])).write_bytes(b"overwritten")
    with store.read() as session:
        broken = verify_attachments(session, store.blobs)
        found = {a.filename: type(e) for a, e in broken}
        assert found == {"board.jpg": BlobMissingError, "p01.wav": BlobCorruptError}
        assert all(a.filename in str(e) for a, e in broken)
        good = attachment_path(session, store.blobs, attachment_id=attached["good"])
    assert good.read_bytes() == b"%PDF-1.4 ok"


def test_read_only_data_folder(store: Store, ids: dict[str, str], photo: Path) -> None:
    """chmod 0o500 on the blob folder. Tests run as root, which ignores mode bits, so
    ``read_only_folder`` drops CAP_DAC_OVERRIDE for the duration: the write really fails."""
    store.blobs.root.mkdir()
    before = count_attachments(store)
    with read_only_folder(store.blobs.root):
        with store.write() as session, pytest.raises(DataFolderReadOnlyError) as err:
            attach_file(session, store.blobs, record_id=ids["observation"], path=photo)
        assert "may not write in" in str(err.value)
    assert count_attachments(store) == before
    assert blob_files(store) == []


def test_full_data_folder(
    store: Store, ids: dict[str, str], photo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk is a fault we cannot cause for real here, so ``shutil.disk_usage`` reports
    almost no free space; the copy must be refused before it starts and nothing recorded."""
    real = shutil.disk_usage

    def full(path: str | os.PathLike[str]) -> object:
        usage = real(path)
        return type(usage)(usage.total, usage.total, 0)

    monkeypatch.setattr(blobs_module.shutil, "disk_usage", full)
    before = count_attachments(store)
    with store.write() as session, pytest.raises(DataFolderFullError, match="nothing was stored"):
        attach_file(session, store.blobs, record_id=ids["observation"], path=photo)
    assert count_attachments(store) == before
    assert blob_files(store) == []


def test_stage_outside_the_transaction_then_attach(
    store: Store, ids: dict[str, str], tmp_path: Path
) -> None:
    recording = write(tmp_path, "long-interview.wav", wav_bytes(seconds=4))
    staged = stage_file(store.blobs, path=recording)  # no session: no write lock held
    assert (staged.kind, staged.duration_ms, staged.filename) == ("audio", 4000, recording.name)
    assert store.blobs.has(staged.sha256)
    with store.write() as session:
        with pytest.raises(ValidationError, match="an observation can hold photos and documents"):
            attach_staged(session, record_id=ids["observation"], staged=staged)
        att = attach_staged(session, record_id=ids["interview"], staged=staged, caption="P-01")
    assert (att.sha256, att.size, att.caption) == (staged.sha256, staged.size, "P-01")
    assert count_attachments(store) == 1
