"""What an import of a .qdpx did: counts of what was made, and warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ImportReport:
    path: Path
    study_id: str
    study_name: str
    created_study: bool
    origin: str
    themes_created: int = 0
    themes_matched: int = 0
    cases: int = 0
    participants: int = 0
    interviews: int = 0
    observations: int = 0
    codings: int = 0
    tags: int = 0
    free_tags: int = 0
    memos: int = 0
    attachments: int = 0
    warnings: list[str] = field(default_factory=list)


__all__ = ["ImportReport"]
