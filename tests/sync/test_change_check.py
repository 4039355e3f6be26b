"""The server's per-table change checks: the same verdicts, and the same stored JSON, as
checking through ``RowChange`` and ``python_value`` (what they replace)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from fieldkit.errors import ValidationError
from fieldkit.storage.models import MODEL_BY_TABLE
from fieldkit.storage.row_changes import RowChange, python_value, sync_columns
from fieldkit.sync.clock import StampAheadError
from fieldkit.sync.codec import dump_json
from fieldkit.sync.server.change_check import ChangeChecker

DEVICE = "0123456789abcdef"
OTHER = "fedcba9876543210"
STUDY = "s-1"
NOW = 1_750_000_000_000
STAMP = f"{NOW:012x}0000{DEVICE}"
BASE = f"{NOW - 5000:012x}0001{OTHER}"


def _insert(entity: str, **values: Any) -> dict[str, Any]:
    return {
        "entity": entity,
        "row_id": "r-1",
        "study_id": STUDY,
        "stamp": STAMP,
        "op": "insert",
        "values": values,
    }


OBSERVATION = _insert(
    "observations",
    created_at="2025-03-01T09:00:00.000000Z",
    updated_at="2025-03-01T09:00:00.000000+02:00",
    deleted_at=None,
    study_id=STUDY,
    case_id="c-1",
    title="Note",
    observer=None,
    date="2025-03-01",
    time=None,
    setting=None,
    description="It rained.",
)
PARTICIPANT = _insert(
    "participants",
    created_at="2025-03-01T09:00:00Z",
    updated_at="2025-03-01T09:00:00Z",
    deleted_at=None,
    study_id=STUDY,
    case_id="c-1",
    code="P-1",
    role="teacher",
    name=None,
    consent_status="given",
    consent_date=None,
    consent_form=None,
    consent_audio=True,
    consent_quotes=False,
    consent_attribution=False,
    notes="",
)
STUDY_ROW = {
    **_insert(
        "studies",
        created_at="2025-03-01T09:00:00Z",
        updated_at="2025-03-01T09:00:00Z",
        deleted_at=None,
        name="A study",
        description="",
        created_by=None,
    ),
    "row_id": STUDY,
}
UPDATE = {
    "entity": "observations",
    "row_id": "r-1",
    "study_id": STUDY,
    "stamp": STAMP,
    "op": "update",
    "values": {"description": "Revised", "date": "2025-03-02"},
    "bases": {"description": BASE, "date": None},
}


def _with(change: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(change)
    target = out
    for key in path[:-1]:
        target = target[key]
    if value is _DROP:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return out


_DROP = object()

GOOD = [
    OBSERVATION,
    PARTICIPANT,
    STUDY_ROW,
    UPDATE,
    {**OBSERVATION, "bases": dict.fromkeys(OBSERVATION["values"])},  # explicit empty bases
    {**OBSERVATION, "extra": "ignored"},  # unknown top-level keys are not stored
    {**UPDATE, "values": {"setting": None}, "bases": {"setting": BASE}},  # emptied
]
BAD = [
    "not an object",
    _with(OBSERVATION, ("entity",), "no_such_table"),
    _with(OBSERVATION, ("entity",), _DROP),
    _with(OBSERVATION, ("row_id",), 5),
    _with(OBSERVATION, ("op",), "delete"),
    _with(OBSERVATION, ("study_id",), "another"),
    _with(OBSERVATION, ("stamp",), "nonsense"),
    _with(OBSERVATION, ("stamp",), f"{NOW:012x}0000{OTHER}"),  # another device's stamp
    _with(OBSERVATION, ("stamp",), STAMP.upper()),
    _with(OBSERVATION, ("values",), []),
    _with(OBSERVATION, ("values", "nope"), 1),
    _with(OBSERVATION, ("values", "title"), _DROP),  # an insert lacks a field
    _with(OBSERVATION, ("values", "title"), 5),
    _with(OBSERVATION, ("values", "title"), None),  # not nullable
    _with(OBSERVATION, ("values", "date"), "2025-02-30"),
    _with(OBSERVATION, ("values", "date"), "2025-03-01T09:00:00"),
    _with(OBSERVATION, ("values", "date"), 20250301),
    _with(OBSERVATION, ("values", "created_at"), "yesterday"),
    _with(OBSERVATION, ("values", "created_at"), None),
    _with(OBSERVATION, ("values", "study_id"), "another"),  # the row is another study's
    _with(PARTICIPANT, ("values", "consent_audio"), 1),
    _with(PARTICIPANT, ("values", "consent_audio"), "true"),
    _with(STUDY_ROW, ("row_id",), "another"),
    _with(UPDATE, ("bases",), _DROP),
    _with(UPDATE, ("bases",), ["x"]),
    _with(UPDATE, ("bases", "description"), "nonsense"),
    _with(UPDATE, ("bases", "description"), 5),
    _with(UPDATE, ("bases", "description"), ["not", "hashable"]),
    _with(OBSERVATION, ("stamp",), ["not", "hashable"]),
    _with(UPDATE, ("bases", "title"), None),  # bases and values name different fields
    _with(UPDATE, ("values", "position"), "3"),
]


def _reference(data: Any) -> str:
    """The checks and the stored text as they were: through RowChange and python_value."""
    from fieldkit.storage.hlc import Stamp

    change = RowChange.from_json_dict(data)
    model = MODEL_BY_TABLE.get(change.entity)
    if model is None or change.op not in ("insert", "update") or change.study_id != STUDY:
        raise ValidationError("bad")
    try:
        stamp = Stamp.decode(change.stamp)
        for base in change.bases.values():
            if base is not None:
                Stamp.decode(base)
    except Exception as exc:
        raise ValidationError("bad stamp") from exc
    if stamp.device != DEVICE or set(change.bases) != set(change.values):
        raise ValidationError("bad")
    columns = sync_columns(model)
    if set(change.values) - set(columns):
        raise ValidationError("unknown")
    if change.op == "insert" and set(columns) - set(change.values):
        raise ValidationError("missing")
    for name, value in change.values.items():
        python_value(columns[name], value, label=name)
    owner = change.row_id if change.entity == "studies" else change.values.get("study_id", STUDY)
    if owner != STUDY:
        raise ValidationError("owner")
    return dump_json(change.to_json_dict()).decode()


def _checker() -> ChangeChecker:
    return ChangeChecker(study_id=STUDY, device_id=DEVICE, now_ms=NOW)


@pytest.mark.parametrize("change", GOOD, ids=range(len(GOOD)))
def test_good_changes_store_what_the_reference_stores(change: dict[str, Any]) -> None:
    text = _checker().check(copy.deepcopy(change))
    assert text == _reference(copy.deepcopy(change))
    assert RowChange.from_json_dict(json.loads(text)) == RowChange.from_json_dict(change)


@pytest.mark.parametrize("change", BAD, ids=range(len(BAD)))
def test_bad_changes_are_refused_as_the_reference_refuses_them(change: Any) -> None:
    with pytest.raises(ValidationError):
        _reference(copy.deepcopy(change))
    with pytest.raises(ValidationError) as caught:
        _checker().check(copy.deepcopy(change))
    assert not isinstance(caught.value, StampAheadError)


def test_a_checked_stamp_is_still_checked_per_change() -> None:
    checker = _checker()
    checker.check(copy.deepcopy(OBSERVATION))
    # The same stamp again is fine; a second change with another device's stamp is not.
    checker.check(copy.deepcopy(OBSERVATION))
    with pytest.raises(ValidationError):
        checker.check(_with(OBSERVATION, ("stamp",), f"{NOW:012x}0001{OTHER}"))


def test_a_stamp_far_ahead_of_the_server_is_a_clock_refusal() -> None:
    ahead = f"{NOW + 10 * 86_400_000:012x}0000{DEVICE}"
    with pytest.raises(StampAheadError):
        _checker().check(_with(OBSERVATION, ("stamp",), ahead))
    ChangeChecker(study_id=STUDY, device_id=DEVICE, now_ms=None).check(
        _with(OBSERVATION, ("stamp",), ahead)
    )
