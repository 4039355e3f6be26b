"""What a .qdpx export will write, decided before the first byte: everything but the texts.

The export streams: the texts of interviews and observations, and the codings on them, are read
a batch of records at a time (:func:`texts_for`, :func:`codings_for`) while the sources are
written, so memory holds the study's outline and one batch, never the whole study.
"""

from __future__ import annotations

import mimetypes
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import defer
from sqlmodel import Session

from fieldkit.errors import BlobError, phrase, reason_of
from fieldkit.export.consent import ConsentPolicy
from fieldkit.export.consent_text import Redactor
from fieldkit.export.qdpx.export_report import QdpxReport
from fieldkit.export.qdpx.names import FREE_TAG_SEPARATOR
from fieldkit.export.qdpx.snapshot import CodingRow, TagRow
from fieldkit.export.qdpx.source_names import unique_names
from fieldkit.export.study_consent import passages_report, study_consent
from fieldkit.storage.blobs import BlobStore
from fieldkit.storage.free_tags import study_free_tags
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

# REFI-QDA 1.5 §8.5: an internal file may not exceed 2^31 - 1 bytes.
MAX_INTERNAL_BYTES = 2**31 - 1
BATCH = 200
R = TypeVar("R", bound=SyncRow)
Record = Interview | Observation


@dataclass
class ExportPlan:
    study: Study
    themes: list[Theme]
    cases: list[Case]
    participants: list[Participant]
    records: list[Record]  # exported, in the file's order; their texts are not loaded
    media: dict[str, list[Attachment]]  # record id -> its audio and photos that will be written
    memos: list[Memo]
    tags: dict[str, list[TagRow]]  # target id -> tags on a live theme
    free_tags: dict[str, str]  # target id -> its free words, as the variable's value
    interview_people: dict[str, list[Participant]]
    policy: ConsentPolicy  # the quote restriction of each exported record
    redactor: Redactor  # what every name, text and file written hides
    source_names: dict[str, str]  # record or attachment id -> its unique name in the file
    coders: list[str] = field(default_factory=list)

    @property
    def live_themes(self) -> set[str]:
        return {t.id for t in self.themes}


def _live(session: Session, model: type[R], study_id: str, *options: object) -> list[R]:
    query = select(model).where(
        model.study_id == study_id,  # type: ignore[attr-defined]
        model.deleted_at.is_(None),  # type: ignore[union-attr]
    )
    if options:
        query = query.options(*options)  # type: ignore[arg-type]
    return list(session.execute(query.order_by(model.id)).scalars())


def load_plan(session: Session, study: Study, blobs: BlobStore, report: QdpxReport) -> ExportPlan:
    sid = study.id
    participants = sorted(_live(session, Participant, sid), key=lambda p: p.code)
    by_id = {p.id: p for p in participants}
    people: dict[str, list[Participant]] = defaultdict(list)
    for link in _live(session, InterviewParticipant, sid):
        person = by_id.get(link.participant_id)
        if person is not None:
            people[link.interview_id].append(person)
    interview_people = {k: sorted(v, key=lambda p: p.code) for k, v in people.items()}
    themes = _live(session, Theme, sid)
    themes.sort(key=lambda t: (t.position, t.name.casefold()))
    interviews = _live(session, Interview, sid, defer(Interview.transcript))  # type: ignore[arg-type]
    interviews.sort(key=lambda i: (i.date, i.title, i.id))
    observations = _live(session, Observation, sid, defer(Observation.description))  # type: ignore[arg-type]
    observations.sort(key=lambda o: (o.date, o.title, o.id))
    # Consent (fieldkit.export.study_consent, the rule of every study export): nothing of a
    # participant whose consent is pending or withdrawn, nor of an interview or observation
    # in which one takes part, nor anything hanging on them, is planned. Who takes part is
    # found in the texts, read a batch at a time and dropped.
    links = {i.id: interview_people.get(i.id, []) for i in interviews}
    consent = study_consent(participants, links, _texts(session, [*interviews, *observations]))
    policy = consent.policy
    gone = policy.left_out()
    live_themes = {t.id for t in themes}
    coders, coded = _codings_outline(session, sid)
    report.consent = passages_report(policy, coded, live_themes)
    participants = [p for p in participants if policy.shows(p)]
    interview_people = {k: v for k, v in consent.interview_people.items() if k not in gone}
    records: list[Record] = [i for i in interviews if i.id not in gone]
    records.extend(o for o in observations if o.id not in gone)
    tags: dict[str, list[TagRow]] = defaultdict(list)
    for tag in _plain_tags(session, sid):
        if tag.theme_id in live_themes and tag.target_id not in gone:
            tags[tag.target_id].append(tag)
    media = _media(session, sid, {r.id for r in records}, blobs, report)
    names = unique_names(
        [(r.id, r.title or r.id, r.date.isoformat(), False) for r in records]
        + [
            (a.id, a.filename, r.date.isoformat(), True)
            for r in records
            for a in media.get(r.id, [])
        ]
    )
    plan = ExportPlan(
        study=study,
        themes=themes,
        cases=sorted(_live(session, Case, sid), key=lambda c: (c.title.casefold(), c.id)),
        participants=participants,
        records=records,
        media=media,
        memos=[m for m in _live(session, Memo, sid) if m.target_id not in gone],
        tags=dict(tags),
        free_tags={
            k: FREE_TAG_SEPARATOR.join(w)
            for k, w in study_free_tags(session, study_id=sid).items()
            if k not in gone
        },
        interview_people=interview_people,
        policy=policy,
        redactor=consent.redactor,
        source_names=names,
        coders=sorted({coder for coder, target in coders if target not in gone}),
    )
    return plan


