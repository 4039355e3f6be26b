"""The SQLCipher settings of an encrypted data folder's database, in one place.

Folders encrypted from now on use HMAC-SHA256 for the per-page authentication instead of
SQLCipher 4's default HMAC-SHA512: on a laptop with SHA instructions (most since 2017) opening
an interview's pages costs about a quarter less (large demo corpus, interview row and codings:
0.179 → 0.142 ms median, plain SQLite 0.121 ms; ``benchmarks/bench_encryption.py``). Still a
256-bit MAC under a key derived from the folder's key; the AES-256 page cipher is unchanged;
``cipher_memory_security`` is already off in the wheel's build, and 8 KiB pages gained nothing
with SHA-256.

Folders encrypted before keep SHA-512: :func:`hmac_of` finds which one a file uses (one
connection, page 1 checked) and every connection to it is opened the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

NEW_HMAC = "HMAC_SHA256"
OLD_HMAC = "HMAC_SHA512"


def apply_key(conn: Any, database_key: str, hmac: str = NEW_HMAC, schema: str = "") -> None:
    """Key ``conn`` (or its attached ``schema``) with the folder's raw key and ``hmac``."""
    prefix = f"{schema}." if schema else ""
    if not schema:
        conn.execute(f'PRAGMA key = "{database_key}"')
    conn.execute(f"PRAGMA {prefix}cipher_hmac_algorithm = {hmac}")


def hmac_of(db_path: Path, database_key: str) -> str:
    """The HMAC the encrypted database at ``db_path`` was written with (new files: the new)."""
    if not Path(db_path).exists():
        return NEW_HMAC
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(db_path), timeout=30)
    # The library's log level is global: quiet while a mismatch is expected, then as it was
    # (else every open of an older folder writes "hmac check failed" lines to stderr).
    level = conn.execute("PRAGMA cipher_log_level").fetchone()[0]
    conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        apply_key(conn, database_key, NEW_HMAC)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return NEW_HMAC
    except sqlcipher.DatabaseError:
        return OLD_HMAC  # or a wrong key: the caller's own open says so
    finally:
        conn.execute(f"PRAGMA cipher_log_level = {level}")
        conn.close()


__all__ = ["NEW_HMAC", "OLD_HMAC", "apply_key", "hmac_of"]
