"""theme, tag and code commands."""

from __future__ import annotations

import shlex
from argparse import Namespace

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.commands.context import Context
from fieldkit.storage import codings, free_tags, themes
from fieldkit.storage.codebook import display_theme
from fieldkit.storage.lookup import TAGGABLE, find_record, get_row
from fieldkit.storage.models import Case, Coding, FreeTag, Tag
from fieldkit.storage.overview import case_records


def theme_list(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.read() as session:
        tree = themes.theme_tree(session, study_id=study_id, include_archived=args.all)
        # --language shows the default themes in another language; the rows stay as they are.
        shown = {
            tc.theme.id: display_theme(tc.theme.name, tc.theme.description, args.language)
            for tc in tree
        }
        rows = [
            {
                "id": tc.theme.id,
                "name": shown[tc.theme.id][0],
                "parent": shown[tc.theme.parent_id][0] if tc.theme.parent_id in shown else None,
                "color": tc.theme.color,
                "description": shown[tc.theme.id][1],
                "source": tc.theme.source,
                "archived": tc.theme.archived,
                "codings": tc.codings,
                "tags": tc.tags,
                "depth": tc.depth,
            }
            for tc in tree
        ]
    if args.json:
        ctx.print_json(rows)
        return 0
    for r in rows:
        flag = "  [archived]" if r["archived"] else ""
        ctx.print(
            f"{'  ' * int(str(r['depth']))}{r['name']}  {r['color']}  "
            f"{r['codings']} codings, {r['tags']} tags{flag}"
        )
    return 0


def theme_add(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.write() as session:
        theme = themes.add_theme(
            session,
            study_id=study_id,
            name=args.name,
            parent=args.parent,
            color=args.color,
            description=args.description or "",
        )
    ctx.print(theme.id)
    return 0


def theme_merge(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.write() as session:
        source = themes.find_theme(session, study_id=study_id, ref=args.source)
        target = themes.find_theme(session, study_id=study_id, ref=args.target)
        moved = codings_of(session, source.id)
        themes.merge_themes(session, source_id=source.id, target_id=target.id)
    ctx.note(f"merged {source.name!r} into {target.name!r} ({moved} codings and tags moved)")
    return 0


def codings_of(session: Session, theme_id: str) -> int:
    """How many live codings and tags use a theme."""
    total = 0
    for model in (Coding, Tag):
        total += session.execute(
            select(func.count()).where(
                col(model.theme_id) == theme_id, col(model.deleted_at).is_(None)
            )
        ).scalar_one()
    return total


def theme_rename(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.write() as session:
        theme = themes.find_theme(session, study_id=study_id, ref=args.theme)
        themes.rename_theme(session, theme_id=theme.id, name=args.name)
    return 0


def theme_color(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.write() as session:
        theme = themes.find_theme(session, study_id=study_id, ref=args.theme)
        themes.recolor_theme(session, theme_id=theme.id, color=args.color)
    return 0


def theme_move(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.write() as session:
        theme = themes.find_theme(session, study_id=study_id, ref=args.theme)
        parent = (
            themes.find_theme(session, study_id=study_id, ref=args.parent) if args.parent else None
        )
        themes.reparent_theme(session, theme_id=theme.id, parent_id=parent.id if parent else None)
    return 0


def theme_archive(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.write() as session:
        theme = themes.find_theme(session, study_id=study_id, ref=args.theme)
        themes.archive_theme(session, theme_id=theme.id, archived=not args.restore)
    return 0


def tag(ctx: Context, args: Namespace) -> int:
    """Tag a record with a theme, or with a free word when the word names no theme.

    A researcher tagging in the field wants the word kept, not a refusal; ``--theme`` insists
    on a theme (a typo then fails instead of making a stray free tag).
    """
    with ctx.store.write() as session:
        if args.theme_only:
            if args.remove:
                removed = codings.untag_record(session, record_id=args.record, theme=args.word)
                ctx.note(f"removed {removed} tag(s)")
                return 0
            made: Tag | FreeTag = codings.tag_record(
                session, record_id=args.record, theme=args.word, tagged_by=ctx.user
            )
        elif args.remove:
            ctx.note(_untag_word(session, args.record, args.word))
            return 0
        else:
            made = free_tags.tag_with_word(
                session, record_id=args.record, word=args.word, tagged_by=ctx.user
            )
    if isinstance(made, FreeTag):
        ctx.note(
            f"{made.word!r} is not a theme: kept as a free tag (to make it a theme: "
            f"fieldkit theme add {shlex.quote(made.word)})"
        )
    ctx.print(made.id)
    return 0


def _untag_word(session: Session, record_id: str, word: str) -> str:
    record = find_record(session, record_id, kinds=TAGGABLE)
    study_id = str(getattr(record, "study_id"))  # noqa: B009
    theme = free_tags.theme_named(session, study_id=study_id, word=word)
    removed = free_tags.remove_free_tag(session, record_id=record.id, word=word)
    if theme is not None:
        removed += codings.untag_record(session, record_id=record.id, theme=theme.id)
    if not removed:
        return f"the record has no tag {free_tags.clean_word(word)!r}; nothing removed"
    return f"removed {removed} tag(s)"


def tag_counts(ctx: Context, args: Namespace) -> int:
    """``fieldkit tags``: the free words of a study (or a case) with their record counts."""
    study_id = ctx.study_id(args.study)
    if args.make_theme:
        with ctx.store.write() as session:
            theme = free_tags.make_theme_of_word(
                session, study_id=study_id, word=args.make_theme, tagged_by=ctx.user
            )
            ctx.note(f"the free word is now the theme {theme.name!r}; its records are tagged")
            ctx.print(theme.id)
        return 0
    with ctx.store.read() as session:
        records = None
        if args.case:
            case = get_row(session, Case, args.case)
            records = [case.id, *(r.id for r in case_records(session, case_id=case.id))]
        counts = free_tags.free_tag_counts(session, study_id=study_id, record_ids=records)
    rows = [{"word": c.word, "records": c.records} for c in counts]
    if args.json:
        ctx.print_json(rows)
        return 0
    if not rows:
        ctx.note("no free-word tags (theme tags are counted in `fieldkit theme list`)")
    for r in rows:
        ctx.print(f"{r['word']}  {r['records']} record{'' if r['records'] == 1 else 's'}")
    return 0


def code(ctx: Context, args: Namespace) -> int:
    with ctx.store.write() as session:
        coding = codings.code_text(
            session,
            record_id=args.record,
            theme=args.theme,
            start=args.start,
            end=args.end,
            coder=ctx.user,
            memo=args.memo or "",
        )
    ctx.print(coding.id)
    return 0
