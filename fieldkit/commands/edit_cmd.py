"""``fieldkit edit``, ``fieldkit delete`` and ``fieldkit undelete``: any row, by id.

``edit`` takes the fields to change as options; an option that does not fit the kind of row is
refused with the list of what that kind can change. ``delete`` says what goes with the row and
asks (or needs ``--yes`` when nobody can answer); ``undelete`` undoes a delete
(``fieldkit restore FILE`` is for backups).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from fieldkit.commands.context import Context
from fieldkit.errors import ValidationError, phrase

# Option destination → field name in ``record_edits.EDITABLE`` (most are the same).
_FIELD_OF_OPTION = {
    "consent": "consent_status",
    "quotes": "consent_quotes",
    "audio": "consent_audio",
    "attribution": "consent_attribution",
    "star": "starred",
}
_LINE_OPTIONS = (
    ("title", "title of a case, interview, observation or memo"),
    ("date", "YYYY-MM-DD (interview, observation)"),
    ("time", "HH:MM (interview, observation)"),
    ("language", "language code of an interview, e.g. sw, fr, pt-BR"),
    ("interviewer", "who led an interview"),
    ("place", "where an interview took place"),
    ("summary", "summary of a case or interview"),
    ("status", "interview status: draft, transcribed, coded, reviewed"),
    ("setting", "setting of an observation"),
    ("observer", "who made an observation"),
    ("name", "name of a study, theme or participant (real name)"),
    ("description", "description of a study or theme"),
    ("country", "case country"),
    ("region", "case region"),
    ("locality", "case locality"),
    ("kind", "kind of case, e.g. community school"),
    ("code", "participant code, e.g. P-01"),
    ("role", "participant role"),
    ("notes", "participant notes"),
    ("consent-date", "participant consent date, YYYY-MM-DD"),
    ("color", "theme colour, #RRGGBB"),
    ("parent", "theme to move this theme under ('' for the top)"),
    ("body", "memo text"),
    ("memo", "memo of a coding"),
    ("theme", "theme of a coding"),
    ("caption", "caption of a photo or file"),
)


def add_edit_commands(top: argparse._SubParsersAction, sub: Callable[..., Any]) -> None:
    p = sub(top, "edit", "change fields of any record, participant, theme, memo or coding", edit)
    p.add_argument("id", metavar="ID")
    for name, help in _LINE_OPTIONS:
        p.add_argument(f"--{name}", help=help)
    p.add_argument(
        "--participants",
        metavar="CODE,...",
        help="the interview's participants, by code or id, comma-separated ('' for none)",
    )
    p.add_argument("--consent", choices=["given", "pending", "withdrawn"])
    p.add_argument("--consent-form", choices=["verbal", "written"])
    for name, what in (
        ("quotes", "verbatim quotes allowed"),
        ("audio", "audio recording allowed"),
        ("attribution", "may be quoted by name"),
        ("star", "coding starred as a key quote"),
    ):
        p.add_argument(f"--{name}", action=argparse.BooleanOptionalAction, help=what)

    p = sub(top, "delete", "delete anything by id; says what goes with it and asks", delete)
    p.add_argument("id", metavar="ID")
    p.add_argument("-y", "--yes", action="store_true", help="do not ask")
    p.add_argument(
        "--with-codings",
        action="store_true",
        help="for a theme that is in use: delete its codings and tags too",
    )
    p = sub(top, "undelete", "undo a delete: bring back a row and what went with it", undelete)
    p.add_argument("id", metavar="ID")


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    names = [n.replace("-", "_") for n, _ in _LINE_OPTIONS]
    names += ["consent", "consent_form", "quotes", "audio", "attribution", "star"]
    out: dict[str, Any] = {}
    for name in names:
        value = getattr(args, name)
        if value is not None:
            out[_FIELD_OF_OPTION.get(name, name)] = value
    if args.participants is not None:
        out["participants"] = [c for c in (x.strip() for x in args.participants.split(",")) if c]
    return out


def edit(ctx: Context, args: argparse.Namespace) -> int:
    from fieldkit.storage.deletion import find_any, label_of
    from fieldkit.storage.models import Interview
    from fieldkit.storage.record_edits import edit_row
    from fieldkit.storage.records import interview_participants

    changes = _changes(args)
    with ctx.store.write() as session:
        row = find_any(session, args.id)
        edit_row(session, row, changes)
        label, kind = label_of(row), row.record_type
        alone = isinstance(row, Interview) and not interview_participants(
            session, interview_id=row.id
        )
    ctx.note(f"saved the {kind} “{label}”")
    if alone:
        ctx.note(
            "warning: this interview has no participant; exports withhold its quotes until "
            "one whose consent is given is linked (--participants CODE)"
        )
    return 0


def delete(ctx: Context, args: argparse.Namespace) -> int:
    from fieldkit.storage.deletion import delete_row_with, find_any, plan_delete

    with ctx.store.read() as session:
        plan = plan_delete(session, find_any(session, args.id), with_codings=args.with_codings)
    if plan.refusal:
        raise ValidationError(plan.refusal)
    if not args.yes:
        ctx.print(f"This deletes the {plan.summary()}.")
        if not sys.stdin.isatty():
            raise ValidationError(
                phrase("nothing deleted; add --yes to delete without being asked")
            )
        ctx.out.write("Delete? [y/N] ")
        ctx.out.flush()
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            ctx.note("nothing deleted")
            return 1
    with ctx.store.write() as session:
        done = delete_row_with(session, find_any(session, plan.id), with_codings=args.with_codings)
    ctx.note(f"deleted the {done.summary()}; undo with: fieldkit undelete {done.id[:8]}")
    return 0


def undelete(ctx: Context, args: argparse.Namespace) -> int:
    from fieldkit.storage.deletion import find_any, restore_row

    with ctx.store.write() as session:
        plan = restore_row(session, find_any(session, args.id, deleted=True))
    ctx.note(f"restored the {plan.summary()}")
    return 0
