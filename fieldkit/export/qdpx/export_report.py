"""What a .qdpx export wrote and left out, and its progress and cancel callbacks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.export.consent import WithheldReport

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]


@dataclass
class QdpxReport:
    path: Path
    study_id: str
    themes: int = 0
    cases: int = 0
    participants: int = 0
    text_sources: int = 0
    audio_sources: int = 0
    picture_sources: int = 0
    codings: int = 0
    tags: int = 0
    notes: int = 0
    size_bytes: int = 0
    seconds: float = 0.0
    # What consent held back (applied before the project was built).
    consent: WithheldReport = field(default_factory=WithheldReport)
    # Sentences for the user: what else was left out and why.
    warnings: list[str] = field(default_factory=list)


__all__ = ["Cancel", "Progress", "QdpxReport"]
