"""Read models for the record editor: one interview or observation with its codings.

Plain values (frozen dataclasses) so the editor can hold them across threads; offsets are
Unicode code points, as stored. Writes go through the existing services
(:func:`fieldkit.storage.text_edits.set_text`, :mod:`fieldkit.storage.codings`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from fieldkit.errors import ValidationError, phrase
from fieldkit.storage.codings import codings_for, record_text
from fieldkit.storage.lookup import CODABLE, find_record
from fieldkit.storage.models import Coding, Interview, Observation, SyncRow, Theme
from fieldkit.storage.themes import live_themes


@dataclass(frozen=True)
class ThemeChoice:
    id: str
    name: str
    color: str
    depth: int = 0


@dataclass(frozen=True)
class CodingView:
    id: str
    theme_id: str
    theme_name: str
    color: str
    start: int
    end: int
    quote: str
    coder: str
    memo: str
    detached: bool


@dataclass(frozen=True)
class EditableRecord:
    id: str
    kind: str  # "interview" or "observation"
    study_id: str
    title: str
    date: str
    detail: str  # language of an interview, setting of an observation
    text: str
    codings: tuple[CodingView, ...]
    themes: tuple[ThemeChoice, ...]  # live, not archived, in codebook order (pins: fieldkit.pins)


def load_codings(session: Session, *, record_id: str) -> tuple[CodingView, ...]:
    """The record's live text codings, in text order, with their themes' names and colours."""
    rows = [c for c in codings_for(session, record_id=record_id) if c.unit == "char"]
    if not rows:
        return ()
    study_id = rows[0].study_id
    themes = {t.id: t for t in live_themes(session, study_id=study_id)}
    return tuple(_coding_view(c, themes.get(c.theme_id)) for c in rows)


def _coding_view(c: Coding, theme: Theme | None) -> CodingView:
    return CodingView(
        id=c.id,
        theme_id=c.theme_id,
        theme_name=theme.name if theme else "?",
        color=theme.color if theme else "#808080",
        start=c.start,
        end=c.end,
        quote=c.quote,
        coder=c.coder or "",
        memo=c.memo or "",
        detached=c.detached,
    )


def theme_choices(session: Session, *, study_id: str) -> tuple[ThemeChoice, ...]:
    """Live, not archived themes in codebook (tree) order; no counts, so it stays fast."""
    themes = live_themes(session, study_id=study_id, include_archived=False)
    ids = {t.id for t in themes}
    children: dict[str | None, list[Theme]] = {}
    for t in themes:
        children.setdefault(t.parent_id if t.parent_id in ids else None, []).append(t)
    out: list[ThemeChoice] = []

    def walk(parent: str | None, depth: int) -> None:
        for t in children.get(parent, []):
            out.append(ThemeChoice(t.id, t.name, t.color, depth))
            walk(t.id, depth + 1)

    walk(None, 0)
    return tuple(out)


def load_record(session: Session, *, record_id: str) -> EditableRecord:
    """The interview or observation ``record_id`` as the editor shows it."""
    row: SyncRow | None = session.get(Interview, record_id) or session.get(Observation, record_id)
    if row is None or row.is_deleted:  # not a full live id: a prefix, or a clear error
        row = find_record(session, record_id, kinds=CODABLE)
    study_id = str(getattr(row, "study_id"))  # noqa: B009
    if isinstance(row, Interview):
        kind, detail = "interview", row.language or ""
    else:
        kind, detail = "observation", str(getattr(row, "setting") or "")  # noqa: B009
    return EditableRecord(
        id=row.id,
        kind=kind,
        study_id=study_id,
        title=str(getattr(row, "title")),  # noqa: B009
        date=getattr(row, "date").isoformat(),  # noqa: B009
        detail=detail,
        text=record_text(row),
        codings=load_codings(session, record_id=row.id),
        themes=theme_choices(session, study_id=study_id),
    )


def place_quote(text: str, *, start: int, end: int, quote: str) -> tuple[int, int]:
    """Where ``quote`` lies in ``text``: at ``start``–``end`` if it is still there, else at its
    occurrence nearest to ``start`` (used when an undone coding is placed again).
    """
    if 0 <= start < end <= len(text) and text[start:end] == quote:
        return start, end
    if not quote:
        raise ValidationError(phrase("a coding needs some words to mark"))
    best: int | None = None
    found = text.find(quote)
    while found != -1:
        if best is None or abs(found - start) < abs(best - start):
            best = found
        found = text.find(quote, found + 1)
    if best is None:
        short = quote if len(quote) <= 60 else quote[:59] + "…"
        raise ValidationError(
            phrase("the coded words “{words}” are no longer in the text", words=short)
        )
    return best, best + len(quote)


__all__ = [
    "CodingView",
    "EditableRecord",
    "ThemeChoice",
    "load_codings",
    "load_record",
    "place_quote",
    "theme_choices",
]