def _plain_tags(session: Session, study_id: str) -> list[TagRow]:
    table = Tag.__table__  # type: ignore[attr-defined]
    names = [f.name for f in fields(TagRow)]
    query = (
        select(*[table.c[n] for n in names])
        .where(table.c.study_id == study_id, table.c.deleted_at.is_(None))
        .order_by(table.c.id)
    )
    return [TagRow(*row) for row in session.execute(query)]


def _media(
    session: Session, study_id: str, records: set[str], blobs: BlobStore, report: QdpxReport
) -> dict[str, list[Attachment]]:
    out: dict[str, list[Attachment]] = defaultdict(list)
    for att in sorted(_live(session, Attachment, study_id), key=lambda a: (a.filename, a.id)):
        if att.target_id not in records or att.kind not in ("audio", "photo"):
            continue
        if att.size > MAX_INTERNAL_BYTES:
            report.warnings.append(
                phrase(
                    "{file} was left out: REFI-QDA files hold at most 2 GB per file",
                    file=att.filename,
                )
            )
            continue
        try:
            blobs.verify(att.sha256)
        except BlobError as exc:
            report.warnings.append(
                phrase("{file} was left out: {problem}", file=att.filename, problem=reason_of(exc))
            )
            continue
        out[att.target_id].append(att)
    return dict(out)


def _codings_outline(
    session: Session, study_id: str
) -> tuple[set[tuple[str, str]], list[tuple[str, str]]]:
    """(coder, record) pairs of the study's live codings, and (record, theme) of each coding
    (what the consent report counts, as every export does)."""
    table = Coding.__table__  # type: ignore[attr-defined]
    query = select(table.c.coder, table.c.target_id, table.c.theme_id).where(
        table.c.study_id == study_id, table.c.deleted_at.is_(None)
    )
    pairs: set[tuple[str, str]] = set()
    coded: list[tuple[str, str]] = []
    for coder, target, theme in session.execute(query):
        coded.append((target, theme))
        if coder:
            pairs.add((coder, target))
    return pairs, coded


def _texts(session: Session, records: list[Record]) -> Iterator[tuple[str, str]]:
    """(id, transcript or description) of ``records``, read :data:`BATCH` records at a time."""
    for first in range(0, len(records), BATCH):
        yield from texts_for(session, records[first : first + BATCH]).items()


def texts_for(session: Session, records: Iterable[Record]) -> dict[str, str]:
    """The transcripts and descriptions of a batch of records (the plan leaves them out)."""
    batch = list(records)
    out: dict[str, str] = {}
    text_columns = ((Interview, Interview.transcript), (Observation, Observation.description))
    for model, column in text_columns:
        ids = [r.id for r in batch if isinstance(r, model)]
        if ids:
            query = select(model.id, column).where(model.id.in_(ids))  # type: ignore[attr-defined,call-overload]
            out.update({row_id: text for row_id, text in session.execute(query)})
    return out


def codings_for(session: Session, record_ids: list[str]) -> dict[str, list[CodingRow]]:
    """The live codings of a batch of records, by record (text) or attachment (audio)."""
    table = Coding.__table__  # type: ignore[attr-defined]
    names = [f.name for f in fields(CodingRow)]
    query = select(*[table.c[n] for n in names]).where(
        table.c.target_id.in_(record_ids), table.c.deleted_at.is_(None)
    )
    rows = sorted((CodingRow(*row) for row in session.execute(query)), key=_coding_order)
    out: dict[str, list[CodingRow]] = defaultdict(list)
    for c in rows:
        out[c.attachment_id if c.unit == "ms" and c.attachment_id else c.target_id].append(c)
    return out


def _coding_order(c: CodingRow) -> tuple[int, int, str]:
    return (c.start, c.end, c.id)


def media_file_name(att: Attachment, guid: str) -> str:
    ext = Path(att.filename).suffix.lower() or (mimetypes.guess_extension(att.media_type) or ".bin")
    return f"{guid}{ext}"


__all__ = [
    "BATCH",
    "MAX_INTERNAL_BYTES",
    "ExportPlan",
    "Record",
    "codings_for",
    "load_plan",
    "media_file_name",
    "texts_for",
]
