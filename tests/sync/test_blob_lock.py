"""The upload lock of the server's blob store, on a real folder with real ``flock``.

Found under load: two workers sending the same file, and the one finishing it removed the lock
file while still finishing. A request arriving then made a new lock file, took it at once
(while the first still held the removed one) and left it behind for good.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from fieldkit.sync.server.blob_store import ServerBlobs

UPLOAD = "ab" * 16


def test_a_request_arriving_while_an_upload_is_finished_waits_for_it(tmp_path: Path) -> None:
    blobs = ServerBlobs(tmp_path)
    data = b"radio lesson" * 100
    sha = hashlib.sha256(data).hexdigest()
    order: list[str] = []

    def other_request() -> None:
        with blobs.locked(UPLOAD):
            order.append("other")
            blobs.discard(UPLOAD)  # what a late chunk does once the upload is finished

    with blobs.locked(UPLOAD):
        blobs.append(UPLOAD, data)
        assert blobs.finish(UPLOAD, sha) == sha
        waiting = threading.Thread(target=other_request)
        waiting.start()
        waiting.join(0.5)  # it must still be waiting: the upload is not marked finished yet
        order.append("finisher")  # (the server records the finished upload here)
    waiting.join(30)
    assert order == ["finisher", "other"]
    assert blobs.has(sha)
    assert list(blobs.incoming.iterdir()) == []  # no part file, no lock file left


def test_an_upload_in_progress_keeps_its_lock_file_and_a_finished_one_does_not(
    tmp_path: Path,
) -> None:
    blobs = ServerBlobs(tmp_path)
    with blobs.locked(UPLOAD):
        assert blobs.append(UPLOAD, b"first half") == 10
    assert sorted(p.name for p in blobs.incoming.iterdir()) == [UPLOAD, f"{UPLOAD}.lock"]
    with blobs.locked(UPLOAD):
        blobs.discard(UPLOAD)
    assert list(blobs.incoming.iterdir()) == []
