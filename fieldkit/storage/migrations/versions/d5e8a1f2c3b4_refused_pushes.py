"""refused pushes: this laptop's changes the server refused, held back with its reason

Revision ID: d5e8a1f2c3b4
Revises: b4f1c2d3e5a6
Create Date: 2026-12-05 21:30:00

A table of its own: the change log is never edited (its numbers are the device's counters the
server acknowledges), so the entries held back are named here by their ``seq``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "d5e8a1f2c3b4"
down_revision: str | None = "b4f1c2d3e5a6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "refused_pushes",
        sa.Column("log_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("group_seq", sa.Integer(), nullable=False),
        sa.Column("study_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("row_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("refused_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("log_seq"),
    )
    op.create_index(
        "ix_refused_pushes_study_row",
        "refused_pushes",
        ["study_id", "entity", "row_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_refused_pushes_study_row", table_name="refused_pushes")
    op.drop_table("refused_pushes")
