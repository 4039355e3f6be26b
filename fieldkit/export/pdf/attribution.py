"""Who spoke in an interview, as the report names them: one person, or a group as a group."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from fieldkit.export.consent import display_name
from fieldkit.storage.models import Participant
from fieldkit.storage.participants import role_label


def plural(role: str, n: int) -> str:
    """``3 teachers``, ``1 parent``, ``2 NGO staff``."""
    if n == 1 or role.endswith(("staff", "people")):
        return f"{n} {role}"
    if role.endswith(("s", "sh", "ch", "x")):
        return f"{n} {role}es"
    return f"{n} {role}s"


def group_roles(people: Sequence[Participant]) -> str:
    """``3 teachers`` or ``2 teachers, 1 parent`` (most frequent role first)."""
    counts = Counter(role_label(p.role) for p in people)
    return ", ".join(plural(role, n) for role, n in counts.most_common())


def speakers(people: Sequence[Participant], *, anonymised: bool) -> str:
    """``P-005, teacher`` for one person; ``group interview: 3 teachers (P-024, P-025, P-031)``
    for several; ``no participant recorded`` for none."""
    if not people:
        return "no participant recorded"
    if len(people) == 1:
        p = people[0]
        return f"{display_name(p, anonymised=anonymised)}, {role_label(p.role)}"
    names = ", ".join(display_name(p, anonymised=anonymised) for p in people)
    return f"group interview: {group_roles(people)} ({names})"


__all__ = ["group_roles", "plural", "speakers"]
