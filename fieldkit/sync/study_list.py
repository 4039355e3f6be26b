"""The studies this laptop syncs and those where its user only reads, kept in ``local_state``."""

from __future__ import annotations

import json
from typing import Any

from fieldkit.storage.local_values import write_local
from fieldkit.storage.models import LocalState

STUDIES_KEY = "sync:studies"
VIEWER_KEY = "sync:viewer_studies"  # studies where this user may read but not send changes


def known_studies(session: Any) -> list[str]:
    return read_list(session, STUDIES_KEY)


def read_list(session: Any, key: str) -> list[str]:
    state = session.get(LocalState, key)
    if state is None:
        return []
    try:
        return sorted(str(s) for s in json.loads(state.value))
    except (ValueError, TypeError):
        return []


def remember_studies(session: Any, ids: set[str]) -> None:
    current = set(known_studies(session))
    if ids - current or not current:
        write_local(session, STUDIES_KEY, json.dumps(sorted(current | ids)))


__all__ = ["STUDIES_KEY", "VIEWER_KEY", "known_studies", "read_list", "remember_studies"]
