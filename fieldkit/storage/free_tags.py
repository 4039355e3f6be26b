"""Free-word tags: a word on a whole record that is not a codebook theme ("radio", "follow-up").

A researcher tagging in the field should not have to stop and build the codebook first: a word
that names a theme tags with the theme (:func:`fieldkit.storage.codings.tag_record`), any other
word is kept as a free tag here, and can be made a theme later. Words match without regard to
case ("Radio" is "radio"); the spelling first typed is kept. Counts group the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.errors import AmbiguousError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.codings import tag_record
from fieldkit.storage.lookup import TAGGABLE, find_record
from fieldkit.storage.models import FreeTag, Tag, Theme, utcnow
from fieldkit.storage.themes import add_theme

WORD_LENGTH = 120


@dataclass(frozen=True)
class WordCount:
    """A free word and the number of live records tagged with it."""

    word: str
    records: int


def clean_word(word: str | None) -> str:
    """The word as stored: one line, trimmed, not empty, at most 120 characters."""
    return v.required_text(word, field="a tag", max_length=WORD_LENGTH)


def theme_named(session: Session, *, study_id: str, word: str) -> Theme | None:
    """The live theme of the study called exactly ``word`` (any case), or its full id.

    Never an id prefix: a free word such as "cafe" must not land on a theme whose id starts so.
    """
    name = clean_word(word)
    matches = list(
        session.execute(
            select(Theme).where(
                col(Theme.study_id) == study_id,
                col(Theme.deleted_at).is_(None),
                func.lower(col(Theme.name)) == name.lower(),
            )
        ).scalars()
    )
    if len(matches) > 1:
        raise AmbiguousError(
            phrase("several themes are called {name}; use the theme's id", name=repr(name))
        )
    if matches:
        return matches[0]
    theme = session.get(Theme, name)
    if theme is not None and theme.study_id == study_id and not theme.is_deleted:
        return theme
    return None


def tag_with_word(
    session: Session, *, record_id: str, word: str, tagged_by: str | None = None
) -> Tag | FreeTag:
    """Tag the record with the theme ``word`` names, or else with ``word`` as a free tag."""
    record = find_record(session, record_id, kinds=TAGGABLE)
    study_id = str(getattr(record, "study_id"))  # noqa: B009
    theme = theme_named(session, study_id=study_id, word=word)
    if theme is not None:
        return tag_record(session, record_id=record.id, theme=theme.id, tagged_by=tagged_by)
    return add_free_tag(session, record_id=record.id, word=word, tagged_by=tagged_by)


def add_free_tag(
    session: Session, *, record_id: str, word: str, tagged_by: str | None = None
) -> FreeTag:
    """The record's free tag ``word`` (the existing one when it already has it)."""
    record = find_record(session, record_id, kinds=TAGGABLE)
    clean = clean_word(word)
    existing = _live(session, record.id, clean)
    if existing:
        return existing[0]
    tag = FreeTag(
        study_id=str(getattr(record, "study_id")),  # noqa: B009
        word=clean,
        target_type=record.record_type,
        target_id=record.id,
        tagged_by=v.optional_text(tagged_by, field="user", max_length=200),
    )
    session.add(tag)
    session.flush()
    return tag


def remove_free_tag(session: Session, *, record_id: str, word: str) -> int:
    """Tombstone the record's free tag ``word``; the number removed (0 when it had none)."""
    record = find_record(session, record_id, kinds=TAGGABLE)
    now = utcnow()
    found = _live(session, record.id, clean_word(word))
    for tag in found:
        tag.deleted_at = now
    session.flush()
    return len(found)


def free_tags_for(session: Session, *, record_id: str) -> list[FreeTag]:
    """The record's live free tags, by word."""
    query = select(FreeTag).where(
        col(FreeTag.target_id) == record_id, col(FreeTag.deleted_at).is_(None)
    )
    return sorted(session.execute(query).scalars(), key=lambda t: (t.word.casefold(), t.id))


