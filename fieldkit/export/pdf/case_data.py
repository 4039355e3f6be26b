"""Everything one case-study PDF needs, read from the store in one snapshot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.export.consent import ConsentPolicy, WithheldReport
from fieldkit.export.consent_text import hidden_words, speakers, with_speakers
from fieldkit.export.report_words import tr
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import (
    Attachment,
    Case,
    Coding,
    Interview,
    InterviewParticipant,
    Observation,
    Participant,
    Study,
    Theme,
)
from fieldkit.storage.themes import find_theme, live_themes

PHOTO_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp")


@dataclass
class CaseData:
    study: Study
    case: Case
    participants: list[Participant]
    interviews: list[Interview]
    interview_people: dict[str, list[Participant]]
    observations: list[Observation]
    themes: list[tuple[Theme, int]]  # tree order with depth
    codings: list[Coding]
    photos: list[Attachment]
    selected_themes: set[str] = field(default_factory=set)
    # observation id -> the participants who speak in it (consent_text.speakers)
    observation_people: dict[str, list[Participant]] = field(default_factory=dict)
    # What the consent policy keeps out of every printed text (see consent_text.hidden_words),
    # from every participant of the study: a case's text may mention another case's people.
    hidden_words: dict[str, str] = field(default_factory=dict)

    @property
    def theme_by_id(self) -> dict[str, Theme]:
        return {t.id: t for t, _ in self.themes}


def _live(model: Any) -> Any:
    return col(model.deleted_at).is_(None)


def _in(column: Any, ids: Sequence[str]) -> Any:
    return col(column).in_(list(ids))


def load_case(session: Session, *, case_id: str, themes: Sequence[str] | None = None) -> CaseData:
    case = get_row(session, Case, case_id)
    study = get_row(session, Study, case.study_id)
    participants = list(
        session.execute(
            select(Participant)
            .where(col(Participant.case_id) == case.id, _live(Participant))
            .order_by(col(Participant.code))
        ).scalars()
    )
    interviews = list(
        session.execute(
            select(Interview)
            .where(col(Interview.case_id) == case.id, _live(Interview))
            .order_by(col(Interview.date), col(Interview.time), col(Interview.title))
        ).scalars()
    )
    observations = list(
        session.execute(
            select(Observation)
            .where(col(Observation.case_id) == case.id, _live(Observation))
            .order_by(col(Observation.date), col(Observation.time), col(Observation.title))
        ).scalars()
    )
    everyone = list(
        session.execute(
            select(Participant).where(col(Participant.study_id) == study.id, _live(Participant))
        ).scalars()
    )
    # Linked participants, and those who speak in the transcript (consent_text.with_speakers).
    by_code = {p.code.casefold(): p for p in everyone}
    linked = _interview_people(session, [i.id for i in interviews])
    people = {i.id: with_speakers(linked[i.id], i.transcript, by_code) for i in interviews}
    spoken = {o.id: speakers(o.description, by_code) for o in observations}
    record_ids = [i.id for i in interviews] + [o.id for o in observations]
    codings = _chunked(
        session,
        lambda ids: select(Coding).where(_in(Coding.target_id, ids), _live(Coding)),
        record_ids,
    )
    codings.sort(key=lambda c: (c.target_id, c.start, c.end, c.id))
    photos = _chunked(
        session,
        lambda ids: select(Attachment).where(
            _in(Attachment.target_id, ids),
            _live(Attachment),
            _in(Attachment.media_type, PHOTO_TYPES),
        ),
        [case.id, *record_ids],
    )
    tree = _theme_tree(live_themes(session, study_id=study.id))
    if themes is None:
        selected = {t.id for t, _ in tree}
    else:
        selected = {find_theme(session, study_id=study.id, ref=ref).id for ref in themes}
    data = CaseData(
        study=study,
        case=case,
        participants=participants,
        interviews=interviews,
        interview_people=people,
        observations=observations,
        themes=tree,
        codings=codings,
        photos=photos,
        selected_themes=selected,
        observation_people={k: v for k, v in spoken.items() if v},
        # The marks in the report's language: "[withheld]" is "[retenu]" in French.
        hidden_words={word: tr(mark) for word, mark in hidden_words(everyone).items()},
    )
    session.expunge_all()
    return data


def consent_policy(data: CaseData) -> ConsentPolicy:
    return ConsentPolicy(
        data.participants,
        {i.id: data.interview_people.get(i.id, []) for i in data.interviews},
        data.observation_people,
    )


def apply_consent(data: CaseData) -> tuple[CaseData, ConsentPolicy, WithheldReport]:
    """The case without participants whose consent is pending or withdrawn and without their
    interviews, codings and photos — removed once, so no section can show or count them.

    The report counts the coded passages of the selected themes, as the chart does.
    """
    policy = consent_policy(data)
    report = policy.report(
        (c.target_id for c in data.codings if c.theme_id in data.selected_themes),
        publication=True,
    )
    gone = policy.left_out()
    kept = replace(
        data,
        participants=[p for p in data.participants if policy.shows(p)],
        interviews=[i for i in data.interviews if i.id not in gone],
        observations=[o for o in data.observations if o.id not in gone],
        interview_people={k: v for k, v in data.interview_people.items() if k not in gone},
        codings=[c for c in data.codings if c.target_id not in gone],
        photos=[a for a in data.photos if a.target_id not in gone],
    )
    return kept, policy, report


def _chunked(session: Session, make: Any, ids: Sequence[str], size: int = 500) -> list[Any]:
    out: list[Any] = []
    for i in range(0, len(ids), size):
        out.extend(session.execute(make(ids[i : i + size])).scalars())
    return out


def _interview_people(session: Session, interview_ids: list[str]) -> dict[str, list[Participant]]:
    people: dict[str, list[Participant]] = {i: [] for i in interview_ids}
    for i in range(0, len(interview_ids), 500):
        chunk = interview_ids[i : i + 500]
        rows = session.execute(
            select(col(InterviewParticipant.interview_id), Participant)
            .join(Participant, col(Participant.id) == col(InterviewParticipant.participant_id))
            .where(
                _in(InterviewParticipant.interview_id, chunk),
                _live(InterviewParticipant),
                _live(Participant),
            )
            .order_by(col(Participant.code))
        )
        for interview_id, participant in rows:
            people[interview_id].append(participant)
    return people


def _theme_tree(themes: list[Theme]) -> list[tuple[Theme, int]]:
    ids = {t.id for t in themes}
    children: dict[str | None, list[Theme]] = {}
    for t in themes:
        if t.merged_into_id:
            continue
        children.setdefault(t.parent_id if t.parent_id in ids else None, []).append(t)
    out: list[tuple[Theme, int]] = []

    def walk(parent: str | None, depth: int) -> None:
        for t in children.get(parent, []):
            out.append((t, depth))
            walk(t.id, depth + 1)

    walk(None, 0)
    return out
