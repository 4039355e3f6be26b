"""set-aside changes and an index on every foreign key

Revision ID: 5f1da0bcb442
Revises: 3145a02dcc7d
Create Date: 2026-12-04 21:49:55.891983

``set_aside_changes`` keeps pulled changes this replica could not apply (yet), with the reason.

Every foreign-key column gets an index. Remote apply runs with ``defer_foreign_keys``: while a
deferred violation is outstanding, SQLite looks up, for each parent row it inserts, the child
rows that refer to it; without an index on the child column that is a scan of the child table
per parent row (3,060 attachments x 100,000 codings took 36 s in one first pull).

Plain ``create_index`` (no ``batch_alter_table``): nothing here rebuilds a table, so the
``search_*`` triggers stay.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "5f1da0bcb442"
down_revision: str | None = "3145a02dcc7d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# index name -> (table, column)
FK_INDEXES: dict[str, tuple[str, str]] = {
    "ix_attachments_study": ("attachments", "study_id"),
    "ix_codings_attachment": ("codings", "attachment_id"),
    "ix_codings_study": ("codings", "study_id"),
    "ix_interview_participants_participant": ("interview_participants", "participant_id"),
    "ix_interview_participants_study": ("interview_participants", "study_id"),
    "ix_interviews_study": ("interviews", "study_id"),
    "ix_memos_study": ("memos", "study_id"),
    "ix_observations_study": ("observations", "study_id"),
    "ix_participants_study": ("participants", "study_id"),
    "ix_tags_study": ("tags", "study_id"),
    "ix_themes_merged_into": ("themes", "merged_into_id"),
    "ix_themes_parent": ("themes", "parent_id"),
}


def upgrade() -> None:
    op.create_table(
        "set_aside_changes",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("study_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("row_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("set_aside_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_index(
        "ix_set_aside_changes_study_seq", "set_aside_changes", ["study_id", "seq"], unique=False
    )
    for name, (table, column) in FK_INDEXES.items():
        op.create_index(name, table, [column], unique=False)


def downgrade() -> None:
    for name, (table, _column) in FK_INDEXES.items():
        op.drop_index(name, table_name=table)
    op.drop_index("ix_set_aside_changes_study_seq", table_name="set_aside_changes")
    op.drop_table("set_aside_changes")
