"""The scripting CLI. ``fieldkit`` with no command opens the desktop app.

Each ``add`` prints the new id alone on stdout; notes and warnings go to stderr; an error is
one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import IO, TYPE_CHECKING

from fieldkit import __version__
from fieldkit.errors import FieldkitError
from fieldkit.paths import resolve_data_dir

if TYPE_CHECKING:
    from fieldkit.commands.context import Context

# The command modules (and the database layer under them) are imported by build_parser, not
# here: ``fieldkit`` alone opens the desktop app, whose window should not wait for them.
Handler = Callable[["Context", argparse.Namespace], int]
EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"fieldkit: error: {message}\n")


def _sub(
    parent: argparse._SubParsersAction, name: str, help: str, handler: Handler | None = None
) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = parent.add_parser(name, help=help, description=help)
    if handler is not None:
        p.set_defaults(handler=handler)
    return p


def _group(parent: argparse._SubParsersAction, name: str, help: str) -> argparse._SubParsersAction:
    p = _sub(parent, name, help)
    subs = p.add_subparsers(dest=f"{name}_command", metavar="COMMAND", parser_class=_Parser)
    subs.required = True
    return subs


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    from fieldkit.commands import coding_cmd as coding
    from fieldkit.commands import exchange_cmd as exchange
    from fieldkit.commands import export_cmd as export
    from fieldkit.commands import profile_cmd, search_cmd, show_cmd
    from fieldkit.commands import protect_cmd as protect
    from fieldkit.commands import records_cmd as rec
    from fieldkit.commands import redact_cmd as redact
    from fieldkit.commands.crypto_cmd import add_crypto_commands
    from fieldkit.commands.edit_cmd import add_edit_commands
    from fieldkit.commands.protect_cmd import add_protect_commands
    from fieldkit.commands.sync_cmd import add_sync_commands

    parser = _Parser(
        prog="fieldkit",
        description="Offline-first field research: interviews, observations, coding and sync. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $FIELDKIT_DATA_DIR, else the user data folder)",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="an encrypted data folder's passphrase is the first line of standard input",
    )
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = _sub(
        top,
        "profile",
        'your name as reports print it ("Prepared by"); prints it',
        profile_cmd.profile,
    )
    who = p.add_mutually_exclusive_group()
    who.add_argument("--name", help="set the name, e.g. --name 'Amina Diallo'")
    who.add_argument("--clear", action="store_true", help="remove the name")

    study = _group(top, "study", "create, list and choose studies")
    p = _sub(
        study,
        "create",
        "create a study (with the default codebook); prints its id",
        rec.study_create,
    )
    p.add_argument("name")
    p.add_argument("--description")
    p.add_argument(
        "--language",
        metavar="LANG",
        help="the default codebook's language: en (default), fr, es, pt, ar, sw or hi",
    )
    p = _sub(study, "list", "list studies (* marks the current one)", rec.study_list)
    p.add_argument("--json", action="store_true")
    p = _sub(study, "use", "make a study the current one", rec.study_use)
    p.add_argument("id")

    case = _group(top, "case", "cases: initiatives or sites studied")
    p = _sub(case, "add", "add a case; prints its id", rec.case_add)
    p.add_argument("--study", metavar="ID", help="study id (default: the current study)")
    p.add_argument("--title", required=True)
    p.add_argument("--country")
    p.add_argument("--region")
    p.add_argument("--locality")
    p.add_argument("--kind", help="e.g. community school, reading camp, teacher network")
    p.add_argument("--summary")
    p = _sub(case, "list", "list the cases of a study", rec.case_list)
    p.add_argument("--study", metavar="ID")
    p.add_argument("--json", action="store_true")

    part = _group(top, "participant", "participants and their consent")
    p = _sub(part, "add", "register a participant; prints its id", rec.participant_add)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--code", required=True, help="pseudonymous code, e.g. P-01")
    p.add_argument("--role", required=True, help="learner, teacher, parent, official, …")
    p.add_argument("--name", help="real name (only shown where attribution is allowed)")
    p.add_argument("--consent", choices=["given", "pending", "withdrawn"], default="pending")
    p.add_argument("--consent-date", metavar="YYYY-MM-DD")
    p.add_argument("--consent-form", choices=["verbal", "written"])
    p.add_argument("--no-quotes", action="store_true", help="verbatim quotes not allowed")
    p.add_argument("--no-audio", action="store_true", help="audio recording not allowed")
    p.add_argument("--attribution", action="store_true", help="may be quoted by name")
    p = _sub(
        part,
        "withdraw",
        "record a withdrawal of consent; with --erase, erase their material everywhere",
        protect.participant_withdraw,
    )
    p.add_argument("participant", metavar="ID")
    p.add_argument(
        "--erase",
        action="store_true",
        help="erase their recordings, transcripts (their turns in group interviews), codings, "
        "quotes, photos and memos here, on the server and on every laptop that syncs",
    )
    p = _sub(part, "list", "list a case's participants", rec.participant_list)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--json", action="store_true")

    interview = _group(top, "interview", "interviews")
    p = _sub(interview, "add", "add an interview; prints its id", rec.interview_add)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--participant", action="append", metavar="ID")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--time", metavar="HH:MM")
    p.add_argument("--title")
    p.add_argument("--language", metavar="xx", help="language code, e.g. fr, sw, hi, pt-BR")
    p.add_argument("--transcript", metavar="FILE", help="text file (any common encoding)")
    p.add_argument("--audio", metavar="FILE", help="recording to attach")
    p.add_argument("--summary")
    p.add_argument("--interviewer")
    p.add_argument("--place")

    obs = _group(top, "observation", "observations")
    p = _sub(obs, "add", "add an observation; prints its id", rec.observation_add)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--time", metavar="HH:MM")
    p.add_argument("--title")
    p.add_argument("--text", required=True, metavar="FILE", help="description (text file)")
    p.add_argument("--photo", action="append", metavar="FILE")
    p.add_argument("--setting")
    p.add_argument("--observer")

    theme = _group(top, "theme", "the study's codebook")
    p = _sub(theme, "list", "list themes as a tree with their counts", coding.theme_list)
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include archived themes")
    p.add_argument("--study", metavar="ID")
    p.add_argument(
        "--language",
        metavar="LANG",
        help="show the default themes in this language (en, fr, es, pt, ar, sw, hi); "
        "nothing is changed",
    )
    p = _sub(theme, "add", "add a theme; prints its id", coding.theme_add)
    p.add_argument("name")
    p.add_argument("--parent", metavar="NAME")
    p.add_argument("--color", metavar="#RRGGBB")
    p.add_argument("--description")
    p.add_argument("--study", metavar="ID")
    p = _sub(
        theme,
        "merge",
        "move every coding and tag of FROM to INTO, then retire FROM",
        coding.theme_merge,
    )
    p.add_argument("source", metavar="FROM")
    p.add_argument("target", metavar="INTO")
    p.add_argument("--study", metavar="ID")
    p = _sub(theme, "rename", "rename a theme", coding.theme_rename)
    p.add_argument("theme")
    p.add_argument("name")
    p.add_argument("--study", metavar="ID")
    p = _sub(theme, "color", "change a theme's colour", coding.theme_color)
    p.add_argument("theme")
    p.add_argument("color", metavar="#RRGGBB")
    p.add_argument("--study", metavar="ID")
    p = _sub(theme, "move", "move a theme under another (or to the top)", coding.theme_move)
    p.add_argument("theme")
    p.add_argument("--parent", metavar="NAME", help="new parent; omit to move to the top")
    p.add_argument("--study", metavar="ID")
    p = _sub(theme, "archive", "hide a theme from coding (its codings stay)", coding.theme_archive)
    p.add_argument("theme")
    p.add_argument("--restore", action="store_true", help="un-archive")
    p.add_argument("--study", metavar="ID")

    p = _sub(
        top,
        "tag",
        "tag a whole record with a theme, or a free word when no theme has that name; "
        "prints the tag's id",
        coding.tag,
    )
    p.add_argument("record", metavar="RECORD_ID")
    p.add_argument("word", metavar="WORD", help="a theme's name, or any word")
    p.add_argument(
        "--theme",
        dest="theme_only",
        action="store_true",
        help="the word must name a theme (refuse instead of keeping a free word)",
    )
    p.add_argument("--remove", action="store_true", help="remove the tag instead")
    p = _sub(
        top, "tags", "list the free-word tags with how many records carry each", coding.tag_counts
    )
    p.add_argument("--study", metavar="ID")
    p.add_argument("--case", metavar="CASE_ID", help="count only this case's records")
    p.add_argument(
        "--make-theme",
        metavar="WORD",
        help="turn the free word into a codebook theme (its records keep it, as a theme tag)",
    )
    p.add_argument("--json", action="store_true")

    p = _sub(top, "code", "code a span of a record's text; prints the coding's id", coding.code)
    p.add_argument("record", metavar="RECORD_ID")
    p.add_argument("theme", metavar="THEME")
    p.add_argument(
        "--start",
        required=True,
        type=_non_negative,
        help="first character (Unicode code points from 0)",
    )
    p.add_argument("--end", required=True, type=_non_negative, help="end (exclusive)")
    p.add_argument("--memo")

    add_edit_commands(top, _sub)

    p = _sub(top, "show", "show a record with its codings and tags", show_cmd.show)
    p.add_argument("record", metavar="RECORD_ID")
    p.add_argument("--json", action="store_true")

    text = _group(top, "text", "a record's transcript or description")
    p = _sub(
        text,
        "set",
        "replace the text from a file (.txt in any encoding, .docx, .srt or .vtt); codings "
        "move with their words",
        show_cmd.text_set,
    )
    p.add_argument("record", metavar="RECORD_ID")
    p.add_argument("file", metavar="FILE")

    p = _sub(top, "search", "full-text search over transcripts, notes and memos", search_cmd.search)
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--study", metavar="ID")
    p.add_argument("--case", metavar="ID")
    p.add_argument("--theme", metavar="NAME")
    p.add_argument("--tag", metavar="WORD", help="only records with this free-word tag")
    p.add_argument("--type", action="append", choices=["interview", "observation", "case", "memo"])
    p.add_argument("--limit", type=_non_negative, default=20)

    exp = _group(top, "export", "export data")
    p = _sub(
        exp,
        "json",
        "canonical JSON dump of everything this data folder holds: your full backup, with no "
        "consent rules applied (withheld participants included); not for sharing",
        export.export_json,
    )
    p.add_argument("-o", "--output", metavar="FILE", help="file (default: standard output)")
    p.add_argument("--study", metavar="ID", help="only this study")
    p = _sub(
        exp, "pdf", "case-study PDF of one case, or of every case with --all", exchange.export_pdf
    )
    p.add_argument("case", metavar="CASE_ID", nargs="?")
    p.add_argument("--all", action="store_true", help="every case of the study, into a folder")
    p.add_argument("--study", metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE_OR_DIR")
    p.add_argument("--theme", action="append", metavar="NAME", help="only these themes")
    p.add_argument(
        "--section",
        action="append",
        metavar="NAME",
        help="only these sections (cover, contents, summary, profile, theme_profile, quotes, "
        "summaries, photos, codebook)",
    )
    p.add_argument(
        "--anonymised",
        action="store_true",
        help="participant codes only; every name and place on the study's list of names to "
        "redact (see `fieldkit redact list`) replaced; no photos",
    )
    p.add_argument(
        "--with-photos",
        action="store_true",
        help="keep the photos in an anonymised edition (their captions are redacted; faces "
        "and signs in them are not)",
    )
    p.add_argument(
        "--author", action="append", metavar="NAME", help="field team on the cover (repeatable)"
    )
    p.add_argument(
        "--prepared-by",
        metavar="NAME",
        help="who prepared the report (default: the name set with `fieldkit profile`)",
    )
    p.add_argument(
        "--photo-size",
        choices=("small", "medium", "original"),
        default="medium",
        help="photos at 480 px, 720 px (default; 50 photos stay under 5 MB) or as taken",
    )
    p.add_argument(
        "--language",
        metavar="LANG",
        help="the report's headings, labels, notes, dates and page numbers in this language "
        "(en, fr, es, pt, ar, sw, hi); quotes stay in their own",
    )
    p = _sub(
        exp, "qdpx", "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder", exchange.export_qdpx
    )
    p.add_argument("--study", metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument(
        "--language",
        metavar="LANG",
        help="the default codebook's names and descriptions and participant roles in this "
        "language (en, fr, es, pt, ar, sw, hi); the study's own text as written",
    )
    p = _sub(
        exp,
        "csv",
        "CSV tables (coded passages, records, themes, participants)",
        exchange.export_csv,
    )
    p.add_argument("--study", metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument(
        "--language",
        metavar="LANG",
        help="column headers and participant roles in this language (en, fr, es, pt, ar, sw, "
        "hi); other cells as written",
    )

    imp = _group(top, "import", "import data")
    p = _sub(
        imp,
        "qdpx",
        "import a REFI-QDA project (.qdpx) as a new study, or merge it "
        "into --study; prints the study id",
        exchange.import_qdpx,
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--study", metavar="ID", help="merge into this study")

    red = _group(top, "redact", "names and places that anonymised editions replace")
    p = _sub(
        red,
        "list",
        "participants' names, case places and the study's own list, with where each comes from",
        redact.redact_list,
    )
    p.add_argument("--study", metavar="ID")
    p.add_argument("--json", action="store_true")
    p = _sub(red, "add", "add a name or place (with --also for other spellings)", redact.redact_add)
    p.add_argument("term", metavar="NAME")
    p.add_argument(
        "--also", action="append", metavar="SPELLING", help="another spelling, e.g. in its script"
    )
    p.add_argument(
        "--kind",
        choices=["person", "place", "other", "keep"],
        default="other",
        help="person → [name], place → [place], other → [redacted] (default); keep: never "
        "replace this word (a region or name that is also an ordinary word, e.g. Central)",
    )
    p.add_argument("--study", metavar="ID")
    p = _sub(red, "remove", "take a name off the study's list", redact.redact_remove)
    p.add_argument("term", metavar="NAME")
    p.add_argument("--study", metavar="ID")

    p = _sub(top, "demo", "create a realistic demo study; prints its id", export.demo)
    p.add_argument("--scale", choices=["small", "large"], default="small")
    p.add_argument("--seed", type=int, default=2024)

    add_sync_commands(top, _sub)
    add_crypto_commands(top, _sub, _group)
    add_protect_commands(top, _sub, _group)
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: IO[str] | None = None, err: IO[str] | None = None
) -> int:
    err = err or sys.stderr
    app_dir = _app_only(list(sys.argv[1:] if argv is None else argv))
    if app_dir is not None:  # the desktop app: skip building the parser of every command
        try:
            app_data_dir = resolve_data_dir(app_dir or None)
        except OSError as exc:
            err.write(f"fieldkit: error: cannot find a data folder: {exc}\n")
            return EXIT_ERROR
        return _open_app(app_data_dir, err)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        data_dir = resolve_data_dir(args.data_dir)
    except OSError as exc:
        err.write(f"fieldkit: error: cannot find a data folder: {exc}\n")
        return EXIT_ERROR
    if args.command is None:
        return _open_app(data_dir, err)
    from fieldkit.commands.context import Context

    ctx = Context(data_dir=data_dir, out=out or sys.stdout, err=err)
    try:
        if args.passphrase_stdin and args.command not in ("encrypt", "passphrase"):
            from fieldkit.storage.crypto.unlocking import read_secret_line

            # Now, before the command reads its own lines (a password for login, …).
            ctx.passphrase = read_secret_line()
        return int(args.handler(ctx, args))
    except FieldkitError as exc:
        err.write(f"fieldkit: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("fieldkit: interrupted; nothing half-saved\n")
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:
        log = _log_crash(data_dir)
        err.write(
            f"fieldkit: internal error: {type(exc).__name__}: {exc} "
            f"(details in {log}); your data is safe\n"
        )
        return EXIT_ERROR
    finally:
        ctx.close()


def _app_only(arguments: list[str]) -> str | None:
    """The --data-dir value ("" when absent) when the arguments ask for the app alone, else None."""
    if not arguments:
        return ""
    if len(arguments) == 1 and arguments[0].startswith("--data-dir="):
        return arguments[0].partition("=")[2] or None
    if len(arguments) == 2 and arguments[0] == "--data-dir" and not arguments[1].startswith("-"):
        return arguments[1]
    return None


def _log_crash(data_dir: object) -> str:
    from pathlib import Path

    path = Path(str(data_dir)) / "logs" / "fieldkit.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
        logger = logging.getLogger("fieldkit.cli")
        logger.addHandler(handler)
        logger.exception("command failed: %s", " ".join(sys.argv))
        handler.close()
        logger.removeHandler(handler)
        return str(path)
    except OSError:
        return "no log: the data folder is not writable"


def _open_app(data_dir: object, err: IO[str]) -> int:
    try:
        from fieldkit.ui.app import run_app
    except ImportError as exc:
        err.write(
            f"fieldkit: error: the desktop app cannot start ({exc}); "
            "see README.md for the packages it needs\n"
        )
        return EXIT_ERROR
    from pathlib import Path

    return run_app(Path(str(data_dir)))


if __name__ == "__main__":
    raise SystemExit(main())
