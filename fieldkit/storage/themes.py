"""The study codebook: themes and their hierarchy."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.errors import AmbiguousError, ConflictError, NotFoundError, ValidationError, phrase
from fieldkit.storage import validate as v
from fieldkit.storage.codebook import ThemeSpec, codebook_language, default_codebook
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Coding, Interview, Observation, Study, Tag, Theme, utcnow
from fieldkit.storage.theme_colors import pick_color


@dataclass(frozen=True)
class ThemeCount:
    theme: Theme
    codings: int
    tags: int
    depth: int


def seed_default_codebook(
    session: Session, *, study_id: str, language: str | None = None
) -> list[Theme]:
    """Add the default codebook to a study, named in ``language`` (default English)."""
    made: list[Theme] = []

    def add(spec: ThemeSpec, parent: Theme | None, position: int) -> None:
        theme = Theme(
            study_id=study_id,
            name=spec.name,
            description=spec.description,
            color=spec.color,
            source=spec.source,
            parent_id=parent.id if parent else None,
            position=position,
        )
        session.add(theme)
        made.append(theme)
        for i, child in enumerate(spec.children):
            add(child, theme, i)

    for i, spec in enumerate(default_codebook(codebook_language(language))):
        add(spec, None, i)
    session.flush()
    return made


def live_themes(session: Session, *, study_id: str, include_archived: bool = True) -> list[Theme]:
    query = select(Theme).where(col(Theme.study_id) == study_id, col(Theme.deleted_at).is_(None))
    if not include_archived:
        query = query.where(col(Theme.archived).is_(False))
    return list(session.execute(query.order_by(col(Theme.position), col(Theme.name))).scalars())


def theme_tree(
    session: Session, *, study_id: str, include_archived: bool = True
) -> list[ThemeCount]:
    """Themes in tree order (parents before children) with their coding and tag counts."""
    themes = live_themes(session, study_id=study_id, include_archived=include_archived)
    codings = _counts(session, Coding, study_id)
    tags = _counts(session, Tag, study_id)
    children: dict[str | None, list[Theme]] = {}
    ids = {t.id for t in themes}
    for t in themes:
        parent = t.parent_id if t.parent_id in ids else None
        children.setdefault(parent, []).append(t)
    out: list[ThemeCount] = []

    def walk(parent: str | None, depth: int) -> None:
        for t in children.get(parent, []):
            out.append(ThemeCount(t, codings.get(t.id, 0), tags.get(t.id, 0), depth))
            walk(t.id, depth + 1)

    walk(None, 0)
    return out


def _counts(session: Session, model: type[Coding] | type[Tag], study_id: str) -> dict[str, int]:
    query = (
        select(col(model.theme_id), func.count())
        .where(col(model.study_id) == study_id, col(model.deleted_at).is_(None))
        .group_by(col(model.theme_id))
    )
    counts = {theme_id: count for theme_id, count in session.execute(query)}
    # A live coding or tag on a deleted record (made on another laptop while this one deleted
    # the record; a delete here takes them with it) is not counted. Few records are deleted,
    # so this walks from them through the target index.
    targets: tuple[type[Interview] | type[Observation] | type[Case], ...] = (
        Interview,
        Observation,
        Case,
    )
    for target in targets:
        orphans = (
            select(col(model.theme_id), func.count())
            .join(target, col(target.id) == col(model.target_id))
            .where(
                col(target.study_id) == study_id,
                col(target.deleted_at).is_not(None),
                col(model.deleted_at).is_(None),
            )
            .group_by(col(model.theme_id))
        )
        for theme_id, count in session.execute(orphans):
            counts[theme_id] = counts.get(theme_id, 0) - count
    return counts


def find_theme(session: Session, *, study_id: str, ref: str) -> Theme:
    """A live theme of the study by exact name (case-insensitive) or id/prefix."""
    name = v.clean_line(ref)
    if not name:
        raise ValidationError(phrase("a theme name is required"))
    matches = list(
        session.execute(
            select(Theme).where(
                col(Theme.study_id) == study_id,
                col(Theme.deleted_at).is_(None),
                func.lower(col(Theme.name)) == name.lower(),
            )
        ).scalars()
    )
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise AmbiguousError(
            phrase("several themes are called {name}; use the theme's id", name=repr(name))
        )
    try:
        theme = get_row(session, Theme, name)
    except NotFoundError:
        raise NotFoundError(
            phrase(
                "no theme called {name} in this study (see `fieldkit theme list`)", name=repr(name)
            )
        ) from None
    if theme.study_id != study_id:
        raise NotFoundError(phrase("no theme called {name} in this study", name=repr(name)))
    return theme


def add_theme(
    session: Session,
    *,
    study_id: str,
    name: str,
    parent: str | None = None,
    color: str | None = None,
    description: str = "",
    source: str | None = None,
) -> Theme:
    study = get_row(session, Study, study_id)
    clean = v.required_text(name, field="theme name", max_length=120)
    _check_unique_name(session, study.id, clean)
    parent_theme = find_theme(session, study_id=study.id, ref=parent) if parent else None
    same_parent = (
        col(Theme.parent_id) == parent_theme.id if parent_theme else col(Theme.parent_id).is_(None)
    )
    sibling_colors = list(
        session.execute(
            select(col(Theme.color)).where(
                col(Theme.study_id) == study.id, same_parent, col(Theme.deleted_at).is_(None)
            )
        ).scalars()
    )
    siblings = session.execute(
        select(func.count()).where(col(Theme.study_id) == study.id, same_parent)
    ).scalar_one()
    # Not grey, not the parent's colour again: the first one its siblings do not use yet.
    family = [*sibling_colors, *([parent_theme.color] if parent_theme else [])]
    theme = Theme(
        study_id=study.id,
        name=clean,
        parent_id=parent_theme.id if parent_theme else None,
        color=v.color(color) if color else pick_color(family),
        description=v.long_text(description, field="description", max_length=5_000),
        source=v.optional_text(source, field="source", max_length=300),
        position=int(siblings),
    )
    session.add(theme)
    session.flush()
    return theme


def _check_unique_name(session: Session, study_id: str, name: str, *, except_id: str = "") -> None:
    clash = session.execute(
        select(col(Theme.id)).where(
            col(Theme.study_id) == study_id,
            col(Theme.deleted_at).is_(None),
            func.lower(col(Theme.name)) == name.lower(),
            col(Theme.id) != except_id,
        )
    ).first()
    if clash:
        raise ConflictError(
            phrase("a theme called {name} already exists in this study", name=repr(name))
        )


def rename_theme(session: Session, *, theme_id: str, name: str) -> Theme:
    theme = get_row(session, Theme, theme_id)
    clean = v.required_text(name, field="theme name", max_length=120)
    _check_unique_name(session, theme.study_id, clean, except_id=theme.id)
    theme.name = clean
    session.flush()
    return theme


def recolor_theme(session: Session, *, theme_id: str, color: str) -> Theme:
    theme = get_row(session, Theme, theme_id)
    theme.color = v.color(color)
    session.flush()
    return theme


def describe_theme(session: Session, *, theme_id: str, description: str) -> Theme:
    theme = get_row(session, Theme, theme_id)
    theme.description = v.long_text(description, field="description", max_length=5_000)
    session.flush()
    return theme


def reparent_theme(session: Session, *, theme_id: str, parent_id: str | None) -> Theme:
    theme = get_row(session, Theme, theme_id)
    if parent_id is not None:
        parent = get_row(session, Theme, parent_id)
        if parent.study_id != theme.study_id:
            raise ValidationError(phrase("a theme can only move under a theme of the same study"))
        if parent.id == theme.id:
            raise ConflictError(phrase("{name} cannot move under itself", name=repr(theme.name)))
        ancestor: Theme | None = parent
        while ancestor is not None:
            if ancestor.id == theme.id:
                raise ConflictError(
                    phrase(
                        "{name} cannot move under {parent}, which is inside it",
                        name=repr(theme.name),
                        parent=repr(parent.name),
                    )
                )
            ancestor = session.get(Theme, ancestor.parent_id) if ancestor.parent_id else None
        theme.parent_id = parent.id
    else:
        theme.parent_id = None
    session.flush()
    return theme


def archive_theme(session: Session, *, theme_id: str, archived: bool = True) -> Theme:
    """Archived themes keep their codings but are hidden from coding palettes."""
    theme = get_row(session, Theme, theme_id)
    theme.archived = archived
    session.flush()
    return theme


def merge_themes(session: Session, *, source_id: str, target_id: str) -> Theme:
    """Move every tag, coding and child of ``source`` to ``target``, then retire ``source``."""
    source = get_row(session, Theme, source_id)
    target = get_row(session, Theme, target_id)
    if source.id == target.id:
        raise ConflictError(phrase("a theme cannot be merged into itself"))
    if source.study_id != target.study_id:
        raise ValidationError(phrase("themes of different studies cannot be merged"))
    ancestor: Theme | None = target
    while ancestor is not None:
        if ancestor.id == source.id:
            raise ConflictError(
                phrase(
                    "{name} cannot merge into its own sub-theme {target}",
                    name=repr(source.name),
                    target=repr(target.name),
                )
            )
        ancestor = session.get(Theme, ancestor.parent_id) if ancestor.parent_id else None
    # Load through the ORM (not a bulk UPDATE) so each moved row is stamped and logged.
    _move_tags(session, source, target)
    _move_codings(session, source, target)
    for child in session.execute(select(Theme).where(col(Theme.parent_id) == source.id)).scalars():
        if child.deleted_at is None:
            child.parent_id = target.id
    source.merged_into_id = target.id
    source.deleted_at = utcnow()
    session.flush()
    return target


def _move_tags(session: Session, source: Theme, target: Theme) -> None:
    """Tags move to ``target``; a record tagged with both keeps one tag (the other retires)."""
    live = col(Tag.deleted_at).is_(None)
    tagged = set(
        session.execute(
            select(col(Tag.target_id)).where(col(Tag.theme_id) == target.id, live)
        ).scalars()
    )
    for tag in session.execute(select(Tag).where(col(Tag.theme_id) == source.id, live)).scalars():
        if tag.target_id in tagged:
            tag.deleted_at = utcnow()
        else:
            tag.theme_id = target.id
            tagged.add(tag.target_id)


def _move_codings(session: Session, source: Theme, target: Theme) -> None:
    """Codings move to ``target``; the same span coded with both keeps one coding.

    The retired duplicate's memo, if it had one the survivor lacks, is appended to the survivor.
    """
    live = col(Coding.deleted_at).is_(None)

    def span(c: Coding) -> tuple[str, str, str | None, int, int]:
        return (c.target_id, c.unit, c.attachment_id, c.start, c.end)

    kept = {
        span(c): c
        for c in session.execute(
            select(Coding).where(col(Coding.theme_id) == target.id, live)
        ).scalars()
    }
    moving = session.execute(
        select(Coding).where(col(Coding.theme_id) == source.id, live)
    ).scalars()
    for coding in moving:
        survivor = kept.get(span(coding))
        if survivor is None:
            coding.theme_id = target.id
            kept[span(coding)] = coding
            continue
        if coding.memo.strip() and coding.memo.strip() not in survivor.memo:
            survivor.memo = f"{survivor.memo}\n\n{coding.memo}".strip()
        survivor.starred = survivor.starred or coding.starred
        coding.deleted_at = utcnow()


__all__ = [
    "ThemeCount",
    "add_theme",
    "archive_theme",
    "describe_theme",
    "find_theme",
    "live_themes",
    "merge_themes",
    "recolor_theme",
    "rename_theme",
    "reparent_theme",
    "seed_default_codebook",
    "theme_tree",
]
