"""What sync moves: :class:`RowChange`, and column values to and from their JSON-ready form."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from fieldkit.errors import ValidationError, phrase
from fieldkit.storage.models import SyncRow, data_columns

OPS = ("insert", "update")
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def compact_json(value: Any) -> str:
    """``value`` as compact, key-sorted JSON (what sizes and compares change values)."""
    return _ENCODER.encode(value)


@dataclass(frozen=True)
class RowChange:
    """One change to one row: new values of some fields, all set at ``stamp``.

    ``values`` are JSON-ready (dates and times as ISO strings); ``bases`` maps each field in
    ``values`` to the stamp it was based on (``None`` for an insert, which sets every field).

    On the wire an insert whose bases are all ``None`` (every insert this code makes) leaves
    ``bases`` out: it would repeat every field name with ``null``, a third of the JSON of a
    small record. ``from_json_dict`` restores it.
    """

    entity: str
    row_id: str
    study_id: str
    stamp: str
    op: str
    values: dict[str, Any]
    bases: dict[str, str | None]

    def to_json_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "entity": self.entity,
            "row_id": self.row_id,
            "study_id": self.study_id,
            "stamp": self.stamp,
            "op": self.op,
            "values": dict(self.values),
        }
        if not self._implied_bases():
            data["bases"] = dict(self.bases)
        return data

    def _implied_bases(self) -> bool:
        if self.op != "insert" or any(self.bases.values()):  # a base is a stamp or None
            return False
        return self.bases.keys() == self.values.keys()

    @classmethod
    def from_json_dict(cls, data: Any) -> RowChange:
        if not isinstance(data, dict):
            raise ValidationError(phrase("a change from the server is not an object"))
        keys = _INSERT_KEYS if data.get("op") == "insert" else _UPDATE_KEYS
        if not keys <= data.keys():
            missing = sorted(keys - data.keys())
            raise ValidationError(
                phrase("a change from the server lacks {keys}", keys=", ".join(missing))
            )
        for key in _TEXT_KEYS:
            if not isinstance(data[key], str):
                raise ValidationError(phrase("a change from the server has a bad {key}", key=key))
        values = data["values"]
        if not isinstance(values, dict):
            raise ValidationError(phrase("a change from the server has bad values or bases"))
        if "bases" in data:
            bases = data["bases"]
            if not isinstance(bases, dict):
                raise ValidationError(phrase("a change from the server has bad values or bases"))
            if any(b is not None and not isinstance(b, str) for b in bases.values()):
                raise ValidationError(phrase("a change from the server has a bad base stamp"))
            bases = dict(bases)
        else:  # an insert (checked above): every field set from nothing
            bases = dict.fromkeys(values)
        return cls(
            entity=data["entity"],
            row_id=data["row_id"],
            study_id=data["study_id"],
            stamp=data["stamp"],
            op=data["op"],
            values=dict(values),
            bases=bases,
        )


_TEXT_KEYS = ("entity", "row_id", "study_id", "stamp", "op")
_INSERT_KEYS = frozenset({*_TEXT_KEYS, "values"})
_UPDATE_KEYS = _INSERT_KEYS | {"bases"}


# --- values ----------------------------------------------------------------------------------


_SYNC_COLUMNS: dict[type[SyncRow], dict[str, sa.Column[Any]]] = {}
_PYTHON_TYPES: dict[sa.Column[Any], type] = {}
_PLAIN = (str, int, bool)


def sync_columns(model: type[SyncRow]) -> dict[str, sa.Column[Any]]:
    """The data columns of ``model`` that a change can carry (all but ``id``).

    Computed once per model (sync asks for every change of a batch); do not modify the result.
    """
    columns = _SYNC_COLUMNS.get(model)
    if columns is None:
        table = model.__table__  # type: ignore[attr-defined]
        columns = {name: table.c[name] for name in data_columns(model) if name != "id"}
        _SYNC_COLUMNS[model] = columns
    return columns


def json_value(value: Any) -> Any:
    """A column value in its JSON-ready form (times in UTC, ISO 8601)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds") + "Z"
    if isinstance(value, date):
        return value.isoformat()
    return value


