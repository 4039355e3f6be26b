"""``fieldkit show RECORD_ID`` and ``fieldkit text set RECORD_ID FILE``."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from fieldkit.commands.context import Context
from fieldkit.export.json_dump import json_value
from fieldkit.storage.codings import codings_for, tags_for
from fieldkit.storage.free_tags import free_tags_for
from fieldkit.storage.lookup import find_record
from fieldkit.storage.models import Case, Interview, Observation, SyncRow, Theme, data_columns


def _plain(row: SyncRow) -> dict[str, Any]:
    return {name: json_value(getattr(row, name)) for name in data_columns(type(row))}


def show(ctx: Context, args: Namespace) -> int:
    with ctx.store.read() as session:
        record = find_record(session, args.record, kinds=(Interview, Observation, Case))
        names = {}
        codings = codings_for(session, record_id=record.id)
        tags = tags_for(session, record_id=record.id)
        for theme_id in {c.theme_id for c in codings} | {t.theme_id for t in tags}:
            theme = session.get(Theme, theme_id)
            names[theme_id] = theme.name if theme else theme_id
        value = {
            "type": record.record_type,
            **_plain(record),
            "codings": [{**_plain(c), "theme": names[c.theme_id]} for c in codings],
            "tags": [names[t.theme_id] for t in tags],
            "free_tags": [t.word for t in free_tags_for(session, record_id=record.id)],
        }
    if args.json:
        ctx.print_json(value)
        return 0
    ctx.print(f"{value['type']} {value['id']}")
    ctx.print(f"  {value.get('title', '')}  {value.get('date', '')}")
    if value["tags"]:
        ctx.print(f"  tags: {', '.join(sorted(value['tags']))}")
    if value["free_tags"]:
        ctx.print(f"  free-word tags: {', '.join(value['free_tags'])}")
    for c in value["codings"]:
        flag = " (text deleted)" if c["detached"] else ""
        ctx.print(f"  [{c['start']}–{c['end']}] {c['theme']}{flag}: {c['quote'][:70]!r}")
    return 0


def text_set(ctx: Context, args: Namespace) -> int:
    from fieldkit.commands.records_cmd import read_text_arg
    from fieldkit.storage.text_edits import set_text

    text = read_text_arg(ctx, Path(args.file), "text")
    with ctx.store.write() as session:
        result = set_text(session, record_id=args.record, text=text)
    ctx.note(
        f"text saved; codings: {result.moved} moved, {result.resized} resized, "
        f"{result.detached} lost their text (kept and flagged), {result.unchanged} unchanged"
    )
    return 0
