"""``fieldkit search``."""

from __future__ import annotations

from argparse import Namespace

from fieldkit.commands.context import Context


def search(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.search import HIT_END, HIT_START
    from fieldkit.storage.search import search as run_search
    from fieldkit.storage.themes import find_theme

    study_id = ctx.study_id(args.study) if (args.study or args.theme) else None
    with ctx.store.read() as session:
        theme_id = (
            find_theme(session, study_id=study_id, ref=args.theme).id
            if (args.theme and study_id)
            else None
        )
        hits = run_search(
            session,
            query=args.query,
            study_id=study_id,
            case_id=args.case,
            theme_id=theme_id,
            record_types=args.type or None,
            limit=args.limit,
            free_tag=args.tag,
        )
    if args.json:
        ctx.print_json(
            [
                {
                    "record_type": h.record_type,
                    "record_id": h.record_id,
                    "case_id": h.case_id,
                    "title": h.title,
                    "field": h.field,
                    "snippet": h.snippet.replace(HIT_START, "[").replace(HIT_END, "]"),
                    "rank": round(h.rank, 4),
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        ctx.note(f"nothing found for {args.query!r}")
    bold, plain = ("\x1b[1m", "\x1b[0m") if ctx.out.isatty() else ("[", "]")
    for h in hits:
        ctx.print(f"{h.record_type} {h.record_id}  {h.title}")
        ctx.print(
            "    " + h.snippet.replace(HIT_START, bold).replace(HIT_END, plain).replace("\n", " ")
        )
    return 0
