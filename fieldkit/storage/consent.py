"""Whether the participants of an interview allowed it to be recorded.

Consent is "recorded" for audio when its status is ``given`` and it allows audio recording.
Exports apply their own rules (quotes, attribution); this module answers one question before a
recording starts: who, among the interview's participants, has not (yet) allowed it, and why.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from fieldkit.errors import phrase
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Interview, Participant
from fieldkit.storage.records import interview_participants


@dataclass(frozen=True)
class ConsentGap:
    """One participant whose consent does not cover an audio recording."""

    participant_id: str
    code: str
    name: str
    status: str  # pending, given or withdrawn
    audio_allowed: bool

    @property
    def reason(self) -> str:
        """Why, as a phrase (the app says it in the interface language)."""
        if self.status == "withdrawn":
            return phrase("consent was withdrawn")
        if self.status != "given":
            return phrase("consent is not recorded yet (pending)")
        return phrase("consent does not allow audio recording")

    @property
    def label(self) -> str:
        return f"{self.code} ({self.name})" if self.name else self.code


def audio_consent_gap(p: Participant) -> ConsentGap | None:
    if p.consent_status == "given" and p.consent_audio:
        return None
    return ConsentGap(p.id, p.code, p.name or "", p.consent_status, p.consent_audio)


def recording_consent_gaps(session: Session, *, interview_id: str) -> list[ConsentGap]:
    """The interview's participants whose consent does not cover recording it, by code."""
    interview = get_row(session, Interview, interview_id)
    gaps = (
        audio_consent_gap(p) for p in interview_participants(session, interview_id=interview.id)
    )
    return [g for g in gaps if g is not None]
