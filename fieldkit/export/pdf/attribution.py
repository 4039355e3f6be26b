"""Who spoke in an interview, as the report names them: one person, or a group as a group, with
their roles in the report's language (``role_words``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from fieldkit.export.consent import display_name
from fieldkit.export.report_words import listed, tr
from fieldkit.export.role_words import english_plural, role_count, role_name
from fieldkit.storage.models import Participant

plural = english_plural  # a free role counted in English ("3 facilitators")


def group_roles(people: Sequence[Participant]) -> str:
    """``3 teachers`` or ``2 teachers, 1 parent`` (most frequent role first)."""
    counts = Counter(p.role for p in people)
    return listed(role_count(role, n) for role, n in counts.most_common())


def speakers(people: Sequence[Participant], *, anonymised: bool) -> str:
    """``P-005, teacher`` for one person; ``group interview: 3 teachers (P-024, P-025, P-031)``
    for several; ``no participant recorded`` for none."""
    if not people:
        return tr("no participant recorded")
    if len(people) == 1:
        p = people[0]
        name = display_name(p, anonymised=anonymised)
        return tr("{name}, {role}", name=name, role=role_name(p.role))
    names = listed(display_name(p, anonymised=anonymised) for p in people)
    return tr("group interview: {roles} ({names})", roles=group_roles(people), names=names)


__all__ = ["group_roles", "plural", "speakers"]
