"""erased rows filled from the erasures already in the feed

Revision ID: c5e2a9d81f30
Revises: b41f0e6a9c27
Create Date: 2026-12-05 03:15:00

A server that received erasures before ``erased_rows`` existed (or before this revision) did
not remember the rows they erased, so an edit made offline on one of those rows could write the
words back. Every ``erasures`` change of the feed (each was checked when it was pushed: a lead,
text fields of the study's own rows) is read again and its rows kept, as the push would have
kept them; running it twice writes the same rows. Self-contained: it reads the feed's JSON
itself, not through the application's code, which may change after this revision.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "c5e2a9d81f30"
down_revision: str | None = "b41f0e6a9c27"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_feed = sa.table(
    "feed",
    sa.column("study_id", sa.String),
    sa.column("server_seq", sa.BigInteger),
    sa.column("change", sa.Text),
)
_erased = sa.table(
    "erased_rows",
    sa.column("row_id", sa.String),
    sa.column("entity", sa.String),
    sa.column("turns_of", sa.String),
    sa.column("study_id", sa.String),
    sa.column("fields", sa.Text),
)


def _rows_of(text: str) -> list[Any]:
    """The rows an ``erasures`` change names ([] for any other change)."""
    try:
        change = json.loads(text)
        values = change.get("values") or {}
        if change.get("entity") != "erasures" or "rows" not in values:
            return []
        rows = json.loads(values["rows"])
    except (TypeError, ValueError, AttributeError):
        return []
    return rows if isinstance(rows, list) else []


def upgrade() -> None:
    conn = op.get_bind()
    query = (
        sa.select(_feed.c.study_id, _feed.c.change)
        .where(_feed.c.change.contains('"erasures"'))
        .order_by(_feed.c.study_id, _feed.c.server_seq)
    )
    kept: dict[tuple[str, str, str], tuple[str, str]] = {}
    for study_id, text in conn.execute(query).all():
        for row in _rows_of(str(text)):
            if not isinstance(row, list) or len(row) not in (3, 4):
                continue
            table, row_id, names, *code = row
            if not names or not isinstance(names, list):
                continue
            turns_of = str(code[0]) if code else ""
            kept[(str(row_id), str(table), turns_of)] = (
                str(study_id),
                json.dumps(sorted(str(n) for n in names)),
            )
    for (row_id, table, turns_of), (study_id, fields) in kept.items():
        key = (
            (_erased.c.row_id == row_id)
            & (_erased.c.entity == table)
            & (_erased.c.turns_of == turns_of)
        )
        conn.execute(_erased.delete().where(key))
        conn.execute(
            _erased.insert().values(
                row_id=row_id, entity=table, turns_of=turns_of, study_id=study_id, fields=fields
            )
        )


def downgrade() -> None:
    pass  # the rows stay until ``erased_rows`` itself is dropped
