"""an index of deleted records per study

Counts (the codebook's) leave out codings and tags on deleted records: a coding made on
another laptop while this one deleted its record stays live there. Few records are deleted,
so a partial index over them lets that check skip the live ones (and their transcripts).

Revision ID: 58a82d4f0734
Revises: 5f1da0bcb442
Create Date: 2026-12-05 01:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "58a82d4f0734"
down_revision: str | None = "5f1da0bcb442"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("interviews", "observations", "cases")


def upgrade() -> None:
    for table in TABLES:
        op.execute(
            f"CREATE INDEX ix_deleted_{table} ON {table} (study_id, id) "
            "WHERE deleted_at IS NOT NULL"
        )


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_deleted_{table}")