def free_tags_by_record(session: Session, record_ids: Iterable[str]) -> dict[str, list[str]]:
    """record id -> its live free words, by word (records without any are left out)."""
    ids = list(dict.fromkeys(record_ids))
    words: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        query = select(col(FreeTag.target_id), col(FreeTag.word)).where(
            col(FreeTag.target_id).in_(ids[start : start + 500]),
            col(FreeTag.deleted_at).is_(None),
        )
        for target_id, word in session.execute(query):
            words.setdefault(str(target_id), []).append(str(word))
    return {k: sorted(set(w), key=str.casefold) for k, w in words.items()}


def study_free_tags(session: Session, *, study_id: str) -> dict[str, list[str]]:
    """record id -> its live free words, by word, for every record of the study (exports)."""
    query = select(col(FreeTag.target_id), col(FreeTag.word)).where(
        col(FreeTag.study_id) == study_id, col(FreeTag.deleted_at).is_(None)
    )
    words: dict[str, list[str]] = {}
    for target_id, word in session.execute(query):
        words.setdefault(str(target_id), []).append(str(word))
    return {k: sorted(set(w), key=str.casefold) for k, w in words.items()}


def free_tag_counts(
    session: Session, *, study_id: str, record_ids: Iterable[str] | None = None
) -> list[WordCount]:
    """Each free word of the study with the number of records tagged with it, most used first.

    ``record_ids``: count only these records (a case's, for its profile).
    """
    query = select(col(FreeTag.word), col(FreeTag.target_id)).where(
        col(FreeTag.study_id) == study_id, col(FreeTag.deleted_at).is_(None)
    )
    only = set(record_ids) if record_ids is not None else None
    spelling: dict[str, str] = {}
    records: dict[str, set[str]] = {}
    for word, target_id in session.execute(query.order_by(col(FreeTag.created_at))):
        if only is not None and target_id not in only:
            continue
        key = str(word).casefold()
        spelling.setdefault(key, str(word))
        records.setdefault(key, set()).add(str(target_id))
    counts = [WordCount(spelling[k], len(r)) for k, r in records.items()]
    return sorted(counts, key=lambda c: (-c.records, c.word.casefold()))


def study_words(session: Session, *, study_id: str) -> tuple[str, ...]:
    """The study's free words in use (first spelling of each), most used first."""
    return tuple(c.word for c in free_tag_counts(session, study_id=study_id))


def records_with_word(session: Session, *, study_id: str | None, word: str) -> set[str]:
    """The ids of the records (of the study, or of any) with the live free tag ``word``, in
    any case."""
    key = clean_word(word).casefold()
    query = select(col(FreeTag.target_id), col(FreeTag.word)).where(
        col(FreeTag.deleted_at).is_(None)
    )
    if study_id is not None:
        query = query.where(col(FreeTag.study_id) == study_id)
    return {str(t) for t, w in session.execute(query) if str(w).casefold() == key}


def _live(session: Session, record_id: str, word: str) -> list[FreeTag]:
    """The record's live free tags spelt ``word`` in any case (Unicode case folding, which
    SQLite's ``lower`` does not do beyond ASCII)."""
    key = word.casefold()
    return [t for t in free_tags_for(session, record_id=record_id) if t.word.casefold() == key]


def make_theme_of_word(
    session: Session, *, study_id: str, word: str, tagged_by: str | None = None
) -> Theme:
    """Turn a free word into a codebook theme: a new top-level theme named as first spelt, every
    record that carried the word tagged with it, and the free tags gone (one write)."""
    key = clean_word(word).casefold()
    query = select(FreeTag).where(
        col(FreeTag.study_id) == study_id, col(FreeTag.deleted_at).is_(None)
    )
    rows = session.execute(query.order_by(col(FreeTag.created_at))).scalars()
    found = [t for t in rows if t.word.casefold() == key]
    theme = add_theme(session, study_id=study_id, name=found[0].word if found else word)
    now = utcnow()
    for tag in found:
        tag_record(session, record_id=tag.target_id, theme=theme.id, tagged_by=tagged_by)
        tag.deleted_at = now
    session.flush()
    return theme
