"""``fieldkit redact list|add|remove``: the study's names to redact in anonymised editions."""

from __future__ import annotations

from argparse import Namespace

from fieldkit.commands.context import Context
from fieldkit.storage.redact_list import add_redact_name, redact_entries, remove_redact_name


def redact_list(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.read() as session:
        entries = redact_entries(session, study_id=study_id)
    if args.json:
        ctx.print_json(
            [
                {"term": e.term, "kind": e.kind, "also": list(e.also), "source": e.source}
                for e in entries
            ]
        )
        return 0
    for e in entries:
        also = f" (also: {', '.join(e.also)})" if e.also else ""
        ctx.print(f"{e.term}{also}\t{e.kind}\t{e.source}")
    if not entries:
        ctx.note("nothing to redact yet: no participant names, case places or listed names")
    return 0


def redact_add(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.write() as session:
        row = add_redact_name(
            session, study_id=study_id, term=args.term, also=tuple(args.also or ()), kind=args.kind
        )
        row_id = row.id
    ctx.print(row_id)
    return 0


def redact_remove(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.write() as session:
        row = remove_redact_name(session, study_id=study_id, term=args.term)
        term = row.term
    ctx.note(f"{term!r} taken off the list of names to redact")
    return 0
