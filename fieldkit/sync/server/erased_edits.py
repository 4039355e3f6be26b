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

from fieldkit.storage.erasure import CHILD_TABLES, WORD_FIELDS, erased_value
from fieldkit.storage.json_text import encode_compact
from fieldkit.sync.server.db import erased_rows

if TYPE_CHECKING:
    from fieldkit.sync.server.study_sync import StudySync

_CHUNK = 900


def strip_erased(conn: sa.Connection, part: StudySync) -> StudySync:
    """``part`` with every pushed value that would restore erased words made erased again.

    Called with the study's row lock held (``ServerStore._push_one``). A new coding, memo,
    tag or attachment made offline on a record the erasure took whole (or on the participant)
    has its text fields emptied too, and is itself kept in ``erased_rows`` so a later edit of
    it is emptied as well."""
    if not part.push or part.read_only:
        return part
    # One query (under the lock) for the rows changed and the records new rows hang on; only
    # a change naming a target is read here, the rest only once a row of the push is erased.
    targets = set()
    for text in part.push:
        if '"target_id"' in text:
            values = json.loads(text).get("values")
            if isinstance(values, dict) and values.get("target_id"):
                targets.add(str(values["target_id"]))
    ids = {key.row_id for key in part.keys if key.op != "insert"} | targets
    erased = _erased_in(conn, part.study_id, sorted(ids)) if ids else {}
    if not erased:
        return part
    changes = [json.loads(text) for text in part.push]
    whole = {row_id for (_, row_id), rules in erased.items() if any(not c for c, _ in rules)}
    push = list(part.push)
    for i, change in enumerate(changes):
        entity, row_id = str(change.get("entity")), str(change.get("row_id"))
        values = change.get("values")
        if not isinstance(values, dict):
            continue
        rules = erased.get((entity, row_id))
        if not rules and entity in CHILD_TABLES and str(values.get("target_id")) in whole:
            rules = [("", list(WORD_FIELDS[entity]))]
            _remember_child(conn, part.study_id, entity, row_id)
        if not rules:
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


def _remember_child(conn: sa.Connection, study_id: str, entity: str, row_id: str) -> None:
    key = (
        (erased_rows.c.row_id == row_id)
        & (erased_rows.c.entity == entity)
        & (erased_rows.c.turns_of == "")
    )
    conn.execute(erased_rows.delete().where(key))
    fields = json.dumps(sorted(WORD_FIELDS[entity]))
    conn.execute(
        erased_rows.insert().values(
            row_id=row_id, entity=entity, turns_of="", study_id=study_id, fields=fields
        )
    )


def _erased_in(
    conn: sa.Connection, study_id: str, ids: list[str]
) -> dict[tuple[str, str], list[tuple[str, list[str]]]]:
    """(entity, row id) -> [(participant code or "", fields)] for the rows of ``ids`` erased."""
    found: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
    for start in range(0, len(ids), _CHUNK):
        query = sa.select(
            erased_rows.c.entity,
            erased_rows.c.row_id,
            erased_rows.c.turns_of,
            erased_rows.c.fields,
        ).where(
            erased_rows.c.study_id == study_id,
            erased_rows.c.row_id.in_(ids[start : start + _CHUNK]),
        )
        for entity, row_id, code, fields in conn.execute(query):
            found.setdefault((str(entity), str(row_id)), []).append(
                (str(code), list(json.loads(fields)))
            )
    return found


__all__ = ["strip_erased"]
