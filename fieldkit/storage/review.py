"""Read models for reviewing coded data: a case's theme profile, the cases × themes matrix,
and the coded passages behind any bar or cell.

Counts are live codings (not deleted) on live interviews and observations, the same codings the
codebook counts; archived themes count too (their codings are kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Coding, Interview, Observation, Study, Tag, Theme
from fieldkit.storage.themes import theme_tree

_RECORDS: tuple[tuple[type[Interview] | type[Observation], str], ...] = (
    (Interview, "interview"),
    (Observation, "observation"),
)


@dataclass(frozen=True)
class ThemeBar:
    theme_id: str
    name: str
    color: str
    count: int


@dataclass(frozen=True)
class CaseProfile:
    case_id: str
    title: str
    bars: tuple[ThemeBar, ...]  # themes with at least one passage, most passages first

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)


@dataclass(frozen=True)
class MatrixTheme:
    theme_id: str
    name: str
    color: str
    depth: int


@dataclass(frozen=True)
class StudyMatrix:
    cases: tuple[tuple[str, str], ...]  # (case id, title), by title
    themes: tuple[MatrixTheme, ...]  # in codebook order
    counts: tuple[tuple[int, ...], ...]  # counts[case row][theme column]

    @property
    def highest(self) -> int:
        return max((max(row, default=0) for row in self.counts), default=0)


@dataclass(frozen=True)
class Passage:
    coding_id: str
    quote: str
    record_type: str
    record_id: str
    record_title: str
    record_date: date
    case_id: str
    theme_id: str
    start: int
    end: int
    unit: str


def _counts(session: Session, study_id: str, case_id: str | None) -> dict[tuple[str, str], int]:
    """(case id, theme id) → live codings plus live whole-record tags on live records of the
    study: a tag counts wherever a theme is counted, like one passage."""
    out: dict[tuple[str, str], int] = {}
    for model, _kind in _RECORDS:
        for use in (Coding, Tag):
            query = (
                select(col(model.case_id), col(use.theme_id), func.count())
                .join(model, col(model.id) == col(use.target_id))
                .where(
                    col(model.study_id) == study_id,
                    col(model.deleted_at).is_(None),
                    col(use.deleted_at).is_(None),
                )
                .group_by(col(model.case_id), col(use.theme_id))
            )
            if case_id is not None:
                query = query.where(col(model.case_id) == case_id)
            for case, theme, count in session.execute(query):
                out[(case, theme)] = out.get((case, theme), 0) + int(count)
    return out


def case_theme_profile(session: Session, *, case_id: str) -> CaseProfile:
    """How many coded passages each theme holds in one case (NotFoundError if no such case)."""
    case = get_row(session, Case, case_id)
    counts = _counts(session, case.study_id, case.id)
    bars = [
        ThemeBar(t.theme.id, t.theme.name, t.theme.color, counts.get((case.id, t.theme.id), 0))
        for t in theme_tree(session, study_id=case.study_id)
    ]
    bars = sorted((b for b in bars if b.count), key=lambda b: (-b.count, b.name.lower()))
    return CaseProfile(case.id, case.title, tuple(bars))


def study_matrix(session: Session, *, study_id: str) -> StudyMatrix:
    """Cases × themes of a study with the number of coded passages in each cell."""
    study = get_row(session, Study, study_id)
    cases = tuple(
        (cid, title)
        for cid, title in session.execute(
            select(col(Case.id), col(Case.title))
            .where(col(Case.study_id) == study.id, col(Case.deleted_at).is_(None))
            .order_by(func.lower(col(Case.title)))
        )
    )
    themes = tuple(
        MatrixTheme(t.theme.id, t.theme.name, t.theme.color, t.depth)
        for t in theme_tree(session, study_id=study.id)
    )
    counts = _counts(session, study.id, None)
    grid = tuple(tuple(counts.get((cid, t.theme_id), 0) for t in themes) for cid, _ in cases)
    return StudyMatrix(cases, themes, grid)


def subtree_totals(depths: list[int], counts: list[int]) -> list[int]:
    """Each theme's count plus its sub-themes', for themes in tree order (parents first)."""
    totals = list(counts)
    stack: list[int] = []  # indexes of the open ancestors
    for i, depth in enumerate(depths):
        while stack and depths[stack[-1]] >= depth:
            stack.pop()
        for ancestor in stack:
            totals[ancestor] += counts[i]
        stack.append(i)
    return totals


def _subthemes(session: Session, theme: Theme) -> list[str]:
    """The theme's id and those of all its sub-themes."""
    tree = theme_tree(session, study_id=theme.study_id)
    start = next(i for i, t in enumerate(tree) if t.theme.id == theme.id)
    ids = [theme.id]
    for node in tree[start + 1 :]:
        if node.depth <= tree[start].depth:
            break
        ids.append(node.theme.id)
    return ids


def coded_passages(
    session: Session,
    *,
    theme_id: str,
    case_id: str | None = None,
    limit: int = 500,
    with_subthemes: bool = False,
    record_types: tuple[str, ...] | None = None,
) -> list[Passage]:
    """The live codings of a theme (in one case, or the whole study), by record date; a record
    tagged with the theme is one more passage, the whole record (``unit`` "record", no quote).

    ``with_subthemes`` adds the codings of the theme's sub-themes; ``record_types`` keeps
    interviews or observations only. The same span of a record coded twice (two coders, or
    a theme and its sub-theme) is listed once.
    """
    theme = get_row(session, Theme, theme_id)
    case = get_row(session, Case, case_id) if case_id is not None else None
    themes = _subthemes(session, theme) if with_subthemes else [theme.id]
    out: list[Passage] = []
    for model, kind in _RECORDS:
        if record_types is not None and kind not in record_types:
            continue
        query = (
            select(Coding, col(model.title), col(model.date), col(model.case_id))
            .join(model, col(model.id) == col(Coding.target_id))
            .where(
                col(Coding.theme_id).in_(themes),
                col(Coding.deleted_at).is_(None),
                col(model.deleted_at).is_(None),
            )
        )
        if case is not None:
            query = query.where(col(model.case_id) == case.id)
        for coding, title, when, record_case in session.execute(query.limit(limit)):
            out.append(
                Passage(
                    coding.id,
                    coding.quote,
                    kind,
                    coding.target_id,
                    title,
                    when,
                    record_case,
                    coding.theme_id,
                    coding.start,
                    coding.end,
                    coding.unit,
                )
            )
        tagged = (
            select(Tag, col(model.title), col(model.date), col(model.case_id))
            .join(model, col(model.id) == col(Tag.target_id))
            .where(
                col(Tag.theme_id).in_(themes),
                col(Tag.deleted_at).is_(None),
                col(model.deleted_at).is_(None),
            )
        )
        if case is not None:
            tagged = tagged.where(col(model.case_id) == case.id)
        for tag, title, when, record_case in session.execute(tagged.limit(limit)):
            whole = ("", kind, tag.target_id, title, when, record_case, tag.theme_id, 0, 0)
            out.append(Passage(tag.id, *whole, "record"))
    out.sort(key=lambda p: (p.record_date, p.record_title, p.start, p.coding_id))
    seen: set[tuple[str, str, int, int]] = set()
    unique = []
    for p in out:
        key = (p.record_id, p.unit, p.start, p.end)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique[:limit]


__all__ = [
    "CaseProfile",
    "MatrixTheme",
    "Passage",
    "StudyMatrix",
    "ThemeBar",
    "case_theme_profile",
    "coded_passages",
    "study_matrix",
    "subtree_totals",
]
