"""A study's "names to redact": what its anonymised editions replace.

Two sources, shown together: what the study's records already say (participants' names and
their parts, the cases' localities and regions; these follow the records and cannot be removed
here) and the study's own list (``redact_names`` rows, synced like any study data), where the
team adds the names of people and places that appear in what participants said, each with its
local spellings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from fieldkit.errors import NotFoundError, ValidationError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Participant, RedactName, Study, utcnow
from fieldkit.storage.name_matching import KINDS, Term, fold, merge_terms

# A listed word that is never replaced: a region or a name that is also an ordinary word
# ("Central", "Northern", "Given"), which the records would otherwise put on the list.
KEEP = "keep"
LIST_KINDS = (*KINDS, KEEP)

MAX_TERM_CHARS = 200
# Parts of a person's name shorter than this are not redacted alone ("de", "da", "al").
MIN_NAME_PART = 3
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@dataclass(frozen=True)
class RedactEntry:
    """One line of the list as shown: the term, its kind, other spellings and where it comes
    from ("listed" for the study's own list, else the record it is read from)."""

    term: str
    kind: str
    also: tuple[str, ...]
    source: str
    row_id: str | None = None  # the ``redact_names`` row, for listed entries
    part: bool = False  # one word of a participant's name: matched where capitalised


def _also(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def listed(session: Session, *, study_id: str) -> list[RedactName]:
    query = (
        select(RedactName)
        .where(col(RedactName.study_id) == study_id, col(RedactName.deleted_at).is_(None))
        .order_by(col(RedactName.term), col(RedactName.id))
    )
    return list(session.execute(query).scalars())


def _find(session: Session, study_id: str, term: str) -> RedactName | None:
    key = fold(term)
    for row in listed(session, study_id=study_id):
        if fold(row.term) == key or key in {fold(a) for a in _also(row.also)}:
            return row
    return None


def add_redact_name(
    session: Session,
    *,
    study_id: str,
    term: str,
    also: tuple[str, ...] = (),
    kind: str = "other",
) -> RedactName:
    """Add ``term`` (with other spellings) to the study's list; a term already listed gets the
    new spellings (and kind) added instead of a second line."""
    get_row(session, Study, study_id)
    text = v.required_text(term, field="name to redact", max_length=MAX_TERM_CHARS)
    if kind not in LIST_KINDS:
        raise ValidationError(_unknown_kind(kind))
    spellings = [
        v.required_text(a, field="other spelling", max_length=MAX_TERM_CHARS) for a in also
    ]
    if len(fold(text).replace(" ", "")) < 2:
        raise ValidationError(
            phrase(
                "{term} is too short to redact: it would replace ordinary words", term=repr(text)
            )
        )
    row = _find(session, study_id, text)
    if row is None:
        row = RedactName(
            study_id=study_id, term=text, also="\n".join(dict.fromkeys(spellings)), kind=kind
        )
        session.add(row)
    else:
        known = {fold(s) for s in (row.term, *_also(row.also))}
        new = [s for s in spellings if fold(s) not in known]
        if new:
            row.also = "\n".join((*_also(row.also), *dict.fromkeys(new)))
        if kind != "other" and row.kind != kind:
            row.kind = kind
    session.flush()
    return row


def save_redact_list(
    session: Session, *, study_id: str, wanted: list[tuple[str, tuple[str, ...], str]]
) -> list[RedactName]:
    """Make the study's own list hold exactly ``wanted`` (term, other spellings, kind): what is
    no longer there is removed, what changed is updated, what is new is added (the dialog's
    Save). Rows left as they were get no change, so nothing needless syncs."""
    get_row(session, Study, study_id)
    rows = {fold(r.term): r for r in listed(session, study_id=study_id)}
    keep: set[str] = set()
    out: list[RedactName] = []
    for term, also, kind in wanted:
        text = v.required_text(term, field="name to redact", max_length=MAX_TERM_CHARS)
        key = fold(text)
        if key in keep:
            raise ValidationError(
                phrase("{term} is listed twice; list it once with its spellings", term=repr(text))
            )
        keep.add(key)
        row = rows.get(key)
        if row is None:
            out.append(add_redact_name(session, study_id=study_id, term=text, also=also, kind=kind))
            continue
        if kind not in LIST_KINDS:
            raise ValidationError(_unknown_kind(kind))
        spellings = "\n".join(
            dict.fromkeys(
                v.required_text(a, field="other spelling", max_length=MAX_TERM_CHARS) for a in also
            )
        )
        if row.term != text:
            row.term = text
        if row.also != spellings:
            row.also = spellings
        if row.kind != kind:
            row.kind = kind
        out.append(row)
    for key, row in rows.items():
        if key not in keep:
            row.deleted_at = utcnow()
    session.flush()
    return out


def _unknown_kind(kind: str) -> str:
    return phrase(
        "unknown kind {kind}; choose from {kinds}", kind=repr(kind), kinds=", ".join(LIST_KINDS)
    )


def remove_redact_name(session: Session, *, study_id: str, term: str) -> RedactName:
    """Take ``term`` (any of its spellings) off the study's list."""
    row = _find(session, study_id, term)
    if row is None:
        raise NotFoundError(
            phrase(
                "{term} is not on the study's list of names to redact (names of participants and "
                "case places are always redacted)",
                term=repr(term),
            )
        )
    row.deleted_at = utcnow()
    session.flush()
    return row


def redact_entries(session: Session, *, study_id: str) -> list[RedactEntry]:
    """Everything the study's anonymised editions replace: from records, then the list."""
    get_row(session, Study, study_id)
    out: list[RedactEntry] = []
    people = session.execute(
        select(Participant).where(
            col(Participant.study_id) == study_id, col(Participant.deleted_at).is_(None)
        )
    ).scalars()
    for p in sorted(people, key=lambda p: p.code):
        if not p.name or not p.name.strip():
            continue
        source = f"participant {p.code}"
        out.append(RedactEntry(p.name.strip(), "person", (), source))
        # "Ousmane (learner)": what is in brackets describes the person; it is not a name.
        parts = [x.strip(".,;:'\"") for x in _BRACKETS.sub(" ", p.name).split()]
        if len(parts) > 1:
            for part in parts:
                if len(part) >= MIN_NAME_PART and not part[:1].islower():
                    out.append(RedactEntry(part, "person", (), source, part=True))
    cases = session.execute(
        select(Case).where(col(Case.study_id) == study_id, col(Case.deleted_at).is_(None))
    ).scalars()
    for c in sorted(cases, key=lambda c: c.title.casefold()):
        for label, value in (("locality", c.locality), ("region", c.region)):
            if not value or not value.strip():
                continue
            source = f"{label} of case {c.title!r}"
            out.append(RedactEntry(value.strip(), "place", (), source))
            parts = [x.strip() for x in value.split(",") if x.strip()]
            if len(parts) > 1:
                out += [RedactEntry(x, "place", (), source) for x in parts]
    for row in listed(session, study_id=study_id):
        out.append(RedactEntry(row.term, row.kind, _also(row.also), "listed", row.id))
    return out


def study_terms(session: Session, *, study_id: str) -> tuple[Term, ...]:
    """The terms to hand to a :class:`~fieldkit.storage.name_matching.Redactor`: every entry
    but the words listed as "keep" (in any of their spellings)."""
    entries = redact_entries(session, study_id=study_id)
    kept = {fold(s) for e in entries if e.kind == KEEP for s in (e.term, *e.also)}
    terms = []
    for e in entries:
        if e.kind == KEEP or fold(e.term) in kept:
            continue
        also = tuple(a for a in e.also if fold(a) not in kept)
        terms.append(Term(e.term, e.kind, also, capitalised=e.part))
    return merge_terms(terms)


__all__ = [
    "KEEP",
    "LIST_KINDS",
    "RedactEntry",
    "add_redact_name",
    "listed",
    "redact_entries",
    "remove_redact_name",
    "save_redact_list",
    "study_terms",
]
