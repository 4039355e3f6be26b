"""Read models for a record's whole-record tags and memos, as the editor shows them.

Plain frozen values (safe to hand from a worker thread to the GUI), sorted for display.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from fieldkit.storage.codings import tags_for
from fieldkit.storage.free_tags import free_tags_for
from fieldkit.storage.memos import memos_for
from fieldkit.storage.models import Theme


@dataclass(frozen=True)
class TagView:
    """A theme tag, or a free-word tag (``free``: no theme, ``theme_name`` is the word)."""

    id: str
    theme_id: str
    theme_name: str
    color: str
    free: bool = False

    @property
    def key(self) -> str:
        """What tells the record's tags apart: the theme, or the word in any case."""
        return "free:" + self.theme_name.casefold() if self.free else self.theme_id


@dataclass(frozen=True)
class MemoView:
    id: str
    title: str
    body: str
    author: str
    created: str  # YYYY-MM-DD HH:MM (UTC)
    updated: str

    @property
    def heading(self) -> str:
        """The title, or the first line of the body when there is none."""
        if self.title:
            return self.title
        first = self.body.strip().splitlines()[0] if self.body.strip() else ""
        return first if len(first) <= 60 else first[:59] + "…"


def load_tags(session: Session, *, record_id: str) -> tuple[TagView, ...]:
    """The record's live tags with their themes' names and colours, by theme name, then its
    free-word tags, by word."""
    views = []
    for tag in tags_for(session, record_id=record_id):
        theme = session.get(Theme, tag.theme_id)
        if theme is None or theme.is_deleted:
            continue
        views.append(TagView(tag.id, theme.id, theme.name, theme.color))
    views.sort(key=lambda t: (t.theme_name.lower(), t.id))
    words = [
        TagView(t.id, "", t.word, "", free=True)
        for t in free_tags_for(session, record_id=record_id)
    ]
    return (*views, *words)


def load_memos(session: Session, *, target_id: str) -> tuple[MemoView, ...]:
    """The live memos on a record, oldest first."""
    return tuple(
        MemoView(
            id=m.id,
            title=m.title,
            body=m.body,
            author=m.author or "",
            created=m.created_at.strftime("%Y-%m-%d %H:%M"),
            updated=m.updated_at.strftime("%Y-%m-%d %H:%M"),
        )
        for m in memos_for(session, target_id=target_id)
    )
