"""Which study owns each row id: a push may only change rows of its own study.

Every row a laptop creates is inserted once, in one study; the server records that study from
the insert (``db.row_owners``) and refuses, naming the change, a push that updates a row it has
never received, updates a row of another study, or inserts an id another study already holds.
Without this, one bad change (a typo'd id, a forged one) sat in a study's feed and every laptop
of the study failed to apply it.

Runs under the study's push lock, a whole push at a time: one ``WHERE row_id IN (...)`` lookup
per thousand changes and one executemany for the new ids, so a push of 10,000 new records
costs two dozen statements, not 10,000.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from fieldkit.errors import UNKNOWN_ROW, ChangeRefusedError, phrase
from fieldkit.sync.server.db import row_owners

_CHUNK = 900  # ids per lookup (well under every driver's limit on parameters)


class ChangeKey(NamedTuple):
    """What the ownership check needs of one pushed change."""

    entity: str
    row_id: str
    op: str


def keys_of(texts: Sequence[str]) -> list[ChangeKey]:
    """The keys of changes already checked and encoded (a study's seed made on the server)."""
    keys = []
    for text in texts:
        change = json.loads(text)
        keys.append(ChangeKey(str(change["entity"]), str(change["row_id"]), str(change["op"])))
    return keys


def claim_rows(conn: Connection, *, study_id: str, keys: Sequence[ChangeKey]) -> None:
    """Check every change of a push against the owners; record the study of its new rows.

    Raises ChangeRefusedError (nothing recorded; the caller's transaction rolls back) naming the
    first change that touches a row outside ``study_id``.
    """
    if not keys:
        return
    owners = _owners(conn, sorted({k.row_id for k in keys}))
    new: dict[tuple[str, str], str] = {}
    for n, key in enumerate(keys, start=1):
        where = (key.row_id, key.entity)
        owner = owners.get(where) or new.get(where)
        if key.op == "insert":
            if owner is None:
                new[where] = study_id
            elif owner != study_id:
                raise _refused(
                    study_id,
                    n,
                    key,
                    f"a new {key.entity} {key.row_id}",
                    phrase("that id already belongs to a record of another study on this server"),
                )
        elif owner is None:
            raise _refused(
                study_id,
                n,
                key,
                f"an edit of {key.entity} {key.row_id}",
                phrase(
                    "the server has never received that record, so no laptop could apply the edit"
                ),
                code=UNKNOWN_ROW,
            )
        elif owner != study_id:
            raise _refused(
                study_id,
                n,
                key,
                f"an edit of {key.entity} {key.row_id}",
                phrase("that record belongs to another study"),
            )
    if new:
        sql, positional = _insert_sql(conn.dialect)
        rows = [(row_id, entity, owner) for (row_id, entity), owner in new.items()]
        if positional:
            conn.exec_driver_sql(sql, rows)
        else:
            conn.exec_driver_sql(sql, [dict(zip(_NAMES, row, strict=True)) for row in rows])


def _refused(
    study_id: str, n: int, key: ChangeKey, what: str, why: str, code: str | None = None
) -> ChangeRefusedError:
    return ChangeRefusedError(
        f"change {n} of the push ({what}) was refused: {why}",
        study_id=study_id,
        change=n,
        entity=key.entity,
        row_id=key.row_id,
        reason=why,
        reason_code=code,
    )


def _owners(conn: Connection, row_ids: list[str]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for start in range(0, len(row_ids), _CHUNK):
        chunk = row_ids[start : start + _CHUNK]
        query = sa.select(row_owners.c.row_id, row_owners.c.entity, row_owners.c.study_id).where(
            row_owners.c.row_id.in_(chunk)
        )
        for row_id, entity, owner in conn.execute(query):
            found[(str(row_id), str(entity))] = str(owner)
    return found


_NAMES = ("row_id", "entity", "study_id")


@functools.cache
def _insert_sql(dialect: sa.Dialect) -> tuple[str, bool]:
    """INSERT ... ON CONFLICT DO NOTHING for ``dialect``, and whether it takes tuples.

    ON CONFLICT: on PostgreSQL two studies' pushes run at once, and the same new id in both
    must not fail either with an error; the first one's study keeps it.
    """
    maker = postgresql.insert if dialect.name == "postgresql" else sqlite.insert
    statement = (
        maker(row_owners).values({n: sa.bindparam(n) for n in _NAMES}).on_conflict_do_nothing()
    )
    compiled = statement.compile(dialect=dialect)
    if compiled.positional:
        assert tuple(compiled.positiontup or ()) == _NAMES
    return str(compiled), bool(compiled.positional)


__all__ = ["ChangeKey", "claim_rows", "keys_of"]
