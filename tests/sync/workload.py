"""Edits on several replicas, with a ledger of every write, and the checks that nothing was lost.

A write is *built on* when a later write of the same field had its stamp as base (the later
writer saw it and changed it: overwritten on purpose, not lost). Every other write must end as
the field's current value on the converged replicas, or be kept as a conflict's losing value
(with its stamp) on some replica. Created records exist exactly once; deleted ones stay deleted.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import col

from fieldkit.storage import records
from fieldkit.storage.changes import current_stamp
from fieldkit.storage.db import Store
from fieldkit.storage.models import Case, Conflict, Observation
from tests.sync.helpers import dump

FIELDS = ("region", "summary", "locality")


@dataclass(frozen=True)
class Write:
    replica: str
    row_id: str
    field: str
    value: str
    stamp: str
    base: str


@dataclass
class Ledger:
    writes: list[Write] = field(default_factory=list)
    created: dict[str, str] = field(default_factory=dict)  # case or observation id -> kind
    deleted: set[str] = field(default_factory=set)
    counter: int = 0

    def value(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}-{self.counter}"


def live_cases(store: Store, study_id: str) -> list[str]:
    with store.read() as session:
        query = sa.select(Case.id).where(
            col(Case.study_id) == study_id, col(Case.deleted_at).is_(None)
        )
        return sorted(str(i) for i in session.execute(query).scalars())


def create_case(store: Store, name: str, ledger: Ledger, study_id: str) -> str:
    with store.write() as session:
        case = records.create_case(
            session, study_id=study_id, title=ledger.value(f"case {name}"), country="Ghana"
        )
    ledger.created[case.id] = "case"
    return case.id


def set_field(store: Store, name: str, ledger: Ledger, case_id: str, field_name: str) -> bool:
    value = ledger.value(f"{field_name} {name}")
    with store.write() as session:
        case = session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            return False
        base = current_stamp(case, field_name)
        records.update_fields(session, case, {field_name: value})
        session.flush()
        stamp = current_stamp(case, field_name)
    ledger.writes.append(Write(name, case_id, field_name, value, stamp, base))
    return True


def delete_case(store: Store, ledger: Ledger, case_id: str) -> None:
    with store.write() as session:
        case = session.get(Case, case_id)
        if case is not None and case.deleted_at is None:
            records.delete_row(session, case)
            ledger.deleted.add(case_id)


def add_observation(store: Store, name: str, ledger: Ledger, case_id: str) -> None:
    with store.write() as session:
        case = session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            return
        obs = records.add_observation(
            session, case_id=case_id, date="2024-06-01", description=ledger.value(f"obs {name}")
        )
    ledger.created[obs.id] = "observation"


def random_edits(
    store: Store, name: str, ledger: Ledger, study_id: str, rng: random.Random, count: int
) -> None:
    """``count`` random edits: new cases and observations, field edits, a few deletes."""
    for _ in range(count):
        cases = live_cases(store, study_id)
        roll = rng.random()
        if not cases or roll < 0.2:
            create_case(store, name, ledger, study_id)
        elif roll < 0.3:
            add_observation(store, name, ledger, rng.choice(cases))
        elif roll < 0.35 and len(cases) > 3:
            delete_case(store, ledger, rng.choice(cases))
        else:
            set_field(store, name, ledger, rng.choice(cases), rng.choice(FIELDS))


def assert_converged(stores: list[Store]) -> str:
    dumps = [dump(s) for s in stores]
    assert all(d == dumps[0] for d in dumps[1:]), "the replicas did not converge"
    return dumps[0]


def assert_nothing_lost(ledger: Ledger, stores: list[Store]) -> None:
    kept: set[tuple[str, str, str]] = set()
    for store in stores:
        with store.read() as session:
            for c in session.execute(sa.select(Conflict)).scalars():
                kept.add((c.row_id, c.field, c.losing_stamp))
    built_on = {(w.row_id, w.field, w.base) for w in ledger.writes}
    with stores[0].read() as session:
        for w in ledger.writes:
            case = session.get(Case, w.row_id)
            assert case is not None, f"case {w.row_id} is missing"
            if (w.row_id, w.field, w.stamp) in built_on:
                continue
            if current_stamp(case, w.field) == w.stamp:
                assert getattr(case, w.field) == w.value
                continue
            assert (w.row_id, w.field, w.stamp) in kept, f"lost: {w}"
        for row_id, kind in ledger.created.items():
            model = Case if kind == "case" else Observation
            assert session.get(model, row_id) is not None, f"{kind} {row_id} is missing"
        for row_id in ledger.deleted:
            case = session.get(Case, row_id)
            assert case is not None and case.deleted_at is not None
        # No duplicates: every title and description was written once, so appears once.
        titles = Counter(session.execute(sa.select(Case.title)).scalars())
        texts = Counter(session.execute(sa.select(Observation.description)).scalars())
        assert not [t for t, n in (titles + texts).items() if n > 1 and t], "duplicates"
