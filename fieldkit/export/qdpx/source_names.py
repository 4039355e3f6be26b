"""Unique source names: QualCoder renames sources that share a name ("1_…", "2_…") and copies
media files under their names, so two photos called ``IMG_0001.jpg`` would overwrite each other.

A name that occurs once stays as it is; names that repeat get their date ("Morning assembly
(2024-03-01)"), and those still equal a short id ("… [1a2b3c4d]"). File names keep their
extension last. The comparison ignores case (files on Windows and macOS do).
"""

from __future__ import annotations

from collections import Counter
from pathlib import PurePosixPath

# (id, name, date, is a file name)
Item = tuple[str, str, str, bool]


def _with(name: str, extra: str, is_file: bool) -> str:
    suffix = PurePosixPath(name).suffix if is_file else ""
    if suffix and len(suffix) <= 6 and name != suffix:
        return f"{name[: -len(suffix)]} {extra}{suffix}"
    return f"{name} {extra}"


def unique_names(items: list[Item]) -> dict[str, str]:
    """Each item's name in the file, unique across all of them (case-insensitively)."""
    counts = Counter(name.casefold() for _id, name, _date, _f in items)
    dated = {
        item_id: (_with(name, f"({date})", is_file) if counts[name.casefold()] > 1 else name)
        for item_id, name, date, is_file in items
    }
    counts = Counter(name.casefold() for name in dated.values())
    out: dict[str, str] = {}
    taken: set[str] = set()
    for item_id, _name, _date, is_file in items:
        name = dated[item_id]
        if counts[name.casefold()] > 1:
            name = _with(name, f"[{item_id[:8]}]", is_file)
            if name.casefold() in taken:
                name = _with(dated[item_id], f"[{item_id}]", is_file)
        taken.add(name.casefold())
        out[item_id] = name
    return out


__all__ = ["unique_names"]
