"""What a case-study PDF export is asked to do, and what it reports back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.errors import FieldkitError
from fieldkit.export.consent import WithheldReport

SECTIONS: tuple[str, ...] = (
    "cover",
    "contents",
    "profile",
    "theme_profile",
    "quotes",
    "summaries",
    "photos",
    "codebook",
)

Progress = Callable[[str, float], None]
Cancel = Callable[[], bool]


class ExportCancelled(FieldkitError):
    """The user pressed Cancel; nothing was written."""

    def __init__(self, message: str = "the export was cancelled; no file was written") -> None:
        super().__init__(message)


@dataclass(frozen=True)
class PdfOptions:
    """Choices for a case-study PDF.

    ``themes``: theme ids, id prefixes or names to include (None: every theme).
    ``sections``: which parts to print, from :data:`SECTIONS`.
    ``anonymised``: participant codes only; every name and place of the study's list of names
    to redact (participants' names, the cases' localities and regions, and the names the team
    listed) replaced by "[name]", "[place]" or "[redacted]" everywhere in the file; interview
    places and observation settings left out; no photos unless ``anonymised_photos`` (faces,
    signs and school names in a photo identify people and places; captions are redacted).
    ``authors``: names for the cover; None takes the interviewers, observers and coders.
    """

    themes: tuple[str, ...] | None = None
    sections: tuple[str, ...] = SECTIONS
    anonymised: bool = False
    anonymised_photos: bool = False
    max_quotes_per_theme: int = 5
    authors: tuple[str, ...] | None = None
    # Photos print at most 8 cm wide: 1000 px is 300 dpi there.
    max_photo_px: int = 1000
    photo_quality: int = 72


@dataclass
class PdfReport:
    """What one export produced.

    ``consent`` is what the consent policy held back (counted as in every export, and printed
    in the PDF); ``redactions`` maps each name or place replaced in an anonymised edition to how
    many times it was; ``font_warnings`` names text no font could render; ``warnings`` other
    things left out (a missing photo file).
    """

    path: Path
    pages: int = 0
    size: int = 0
    consent: WithheldReport = field(default_factory=lambda: WithheldReport(publication=True))
    redactions: dict[str, int] = field(default_factory=dict)
    font_warnings: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class CaseFailure:
    case_id: str
    case_title: str
    message: str


@dataclass
class BatchReport:
    folder: Path
    exported: list[PdfReport] = field(default_factory=list)
    failed: list[CaseFailure] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # file name -> the case's title
    cancelled: bool = False
    seconds: float = 0.0
