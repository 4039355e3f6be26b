"""The one consent policy that every export asks (PDF, anonymised editions, CSV, .qdpx).

Rules, per participant and per record:

1. **Pending or withdrawn** consent: nothing at all from that participant, in any format — no
   row, no listing, no source, no summary, no count beyond the one line "material from N
   participants withheld". An interview with such a participant is left out entirely, with its
   codings, tags, memos and attachments: a group transcript cannot be split by speaker.
2. **Quotes not allowed**: no verbatim words in a publication output (the case-study PDF and its
   anonymised edition). The analysis exports (CSV, .qdpx) are the team's own material: they carry
   the text, and every such row and source is marked with the restriction so it survives into the
   spreadsheet or the other tool.
3. **An interview with no participant linked** has no consent on record for verbatim quotes: it
   is treated as rule 2 (its summary and counts appear, its words are not quoted in publications,
   and analysis exports mark it). Nothing is withheld entirely: no participant refused.
4. **Attribution**: a name appears only where the participant gave consent and allowed
   attribution, and the output is not anonymised; otherwise the pseudonymous code.
5. **Group interviews** take the strictest rule of their participants (withdrawn before pending
   before no quotes; a name only where every participant allowed attribution). An interview's
   participants are those linked to it **and** those whose code labels a turn of its transcript
   ("P-014: …", "[02:10] P-014: …"): a speaker someone forgot to link is still in it
   (``consent_text.with_speakers``).
6. **Mentions**: researchers write people into other material too (a case summary, an
   observation, a memo, a colleague's interview, a photo caption). Every export passes its
   text through one ``consent_text.Redactor``: a withheld participant's code and name become
   "[withheld]", and the name of a participant who did not allow attribution becomes "[name]",
   matched as whole words.
7. **Verbatim words in a summary**: a publication output prints the summary of an interview
   whose words may not be quoted without the words it copies from the transcript (a quoted
   passage, or a run of eight words or more): ``consent_text.without_verbatim``.

Observations are the researcher's own field notes and are not tied to participants' consent,
except where a participant's turn is recorded in them ("P-014: …"): then the observation takes
its speakers' consent as an interview does (left out for a withheld speaker; a no-quotes
speaker's turns are not printed in a publication, and the analysis exports mark it).

Every export counts what it held back the same way, as one :class:`WithheldReport`: the
participants withheld, the interviews and coded passages left out with them, and the passages
under a quote restriction (not quoted in publications, marked in analysis exports). The
canonical ``fieldkit export json`` is the researcher's full backup and is not filtered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from fieldkit.export.report_words import listed, tr, trn

WITHDRAWN = "consent withdrawn"
PENDING = "consent pending"
NO_QUOTES = "participant did not allow quotes"
NO_PARTICIPANT = "no participant linked, so no consent on record for quotes"

# The reasons are stored and compared in English and printed through ``tr`` (the report
# catalogues translate them); the analysis exports' restriction marks stay in English.
# Strictest first: the reason given for a record is the first that applies.
_ORDER = (WITHDRAWN, PENDING, NO_QUOTES, NO_PARTICIPANT)


class ConsentHolder(Protocol):
    id: str
    code: str
    name: str | None
    consent_status: str
    consent_quotes: bool
    consent_attribution: bool


@dataclass(frozen=True)
class RecordConsent:
    """What may appear from one record."""

    material: bool  # the record at all: rows, sources, summary, counts, photos
    quotes: bool  # its verbatim words in a publication output
    names: bool  # its participants' names (where not anonymised)
    reason: str | None = None  # the strictest reason something is held back; None if nothing

    @property
    def restriction(self) -> str | None:
        """The quote restriction to mark on analysis rows and sources ("" never)."""
        if self.material and not self.quotes and self.reason:
            return restriction_text(self.reason)
        return None


def restriction_text(reason: str) -> str:
    """How analysis exports mark material whose words may not be quoted."""
    return f"not for quotation: {reason}"


ALLOWED = RecordConsent(material=True, quotes=True, names=True)


def participant_reason(p: ConsentHolder) -> str | None:
    """The strictest reason a participant's words may not be quoted, or None."""
    if p.consent_status == "withdrawn":
        return WITHDRAWN
    if p.consent_status != "given":
        return PENDING
    if not p.consent_quotes:
        return NO_QUOTES
    return None


def participant_restriction(p: ConsentHolder) -> str | None:
    """The quote restriction of a participant shown in an analysis export, or None."""
    reason = participant_reason(p)
    return restriction_text(reason) if reason == NO_QUOTES else None


def is_withheld(p: ConsentHolder) -> bool:
    """Pending or withdrawn: nothing from this participant may appear."""
    return p.consent_status != "given"


def may_name(p: ConsentHolder, *, anonymised: bool = False) -> bool:
    return not anonymised and bool(p.name) and p.consent_status == "given" and p.consent_attribution


def display_name(p: ConsentHolder, *, anonymised: bool) -> str:
    """The participant's code, or "Name (code)" where attribution is allowed."""
    return f"{p.name} ({p.code})" if may_name(p, anonymised=anonymised) else p.code


def interview_consent(people: Iterable[ConsentHolder]) -> RecordConsent:
    """The strictest consent of an interview's participants."""
    people = list(people)
    if not people:
        return RecordConsent(material=True, quotes=False, names=True, reason=NO_PARTICIPANT)
    reasons = {participant_reason(p) for p in people}
    names = all(p.consent_attribution for p in people)
    for reason in _ORDER:
        if reason in reasons:
            material = reason not in (WITHDRAWN, PENDING)
            return RecordConsent(
                material=material, quotes=False, names=names and material, reason=reason
            )
    return RecordConsent(material=True, quotes=True, names=names)


