"""A small, realistic study for the export tests: every script, every consent state."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.storage.codings import code_audio, code_text, tag_record, update_coding
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment, Memo
from fieldkit.storage.records import (
    add_interview,
    add_observation,
    add_participant,
    create_case,
    create_study,
)
from fieldkit.storage.themes import add_theme, find_theme

TRANSCRIPT = (
    "Interviewer: How do learners use the community library?\n"
    "P-001: Les élèves viennent après l'école; the teacher trusts them with keys.\n"
    "P-001: बच्चे शाम को पढ़ते हैं और माता-पिता मदद करते हैं।\n"
    "P-002: المعلمون يثقون بالمجتمع.\n"
    "P-002: 学习中心很重要 — and 😀 emoji after astral chars.\n"
    "P-003: ተማሪዎች በየቀኑ ይመጣሉ።\n"
)
OBSERVATION = (
    "Morning assembly under the mango tree.\n"
    "Teachers share the tablet; =SUM(A1) is written on the board.\n"
)
AUDIO_BYTES = b"ID3\x03\x00fake-mp3-frames" + bytes(range(256)) * 4
PHOTO_BYTES = b"\x89PNG\r\n\x1a\nfake-png" + bytes(range(200))


@dataclass
class Built:
    study_id: str
    case_id: str
    interview_id: str
    withdrawn_interview_id: str
    observation_id: str
    audio_id: str


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def build_study(store: Store, *, learner_consent: str = "pending") -> Built:
    """``learner_consent``: P-003's consent (P-003 speaks in the group interview)."""
    audio_sha, audio_size = store.blobs.put_bytes(AUDIO_BYTES)
    photo_sha, photo_size = store.blobs.put_bytes(PHOTO_BYTES)
    with store.write() as s:
        study = create_study(s, name="Ecosystems — Nepal & Ethiopia", created_by="Asha Rai")
        add_theme(
            s,
            study_id=study.id,
            name="Library use",
            parent="Trust and relationships",
            color="#1A2b3C",
            description="Use of the community library; includes lending.",
        )
        add_theme(s, study_id=study.id, name="Evening study", parent="Library use")
        case = create_case(
            s,
            study_id=study.id,
            title="Pokhara community library",
            country="Nepal",
            region="Gandaki",
            locality="Lakeside",
            kind="community programme",
            summary="A library run by parents.",
        )
        other = create_case(
            s,
            study_id=study.id,
            title="Addis reading club",
            country="Ethiopia",
            region="Addis Ababa",
            kind="club",
        )
        p1 = add_participant(
            s,
            case_id=case.id,
            code="P-001",
            role="teacher",
            consent_status="given",
            name="Sita Sharma",
        )
        p2 = add_participant(
            s,
            case_id=case.id,
            code="P-002",
            role="parent",
            consent_status="given",
            consent_quotes=False,
        )
        p3 = add_participant(
            s, case_id=case.id, code="P-003", role="learner", consent_status=learner_consent
        )
        p4 = add_participant(
            s, case_id=other.id, code="P-004", role="official", consent_status="withdrawn"
        )
        interview = add_interview(
            s,
            case_id=case.id,
            date="2024-03-15",
            language="ne",
            participant_ids=[p1.id, p2.id, p3.id],
            transcript=TRANSCRIPT,
            interviewer="Asha Rai",
            place="Library porch",
            summary="Trust between teachers and families.",
        )
        gone = add_interview(
            s,
            case_id=other.id,
            date="2024-04-01",
            participant_ids=[p4.id],
            transcript="P-004: Please do not use what I said.\n",
            interviewer="Bekele T.",
        )
        obs = add_observation(
            s,
            case_id=case.id,
            date="2024-03-16",
            description=OBSERVATION,
            observer="Bekele T.",
            setting="School yard",
        )
        a, b = span(TRANSCRIPT, "the teacher trusts them with keys")
        c1 = code_text(
            s,
            record_id=interview.id,
            theme="Trust and relationships",
            start=a,
            end=b,
            coder="Asha Rai",
            memo="Keys = trust.",
        )
        update_coding(s, coding_id=c1.id, starred=True)
        a, b = span(TRANSCRIPT, "बच्चे शाम को पढ़ते हैं")
        code_text(
            s, record_id=interview.id, theme="Evening study", start=a, end=b, coder="Asha Rai"
        )
        a, b = span(TRANSCRIPT, "المعلمون يثقون بالمجتمع")
        code_text(
            s,
            record_id=interview.id,
            theme="Trust and relationships",
            start=a,
            end=b,
            coder="Bekele T.",
        )
        a, b = span(TRANSCRIPT, "and 😀 emoji after astral chars")
        code_text(s, record_id=interview.id, theme="Library use", start=a, end=b)
        a, b = span(TRANSCRIPT, "ተማሪዎች በየቀኑ ይመጣሉ")
        code_text(s, record_id=interview.id, theme="Library use", start=a, end=b)
        a, b = span(OBSERVATION, "=SUM(A1) is written on the board")
        code_text(s, record_id=obs.id, theme="Library use", start=a, end=b, coder="Bekele T.")
        code_text(s, record_id=gone.id, theme="Trust and relationships", start=0, end=6)
        tag_record(s, record_id=interview.id, theme="Library use", tagged_by="Asha Rai")
        tag_record(s, record_id=case.id, theme="Trust and relationships")
        audio = Attachment(
            study_id=study.id,
            target_type="interview",
            target_id=interview.id,
            kind="audio",
            sha256=audio_sha,
            filename="pokhara-2024-03-15.mp3",
            media_type="audio/mpeg",
            size=audio_size,
            duration_ms=600_000,
            caption="Porch recording",
        )
        photo = Attachment(
            study_id=study.id,
            target_type="observation",
            target_id=obs.id,
            kind="photo",
            sha256=photo_sha,
            filename="yard.png",
            media_type="image/png",
            size=photo_size,
            caption="The mango tree",
        )
        s.add(audio)
        s.add(photo)
        s.flush()
        code_audio(
            s,
            attachment_id=audio.id,
            theme="Trust and relationships",
            start_ms=1_500,
            end_ms=42_000,
            coder="Asha Rai",
            memo="Tone of voice",
        )
        trust = find_theme(s, study_id=study.id, ref="Trust and relationships")
        for target_type, target_id, title in (
            ("theme", trust.id, "What trust means here"),
            ("interview", interview.id, "Follow up with P-002"),
            ("case", case.id, "Site notes"),
            ("study", study.id, "Study log"),
        ):
            s.add(
                Memo(
                    study_id=study.id,
                    target_type=target_type,
                    target_id=target_id,
                    title=title,
                    body=f"{title}: ça va — नमस्ते.\nSecond line.",
                    author="Asha Rai",
                )
            )
        s.flush()
        return Built(study.id, case.id, interview.id, gone.id, obs.id, audio.id)


