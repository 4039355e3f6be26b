"""The SQLCipher HMAC of an encrypted folder: new folders use SHA-256 (cheaper page checks),
folders encrypted before with SHA-512 still open, through the real engine, without noise."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
import sqlalchemy as sa
import sqlcipher3.dbapi2 as sqlcipher

from fieldkit.storage.crypto.db_cipher import NEW_HMAC, OLD_HMAC, apply_key, hmac_of
from fieldkit.storage.crypto.folder_key import FolderKey
from fieldkit.storage.db import make_engine


@pytest.mark.parametrize("hmac", [OLD_HMAC, NEW_HMAC])
def test_a_folder_opens_with_the_hmac_it_was_written_with(
    hmac: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    key = FolderKey(secrets.token_bytes(32))
    db_path = tmp_path / "fieldkit.sqlite3"
    conn = sqlcipher.connect(str(db_path), isolation_level=None)
    apply_key(conn, key.database_key, hmac)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('Mwalimu anapiga simu kila Jumatano')")
    conn.close()

    assert hmac_of(db_path, key.database_key) == hmac
    engine = make_engine(db_path, key)
    try:
        with engine.connect() as c:
            assert c.execute(sa.text("SELECT body FROM notes")).scalar_one().startswith("Mwalimu")
    finally:
        engine.dispose()
    assert "hmac check failed" not in capfd.readouterr().err
    assert b"Mwalimu" not in db_path.read_bytes()


def test_a_folder_encrypted_now_uses_the_new_hmac(demo_copy: Path) -> None:
    from fieldkit.storage.crypto.convert import encrypt_folder
    from fieldkit.storage.crypto.folder_key import unlock
    from tests.storage.encrypted_demo import PASSPHRASE

    encrypt_folder(demo_copy, PASSPHRASE)
    key = unlock(demo_copy, PASSPHRASE)
    assert hmac_of(demo_copy / "fieldkit.sqlite3", key.database_key) == NEW_HMAC
