"""Services for participants and their consent."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.errors import ConflictError, ValidationError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Participant, utcnow

CONSENT_STATUSES = ("pending", "given", "withdrawn")
CONSENT_FORMS = ("verbal", "written")
ROLES = (
    "learner",
    "teacher",
    "parent",
    "community member",
    "school leader",
    "official",
    "ngo staff",
    "researcher",
    "other",
)
# Roles are stored in lower case; acronyms among their words are printed as such.
_ACRONYMS = {"ngo": "NGO", "ngos": "NGOs", "un": "UN", "unicef": "UNICEF"}
_WORD = re.compile(r"\w+")


def role_label(role: str) -> str:
    """A stored role as reports and summaries print it: ``ngo staff`` → ``NGO staff``."""
    return _WORD.sub(lambda m: _ACRONYMS.get(m.group(0), m.group(0)), role)


def add_participant(
    session: Session,
    *,
    case_id: str,
    code: str,
    role: str,
    name: str | None = None,
    consent_status: str = "pending",
    consent_date: str | date | None = None,
    consent_form: str | None = None,
    consent_audio: bool = True,
    consent_quotes: bool = True,
    consent_attribution: bool = False,
    notes: str = "",
) -> Participant:
    case = get_row(session, Case, case_id)
    code = v.required_text(code, field="participant code", max_length=40)
    check_unique_code(session, case.study_id, code)
    status = v.choice(consent_status, field="consent status", allowed=CONSENT_STATUSES)
    participant = Participant(
        study_id=case.study_id,
        case_id=case.id,
        code=code,
        role=v.required_text(role, field="role", max_length=100).lower(),
        name=v.optional_text(name, field="name", max_length=200),
        consent_status=status,
        consent_date=_consent_date(consent_date),
        consent_form=(
            v.choice(consent_form, field="consent form", allowed=CONSENT_FORMS)
            if consent_form
            else None
        ),
        consent_audio=consent_audio,
        consent_quotes=consent_quotes,
        consent_attribution=consent_attribution,
        notes=v.long_text(notes, field="notes", max_length=20_000),
    )
    if status == "given" and participant.consent_date is None:
        participant.consent_date = utcnow().date()
    session.add(participant)
    session.flush()
    return participant


def _consent_date(value: str | date | None, *, today: date | None = None) -> date | None:
    """A consent date, refused when it lies in the future (consent is given, then recorded).
    One day of slack: the laptop's date and UTC differ near midnight."""
    when = v.optional_date(value, field="consent date")
    latest = (today or utcnow().date()) + timedelta(days=1)
    if when is not None and when > latest:
        raise ValidationError(
            phrase(
                "the consent date {date} is in the future; write the day consent "
                "was given (today at the latest)",
                date=when,  # ISO in English; the app writes it as the locale does
            )
        )
    return when


def check_unique_code(session: Session, study_id: str, code: str, *, except_id: str = "") -> None:
    """Codes are unique in a study, ignoring case: ``p-01`` and ``P-01`` are the same person."""
    duplicate = session.execute(
        select(col(Participant.code)).where(
            col(Participant.study_id) == study_id,
            func.lower(col(Participant.code)) == code.lower(),
            col(Participant.deleted_at).is_(None),
            col(Participant.id) != except_id,
        )
    ).first()
    if duplicate:
        raise ConflictError(
            phrase(
                "participant code {code} is already used in this study (by {other})",
                code=repr(code),
                other=repr(duplicate[0]),
            )
        )


def set_consent(
    session: Session,
    *,
    participant_id: str,
    status: str,
    consent_date: str | date | None = None,
    form: str | None = None,
    audio: bool | None = None,
    quotes: bool | None = None,
    attribution: bool | None = None,
) -> Participant:
    p = get_row(session, Participant, participant_id)
    p.consent_status = v.choice(status, field="consent status", allowed=CONSENT_STATUSES)
    if consent_date is not None:
        p.consent_date = _consent_date(consent_date)
    elif p.consent_status != "pending":
        p.consent_date = utcnow().date()
    if form is not None:
        p.consent_form = v.choice(form, field="consent form", allowed=CONSENT_FORMS)
    if audio is not None:
        p.consent_audio = audio
    if quotes is not None:
        p.consent_quotes = quotes
    if attribution is not None:
        p.consent_attribution = attribution
    session.flush()
    return p


def list_participants(session: Session, *, case_id: str) -> list[Participant]:
    """The live participants of one case, by code."""
    query = (
        select(Participant)
        .where(col(Participant.case_id) == case_id, col(Participant.deleted_at).is_(None))
        .order_by(col(Participant.code))
    )
    return list(session.execute(query).scalars())
