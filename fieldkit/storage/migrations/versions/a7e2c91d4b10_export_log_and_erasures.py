"""the export log (every export) and erasures (a withdrawn participant's erased material)

Revision ID: a7e2c91d4b10
Revises: 58a82d4f0734
Create Date: 2026-12-05 02:10:00

Plain ``create_table`` and ``create_index`` (no ``batch_alter_table``): no table is rebuilt,
so the ``search_*`` triggers stay.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "a7e2c91d4b10"
down_revision: str | None = "58a82d4f0734"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "export_log",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("row_stamp", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("field_stamps", sa.Text(), nullable=True),
        sa.Column("study_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("format", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("target", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.Column("consent_rules", sa.Text(), nullable=False),
        sa.Column("withheld", sa.Text(), nullable=False),
        sa.Column("exported_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("exported_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_export_log_study", "export_log", ["study_id"], unique=False)
    op.create_table(
        "erasures",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("row_stamp", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("field_stamps", sa.Text(), nullable=True),
        sa.Column("study_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("participant_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("participant_code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("rows", sa.Text(), nullable=False),
        sa.Column("blobs", sa.Text(), nullable=False),
        sa.Column("erased_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("erased_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_erasures_study", "erasures", ["study_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_erasures_study", table_name="erasures")
    op.drop_table("erasures")
    op.drop_index("ix_export_log_study", table_name="export_log")
    op.drop_table("export_log")
