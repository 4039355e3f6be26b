"""accounts: disabled users, study-creation right, token last use, login limits

Revision ID: e93afee7d169
Revises: 7c1d2e3f4a5b
Create Date: 2026-12-04 21:49:33.935989

Users that exist when this runs keep the right to create studies (they could before, and a
deployment must not break on upgrade); users added later get it only with
``fieldkit-server user add --can-create-studies`` or ``user grant-create``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e93afee7d169"
down_revision: str | None = "7c1d2e3f4a5b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_limits",
        sa.Column("key", sa.String(length=260), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("blocked_until_ms", sa.BigInteger(), nullable=False),
        sa.Column("updated_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_limits")),
    )
    op.create_index("ix_login_limits_updated_ms", "login_limits", ["updated_ms"], unique=False)
    # Plain ADD COLUMN (SQLite has it): a batch copy of ``users`` would drop the table, which
    # SQLite refuses with foreign keys on once tokens or devices refer to its rows.
    op.add_column("tokens", sa.Column("last_used_ms", sa.BigInteger(), nullable=True))
    op.add_column("users", sa.Column("disabled_ms", sa.BigInteger(), nullable=True))
    op.add_column(
        "users",
        sa.Column(
            "can_create_studies",
            sa.Boolean(create_constraint=False),
            server_default=sa.false(),
            nullable=False,
        ),
    )
    users = sa.table("users", sa.column("can_create_studies", sa.Boolean()))
    op.execute(users.update().values(can_create_studies=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("can_create_studies")
        batch_op.drop_column("disabled_ms")
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.drop_column("last_used_ms")
    op.drop_index("ix_login_limits_updated_ms", table_name="login_limits")
    op.drop_table("login_limits")
