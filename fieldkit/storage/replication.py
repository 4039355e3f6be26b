"""The storage half of sync: the outbox of local changes and applying changes from elsewhere.

Wire-neutral: :class:`RowChange` is what travels (the protocol layer decides how), and both
functions work inside the caller's transaction, so the caller moves its cursor in the same one.

The code lives in modules named for what they hold; this one keeps the public names in one
place:

- :mod:`fieldkit.storage.row_changes`: :class:`RowChange` and JSON-ready column values;
- :mod:`fieldkit.storage.outbox`: ``collect_outbox`` and ``pending_count`` (the rules for what
  is sent, and why, are in its docstring);
- :mod:`fieldkit.storage.remote_apply`: ``apply_remote_changes`` (fast-forwards and conflicts);
- :mod:`fieldkit.storage.conflicts`: ``conflicts`` and ``resolve_conflict``;
- :mod:`fieldkit.storage.sync_cursors`: ``get_cursor`` and ``set_cursor``.
"""

from __future__ import annotations

from fieldkit.storage.conflicts import conflicts, resolve_conflict
from fieldkit.storage.outbox import Outbox, collect_outbox, pending_count
from fieldkit.storage.remote_apply import UNRECORDED, ApplyResult, apply_remote_changes
from fieldkit.storage.row_changes import OPS, RowChange, json_value, python_value
from fieldkit.storage.sync_cursors import cursor_key, get_cursor, set_cursor

__all__ = [
    "OPS",
    "UNRECORDED",
    "ApplyResult",
    "Outbox",
    "RowChange",
    "apply_remote_changes",
    "collect_outbox",
    "conflicts",
    "cursor_key",
    "get_cursor",
    "json_value",
    "pending_count",
    "python_value",
    "resolve_conflict",
    "set_cursor",
]
