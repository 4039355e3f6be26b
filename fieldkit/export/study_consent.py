"""A study snapshot with the consent policy applied: what the CSV and .qdpx exports may see.

Withheld material is removed here, once, before any export code reads the snapshot, so no
format can list, count or write it by accident. What remains may still mention a withheld
participant (or name one who did not allow attribution) in its text: ``redactor`` hides that,
and every format passes what it writes through it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from fieldkit.export.consent import ConsentHolder, ConsentPolicy, WithheldReport
from fieldkit.export.consent_text import Redactor, hidden_words, speakers, with_speakers
from fieldkit.export.qdpx.snapshot import StudySnapshot

P = TypeVar("P", bound=ConsentHolder)


@dataclass(frozen=True)
class StudyConsent(Generic[P]):
    """The consent policy of a whole study, and who takes part in each interview."""

    policy: ConsentPolicy
    interview_people: dict[str, list[P]]  # interview id -> linked, then unlinked speakers
    redactor: Redactor


def study_consent(
    participants: Sequence[P],
    links: Mapping[str, Sequence[P]],
    texts: Iterable[tuple[str, str]],
) -> StudyConsent[P]:
    """The one rule every study export (CSV, .qdpx) applies.

    ``participants``: all of the study's; ``links``: every interview with its linked
    participants (an empty list for none); ``texts``: (record id, transcript or description)
    of the interviews and observations, which may be read a batch at a time (only the
    speakers found are kept). An interview's participants are those linked and those who
    speak in its transcript; an observation takes the consent of those who speak in it.
    """
    by_code = {p.code.casefold(): p for p in participants}
    people: dict[str, list[P]] = {i: list(linked) for i, linked in links.items()}
    spoken: dict[str, list[P]] = {}
    for record_id, text in texts:
        if record_id in people:
            people[record_id] = with_speakers(people[record_id], text, by_code)
        else:
            found = speakers(text, by_code)
            if found:
                spoken[record_id] = found
    policy = ConsentPolicy(participants, people, spoken)
    return StudyConsent(
        policy,
        {k: v for k, v in people.items() if v},
        Redactor(hidden_words(participants)),
    )


def passages_report(
    policy: ConsentPolicy, codings: Iterable[tuple[str, str]], live_themes: Collection[str]
) -> WithheldReport:
    """What an analysis export held back, counting the passages it can show: ``codings``
    holds (record id, theme id) of each live coding; one whose theme is gone is in no export
    (and not in the PDF's count either)."""
    return policy.report(
        (target for target, theme in codings if theme in live_themes), publication=False
    )


@dataclass(frozen=True)
class ConsentedStudy:
    snap: StudySnapshot  # only what may appear
    policy: ConsentPolicy
    report: WithheldReport
    redactor: Redactor


def apply_consent(snap: StudySnapshot) -> ConsentedStudy:
    """The snapshot without participants whose consent is pending or withdrawn, and without
    their interviews and everything hanging on them (codings, tags, memos, attachments).

    An interview's participants are those linked to it and those who speak in its transcript
    (``consent_text.with_speakers``); the snapshot returned lists them so. An observation in
    which participants speak takes their consent too."""
    links = {i.id: snap.interview_people.get(i.id, []) for i in snap.interviews}
    texts = [(i.id, i.transcript) for i in snap.interviews]
    texts += [(o.id, o.description) for o in snap.observations]
    consent = study_consent(snap.participants, links, texts)
    snap = replace(snap, interview_people=consent.interview_people)
    policy, redactor = consent.policy, consent.redactor
    live = {t.id for t in snap.themes}
    report = passages_report(policy, ((c.target_id, c.theme_id) for c in snap.codings), live)
    gone = policy.left_out()
    if not gone:
        return ConsentedStudy(snap, policy, report, redactor)
    kept = replace(
        snap,
        participants=[p for p in snap.participants if policy.shows(p)],
        interviews=[i for i in snap.interviews if i.id not in gone],
        observations=[o for o in snap.observations if o.id not in gone],
        attachments=[a for a in snap.attachments if a.target_id not in gone],
        memos=[m for m in snap.memos if m.target_id not in gone],
        tags=[t for t in snap.tags if t.target_id not in gone],
        codings=[c for c in snap.codings if c.target_id not in gone],
        interview_people={k: v for k, v in snap.interview_people.items() if k not in gone},
    )
    return ConsentedStudy(kept, policy, report, redactor)
