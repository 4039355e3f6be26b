"""devices bound to users, row owners, feed epoch, server keys

Revision ID: 7c1d2e3f4a5b
Revises: 25b2cd75bcfc
Create Date: 2026-12-04 22:05:00

- ``devices``: each device id belongs to the user who first signed in with it. Backfilled from
  the tokens: the user of a device's earliest token (later tokens of other users for that
  device stop working, as a hijacker's would).
- ``row_owners``: the study of every row id inserted through the feed. Backfilled from the
  feed's inserts (the first insert of an id wins, as it would have at push time).
- ``studies.epoch``: "" for every existing study.
- ``server_keys``: the key that signs acknowledgements and cursors (``proofs.py``).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c1d2e3f4a5b"
down_revision: str | None = "25b2cd75bcfc"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_devices_user_id_users")),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_devices")),
    )
    op.create_table(
        "row_owners",
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("study_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["study_id"], ["studies.id"], name=op.f("fk_row_owners_study_id_studies")
        ),
        sa.PrimaryKeyConstraint("row_id", "entity", name="pk_row_owners"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "server_keys",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_server_keys")),
    )
    with op.batch_alter_table("studies") as batch:
        batch.add_column(
            sa.Column("epoch", sa.String(length=32), server_default="", nullable=False)
        )
    conn = op.get_bind()
    # The proof key exists from the start, so every backup of this database holds it (a
    # restored database must still recognise what the server signed before the restore).
    keys = sa.table("server_keys", sa.column("name", sa.String), sa.column("value", sa.String))
    conn.execute(keys.insert().values(name="position_proofs", value=secrets.token_hex(32)))
    _backfill_devices(conn)
    _backfill_row_owners(conn)


def _backfill_devices(conn: sa.Connection) -> None:
    tokens = sa.table(
        "tokens",
        sa.column("id", sa.Integer),
        sa.column("user_id", sa.Integer),
        sa.column("device_id", sa.String),
        sa.column("created_ms", sa.BigInteger),
    )
    devices = sa.table(
        "devices",
        sa.column("device_id", sa.String),
        sa.column("user_id", sa.Integer),
        sa.column("created_ms", sa.BigInteger),
    )
    first: dict[str, tuple[int, int]] = {}
    query = sa.select(tokens.c.device_id, tokens.c.user_id, tokens.c.created_ms).order_by(
        tokens.c.id
    )
    for device_id, user_id, created_ms in conn.execute(query):
        first.setdefault(str(device_id), (int(user_id), int(created_ms)))
    rows = [
        {"device_id": d, "user_id": u, "created_ms": ms} for d, (u, ms) in sorted(first.items())
    ]
    if rows:
        conn.execute(devices.insert(), rows)


def _backfill_row_owners(conn: sa.Connection) -> None:
    feed = sa.table(
        "feed",
        sa.column("study_id", sa.String),
        sa.column("server_seq", sa.BigInteger),
        sa.column("change", sa.Text),
    )
    owners = sa.table(
        "row_owners",
        sa.column("row_id", sa.String),
        sa.column("entity", sa.String),
        sa.column("study_id", sa.String),
    )
    seen: set[tuple[str, str]] = set()
    pending: list[dict[str, str]] = []
    query = sa.select(feed.c.study_id, feed.c.change).order_by(feed.c.study_id, feed.c.server_seq)
    for study_id, text in conn.execute(query):
        try:
            change = json.loads(text)
            key = (str(change["row_id"]), str(change["entity"]))
            is_insert = change["op"] == "insert"
        except (ValueError, KeyError, TypeError):
            continue
        if not is_insert or key in seen or len(key[0]) > 36:
            continue
        seen.add(key)
        pending.append({"row_id": key[0], "entity": key[1], "study_id": str(study_id)})
        if len(pending) >= _BATCH:
            conn.execute(owners.insert(), pending)
            pending = []
    if pending:
        conn.execute(owners.insert(), pending)


def downgrade() -> None:
    with op.batch_alter_table("studies") as batch:
        batch.drop_column("epoch")
    op.drop_table("server_keys")
    op.drop_table("row_owners")
    op.drop_table("devices")
