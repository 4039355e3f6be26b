"""Consent rules for what a case-study PDF may show.

Rules (the strictest applies when an interview has several participants):

1. A participant whose consent is **withdrawn** or still **pending**: nothing from their
   interviews appears — no quotes, no summary, and their passages are not counted in the theme
   chart. If one participant of a group interview is withdrawn or pending, the whole interview
   is held back: a group transcript cannot be split by speaker.
2. A participant who gave consent but **did not allow verbatim quotes**: the interview's summary
   and counts may appear, its passages are never quoted. In a group interview one such
   participant stops quotes from the whole interview.
3. An interview with **no participant linked** has no recorded consent for quotes: its summary
   appears, its passages are not quoted.
4. A **name** appears only when the participant allowed attribution, gave consent, and the export
   is not anonymised; otherwise their pseudonymous code.

Observations are the researcher's own field notes and are not tied to participants' consent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

WITHDRAWN = "participant's consent was withdrawn"
PENDING = "participant's consent is pending"
NO_QUOTES = "participant did not allow quotes"
NO_PARTICIPANT = "no participant with consent is linked to the interview"

# Strictest first: the reason reported for a record is the first that applies.
_ORDER = (WITHDRAWN, PENDING, NO_QUOTES, NO_PARTICIPANT)


class ConsentHolder(Protocol):
    code: str
    name: str | None
    consent_status: str
    consent_quotes: bool
    consent_attribution: bool


@dataclass(frozen=True)
class RecordConsent:
    """What may be shown from one record."""

    material: bool  # summary, counts, photos
    quotes: bool  # verbatim passages
    reason: str | None = None  # why something is held back; None if nothing is

    @property
    def withheld_reason(self) -> str | None:
        return None if self.quotes else self.reason


ALLOWED = RecordConsent(material=True, quotes=True)


def participant_reason(p: ConsentHolder) -> str | None:
    """Why a participant's quotes may not be shown, or None if they may."""
    if p.consent_status == "withdrawn":
        return WITHDRAWN
    if p.consent_status != "given":
        return PENDING
    if not p.consent_quotes:
        return NO_QUOTES
    return None


def interview_consent(participants: Iterable[ConsentHolder]) -> RecordConsent:
    """The strictest consent of an interview's participants."""
    reasons = {participant_reason(p) for p in participants}
    if not reasons:
        return RecordConsent(material=True, quotes=False, reason=NO_PARTICIPANT)
    for reason in _ORDER:
        if reason in reasons:
            material = reason not in (WITHDRAWN, PENDING)
            return RecordConsent(material=material, quotes=False, reason=reason)
    return ALLOWED


def observation_consent() -> RecordConsent:
    return ALLOWED


def display_name(p: ConsentHolder, *, anonymised: bool) -> str:
    """The participant's code, or "Name (code)" where attribution is allowed."""
    if not anonymised and p.name and p.consent_attribution and p.consent_status == "given":
        return f"{p.name} ({p.code})"
    return p.code


def withheld_statement(counts: Mapping[str, int]) -> str:
    """One sentence: how many passages were held back and why, strictest reason first."""
    total = sum(counts.values())
    if total == 0:
        return "No coded passages were withheld for reasons of consent."
    noun = "passage" if total == 1 else "passages"
    ordered = sorted(counts.items(), key=lambda kv: (_rank(kv[0]), kv[0]))
    parts = ", ".join(f"{n} — {reason}" for reason, n in ordered if n)
    return f"{total} {noun} withheld: {parts}"


def _rank(reason: str) -> int:
    return _ORDER.index(reason) if reason in _ORDER else len(_ORDER)
