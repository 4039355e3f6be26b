"""Services for studies, cases, interviews and observations (participants: ``participants.py``).

Keyword-only functions that take an open session and return the rows they made or changed.
Validation happens here, so the CLI, the desktop app and sync all get the same rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import ValidationError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.kind_names import kind_noun
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import (
    Case,
    Interview,
    InterviewParticipant,
    Observation,
    Participant,
    Study,
    SyncRow,
    utcnow,
)
from fieldkit.storage.participants import (
    CONSENT_FORMS,
    CONSENT_STATUSES,
    ROLES,
    add_participant,
    check_unique_code,
    set_consent,
)

INTERVIEW_STATUSES = ("draft", "transcribed", "coded", "reviewed")


def create_study(
    session: Session,
    *,
    name: str,
    description: str = "",
    created_by: str | None = None,
    with_codebook: bool = True,
    language: str | None = None,
) -> Study:
    """A new study, with the default codebook in ``language`` (default English)."""
    study = Study(
        name=v.required_text(name, field="study name", max_length=200),
        description=v.long_text(description, field="description", max_length=20_000),
        created_by=v.optional_text(created_by, field="author", max_length=200),
    )
    session.add(study)
    session.flush()
    if with_codebook:
        from fieldkit.storage.themes import seed_default_codebook

        seed_default_codebook(session, study_id=study.id, language=language)
    return study


def list_studies(session: Session) -> list[Study]:
    query = (
        select(Study)
        .where(col(Study.deleted_at).is_(None))
        .order_by(col(Study.created_at), col(Study.name))
    )
    return list(session.execute(query).scalars())


def create_case(
    session: Session,
    *,
    study_id: str,
    title: str,
    country: str | None = None,
    region: str | None = None,
    locality: str | None = None,
    kind: str | None = None,
    summary: str = "",
) -> Case:
    study = get_row(session, Study, study_id)
    case = Case(study_id=study.id, **_case_fields(title, country, region, locality, kind, summary))
    session.add(case)
    session.flush()
    return case


def _case_fields(
    title: str | None,
    country: str | None,
    region: str | None,
    locality: str | None,
    kind: str | None,
    summary: str | None,
) -> dict[str, Any]:
    return {
        "title": v.required_text(title, field="case title", max_length=300),
        "country": v.optional_text(country, field="country", max_length=100),
        "region": v.optional_text(region, field="region", max_length=200),
        "locality": v.optional_text(locality, field="locality", max_length=200),
        "kind": v.optional_text(kind, field="kind", max_length=100),
        "summary": v.long_text(summary, field="summary", max_length=100_000),
    }


def list_cases(session: Session, *, study_id: str) -> list[Case]:
    query = (
        select(Case)
        .where(col(Case.study_id) == study_id, col(Case.deleted_at).is_(None))
        .order_by(col(Case.title))
    )
    return list(session.execute(query).scalars())


def add_interview(
    session: Session,
    *,
    case_id: str,
    date: str | date,
    title: str | None = None,
    participant_ids: Iterable[str] = (),
    language: str | None = None,
    transcript: str = "",
    summary: str = "",
    interviewer: str | None = None,
    place: str | None = None,
    time: str | None = None,
    status: str | None = None,
    wording: Callable[[str], str] = str,
) -> Interview:
    """A new interview; left without a title, it is named by :func:`default_interview_title`
    worded by ``wording`` (the app's ``say``: in the interface language; the CLI's English
    by default)."""
    case = get_row(session, Case, case_id)
    participants: list[Participant] = []
    for ref in participant_ids:
        p = get_row(session, Participant, ref)
        if p.id not in {q.id for q in participants}:  # the same person named twice
            participants.append(p)
    for p in participants:
        if p.study_id != case.study_id:
            raise ValidationError(
                phrase("participant {code} belongs to another study", code=p.code)
            )
    when = v.parse_date(date)
    text = v.long_text(transcript, field="transcript")
    interview = Interview(
        study_id=case.study_id,
        case_id=case.id,
        date=when,
        title=v.optional_text(title, field="title", max_length=300)
        or wording(default_interview_title([p.code for p in participants], when)),
        language=_language(language),
        transcript=text,
        summary=v.long_text(summary, field="summary", max_length=100_000),
        interviewer=v.optional_text(interviewer, field="interviewer", max_length=200),
        place=v.optional_text(place, field="place", max_length=200),
        time=v.parse_time(time),
        status=v.choice(
            status or ("transcribed" if text.strip() else "draft"),
            field="status",
            allowed=INTERVIEW_STATUSES,
        ),
    )
    session.add(interview)
    session.flush()
    for p in participants:
        session.add(
            InterviewParticipant(
                study_id=case.study_id, interview_id=interview.id, participant_id=p.id
            )
        )
    session.flush()
    return interview


def interview_participants(session: Session, *, interview_id: str) -> list[Participant]:
    query = (
        select(Participant)
        .join(InterviewParticipant, col(InterviewParticipant.participant_id) == col(Participant.id))
        .where(
            col(InterviewParticipant.interview_id) == interview_id,
            col(InterviewParticipant.deleted_at).is_(None),
        )
        .order_by(col(Participant.code))
    )
    return list(session.execute(query).scalars())


def add_observation(
    session: Session,
    *,
    case_id: str,
    date: str | date,
    description: str,
    title: str | None = None,
    setting: str | None = None,
    observer: str | None = None,
    time: str | None = None,
    wording: Callable[[str], str] = str,
) -> Observation:
    """A new observation; its default title is worded by ``wording`` (see :func:`add_interview`)."""
    case = get_row(session, Case, case_id)
    when = v.parse_date(date)
    text = v.long_text(description, field="description")
    if not text.strip():
        raise ValidationError(phrase("the observation's description is empty"))
    observation = Observation(
        study_id=case.study_id,
        case_id=case.id,
        date=when,
        title=v.optional_text(title, field="title", max_length=300)
        or wording(phrase("Observation {date}", date=when)),
        description=text,
        setting=v.optional_text(setting, field="setting", max_length=300),
        observer=v.optional_text(observer, field="observer", max_length=200),
        time=v.parse_time(time),
    )
    session.add(observation)
    session.flush()
    return observation


# Plain one-line fields that update_fields may set, with their length limits (as in models.py).
_LINE_FIELDS: dict[str, int] = {
    "title": 300,
    "setting": 300,
    "place": 200,
    "interviewer": 200,
    "observer": 200,
    "name": 200,
}
_CASE_FIELDS = ("title", "country", "region", "locality", "kind", "summary")


def update_fields(session: Session, row: SyncRow, changes: dict[str, Any]) -> SyncRow:
    """Set plain fields of a case, participant, interview or observation, validated.

    Text bodies (transcript, description) go through ``text_edits.set_text`` instead, so the
    codings on them move with their words. Consent goes through :func:`set_consent`.
    """
    for key in changes:
        if key in ("transcript", "description"):
            raise ValidationError(
                phrase("{field} is changed with set_text, which keeps codings in place", field=key)
            )
        if key not in type(row).model_fields or key in _FIXED_FIELDS:
            raise ValidationError(_fixed(row, key))
    if isinstance(row, Case):
        unknown = sorted(set(changes) - set(_CASE_FIELDS))
        if unknown:
            raise ValidationError(_fixed(row, unknown[0]))
        merged = {k: changes.get(k, getattr(row, k)) for k in _CASE_FIELDS}
        clean = _case_fields(**merged)
    else:
        clean = {key: _clean_field(session, row, key, value) for key, value in changes.items()}
    for key, value in clean.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
    session.flush()
    return row


# Set when a row is made; changing them would move a row between studies or break its links.
_FIXED_FIELDS = frozenset(
    {"id", "study_id", "case_id", "created_at", "updated_at", "deleted_at", "row_stamp"}
    | {"field_stamps", "consent_status", "consent_date", "consent_form", "consent_audio"}
    | {"consent_quotes", "consent_attribution"}
)


def _clean_field(session: Session, row: SyncRow, key: str, value: Any) -> Any:
    if key == "title":
        title = v.optional_text(value, field="title", max_length=_LINE_FIELDS[key])
        if not title:
            raise ValidationError(phrase("{field} must not be empty", field="title"))
        return title
    if key in _LINE_FIELDS:
        return v.optional_text(value, field=key, max_length=_LINE_FIELDS[key])
    if key in ("summary", "notes"):
        return v.long_text(value, field=key, max_length=100_000 if key == "summary" else 20_000)
    if key == "date":
        return v.parse_date(value)
    if key == "time":
        return v.parse_time(value)
    if key == "language":
        return _language(value)
    if key == "status":
        return v.choice(value, field="status", allowed=INTERVIEW_STATUSES)
    if key == "role" and isinstance(row, Participant):
        return v.required_text(value, field="role", max_length=100).lower()
    if key == "code" and isinstance(row, Participant):
        code = v.required_text(value, field="participant code", max_length=40)
        check_unique_code(session, row.study_id, code, except_id=row.id)
        return code
    raise ValidationError(_fixed(row, key))


def _fixed(row: SyncRow, key: str) -> str:
    """The refusal of a change to a field this function does not set."""
    kind = kind_noun(row.record_type)
    if row.record_type[:1] in "aeiou":
        return phrase("the {field} of an {kind} cannot be changed here", field=key, kind=kind)
    return phrase("the {field} of a {kind} cannot be changed here", field=key, kind=kind)


def delete_row(session: Session, row: SyncRow) -> None:
    """Mark a row deleted (a tombstone that syncs); its data stays until purged."""
    if row.deleted_at is None:
        row.deleted_at = utcnow()
        session.flush()


def _language(value: str | None) -> str | None:
    text = v.optional_text(value, field="language", max_length=35)
    if text is None:
        return None
    import re

    from fieldkit.storage.languages import language_code

    named = language_code(text)  # "Kiswahili", "Swahili" and "sw" all mean sw
    if named is not None:
        return named

    if not re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", text, flags=re.ASCII):
        raise ValidationError(
            phrase(
                "language {value} is not a language fieldkit knows; choose one from the list, "
                "or write its code, e.g. en, fr, sw, hi or pt-BR",
                value=repr(text),
            )
        )
    # BCP 47 casing: "PT_br" is written "pt-BR", "zh-hant" is written "zh-Hant".
    first, *rest = text.replace("_", "-").split("-")
    parts = [first.lower()]
    for part in rest:
        if len(part) == 2 and part.isalpha():
            parts.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            parts.append(part.title())
        else:
            parts.append(part.lower())
    return "-".join(parts)


def default_interview_title(codes: list[str], when: date) -> str:
    """ "Interview with P-01, P-02 (2024-03-15)", or "Interview 2024-03-15" with nobody: a
    phrase, so the app can word it in the interface language."""
    if codes:
        return phrase("Interview with {codes} ({date})", codes=", ".join(codes), date=when)
    return phrase("Interview {date}", date=when)


__all__ = [
    "CONSENT_FORMS",
    "CONSENT_STATUSES",
    "INTERVIEW_STATUSES",
    "ROLES",
    "add_interview",
    "add_observation",
    "add_participant",
    "create_case",
    "create_study",
    "default_interview_title",
    "delete_row",
    "interview_participants",
    "list_cases",
    "list_studies",
    "set_consent",
    "update_fields",
]
