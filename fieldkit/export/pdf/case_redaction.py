"""Anonymised editions: the case's snapshot with every sensitive string replaced up front.

Redacting the snapshot (not only the paragraphs) means every part made from it is clean:
headings and bookmarks, running headers, PDF metadata, chart labels, captions, quotes and
summaries. The paragraph maker scrubs once more as a safety net (``TextMaker.redactor``).
"""

from __future__ import annotations

from fieldkit.export.pdf.case_data import CaseData
from fieldkit.storage.db import Store
from fieldkit.storage.models import Coding
from fieldkit.storage.name_matching import Redactor
from fieldkit.storage.redact_list import study_terms

_FIELDS: dict[str, tuple[str, ...]] = {
    "study": ("name", "description"),
    "case": ("title", "summary", "locality", "region", "country", "kind"),
    "participants": ("name", "role", "notes"),
    "interviews": ("title", "interviewer", "place", "summary"),
    "observations": ("title", "observer", "setting", "description"),
    "themes": ("name", "description", "source"),
    "codings": ("quote", "coder", "memo"),
    "photos": ("caption", "filename"),
}


def study_redactor(store: Store, *, study_id: str) -> Redactor:
    """A redactor for everything the study's anonymised editions must not print."""
    with store.read() as session:
        return Redactor(study_terms(session, study_id=study_id))


def redact_case_data(data: CaseData, redactor: Redactor) -> None:
    """Replace every sensitive string in the (detached) snapshot ``data``, in place."""
    rows: dict[str, list[object]] = {
        "study": [data.study],
        "case": [data.case],
        "participants": [
            *data.participants,
            *(p for people in data.interview_people.values() for p in people),
        ],
        "interviews": list(data.interviews),
        "observations": list(data.observations),
        "themes": [t for t, _ in data.themes],
        "codings": list(data.codings),
        "photos": list(data.photos),
    }
    texts = {i.id: i.transcript for i in data.interviews}
    texts.update({o.id: o.description for o in data.observations})
    for coding in data.codings:
        text = texts.get(coding.target_id)
        if text is not None and coding.unit == "char":
            _widen_to_names(coding, text, redactor)
    seen: set[int] = set()
    for kind, objects in rows.items():
        for obj in objects:
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            for name in _FIELDS[kind]:
                value = getattr(obj, name, None)
                if isinstance(value, str) and value:
                    clean = redactor.scrub(value)
                    if clean != value:
                        setattr(obj, name, clean)


_EDGE = 60  # characters looked at on each side of a quote's edge


def _widen_to_names(coding: Coding, text: str, redactor: Redactor) -> None:
    """A quote whose edge cuts through a name ("...udant is far") is widened to the whole name,
    which is then replaced: a fragment of a name must not survive because it is not a word."""
    start, end = coding.start, coding.end
    if not 0 <= start < end <= len(text) or text[start:end] != coding.quote:
        return  # a detached or stale quote: its words are not in the text any more
    new_start, new_end = start, end
    for edge in (start, end):
        lo = max(edge - _EDGE, 0)
        for s, e, _term in redactor.find(text[lo : edge + _EDGE]):
            if lo + s < edge < lo + e:
                new_start = min(new_start, lo + s)
                new_end = max(new_end, lo + e)
    if (new_start, new_end) != (start, end):
        coding.quote = text[new_start:new_end]


def name_leaks(redactor: Redactor, name: str) -> list[str]:
    """The sensitive terms a file name gives away (its separators read as spaces)."""
    readable = name.replace("_", " ").replace(".", " ")
    return sorted({term.text for _s, _e, term in redactor.find(readable)})


__all__ = ["name_leaks", "redact_case_data", "study_redactor"]
