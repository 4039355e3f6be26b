"""erased rows: a later push cannot write an erased participant's words back

Revision ID: b41f0e6a9c27
Revises: e93afee7d169
Create Date: 2026-12-05 02:45:00

Filled from the erasures already in the feed by the next revision (c5e2a9d81f30).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b41f0e6a9c27"
down_revision: str | None = "e93afee7d169"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erased_rows",
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("turns_of", sa.String(length=40), nullable=False),
        sa.Column("study_id", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["study_id"], ["studies.id"], name=op.f("fk_erased_rows_study_id_studies")
        ),
        sa.PrimaryKeyConstraint("row_id", "entity", "turns_of", name="pk_erased_rows"),
    )


def downgrade() -> None:
    op.drop_table("erased_rows")
