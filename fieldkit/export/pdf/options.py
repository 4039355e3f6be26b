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
    "summary",
    "profile",
    "theme_profile",
    "quotes",
    "summaries",
    "photos",
    "codebook",
)


@dataclass(frozen=True)
class PhotoSize:
    """How photos are embedded: at most ``max_px`` on the long side (None: as taken), JPEG
    ``quality``."""

    max_px: int | None
    quality: int


# Photos print at most 8 cm wide: 720 px is 230 dpi there, and a case with 50 camera photos
# stays under 5 MB; "small" suits e-mail over a slow link, "original" print at full detail.
PHOTO_SIZES: dict[str, PhotoSize] = {
    "small": PhotoSize(480, 55),
    "medium": PhotoSize(720, 60),
    "original": PhotoSize(None, 92),
}

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
    ``authors``: the field team on the cover; None takes the interviewers and observers.
    ``prepared_by``: who prepared the report (the researcher's profile name); None leaves the
    line out (never an account name).
    ``photo_size``: one of :data:`PHOTO_SIZES` (photos are downscaled and re-encoded).
    ``language``: the language of headings, labels, notes, dates and page numbers; quotes
    and the team's own text stay as written.
    """

    themes: tuple[str, ...] | None = None
    sections: tuple[str, ...] = SECTIONS
    anonymised: bool = False
    anonymised_photos: bool = False
    max_quotes_per_theme: int = 5
    authors: tuple[str, ...] | None = None
    prepared_by: str | None = None
    photo_size: str = "medium"
    language: str = "en"  # the report's fixed words (fieldkit.export.report_words)

    @property
    def photo(self) -> PhotoSize:
        return PHOTO_SIZES[self.photo_size]

    @property
    def prints_photos(self) -> bool:
        """Whether the photos section is printed (anonymised editions only when asked)."""
        return "photos" in self.sections and (not self.anonymised or self.anonymised_photos)


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
