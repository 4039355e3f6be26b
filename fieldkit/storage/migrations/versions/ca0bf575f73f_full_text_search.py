"""full-text search: search_docs, the FTS5 table search_index and the triggers that feed it

Revision ID: ca0bf575f73f
Revises: e330eba04cff
Create Date: 2026-11-25 14:30:00.000000

Every live interview, observation, case and memo has one row in ``search_docs`` (its stable
integer rowid, type, id, study and case) and one row in the FTS5 table ``search_index`` under
the same rowid, with three columns:

============  ===========  ============  ==========================================
record type   title        body          summary
============  ===========  ============  ==========================================
interview     title        transcript    summary
observation   title        description   setting
case          title        summary       locality, region, country, kind
memo          title        body          (empty)
============  ===========  ============  ==========================================

SQLite triggers keep both tables right on every INSERT and UPDATE, whatever wrote the row (the
services, a bulk insert, a sync apply), inside the writer's own transaction. A tombstone
(``deleted_at`` set) removes the record from the index; clearing it puts the record back.

The tokenizer is unicode61 with diacritics folded (``educacao`` finds ``educação``) and with
combining marks (categories ``M*``) counted as parts of words: without them SQLite splits
Devanagari and other Indic words at every vowel sign and virama (``शिक्षा`` → ``श क ष``).

Two partial indexes, ``search_codings_theme`` and ``search_tags_theme`` (theme_id, target_id of
live rows), serve the theme filter; like the tables they are named ``search_*`` so that
autogenerate leaves them alone.

Caution for later migrations: on SQLite, ``batch_alter_table`` rebuilds a table by copying it
and dropping the old one, which also drops its triggers. A migration that batch-alters
interviews, observations, cases or memos must re-create that table's ``search_*`` triggers.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "ca0bf575f73f"
down_revision: str | None = "e330eba04cff"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"

# The case a memo belongs to, from what it is attached to (NULL for a memo on a theme).
_MEMO_CASE = """CASE {r}.target_type
        WHEN 'case' THEN {r}.target_id
        WHEN 'interview' THEN (SELECT case_id FROM interviews WHERE id = {r}.target_id)
        WHEN 'observation' THEN (SELECT case_id FROM observations WHERE id = {r}.target_id)
        WHEN 'participant' THEN (SELECT case_id FROM participants WHERE id = {r}.target_id)
    END"""

_CASE_PLACE = (
    "rtrim(coalesce({r}.locality || ', ', '') || coalesce({r}.region || ', ', '') "
    "|| coalesce({r}.country || ', ', '') || coalesce({r}.kind, ''), ', ')"
)

# table -> (record type, title, body, summary, case id, source columns the index reads).
# Expressions use "{r}" for the row (NEW in triggers, the table alias in the backfill).
SOURCES: dict[str, tuple[str, str, str, str, str, tuple[str, ...]]] = {
    "interviews": (
        "interview",
        "{r}.title",
        "{r}.transcript",
        "{r}.summary",
        "{r}.case_id",
        ("title", "transcript", "summary", "case_id"),
    ),
    "observations": (
        "observation",
        "{r}.title",
        "{r}.description",
        "coalesce({r}.setting, '')",
        "{r}.case_id",
        ("title", "description", "setting", "case_id"),
    ),
    "cases": (
        "case",
        "{r}.title",
        "{r}.summary",
        _CASE_PLACE,
        "{r}.id",
        ("title", "summary", "locality", "region", "country", "kind"),
    ),
    "memos": (
        "memo",
        "{r}.title",
        "{r}.body",
        "''",
        _MEMO_CASE,
        ("title", "body", "target_type", "target_id"),
    ),
}


# The theme filter reads the live tags and codings of one theme; these partial indexes hold
# exactly what it needs (ix_codings_theme alone means one table lookup per coding).
_THEME_INDEXES = {"codings": "search_codings_theme", "tags": "search_tags_theme"}


def _insert_trigger(table: str) -> str:
    kind, title, body, summary, case, _ = SOURCES[table]
    r = "NEW"
    return f"""
CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table}
WHEN NEW.deleted_at IS NULL
BEGIN
    DELETE FROM search_index
        WHERE rowid IN (SELECT rowid FROM search_docs WHERE record_id = NEW.id);
    DELETE FROM search_docs WHERE record_id = NEW.id;
    INSERT INTO search_docs (record_type, record_id, study_id, case_id)
        VALUES ('{kind}', NEW.id, NEW.study_id, {case.format(r=r)});
    INSERT INTO search_index (rowid, title, body, summary)
        VALUES (last_insert_rowid(), {title.format(r=r)}, {body.format(r=r)},
                {summary.format(r=r)});
END"""


def _update_trigger(table: str) -> str:
    kind, title, body, summary, case, columns = SOURCES[table]
    r = "NEW"
    watched = ("deleted_at", "study_id", *columns)
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
    return f"""
CREATE TRIGGER search_{table}_update AFTER UPDATE OF {", ".join(watched)} ON {table}
WHEN {changed}
BEGIN
    DELETE FROM search_index
        WHERE rowid IN (SELECT rowid FROM search_docs WHERE record_id = OLD.id);
    DELETE FROM search_docs WHERE record_id = OLD.id AND NEW.deleted_at IS NOT NULL;
    INSERT INTO search_docs (record_type, record_id, study_id, case_id)
        SELECT '{kind}', NEW.id, NEW.study_id, {case.format(r=r)} WHERE NEW.deleted_at IS NULL
        ON CONFLICT (record_id) DO UPDATE
            SET study_id = excluded.study_id, case_id = excluded.case_id;
    INSERT INTO search_index (rowid, title, body, summary)
        SELECT rowid, {title.format(r=r)}, {body.format(r=r)}, {summary.format(r=r)}
        FROM search_docs WHERE record_id = NEW.id AND NEW.deleted_at IS NULL;
END"""


def _delete_trigger(table: str) -> str:
    # Research rows are never erased (tombstones), but a future purge must not leave ghosts.
    return f"""
CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table}
BEGIN
    DELETE FROM search_index
        WHERE rowid IN (SELECT rowid FROM search_docs WHERE record_id = OLD.id);
    DELETE FROM search_docs WHERE record_id = OLD.id;
END"""


def _moved_trigger(table: str) -> str:
    # A memo on an interview or observation follows it when it moves to another case.
    return f"""
CREATE TRIGGER search_{table}_moved AFTER UPDATE OF case_id ON {table}
WHEN OLD.case_id IS NOT NEW.case_id
BEGIN
    UPDATE search_docs SET case_id = NEW.case_id
        WHERE record_type = 'memo'
        AND record_id IN (SELECT id FROM memos WHERE target_id = NEW.id);
END"""


def _backfill(table: str) -> list[str]:
    kind, title, body, summary, case, _ = SOURCES[table]
    r = "src"
    return [
        f"""
INSERT INTO search_docs (record_type, record_id, study_id, case_id)
    SELECT '{kind}', src.id, src.study_id, {case.format(r=r)}
    FROM {table} AS src WHERE src.deleted_at IS NULL ORDER BY src.created_at, src.id""",
        f"""
INSERT INTO search_index (rowid, title, body, summary)
    SELECT d.rowid, {title.format(r=r)}, {body.format(r=r)}, {summary.format(r=r)}
    FROM search_docs AS d JOIN {table} AS src ON src.id = d.record_id
    WHERE d.record_type = '{kind}'""",
    ]


def upgrade() -> None:
    op.execute(
        """
CREATE TABLE search_docs (
    rowid INTEGER PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL UNIQUE,
    study_id TEXT,
    case_id TEXT
)"""
    )
    op.execute(
        f"""
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, summary,
    tokenize = "{TOKENIZE}"
)"""
    )
    for table in SOURCES:
        for statement in _backfill(table):
            op.execute(statement)
    for table in SOURCES:
        op.execute(_insert_trigger(table))
        op.execute(_update_trigger(table))
        op.execute(_delete_trigger(table))
    for table in ("interviews", "observations"):
        op.execute(_moved_trigger(table))
    for table, index in _THEME_INDEXES.items():
        op.execute(
            f"CREATE INDEX {index} ON {table} (theme_id, target_id) WHERE deleted_at IS NULL"
        )
    op.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def downgrade() -> None:
    for index in _THEME_INDEXES.values():
        op.execute(f"DROP INDEX IF EXISTS {index}")
    for table in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
    for table in ("interviews", "observations"):
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_moved")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_docs")