# --- the consent matrix: one participant in one consent state, alone or in a group ---------

CONSENT_STATES: dict[str, dict[str, object]] = {
    "given": {"consent_status": "given", "consent_attribution": True},
    "pending": {"consent_status": "pending", "consent_attribution": True},
    "withdrawn": {"consent_status": "withdrawn", "consent_attribution": True},
    "no_quotes": {"consent_status": "given", "consent_quotes": False, "consent_attribution": True},
    "no_attribution": {"consent_status": "given", "consent_attribution": False},
}
SUBJECT_CODE = "P-SUBJ"
SUBJECT_NAME = "Zubeida Quarrington"
SUBJECT_WORDS = "Zqxlighthouse marmalade keeps the evening lessons alive"
SUBJECT_TITLE = "Harbour walk with the ferry pupils"
SUBJECT_DATE = "2024-07-19"
OTHER_CODE = "P-OK"
OTHER_NAME = "Gita Okonkwo"
OTHER_WORDS = "Vbnquarry the headteacher opens the library on Saturdays"
GROUP_WORDS = "Wkpgroupword we share one tablet between three classes"


@dataclass
class ConsentCase:
    study_id: str
    case_id: str
    subject_id: str
    subject_interview_id: str


def build_consent_case(store: Store, *, state: str, group: bool) -> ConsentCase:
    """One case: P-OK (consent given, quotes and attribution allowed) in an interview of their
    own, and P-SUBJ in ``state`` in an interview alone, or (``group``) together with P-OK.
    Every passage is coded, so each format has something to show or to leave out."""
    with store.write() as s:
        study = create_study(s, name="Consent matrix study")
        case = create_case(
            s, study_id=study.id, title="Riverside learning hub", country="Kenya", region="Kisumu"
        )
        other = add_participant(
            s,
            case_id=case.id,
            code=OTHER_CODE,
            role="teacher",
            name=OTHER_NAME,
            consent_status="given",
            consent_attribution=True,
        )
        subject = add_participant(
            s,
            case_id=case.id,
            code=SUBJECT_CODE,
            role="learner",
            name=SUBJECT_NAME,
            **CONSENT_STATES[state],  # type: ignore[arg-type]
        )
        own = f"{OTHER_CODE}: {OTHER_WORDS}.\n"
        control = add_interview(
            s,
            case_id=case.id,
            date="2024-05-02",
            title="Staff room conversation",
            participant_ids=[other.id],
            transcript=own,
            summary="The teacher describes weekend opening.",
        )
        a, b = span(own, OTHER_WORDS)
        code_text(s, record_id=control.id, theme="Trust and relationships", start=a, end=b)
        text = f"{SUBJECT_CODE}: {SUBJECT_WORDS}.\n"
        people = [subject.id]
        if group:
            text += f"{OTHER_CODE}: {GROUP_WORDS}.\n"
            people.append(other.id)
        interview = add_interview(
            s,
            case_id=case.id,
            date=SUBJECT_DATE,
            title=SUBJECT_TITLE,
            participant_ids=people,
            transcript=text,
            summary="Pupils talk about the ferry and evening lessons.",
        )
        a, b = span(text, SUBJECT_WORDS)
        code_text(s, record_id=interview.id, theme="Trust and relationships", start=a, end=b)
        if group:
            a, b = span(text, GROUP_WORDS)
            code_text(s, record_id=interview.id, theme="Digital access", start=a, end=b)
        return ConsentCase(study.id, case.id, subject.id, interview.id)
