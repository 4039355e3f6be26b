"""Checking one pushed change against a per-table schema compiled once, and encoding it.

A push of 10,000 small records was mostly spent here: each change became a ``RowChange``, its
stamp a ``Stamp``, each field went through ``python_value`` and the columns of its table were
looked up again for every change. The checks are the same; the work per change is now a few
dictionary and type tests, with ``python_value`` only for what a type test cannot settle
(dates, times, a wrong kind of value, which it refuses with its usual message).

What is stored is what was checked: the change's canonical JSON (``RowChange.to_json_dict``
form: its six keys in order, ``bases`` left out only for an insert whose bases are all empty),
built from the checked dictionary and encoded once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from fieldkit.errors import ValidationError, phrase
from fieldkit.storage.hlc import COUNTER_DIGITS, STAMP_LENGTH, WALL_DIGITS, Stamp
from fieldkit.storage.json_text import encode_compact
from fieldkit.storage.models import MODEL_BY_TABLE, Study
from fieldkit.storage.row_changes import OPS, column_kind, python_value, sync_columns
from fieldkit.sync.clock import check_not_ahead
from fieldkit.sync.server.row_owners import ChangeKey

_STAMP = re.compile(rf"[0-9a-f]{{{STAMP_LENGTH}}}")
_TEXT_KEYS = ("entity", "row_id", "study_id", "stamp", "op")
_PLAIN = (str, int, bool)
ROW_ID_LENGTH = 36


@dataclass(frozen=True)
class TableSchema:
    """What a change to one table may carry (compiled once per table)."""

    entity: str
    is_study: bool
    columns: dict[str, sa.Column[Any]]
    names: frozenset[str]
    # field -> (its Python type, may it be empty) for text, whole-number and yes/no fields:
    # a value of exactly that type (or an allowed None) needs no further check.
    plain: dict[str, tuple[type, bool]]
    # field -> its type's ``fromisoformat`` for dates and times: text it parses is accepted
    # (what ``python_value`` accepts); anything else goes to ``python_value`` to be refused.
    temporal: dict[str, Any]


_SCHEMAS: dict[str, TableSchema] = {}


def table_schema(entity: str) -> TableSchema | None:
    schema = _SCHEMAS.get(entity)
    if schema is None:
        model = MODEL_BY_TABLE.get(entity)
        if model is None:
            return None
        columns = sync_columns(model)
        plain: dict[str, tuple[type, bool]] = {
            name: (kind, bool(column.nullable))
            for name, column in columns.items()
            if (kind := column_kind(column)) in _PLAIN
        }
        temporal: dict[str, Any] = {
            name: kind.fromisoformat
            for name, column in columns.items()
            if (kind := column_kind(column)) in (date, datetime)
        }
        schema = _SCHEMAS[entity] = TableSchema(
            entity, model is Study, columns, frozenset(columns), plain, temporal
        )
    return schema


class ChangeChecker:
    """Checks the changes of one study's push from one device; ``check`` returns the JSON."""

    def __init__(self, *, study_id: str, device_id: str, now_ms: int | None) -> None:
        self.study_id = study_id
        self.device_id = device_id
        self.now_ms = now_ms
        self._stamps_ok: set[str] = set()  # stamps of this push already checked
        self._bases_ok: set[str] = set()
        self.keys: list[ChangeKey] = []  # of each change checked, for the ownership check

    def check(self, data: Any) -> str:
        if not isinstance(data, dict):
            raise ValidationError(phrase("a pushed change is not an object"))
        op = data.get("op")
        for key in _TEXT_KEYS:
            if not isinstance(data.get(key), str):
                if key not in data:
                    raise ValidationError(phrase("a pushed change lacks {key}", key=key))
                raise ValidationError(phrase("a pushed change has a bad {key}", key=key))
        if "values" not in data:
            raise ValidationError(phrase("a pushed change lacks values"))
        values = data["values"]
        has_bases = "bases" in data
        if not has_bases and op != "insert":
            raise ValidationError(phrase("a pushed change lacks bases"))
        bases = data["bases"] if has_bases else None
        if not isinstance(values, dict) or (has_bases and not isinstance(bases, dict)):
            raise ValidationError(phrase("a pushed change has bad values or bases"))
        entity: str = data["entity"]
        row_id: str = data["row_id"]
        if not 0 < len(row_id) <= ROW_ID_LENGTH:
            raise ValidationError(
                phrase("a record id has 1 to {most} characters", most=ROW_ID_LENGTH)
            )
        schema = table_schema(entity)
        if schema is None:
            raise ValidationError(
                phrase("a change names an unknown kind of record: {entity}", entity=repr(entity))
            )
        if op not in OPS:
            raise ValidationError(phrase("a change has an unknown operation: {op}", op=repr(op)))
        if data["study_id"] != self.study_id:
            raise ValidationError(
                phrase(
                    "a change to {entity} {row_id} belongs to study {other}, not {study}",
                    entity=entity,
                    row_id=row_id,
                    other=data["study_id"],
                    study=self.study_id,
                )
            )
        stamp: str = data["stamp"]
        if stamp not in self._stamps_ok:
            self._check_stamp(stamp)
        implied = True  # an insert whose bases are all empty: they stay off the wire
        if bases is not None:
            for base in bases.values():
                if base is None:
                    continue
                implied = False
                if not isinstance(base, str):
                    raise ValidationError(phrase("a pushed change has a bad base stamp"))
                if base not in self._bases_ok:
                    if not _STAMP.fullmatch(base):
                        raise ValidationError(
                            phrase("not a clock stamp: {stamp}", stamp=repr(base))
                        )
                    self._bases_ok.add(base)
            if bases.keys() != values.keys():
                raise ValidationError(phrase("a change has mismatched bases"))
        _check_values(schema, op, row_id, values, self.study_id)
        out = {
            "entity": entity,
            "row_id": row_id,
            "study_id": self.study_id,
            "stamp": stamp,
            "op": op,
            "values": values,
        }
        if bases is not None and not (op == "insert" and implied):
            out["bases"] = bases
        self.keys.append(ChangeKey(entity, row_id, op))
        return encode_compact(out)

    def _check_stamp(self, stamp: str) -> None:
        if not _STAMP.fullmatch(stamp):
            raise ValidationError(phrase("not a clock stamp: {stamp}", stamp=repr(stamp)))
        if stamp[WALL_DIGITS + COUNTER_DIGITS :] != self.device_id:
            raise ValidationError(
                phrase(
                    "it is stamped by device {other}, not by the device that sends it "
                    "({device}): a laptop sends only its own changes",
                    other=stamp[WALL_DIGITS + COUNTER_DIGITS :],
                    device=self.device_id,
                )
            )
        if self.now_ms is not None:
            check_not_ahead(Stamp.decode(stamp), server_time_ms=self.now_ms)
        self._stamps_ok.add(stamp)


