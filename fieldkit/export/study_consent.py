"""A study snapshot with the consent policy applied: what the CSV and .qdpx exports may see.

Withheld material is removed here, once, before any export code reads the snapshot, so no
format can list, count or write it by accident. What remains may still mention a withheld
participant (or name one who did not allow attribution) in its text: ``redactor`` hides that,
and every format passes what it writes through it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from fieldkit.export.consent import ConsentPolicy, WithheldReport
from fieldkit.export.consent_text import Redactor, hidden_words, speakers, with_speakers
from fieldkit.export.qdpx.snapshot import StudySnapshot


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
    by_code = {p.code.casefold(): p for p in snap.participants}
    people = {
        i.id: with_speakers(snap.interview_people.get(i.id, []), i.transcript, by_code)
        for i in snap.interviews
    }
    snap = replace(snap, interview_people={k: v for k, v in people.items() if v})
    spoken = {o.id: speakers(o.description, by_code) for o in snap.observations}
    policy = ConsentPolicy(snap.participants, people, spoken)
    # Count the passages an export can show: a coding whose theme is gone is in none of them
    # (and not in the PDF's count either).
    live = {t.id for t in snap.themes}
    report = policy.report(
        (c.target_id for c in snap.codings if c.theme_id in live), publication=False
    )
    redactor = Redactor(hidden_words(snap.participants))
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
