"""The content-addressed blob store: one copy per content, whole files only, clear faults."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import time
from pathlib import Path

import pytest

from fieldkit.errors import (
    BlobCorruptError,
    BlobMissingError,
    DataFolderFullError,
    DataFolderReadOnlyError,
    UnreadableFileError,
)
from fieldkit.storage import blobs as blobs_module
from fieldkit.storage.blobs import TEMP_PREFIX, BlobStore
from tests.storage.permissions import read_only_folder


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


def all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_put_bytes_stores_under_its_hash(blobs: BlobStore) -> None:
    data = b"a recording" * 1000
    sha, size = blobs.put_bytes(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert size == len(data)
    assert blobs.path_for(sha) == blobs.root / sha[:2] / sha[2:]
    assert blobs.open_verified(sha) == data
    assert list(blobs.iter_hashes()) == [sha]


def test_identical_content_is_stored_once(blobs: BlobStore, tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(3 * blobs_module.CHUNK + 17))  # several chunks
    first = blobs.put_file(source)
    second = blobs.put_file(source)
    third = blobs.put_bytes(source.read_bytes())
    assert first == second == third
    assert all_files(blobs.root) == [blobs.path_for(first[0])]


def test_a_damaged_copy_is_replaced_by_a_whole_one(blobs: BlobStore) -> None:
    sha, _ = blobs.put_bytes(b"original")
    blobs.path_for(sha).write_bytes(b"garbage")
    blobs.put_bytes(b"original")
    assert blobs.open_verified(sha) == b"original"


class _FailingStream(io.RawIOBase):
    """A source that delivers two chunks, then fails (a USB stick pulled out mid-copy)."""

    def __init__(self, error: BaseException) -> None:
        self.reads = 0
        self.error = error

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.reads += 1
        if self.reads > 2:
            raise self.error
        return b"x" * (size if size > 0 else 1024)


def test_interrupted_copy_leaves_no_partial_blob_and_no_temp_file(blobs: BlobStore) -> None:
    stream = _FailingStream(KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        blobs.put_stream(stream, expected_size=10 * blobs_module.CHUNK)  # type: ignore[arg-type]
    assert stream.reads == 3  # it really failed mid-copy, after writing two chunks
    assert all_files(blobs.root) == []


def test_read_error_of_the_source_is_reported_as_the_source(blobs: BlobStore) -> None:
    stream = _FailingStream(OSError(5, "Input/output error"))
    with pytest.raises(UnreadableFileError) as err:
        blobs.put_stream(stream, name="recording.wav")  # type: ignore[arg-type]
    assert str(err.value).startswith("recording.wav could not be read to the end")
    assert "nothing was stored" in str(err.value)
    assert all_files(blobs.root) == []


def test_full_disk_is_refused_before_copying(
    blobs: BlobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk cannot be made for real in a test, so shutil.disk_usage is replaced."""
    source = tmp_path / "recording.wav"
    source.write_bytes(b"\x00" * 4096)
    real = shutil.disk_usage

    def nearly_full(path: str | os.PathLike[str]) -> object:
        usage = real(path)
        return type(usage)(usage.total, usage.total - 1000, 1000)

    monkeypatch.setattr(blobs_module.shutil, "disk_usage", nearly_full)
    with pytest.raises(DataFolderFullError) as err:
        blobs.put_file(source)
    assert "not enough free space for a 4.0 KB file: 1,000 bytes free" in str(err.value)
    assert "nothing was stored" in str(err.value)
    assert all_files(blobs.root) == []


def test_read_only_blob_folder(blobs: BlobStore) -> None:
    """chmod 0o500 on the folder; as root, CAP_DAC_OVERRIDE is dropped so it really applies."""
    blobs.root.mkdir()
    with read_only_folder(blobs.root), pytest.raises(DataFolderReadOnlyError) as err:
        blobs.put_bytes(b"field notes")
    assert "may not write in" in str(err.value)
    assert all_files(blobs.root) == []


def test_read_only_parent_folder(blobs: BlobStore) -> None:
    parent = blobs.root.parent  # blobs/ does not exist yet and cannot be made
    with read_only_folder(parent), pytest.raises(DataFolderReadOnlyError):
        blobs.put_bytes(b"field notes")
    assert not blobs.root.exists()


def test_missing_file_is_unreadable_input(blobs: BlobStore, tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="does not exist"):
        blobs.put_file(tmp_path / "nothing.wav")
    with pytest.raises(UnreadableFileError, match="is a folder"):
        blobs.put_file(tmp_path)


def test_missing_and_corrupt_blobs_are_reported(blobs: BlobStore) -> None:
    gone, _ = blobs.put_bytes(b"will be deleted")
    bad, _ = blobs.put_bytes(b"will be altered")
    blobs.path_for(gone).unlink()
    path = blobs.path_for(bad)
    path.write_bytes(path.read_bytes()[:-1] + b"!")
    with pytest.raises(BlobMissingError, match="is missing"):
        blobs.open_verified(gone)
    with pytest.raises(BlobMissingError, match="is missing"):
        blobs.verify(gone)
    with pytest.raises(BlobCorruptError, match="is damaged"):
        blobs.open_verified(bad)
    with pytest.raises(BlobCorruptError, match="is damaged"):
        blobs.verify(bad)


def test_path_for_refuses_anything_but_a_hash(blobs: BlobStore) -> None:
    with pytest.raises(BlobCorruptError):
        blobs.path_for("../../etc/passwd")


def test_stale_temp_files_are_swept_fresh_ones_kept(blobs: BlobStore) -> None:
    blobs.root.mkdir()
    stale = blobs.root / (TEMP_PREFIX + "killed")
    fresh = blobs.root / (TEMP_PREFIX + "running")
    stale.write_bytes(b"half a recording")
    fresh.write_bytes(b"being written by another process")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    sha, _ = blobs.put_bytes(b"next import")
    assert not stale.exists()
    assert fresh.exists()
    assert list(blobs.iter_hashes()) == [sha]
