"""search triggers can stand aside while a pulled batch is indexed in one go

Revision ID: d2b7e4f0a913
Revises: d5e8a1f2c3b4
Create Date: 2026-12-05 21:40:00

Applying a pulled batch of 10,000 observations spent half its time in the per-row search
triggers. The insert and update triggers of interviews, observations, cases and memos now also
ask that ``search_deferred`` be empty; the sync apply puts a row there for the length of its
writes (inside its own transaction, so no other connection ever sees it) and indexes what it
wrote in a few statements (``fieldkit.storage.search_bulk``). Everything else writes with the
triggers as before. The trigger bodies are those of ``ca0bf575f73f``, unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from fieldkit.storage.migrations.versions.ca0bf575f73f_full_text_search import (
    SOURCES,
    _insert_trigger,
    _update_trigger,
)

revision: str = "d2b7e4f0a913"
down_revision: str | None = "d5e8a1f2c3b4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NOT_PAUSED = "NOT EXISTS (SELECT 1 FROM search_deferred)"


def _pausable(trigger: str) -> str:
    """The trigger with its WHEN condition and'ed with "not paused"."""
    head, when, rest = trigger.partition("\nWHEN ")
    condition, begin, body = rest.partition("\nBEGIN")
    assert when and begin, "a search trigger has one WHEN and one BEGIN"
    return f"{head}{when}({condition}) AND {_NOT_PAUSED}{begin}{body}"


def _recreate(pausable: bool) -> None:
    for table in SOURCES:
        for event, make in (("insert", _insert_trigger), ("update", _update_trigger)):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
            sql = make(table)
            op.execute(_pausable(sql) if pausable else sql)


def upgrade() -> None:
    op.execute("CREATE TABLE search_deferred (paused INTEGER PRIMARY KEY)")
    _recreate(pausable=True)


def downgrade() -> None:
    _recreate(pausable=False)
    op.execute("DROP TABLE IF EXISTS search_deferred")
