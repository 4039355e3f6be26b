"""theme, tag and code commands."""

from __future__ import annotations

from argparse import Namespace

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldkit.commands.context import Context
from fieldkit.storage import codings, themes
from fieldkit.storage.codebook import display_theme
from fieldkit.storage.models import Coding, Tag


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
    with ctx.store.write() as session:
        if args.remove:
            removed = codings.untag_record(session, record_id=args.record, theme=args.theme)
            ctx.note(f"removed {removed} tag(s)")
            return 0
        made = codings.tag_record(
            session, record_id=args.record, theme=args.theme, tagged_by=ctx.user
        )
    ctx.print(made.id)
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
