"""Encryption at rest: nothing readable on disk, search and audio seek still work, keys behave."""

from __future__ import annotations

import hashlib
import io
import secrets
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.errors import (
    FolderLockedError,
    StorageError,
    ValidationError,
    WrongPassphraseError,
)
from fieldkit.storage.crypto.convert import encrypt_folder
from fieldkit.storage.crypto.folder_key import KEY_FILE, change_passphrase, create_key, unlock
from fieldkit.storage.crypto.sealed_file import (
    CHUNK,
    HEADER,
    OVERHEAD,
    SealedFileError,
    SealedReader,
    SealedWriter,
)
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment
from fieldkit.storage.search import search
from tests.storage.encrypted_demo import CHEAP, PASSPHRASE, files_containing, secrets_of


def _seal(data: bytes, key: bytes) -> bytes:
    out = io.BytesIO()
    writer = SealedWriter(out, key)
    for start in range(0, len(data), 10_000):  # written in pieces, as a copy does
        writer.write(data[start : start + 10_000])
    writer.close()
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17])
def test_a_sealed_file_reads_back_whole_and_at_any_offset(size: int) -> None:
    key, data = secrets.token_bytes(32), secrets.token_bytes(size)
    sealed = _seal(data, key)
    reader = SealedReader(io.BytesIO(sealed), key)
    assert reader.size == size
    assert reader.readall() == data
    for offset in (0, size // 3, CHUNK - 5, size - 1):
        if 0 <= offset < size:
            reader.seek(offset)
            assert reader.read(4096) == data[offset : offset + 4096]


def test_a_sealed_file_cut_reordered_or_under_another_key_is_refused() -> None:
    key, data = secrets.token_bytes(32), secrets.token_bytes(3 * CHUNK + 100)
    sealed = _seal(data, key)
    stride = CHUNK + OVERHEAD
    cut = sealed[: HEADER + 2 * stride]  # at a chunk boundary: the last chunk is not "final"
    first, second = (sealed[HEADER + i * stride : HEADER + (i + 1) * stride] for i in (0, 1))
    swapped = sealed[:HEADER] + second + first + sealed[HEADER + 2 * stride :]
    flipped = bytearray(sealed)
    flipped[HEADER + 40] ^= 1
    for damaged, other_key in ((cut, key), (swapped, key), (bytes(flipped), key)):
        with pytest.raises(SealedFileError):
            SealedReader(io.BytesIO(damaged), other_key).readall()
    with pytest.raises(SealedFileError):
        SealedReader(io.BytesIO(sealed), secrets.token_bytes(32)).readall()


def test_no_file_of_an_encrypted_folder_holds_any_words_in_clear(demo_copy: Path) -> None:
    found = secrets_of(demo_copy)
    for what, needle in found.items():  # the check finds them before encryption
        assert files_containing(demo_copy, needle), what
    encrypt_folder(demo_copy, PASSPHRASE)
    key = unlock(demo_copy, PASSPHRASE)
    with Store.open(demo_copy, key=key) as store, store.write() as session:
        session.connection().exec_driver_sql("SELECT 1")  # opened, written: WAL files exist
    leaks = {what: files_containing(demo_copy, needle) for what, needle in found.items()}
    assert leaks == {what: [] for what in found}
    names = sorted(p.relative_to(demo_copy).as_posix() for p in demo_copy.rglob("*"))
    assert not any(n.startswith((".encrypting", ".plain-old")) for n in names)


def test_search_and_audio_seek_work_in_an_encrypted_folder(
    demo_copy: Path, plain_demo: Path
) -> None:
    with Store.open(plain_demo) as plain, plain.read() as session:
        before = [(h.record_id, h.snippet) for h in search(session, query="radio")]
        audio = session.scalars(select(Attachment).where(Attachment.kind == "audio")).first()
        assert audio is not None
        whole = plain.blobs.open_verified(audio.sha256)
    assert before
    encrypt_folder(demo_copy, PASSPHRASE)
    with Store.open(demo_copy, key=unlock(demo_copy, PASSPHRASE)) as store:
        with store.read() as session:
            after = [(h.record_id, h.snippet) for h in search(session, query="radio")]
        assert after == before
        with store.blobs.open(audio.sha256) as stream:
            middle = len(whole) * 2 // 3
            stream.seek(middle)
            assert stream.read(5000) == whole[middle : middle + 5000]
            stream.seek(44)
            assert stream.read(100) == whole[44:144]
        assert store.blobs.size(audio.sha256) == len(whole)
        store.blobs.verify(audio.sha256)
        # A new attachment is sealed too, under the SHA-256 of its plaintext (dedup, sync).
        data = b"a new photo " * 10_000
        sha, _ = store.blobs.put_bytes(data)
        assert sha == hashlib.sha256(data).hexdigest()
        assert data[:100] not in store.blobs.path_for(sha).read_bytes()
        assert store.blobs.open_verified(sha) == data


def test_an_encrypted_folder_does_not_open_without_its_key(demo_copy: Path) -> None:
    encrypt_folder(demo_copy, PASSPHRASE)
    before = {p: p.read_bytes() for p in demo_copy.rglob("*") if p.is_file()}
    with pytest.raises(FolderLockedError, match="encrypted; give its passphrase"):
        Store.open(demo_copy)
    with pytest.raises(WrongPassphraseError, match="does not unlock"):
        unlock(demo_copy, "mango trees by the rivers")
    after = {p: p.read_bytes() for p in demo_copy.rglob("*") if p.is_file()}
    assert after == before
    with pytest.raises(StorageError, match="encrypted already"):
        encrypt_folder(demo_copy, PASSPHRASE)


def test_changing_the_passphrase_rewraps_the_key_and_keeps_the_data(demo_copy: Path) -> None:
    recovery = encrypt_folder(demo_copy, PASSPHRASE)
    database = (demo_copy / "fieldkit.sqlite3").read_bytes()
    change_passphrase(demo_copy, PASSPHRASE, "a whole new phrase")
    assert (demo_copy / "fieldkit.sqlite3").read_bytes() == database  # not re-encrypted
    with pytest.raises(WrongPassphraseError):
        unlock(demo_copy, PASSPHRASE)
    key = unlock(demo_copy, "a whole new phrase")
    with Store.open(demo_copy, key=key) as store, store.read() as session:
        assert search(session, query="radio")
    # The recovery key still opens it, and sets a passphrase when the old one is forgotten.
    change_passphrase(demo_copy, recovery.lower().replace("-", " "), "found it again")
    unlock(demo_copy, "found it again")


def test_a_new_folder_can_start_encrypted(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    key, recovery = create_key(folder, PASSPHRASE, kdf=CHEAP)
    assert len(recovery.replace("-", "")) == 32
    with Store.open(folder, key=key) as store, store.read() as session:
        assert search(session, query="anything") == []
    assert (folder / KEY_FILE).stat().st_mode & 0o777 == 0o600
    with pytest.raises(ValidationError, match="too short"):
        create_key(tmp_path, "short")
