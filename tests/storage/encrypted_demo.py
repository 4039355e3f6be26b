"""A small demo folder, made once per test session, and copies of it to encrypt."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.demo import generate
from fieldkit.storage.crypto import folder_key
from fieldkit.storage.crypto.folder_key import KdfParams
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment, Interview, Participant, Theme

PASSPHRASE = "mango trees by the river"
# Argon2id at a test's cost: the parameters travel in the key file, so nothing else changes.
CHEAP = KdfParams(memory_kib=8 * 1024, time_cost=1, parallelism=1)


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(folder_key, "DEFAULT_KDF", CHEAP)


@pytest.fixture(scope="session")
def plain_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plain-demo") / "data"
    with Store.open(folder) as store:
        generate(store, scale="small", seed=7)
    return folder


@pytest.fixture
def demo_copy(plain_demo: Path, tmp_path: Path, cheap_kdf: None) -> Path:
    target = tmp_path / "data"
    shutil.copytree(plain_demo, target)
    return target


def secrets_of(folder: Path) -> dict[str, bytes]:
    """A transcript sentence, a theme name, a participant code and an audio file's head."""
    with Store.open(folder) as store, store.read() as session:
        interview = session.scalars(select(Interview).where(Interview.transcript != "")).first()
        assert interview is not None
        sentence = next(s for s in interview.transcript.split(". ") if len(s) > 30)
        theme = session.scalars(select(Theme)).first()
        participant = session.scalars(select(Participant)).first()
        audio = session.scalars(select(Attachment).where(Attachment.kind == "audio")).first()
        assert theme is not None and participant is not None and audio is not None
        head = store.blobs.open_verified(audio.sha256)[2000:2040]
    return {
        "transcript sentence": sentence.encode(),
        "theme name": theme.name.encode(),
        "participant code": participant.code.encode(),
        "audio bytes": head,
    }


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if p.is_file() and needle in p.read_bytes()]
