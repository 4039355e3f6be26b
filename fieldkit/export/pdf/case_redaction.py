"""Anonymised editions: the case's snapshot with every sensitive string replaced up front.

Redacting the snapshot (not only the paragraphs) means every part made from it is clean:
headings and bookmarks, running headers, PDF metadata, chart labels, captions, quotes and
summaries. The paragraph maker scrubs once more as a safety net (``TextMaker.redactor``).
"""

from __future__ import annotations

from fieldkit.export.pdf.case_data import CaseData
from fieldkit.storage.db import Store
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


def name_leaks(redactor: Redactor, name: str) -> list[str]:
    """The sensitive terms a file name gives away (its separators read as spaces)."""
    readable = name.replace("_", " ").replace(".", " ")
    return sorted({term.text for _s, _e, term in redactor.find(readable)})


__all__ = ["name_leaks", "redact_case_data", "study_redactor"]
