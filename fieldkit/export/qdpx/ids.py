"""GUIDs in a REFI-QDA project.

fieldkit's row ids are UUIDs already, so a theme, source, case, note or coding keeps its own id
as its GUID (lowercase, which the schema's pattern allows). Elements that have no row of their
own (the text selection around a coding, users, variables) get a UUID5 derived from a fixed
namespace, so exporting the same data twice gives the same file.
"""

from __future__ import annotations

import re
import uuid

from fieldkit.errors import ProjectFileError, phrase

# A fixed namespace for fieldkit's derived GUIDs (never change it: files would stop matching).
FIELDKIT_NAMESPACE = uuid.UUID("6f1c8a52-0d7e-4c57-9a3e-5b2f1f0c9d41")
_GUID_RE = re.compile(
    r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$"
)


def derived(seed: str, role: str) -> str:
    """A stable GUID for the ``role`` of something identified by ``seed``."""
    return str(uuid.uuid5(FIELDKIT_NAMESPACE, f"{role}:{seed}"))


def row_guid(row_id: str) -> str:
    """The GUID of a row: its own id when that is a UUID (it always is), else a derived one."""
    match = _GUID_RE.match(row_id)
    return match.group(1).lower() if match else derived(row_id, "row")


def user_guid(name: str) -> str:
    return derived(" ".join(name.split()).casefold(), "user")


def variable_guid(name: str) -> str:
    return derived(name.casefold(), "variable")


def parse_guid(raw: str | None, *, what: str) -> str:
    """A GUID read from a file, normalised to lowercase without braces."""
    match = _GUID_RE.match((raw or "").strip())
    if not match:
        raise ProjectFileError(
            phrase(
                "the project file gives {what} an invalid identifier ({value}); it may be damaged",
                what=what,
                value=repr((raw or "")[:60]),
            )
        )
    return match.group(1).lower()


def is_guid(raw: str | None) -> bool:
    return bool(_GUID_RE.match((raw or "").strip()))
