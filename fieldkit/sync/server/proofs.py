"""Proofs that the server itself told a laptop a position: signed acks and pull cursors.

A laptop that says "you acknowledged my changes up to 120" or "I pulled this study up to 900"
when the server holds less makes the server start a new feed epoch, and then every laptop of
the study pulls it again from the start. That is right after a restore from a backup, and
would be a cheap way for one member to make the whole team re-download a study at every sync
if any claim were believed. So each reply carries an HMAC of the acknowledgement and of the
cursor under a key kept in the database (``server_keys``; a restored database has the same
key), and only a claim with a valid proof moves the epoch.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from fieldkit.sync.server.db import server_keys
from fieldkit.sync.server.dialect import insert_ignore

KEY_NAME = "position_proofs"
_LENGTH = 32  # hex digits kept of the HMAC-SHA256 (128 bits)


def load_key(conn: Connection) -> bytes:
    """The proof key, made on first use (two workers at once agree on the first one)."""
    insert_ignore(conn, server_keys, {"name": KEY_NAME, "value": secrets.token_hex(32)})
    value = conn.execute(
        sa.select(server_keys.c.value).where(server_keys.c.name == KEY_NAME)
    ).scalar_one()
    return bytes.fromhex(str(value))


def ack_proof(key: bytes, *, device_id: str, study_id: str, ack: int) -> str:
    return _mac(key, f"ack|{device_id}|{study_id}|{ack}")


def cursor_proof(key: bytes, *, study_id: str, cursor: int, epoch: str) -> str:
    return _mac(key, f"pull|{study_id}|{cursor}|{epoch}")


def valid(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected, given)


def _mac(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()[:_LENGTH]


__all__ = ["ack_proof", "cursor_proof", "load_key", "valid"]
