"""Everything one study's export needs, read in one consistent snapshot."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlmodel import Session

from fieldkit.errors import AmbiguousError, NotFoundError, phrase
from fieldkit.storage.free_tags import study_free_tags
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import (
    Attachment,
    Case,
    Coding,
    Interview,
    InterviewParticipant,
    Memo,
    Observation,
    Participant,
    Study,
    SyncRow,
    Tag,
    Theme,
)

R = TypeVar("R", bound=SyncRow)
T = TypeVar("T", bound=Any)


@dataclass(frozen=True, slots=True)
class CodingRow:
    """A coding as plain values (a study can hold 100,000: ORM objects would be slow)."""

    id: str
    theme_id: str
    target_type: str
    target_id: str
    unit: str
    attachment_id: str | None
    start: int
    end: int
    quote: str
    coder: str | None
    memo: str
    detached: bool
    starred: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TagRow:
    id: str
    theme_id: str
    target_type: str
    target_id: str
    tagged_by: str | None
    created_at: datetime


@dataclass
class StudySnapshot:
    study: Study
    themes: list[Theme]
    cases: list[Case]
    participants: list[Participant]
    interviews: list[Interview]
    observations: list[Observation]
    attachments: list[Attachment]
    memos: list[Memo]
    tags: list[TagRow]
    codings: list[CodingRow]
    # interview id -> its participants
    interview_people: dict[str, list[Participant]] = field(default_factory=dict)
    # record id (case, interview or observation) -> its free-word tags, by word
    free_tags: dict[str, list[str]] = field(default_factory=dict)

    def codings_by_target(self) -> dict[str, list[CodingRow]]:
        out: dict[str, list[CodingRow]] = defaultdict(list)
        for c in self.codings:
            out[c.attachment_id if c.unit == "ms" and c.attachment_id else c.target_id].append(c)
        return out


def resolve_study(session: Session, study_id: str | None) -> Study:
    """The study to export: the one named, or the only one in the data folder."""
    if study_id:
        return get_row(session, Study, study_id)
    live = Study.deleted_at.is_(None)  # type: ignore[union-attr]
    studies = list(session.execute(select(Study).where(live)).scalars())
    if not studies:
        raise NotFoundError(phrase("this data folder has no study to export"))
    if len(studies) > 1:
        raise AmbiguousError(
            phrase(
                "this data folder holds {count} studies; choose the one to export (--study)",
                count=len(studies),
            )
        )
    return studies[0]


def _live(session: Session, model: type[R], study_id: str) -> list[R]:
    query = select(model).where(
        model.study_id == study_id,  # type: ignore[attr-defined]
        model.deleted_at.is_(None),  # type: ignore[union-attr]
    )
    return list(session.execute(query.order_by(model.id)).scalars())


def _plain(session: Session, model: type[SyncRow], row_type: type[T], study_id: str) -> list[T]:
    table = model.__table__  # type: ignore[attr-defined]
    names = [f.name for f in fields(row_type)]
    query = (
        select(*[table.c[n] for n in names])
        .where(table.c.study_id == study_id, table.c.deleted_at.is_(None))
        .order_by(table.c.id)
    )
    return [row_type(*row) for row in session.execute(query)]


def load_snapshot(session: Session, study: Study) -> StudySnapshot:
    sid = study.id
    participants = _live(session, Participant, sid)
    by_id = {p.id: p for p in participants}
    people: dict[str, list[Participant]] = defaultdict(list)
    for link in _live(session, InterviewParticipant, sid):
        person = by_id.get(link.participant_id)
        if person is not None:
            people[link.interview_id].append(person)
    themes = _live(session, Theme, sid)
    themes.sort(key=lambda t: (t.position, t.name.casefold()))
    return StudySnapshot(
        study=study,
        themes=themes,
        cases=sorted(_live(session, Case, sid), key=lambda c: (c.title.casefold(), c.id)),
        participants=sorted(participants, key=lambda p: p.code),
        interviews=sorted(_live(session, Interview, sid), key=lambda i: (i.date, i.title, i.id)),
        observations=sorted(
            _live(session, Observation, sid), key=lambda o: (o.date, o.title, o.id)
        ),
        attachments=_live(session, Attachment, sid),
        memos=_live(session, Memo, sid),
        tags=_plain(session, Tag, TagRow, sid),
        codings=sorted(
            _plain(session, Coding, CodingRow, sid), key=lambda c: (c.start, c.end, c.id)
        ),
        interview_people={k: sorted(v, key=lambda p: p.code) for k, v in people.items()},
        free_tags=study_free_tags(session, study_id=sid),
    )