def _check_values(
    schema: TableSchema, op: str, row_id: str, values: dict[str, Any], study_id: str
) -> None:
    """The values fit the table (so one bad push cannot block every other device's pull)."""
    entity = schema.entity
    if not values.keys() <= schema.names:
        unknown = sorted(values.keys() - schema.names)
        raise ValidationError(
            phrase(
                "a change to {entity} names unknown fields: {fields}",
                entity=entity,
                fields=str(unknown),
            )
        )
    if op == "insert" and len(values) != len(schema.names):
        missing = sorted(schema.names - values.keys())
        raise ValidationError(
            phrase("a new {entity} row lacks fields: {fields}", entity=entity, fields=str(missing))
        )
    plain = schema.plain
    temporal = schema.temporal
    for name, value in values.items():
        spec = plain.get(name)
        if spec is not None and (type(value) is spec[0] or (value is None and spec[1])):
            continue
        parse = temporal.get(name)
        if parse is not None and type(value) is str:
            try:
                parse(value)
                continue
            except ValueError:
                pass
        python_value(schema.columns[name], value, label=f"{entity}.{name}")
    owner = row_id if schema.is_study else values.get("study_id", study_id)
    if owner != study_id:
        raise ValidationError(
            phrase(
                "a change to {entity} {row_id} is for another study", entity=entity, row_id=row_id
            )
        )


__all__ = ["ChangeChecker", "TableSchema", "table_schema"]
