"""Editing any research row after it was saved: one entry point for the CLI and the app.

:func:`edit_row` takes the fields a researcher changes (by the names in :data:`EDITABLE`) and
routes each group to the service that owns its rules: plain fields to
``records.update_fields``, consent to ``participants.set_consent``, an interview's people to
:func:`set_interview_participants`, theme fields to ``themes``, a memo's words to
``memos.update_memo``, a coding to ``codings.update_coding``, a caption to
``photos.set_caption``. Every change is logged for sync by the session, like any write.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import NotFoundError, ValidationError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.kind_names import kind_noun
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
    Theme,
)

CONSENT_FIELDS = (
    "consent_status",
    "consent_date",
    "consent_form",
    "consent_audio",
    "consent_quotes",
    "consent_attribution",
)

# What can be changed on each kind of row, by field name.
EDITABLE: dict[type[SyncRow], tuple[str, ...]] = {
    Study: ("name", "description"),
    Case: ("title", "country", "region", "locality", "kind", "summary"),
    Participant: ("code", "role", "name", "notes", *CONSENT_FIELDS),
    Interview: (
        "title",
        "date",
        "time",
        "place",
        "language",
        "interviewer",
        "summary",
        "status",
        "participants",
    ),
    Observation: ("title", "date", "time", "setting", "observer"),
    Theme: ("name", "description", "color", "parent"),
    Memo: ("title", "body"),
    Coding: ("theme", "memo", "starred"),
    Attachment: ("caption",),
}


def editable_fields(row: SyncRow) -> tuple[str, ...]:
    return EDITABLE.get(type(row), ())


def edit_row(session: Session, row: SyncRow, changes: dict[str, Any]) -> SyncRow:
    """Apply ``changes`` (field name → new value) to ``row``, validated, in this session."""
    allowed = editable_fields(row)
    for key in changes:
        if key not in allowed:
            raise ValidationError(_not_editable(row, key, allowed))
    if not changes:
        raise ValidationError(phrase("nothing to change: give at least one field"))
    rest = dict(changes)
    if isinstance(row, Study):
        _edit_study(session, row, rest)
    elif isinstance(row, Theme):
        _edit_theme(session, row, rest)
    elif isinstance(row, Memo):
        from fieldkit.storage.memos import update_memo

        update_memo(
            session,
            memo_id=row.id,
            body=rest.get("body", row.body),
            title=rest.get("title", row.title),
        )
    elif isinstance(row, Coding):
        from fieldkit.storage.codings import update_coding

        update_coding(session, coding_id=row.id, **rest)
    elif isinstance(row, Attachment):
        from fieldkit.storage.photos import set_caption

        set_caption(session, attachment_id=row.id, caption=rest["caption"])
    else:
        people = rest.pop("participants", None)
        consent = {k: rest.pop(k) for k in CONSENT_FIELDS if k in rest}
        if rest:
            from fieldkit.storage.records import update_fields

            update_fields(session, row, rest)
        if consent:
            _edit_consent(session, row, consent)
        if people is not None:
            set_interview_participants(session, interview_id=row.id, participant_ids=people)
    session.flush()
    return row


def set_interview_participants(
    session: Session, *, interview_id: str, participant_ids: Iterable[str]
) -> list[Participant]:
    """Link exactly these participants (ids, prefixes or codes of the study) to the interview.

    A participant unlinked earlier gets the same link row back, so links never pile up.
    """
    interview = get_row(session, Interview, interview_id)
    wanted: dict[str, Participant] = {}
    for ref in participant_ids:
        p = _participant(session, interview.study_id, ref)
        wanted[p.id] = p
    links = session.execute(
        select(InterviewParticipant).where(col(InterviewParticipant.interview_id) == interview.id)
    ).scalars()
    by_person: dict[str, InterviewParticipant] = {}
    for link in links:
        keep = by_person.get(link.participant_id)
        if keep is None or (keep.is_deleted and not link.is_deleted):
            by_person[link.participant_id] = link
    for person_id, link in by_person.items():
        if person_id not in wanted and not link.is_deleted:
            from fieldkit.storage.models import utcnow

            link.deleted_at = utcnow()
    for person_id in wanted:
        link = by_person.get(person_id)
        if link is None:
            session.add(
                InterviewParticipant(
                    study_id=interview.study_id,
                    interview_id=interview.id,
                    participant_id=person_id,
                )
            )
        elif link.is_deleted:
            link.deleted_at = None
    session.flush()
    return sorted(wanted.values(), key=lambda p: p.code)


def _not_editable(row: SyncRow, key: str, allowed: tuple[str, ...]) -> str:
    kind = kind_noun(row.record_type)
    can = ", ".join(allowed) or phrase("nothing")
    if row.record_type[:1] in "aeiou":
        return phrase(
            "the {field} of an {kind} cannot be changed here (it can: {can})",
            field=key,
            kind=kind,
            can=can,
        )
    return phrase(
        "the {field} of a {kind} cannot be changed here (it can: {can})",
        field=key,
        kind=kind,
        can=can,
    )


def _participant(session: Session, study_id: str, ref: str) -> Participant:
    """A live participant of the study by code (exact, any case) or by id/prefix."""
    text = v.clean_line(ref)
    if not text:
        raise ValidationError(phrase("an empty participant code was given"))
    found = session.execute(
        select(Participant).where(
            col(Participant.study_id) == study_id,
            col(Participant.deleted_at).is_(None),
        )
    ).scalars()
    for p in found:
        if p.code.lower() == text.lower():
            return p
    try:
        p = get_row(session, Participant, text)
    except NotFoundError:
        raise NotFoundError(
            phrase("no participant with the code or id {ref} in this study", ref=repr(text))
        ) from None
    if p.study_id != study_id:
        raise ValidationError(phrase("participant {code} belongs to another study", code=p.code))
    return p


def _edit_study(session: Session, study: Study, changes: dict[str, Any]) -> None:
    from fieldkit.storage.local_values import check_study_owned

    check_study_owned(session, study.id, study.name, deleting=False)
    if "name" in changes:
        name = v.required_text(changes["name"], field="study name", max_length=200)
        if study.name != name:
            study.name = name
    if "description" in changes:
        text = v.long_text(changes["description"], field="description", max_length=20_000)
        if study.description != text:
            study.description = text


def _edit_theme(session: Session, theme: Theme, changes: dict[str, Any]) -> None:
    from fieldkit.storage import themes

    if "name" in changes and changes["name"] != theme.name:
        themes.rename_theme(session, theme_id=theme.id, name=changes["name"])
    if "description" in changes:
        themes.describe_theme(session, theme_id=theme.id, description=changes["description"])
    if "color" in changes:
        themes.recolor_theme(session, theme_id=theme.id, color=changes["color"])
    if "parent" in changes:
        parent = changes["parent"]
        parent_id = (
            themes.find_theme(session, study_id=theme.study_id, ref=parent).id if parent else None
        )
        themes.reparent_theme(session, theme_id=theme.id, parent_id=parent_id)


def _edit_consent(session: Session, row: SyncRow, consent: dict[str, Any]) -> None:
    from fieldkit.storage.participants import set_consent

    assert isinstance(row, Participant)
    status = consent.get("consent_status", row.consent_status)
    # Keep the date already recorded unless a new one is given or the status changes.
    keep_date = status == row.consent_status and row.consent_date is not None
    set_consent(
        session,
        participant_id=row.id,
        status=status,
        consent_date=consent.get("consent_date", row.consent_date if keep_date else None),
        form=consent.get("consent_form"),
        audio=consent.get("consent_audio"),
        quotes=consent.get("consent_quotes"),
        attribution=consent.get("consent_attribution"),
    )


__all__ = [
    "CONSENT_FIELDS",
    "EDITABLE",
    "edit_row",
    "editable_fields",
    "set_interview_participants",
]
