"""refused pushes keep how the server's reason was made: the app says it in the reader's language

Revision ID: e9b4c6d2a8f1
Revises: c7d3e9a1f5b2
Create Date: 2026-12-05 23:00:00

A nullable column beside the English ``reason`` (which the CLI prints, an older server sends
alone, and old rows keep): an ``ADD COLUMN``, so the table is not rebuilt.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e9b4c6d2a8f1"
down_revision: str | None = "c7d3e9a1f5b2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("refused_pushes", sa.Column("reason_phrase", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("refused_pushes") as batch:
        batch.drop_column("reason_phrase")