def python_value(column: sa.Column[Any], value: Any, *, label: str) -> Any:
    """The column value for a JSON-ready ``value``; ValidationError if it does not fit."""
    if value is None:
        if not column.nullable:
            raise ValidationError(phrase("{field} must not be empty", field=label))
        return None
    kind = _python_type(column)
    if type(value) is kind and kind in _PLAIN:  # most values of a batch: nothing to convert
        return value
    try:
        if kind is datetime:
            return _utc(
                value if isinstance(value, datetime) else datetime.fromisoformat(_text(value))
            )
        if kind is date:
            if isinstance(value, datetime):
                raise ValueError(value)
            return value if isinstance(value, date) else date.fromisoformat(_text(value))
        if kind is bool:
            if isinstance(value, bool):
                return value
        elif kind is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
        elif isinstance(value, str):
            return value
    except ValueError:
        pass
    raise ValidationError(
        phrase("{field} has a value of the wrong kind: {value}", field=label, value=repr(value))
    )


def _utc(parsed: datetime) -> datetime:
    # Stored as aware UTC (sqlmodel's UTCDateTime); a time without zone is UTC.
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _utc_from_text(text: str) -> datetime:
    return _utc(datetime.fromisoformat(text))


# field -> (the type a value may already have, whether it may be empty, the parser of its text
# for dates and times): what python_value decides, laid out per table once.
_Spec = tuple[type | None, bool, Callable[[str], Any] | None]
_SPECS: dict[type[SyncRow], dict[str, _Spec]] = {}
_PARSERS: dict[type, Callable[[str], Any]] = {date: date.fromisoformat, datetime: _utc_from_text}


def _specs(model: type[SyncRow]) -> dict[str, _Spec]:
    found = _SPECS.get(model)
    if found is None:
        found = _SPECS[model] = {}
        for name, column in sync_columns(model).items():
            kind = _python_type(column)
            found[name] = (
                kind if kind in _PLAIN else None,
                bool(column.nullable),
                _PARSERS.get(kind),
            )
    return found


def python_values(model: type[SyncRow], values: dict[str, Any], *, entity: str) -> dict[str, Any]:
    """``python_value`` of each of a change's fields (all of them columns of ``model``).

    The same values and refusals, with the common cases (text, numbers, empty fields, times
    and dates as ISO text) settled here without a call per value: a pulled batch of 10,000
    records has 100,000 values.
    """
    specs = _specs(model)
    out: dict[str, Any] = {}
    for name, value in values.items():
        plain, nullable, parse = specs[name]
        kind = type(value)
        if kind is plain or (value is None and nullable):
            out[name] = value
            continue
        if parse is not None and kind is str:
            try:
                out[name] = parse(value)
                continue
            except ValueError:
                pass  # python_value says why
        out[name] = python_value(sync_columns(model)[name], value, label=f"{entity}.{name}")
    return out


def column_kind(column: sa.Column[Any]) -> type:
    """The Python type of a column's values: str, int, bool, date or datetime."""
    return _python_type(column)


def _python_type(column: sa.Column[Any]) -> type:
    found = _PYTHON_TYPES.get(column)
    if found is None:
        found = _PYTHON_TYPES[column] = _type_of(column)
    return found


def _type_of(column: sa.Column[Any]) -> type:
    kind: Any = column.type
    if isinstance(kind, sa.TypeDecorator):
        kind = kind.impl_instance
    for sa_type, py_type in (
        (sa.DateTime, datetime),
        (sa.Date, date),
        (sa.Boolean, bool),
        (sa.Integer, int),
    ):
        if isinstance(kind, sa_type):
            return py_type
    return str


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(value)
    return value


__all__ = [
    "OPS",
    "RowChange",
    "column_kind",
    "compact_json",
    "json_value",
    "python_value",
    "python_values",
    "sync_columns",
]
