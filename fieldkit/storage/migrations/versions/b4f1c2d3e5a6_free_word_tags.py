"""free-word tags: a tag on a whole record that is a word, not a codebook theme

Revision ID: b4f1c2d3e5a6
Revises: a7e2c91d4b10
Create Date: 2026-12-05 02:45:00

A table of its own rather than a nullable ``tags.theme_id``: every reader of ``tags`` (counts,
merges, the theme filter's partial index, the exports) keeps its "a tag has a theme" rule, and
a plain ``create_table`` rebuilds no table, so the ``search_*`` triggers stay.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "b4f1c2d3e5a6"
down_revision: str | None = "a7e2c91d4b10"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "free_tags",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("row_stamp", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("field_stamps", sa.Text(), nullable=True),
        sa.Column("study_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("word", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("target_type", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("target_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("tagged_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_free_tags_target", "free_tags", ["target_id"], unique=False)
    op.create_index("ix_free_tags_study", "free_tags", ["study_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_free_tags_study", table_name="free_tags")
    op.drop_index("ix_free_tags_target", table_name="free_tags")
    op.drop_table("free_tags")
