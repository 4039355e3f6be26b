"""``fieldkit sync problems``, ``sync retry`` and ``sync discard``: what sync could not do.

Two kinds, listed together, oldest first: changes pulled from the server that this laptop
could not apply (set aside, tried again by every sync: ``storage/set_aside.py``), and this
laptop's changes the server refused (held back with its reason until sent again or discarded:
``storage/refused_pushes.py``).
"""

from __future__ import annotations

import argparse
from argparse import Namespace
from collections.abc import Callable

from fieldkit.commands.context import Context


def problems(ctx: Context, args: Namespace) -> int:
    """``fieldkit sync problems``: set-aside pulled changes, then refused changes of this laptop."""
    from fieldkit.storage.refused_push_list import refused_pushes
    from fieldkit.storage.set_aside import set_aside_changes

    study_id = ctx.study_id(args.study) if args.study else None
    with ctx.store.read() as session:
        found = set_aside_changes(session, study_id=study_id)
        refused = refused_pushes(session, study_id=study_id)
    if args.json:
        listed = [{"direction": "pulled", **item.to_json_dict()} for item in found]
        ctx.print_json(listed + [item.to_json_dict() for item in refused])
        return 0
    if not found and not refused:
        ctx.print("no changes set aside: everything pulled was applied, everything sent was taken")
        return 0
    for item in found:
        when = item.set_aside_at.isoformat(sep=" ", timespec="seconds")
        fields = ", ".join(item.fields) or "-"
        ctx.print(
            f"{when}  study {item.study_name or item.study_id}  {item.entity} {item.row_id}  "
            f"({fields})\n"
            f"    {item.reason}"
        )
    for held in refused:
        when = held.refused_at.isoformat(sep=" ", timespec="seconds")
        fields = ", ".join(held.fields) or "-"
        waiting = f", {held.changes - 1} later changes wait with it" if held.changes > 1 else ""
        ctx.print(
            f"{when}  refused {held.id}  study {held.study_name or held.study_id}  "
            f"{held.op} of {held.entity} {held.row_id}  ({fields}){waiting}\n"
            f"    the server said: {held.reason}\n"
            f"    fieldkit sync retry {held.id}  |  fieldkit sync discard {held.id}"
        )
    return 0


def retry(ctx: Context, args: Namespace) -> int:
    """``fieldkit sync retry ID``: send a refused change again at the next sync."""
    from fieldkit.storage.refused_push_list import send_again

    with ctx.store.write() as session:
        count = send_again(session, args.id)
    ctx.note(f"refused change {args.id} ({count} log entries) will be sent at the next sync")
    return 0


def discard(ctx: Context, args: Namespace) -> int:
    """``fieldkit sync discard ID``: never send a refused change (this laptop keeps its values)."""
    from fieldkit.storage.refused_push_list import discard as discard_refused

    with ctx.store.write() as session:
        count = discard_refused(session, args.id)
    ctx.note(
        f"refused change {args.id} ({count} log entries) discarded: it will not be sent; the "
        "record keeps its values on this laptop"
    )
    return 0


def add_problem_commands(
    subs: argparse._SubParsersAction, sub: Callable[..., argparse.ArgumentParser]
) -> None:
    p = sub(
        subs,
        "problems",
        "list changes sync could not apply here (set aside) or the server refused (held back)",
        problems,
    )
    p.add_argument("--study", metavar="ID", help="only this study")
    p.add_argument("--json", action="store_true", help="print them as JSON")
    p = sub(subs, "retry", "send a change the server refused again (after fixing the cause)", retry)
    p.add_argument("id", type=int, metavar="ID", help="its number in fieldkit sync problems")
    p = sub(subs, "discard", "never send a change the server refused", discard)
    p.add_argument("id", type=int, metavar="ID", help="its number in fieldkit sync problems")


__all__ = ["add_problem_commands", "discard", "problems", "retry"]
