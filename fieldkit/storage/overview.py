"""Read models for browsing: studies with their cases, a case's records, a record's details."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.storage.changes import pending_changes
from fieldkit.storage.models import Case, Interview, Observation, Study
from fieldkit.storage.records import list_studies
from fieldkit.storage.themes import theme_tree


@dataclass(frozen=True)
class CaseSummary:
    id: str
    title: str
    record_count: int


@dataclass(frozen=True)
class StudySummary:
    id: str
    name: str
    cases: tuple[CaseSummary, ...]

    @property
    def case_count(self) -> int:
        return len(self.cases)


@dataclass(frozen=True)
class ThemeSummary:
    id: str
    name: str
    color: str
    parent_id: str | None
    codings: int


@dataclass(frozen=True)
class Overview:
    studies: tuple[StudySummary, ...]
    themes: tuple[ThemeSummary, ...]
    pending_changes: int


@dataclass(frozen=True)
class RecordSummary:
    kind: str
    id: str
    title: str
    date: str


def _record_counts(session: Session, study_id: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for model in (Interview, Observation):
        query = (
            select(col(model.case_id), func.count())
            .where(col(model.study_id) == study_id, col(model.deleted_at).is_(None))
            .group_by(col(model.case_id))
        )
        for case_id, count in session.execute(query):
            counts[case_id] = counts.get(case_id, 0) + count
    return counts


def load_overview(
    session: Session, *, theme_study_id: str | None = None, with_themes: bool = True
) -> Overview:
    studies = []
    for study in list_studies(session):
        counts = _record_counts(session, study.id)
        cases = session.execute(
            select(col(Case.id), col(Case.title))
            .where(col(Case.study_id) == study.id, col(Case.deleted_at).is_(None))
            .order_by(col(Case.title))
        ).all()
        studies.append(
            StudySummary(
                study.id,
                study.name,
                tuple(CaseSummary(cid, title, counts.get(cid, 0)) for cid, title in cases),
            )
        )
    themes: tuple[ThemeSummary, ...] = ()
    study_for_themes = theme_study_id or (studies[0].id if studies else None)
    if study_for_themes and with_themes:
        themes = tuple(
            ThemeSummary(t.theme.id, t.theme.name, t.theme.color, t.theme.parent_id, t.codings)
            for t in theme_tree(session, study_id=study_for_themes, include_archived=False)
        )
    return Overview(tuple(studies), themes, pending_changes(session))


def case_records(session: Session, *, case_id: str) -> list[RecordSummary]:
    out: list[RecordSummary] = []
    for model, kind in ((Interview, "interview"), (Observation, "observation")):
        rows = session.execute(
            select(col(model.id), col(model.title), col(model.date))
            .where(col(model.case_id) == case_id, col(model.deleted_at).is_(None))
            .order_by(col(model.date), col(model.title))
        ).all()
        out += [RecordSummary(kind, rid, title, d.isoformat()) for rid, title, d in rows]
    return out


__all__ = ["Overview", "RecordSummary", "Study", "case_records", "load_overview"]
