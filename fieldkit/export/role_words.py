"""Participant roles in the reader's language.

A role is stored as a lower-case English key (``fieldkit.storage.participants.ROLES``) or as
free text the researcher typed. Reports print the nine known roles through the report words
(``report_words.tr``; a count through ``trn`` with the language's plural forms: "3 teachers",
"3 enseignants", "٣ معلمين"); a free role is printed as it was typed. Where the language has
no word for a role that is the same for women and men, the catalogues use the form their
language uses for a mixed group (the grammatical masculine: "enseignant", "chercheur"), and a
word that is the same for both wherever there is one ("élève", "docente", "fonctionnaire").
"""

from __future__ import annotations

from fieldkit.export.report_words import (
    REPORT_LANGUAGES,
    catalogue,
    current_language,
    tr,
    trn,
)
from fieldkit.storage.participants import ROLES, role_label

# Each known role counted in English: the catalogues key the plural forms on the first.
ROLE_COUNTS = {
    "learner": ("{n} learner", "{n} learners"),
    "teacher": ("{n} teacher", "{n} teachers"),
    "parent": ("{n} parent", "{n} parents"),
    "community member": ("{n} community member", "{n} community members"),
    "school leader": ("{n} school leader", "{n} school leaders"),
    "official": ("{n} official", "{n} officials"),
    "ngo staff": ("{n} NGO staff", "{n} NGO staff"),
    "researcher": ("{n} researcher", "{n} researchers"),
    "other": ("{n} other", "{n} others"),
}
assert set(ROLE_COUNTS) == set(ROLES)

# The report messages the roles use (the catalogue test counts them as used).
ROLE_MESSAGES = frozenset(
    [role_label(r) for r in ROLES] + [one for one, _ in ROLE_COUNTS.values()] + ["{role} ({n})"]
)


def role_name(role: str) -> str:
    """A stored role as the report's reader calls it; a free role as it was typed."""
    return tr(role_label(role)) if role in ROLE_COUNTS else role_label(role)


def role_cell(role: str) -> str:
    """A role in a data file (CSV, .qdpx): in English the stored key as it always was (what
    scripts filter on), in another language the reader's word for a known role."""
    return role if current_language() == "en" else role_name(role)


def role_count(role: str, n: int) -> str:
    """``3 teachers``, ``3 enseignants``; a free role: ``3 facilitators`` in English (a
    plural made by rule), ``facilitator (3)`` in the other languages (no rule to guess)."""
    if role in ROLE_COUNTS:
        one, other = ROLE_COUNTS[role]
        return trn(one, other, n)
    label = role_label(role)
    if current_language() == "en":
        return english_plural(label, n)
    return tr("{role} ({n})", role=label, n=n)


def english_plural(role: str, n: int) -> str:
    """``3 facilitators``, ``1 parent``, ``2 support staff``: a free role counted in English."""
    if n == 1 or role.endswith(("staff", "people")):
        return f"{n} {role}"
    if role.endswith(("s", "sh", "ch", "x")):
        return f"{n} {role}es"
    return f"{n} {role}s"


def role_key(text: str) -> str:
    """The stored key of a role written in any report language ("enseignant", "NGO staff" →
    ``teacher``, ``ngo staff``), so a file exported in French reads back as the same role;
    other text lower-cased, as storage keeps a free role."""
    wanted = text.strip().casefold()
    for role in ROLES:
        label = role_label(role)
        names = [label] + [
            str(catalogue(lang).get(label, label)) for lang in REPORT_LANGUAGES if lang != "en"
        ]
        if wanted in (name.casefold() for name in names):
            return role
    return text.strip().lower()


__all__ = [
    "ROLE_COUNTS",
    "ROLE_MESSAGES",
    "english_plural",
    "role_cell",
    "role_count",
    "role_key",
    "role_name",
]
