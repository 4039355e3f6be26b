"""A later push cannot write an erased participant's words back.

A laptop that had not yet pulled an erasure may edit an erased record offline; its change
carries a later stamp, so stored as sent it would win on every replica and the words would
return. As a push is stored (under the study's row lock, in its transaction: an erasure
takes the same lock, so a push checked just before an erasure committed cannot slip through),
each change to a row in ``erased_rows`` has the erased fields emptied again ("" as the erasure
set them) or, where only the participant's speaker turns were removed (a group interview),
those turns removed from the new text: the rest of the edit (other speakers' words, other
fields) is kept, nothing is refused, and no laptop's sync is wedged. The laptop that sent it
does the same to its own copy when it applies the erasure (``storage/erasure.py``,
``enforce``), so every replica holds the same value under the same stamp.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING

import sqlalchemy as sa

from fieldkit.storage.erasure import erased_value
from fieldkit.storage.json_text import encode_compact
from fieldkit.sync.server.db import erased_rows

if TYPE_CHECKING:
    from fieldkit.sync.server.store import StudySync

_CHUNK = 900


def strip_erased(conn: sa.Connection, part: StudySync) -> StudySync:
    """``part`` with every pushed value that would restore erased words made erased again.

    Called with the study's row lock held (``ServerStore._push_one``)."""
    if not part.push or part.read_only:
        return part
    erased = _erased_in(conn, part)
    if not erased:
        return part
    push = list(part.push)
    for i, text in enumerate(push):
        change = json.loads(text)
        rules = erased.get((str(change.get("entity")), str(change.get("row_id"))))
        values = change.get("values")
        if not rules or not isinstance(values, dict):
            continue
        touched = False
        for code, names in rules:
            for name in names:
                value = values.get(name)
                if isinstance(value, str):
                    kept = erased_value(name, value, code)
                    touched |= kept != value
                    values[name] = kept
        if touched:
            push[i] = encode_compact(change)
    return replace(part, push=push)


def _erased_in(
    conn: sa.Connection, part: StudySync
) -> dict[tuple[str, str], list[tuple[str, list[str]]]]:
    """(entity, row id) -> [(participant code or "", fields)] for the pushed rows erased."""
    ids = sorted({key.row_id for key in part.keys if key.op != "insert"})
    found: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
    if not ids:
        return found
    for start in range(0, len(ids), _CHUNK):
        query = sa.select(
            erased_rows.c.entity,
            erased_rows.c.row_id,
            erased_rows.c.turns_of,
            erased_rows.c.fields,
        ).where(
            erased_rows.c.study_id == part.study_id,
            erased_rows.c.row_id.in_(ids[start : start + _CHUNK]),
        )
        for entity, row_id, code, fields in conn.execute(query):
            found.setdefault((str(entity), str(row_id)), []).append(
                (str(code), list(json.loads(fields)))
            )
    return found


__all__ = ["strip_erased"]
