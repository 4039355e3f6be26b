"""Two encrypted laptops sync attachments through a real server: on the wire and on the server
the files are as before (named and checked by the plaintext SHA-256); on each laptop they are
sealed, and a half-downloaded file is unreadable too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.errors import ServerUnreachableError
from fieldkit.storage.crypto.folder_key import create_key
from fieldkit.sync.client import HttpResponse, login
from tests.storage.encrypted_demo import CHEAP
from tests.sync.conftest import PASSWORD, Laptop, Server
from tests.sync.test_media import CHUNK, _content, _sync, attach


@pytest.fixture
def encrypted_laptop(server: Server, tmp_path: Path) -> Iterator[object]:
    from fieldkit.storage.db import Store

    opened: list[Store] = []

    def open_laptop(user: str) -> Laptop:
        folder = tmp_path / f"encrypted-{user}"
        folder.mkdir()
        key, _ = create_key(folder, "passphrase of " + user, kdf=CHEAP)
        store = Store.open(folder, key=key)
        opened.append(store)
        token = login(store, server_url=server.url, user=user, password=PASSWORD)
        return Laptop(store, token, server.url)

    yield open_laptop
    for store in opened:
        store.close()


def _files_with(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_sealed_files_travel_in_clear_to_the_server_and_arrive_sealed(
    server: Server, encrypted_laptop
) -> None:  # type: ignore[no-untyped-def]
    from tests.sync.media_faults import CuttingTransport

    a, b = encrypted_laptop("alice"), encrypted_laptop("bob")
    _sync(a)
    _sync(b)
    data = _content(11, 5 * CHUNK + 321)
    marker = data[1000:1064]
    sha = attach(a, server.study_id, data, "consent-forms.pdf")
    assert _files_with(a.store.data_dir, marker) == []
    report = _sync(a, chunk_bytes=CHUNK)
    assert report.media.uploaded_files == 1 and report.media.uploaded_bytes == len(data)
    on_server = server.data_dir / "blobs" / sha[:2] / sha[2:]
    assert on_server.read_bytes() == data  # the server stores what it always stored

    cutter = CuttingTransport()
    gets = {"n": 0}

    def cutting(method: str, url: str, *, body: bytes | None, headers: dict[str, str]):  # type: ignore[no-untyped-def]
        if method == "GET" and f"/blobs/{sha}" in url:
            gets["n"] += 1
            if gets["n"] == 3:
                cutter.download_cut = CHUNK // 2
        result: HttpResponse = cutter(method, url, body=body, headers=headers)
        return result

    with pytest.raises(ServerUnreachableError):
        _sync(b, chunk_bytes=CHUNK, transport=cutting)
    partial = b.store.blobs.root / ".partial" / sha
    assert partial.stat().st_size == 2 * CHUNK
    assert _files_with(b.store.data_dir, marker) == []  # the half download is unreadable
    got = _sync(b, chunk_bytes=CHUNK)
    assert got.media.downloaded_files == 1
    assert b.store.blobs.open_verified(sha) == data
    assert not partial.exists()
    assert _files_with(b.store.data_dir, marker) == []