@dataclass(frozen=True)
class WithheldReport:
    """What one export held back for consent, counted the same way by every format.

    ``participants``: participants whose consent is pending or withdrawn (nothing of theirs
    appears); ``records``: interviews left out with them; ``observations``: observations left
    out because such a participant speaks in them; ``passages``: coded passages of those
    records; ``restricted``: coded passages that appear under a quote restriction, by reason —
    a publication output (``publication=True``) does not quote them, an analysis export carries
    them marked.
    """

    participants: int = 0
    records: int = 0
    passages: int = 0
    observations: int = 0
    restricted: Mapping[str, int] = field(default_factory=dict)
    publication: bool = False

    @property
    def restricted_total(self) -> int:
        return sum(self.restricted.values())

    def withheld_line(self) -> str | None:
        """What was left out for pending or withdrawn consent, in the report's language."""
        if not self.participants:
            return None
        who = trn("{n} participant", "{n} participants", self.participants)
        parts = [
            trn("{n} interview", "{n} interviews", self.records)
            if self.records
            else tr("no interviews")
        ]
        if self.observations:
            parts.append(trn("{n} observation", "{n} observations", self.observations))
        if self.records or self.observations:
            parts.append(
                trn("{n} coded passage", "{n} coded passages", self.passages)
                if self.passages
                else tr("no coded passages")
            )
        return tr(
            "material from {who} whose consent is pending or withdrawn ({held})",
            who=who,
            held=listed(parts),
        )

    def restricted_line(self) -> str | None:
        """The coded passages under a quote restriction, by reason, in the report's language."""
        n = self.restricted_total
        if not n:
            return None
        counts = [(r, k) for r, k in sorted(self.restricted.items(), key=_by_rank) if k]
        reasons = (
            tr(counts[0][0]) if len(counts) == 1 else listed(f"{k} — {tr(r)}" for r, k in counts)
        )
        if self.publication:
            return trn(
                "{n} coded passage not quoted ({reasons})",
                "{n} coded passages not quoted ({reasons})",
                n,
                reasons=reasons,
            )
        return trn(
            "{n} coded passage marked not for quotation ({reasons})",
            "{n} coded passages marked not for quotation ({reasons})",
            n,
            reasons=reasons,
        )

    def summary(self) -> str:
        """The one short report every export ends with: "withheld: …" (in the language of
        the report being written, English elsewhere)."""
        lines = [line for line in (self.withheld_line(), self.restricted_line()) if line]
        if not lines:
            return tr("withheld: nothing (every consent allows it)")
        return tr("withheld: {what}", what=listed(lines, strong=True))


def _by_rank(item: tuple[str, int]) -> tuple[int, str]:
    reason = item[0]
    return (_ORDER.index(reason) if reason in _ORDER else len(_ORDER), reason)


class ConsentPolicy:
    """Consent decisions for one export's scope (a study, or one case).

    ``participants``: the participants in scope; ``interviews``: every interview in scope with
    its participants (an empty list for none); ``observations``: the observations in which
    participants speak, with them. Any other record id is an observation the researcher's own
    notes fill, which consent does not restrict.
    """

    def __init__(
        self,
        participants: Iterable[ConsentHolder],
        interviews: Mapping[str, Sequence[ConsentHolder]],
        observations: Mapping[str, Sequence[ConsentHolder]] | None = None,
    ) -> None:
        self._interviews = {i: interview_consent(people) for i, people in interviews.items()}
        spoken = {o: people for o, people in (observations or {}).items() if people}
        self._observations = {o: interview_consent(people) for o, people in spoken.items()}
        people = {p.id: p for p in participants}
        for linked in [*interviews.values(), *spoken.values()]:
            people.update({p.id: p for p in linked})
        self.withheld_people = {pid for pid, p in people.items() if is_withheld(p)}

    def shows(self, p: ConsentHolder) -> bool:
        """Whether the participant may appear at all (listed, counted, named by code)."""
        return p.id not in self.withheld_people

    def record(self, record_id: str) -> RecordConsent:
        found = self._interviews.get(record_id) or self._observations.get(record_id)
        return found or ALLOWED

    def keeps(self, record_id: str) -> bool:
        return self.record(record_id).material

    def withheld_records(self) -> set[str]:
        """The interviews left out."""
        return {i for i, rc in self._interviews.items() if not rc.material}

    def withheld_observations(self) -> set[str]:
        """The observations left out (a withheld participant speaks in them)."""
        return {o for o, rc in self._observations.items() if not rc.material}

    def left_out(self) -> set[str]:
        """Every id an export drops: withheld participants and their interviews and
        observations (anything whose ``target_id`` is one of these goes with them: codings,
        tags, memos, files)."""
        return self.withheld_records() | self.withheld_observations() | self.withheld_people

    def report(self, passage_records: Iterable[str], *, publication: bool) -> WithheldReport:
        """Count what is held back; ``passage_records`` holds the record id of each coding."""
        left_out = 0
        restricted: Counter[str] = Counter()
        for record_id in passage_records:
            rc = self.record(record_id)
            if not rc.material:
                left_out += 1
            elif rc.restriction and rc.reason:
                restricted[rc.reason] += 1
        return WithheldReport(
            participants=len(self.withheld_people),
            records=len(self.withheld_records()),
            passages=left_out,
            observations=len(self.withheld_observations()),
            restricted=dict(restricted),
            publication=publication,
        )


__all__ = [
    "ALLOWED",
    "NO_PARTICIPANT",
    "NO_QUOTES",
    "PENDING",
    "WITHDRAWN",
    "ConsentHolder",
    "ConsentPolicy",
    "RecordConsent",
    "WithheldReport",
    "display_name",
    "interview_consent",
    "is_withheld",
    "may_name",
    "participant_reason",
    "participant_restriction",
    "restriction_text",
]
