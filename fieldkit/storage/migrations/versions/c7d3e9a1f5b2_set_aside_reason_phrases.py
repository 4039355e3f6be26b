"""set-aside reasons keep how they were made: the app says them in the reader's language

Revision ID: c7d3e9a1f5b2
Revises: d2b7e4f0a913
Create Date: 2026-12-05 22:00:00

A nullable column beside the English ``reason`` (which the CLI prints and old rows keep): an
``ADD COLUMN``, so the table is not rebuilt.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c7d3e9a1f5b2"
down_revision: str | None = "d2b7e4f0a913"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("set_aside_changes", sa.Column("reason_phrase", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("set_aside_changes") as batch:
        batch.drop_column("reason_phrase")
