"""``fieldkit login``, ``fieldkit sync`` (``sync problems``) and ``fieldkit publish``: team sync
from the shell."""

from __future__ import annotations

import argparse
import sys
from argparse import Namespace
from collections.abc import Callable
from typing import TYPE_CHECKING

from fieldkit.commands.context import Context
from fieldkit.commands.sync_problems_cmd import add_problem_commands
from fieldkit.errors import ValidationError, phrase

if TYPE_CHECKING:
    from fieldkit.sync.client import SyncReport


def login(ctx: Context, args: Namespace) -> int:
    from fieldkit.errors import SyncError
    from fieldkit.sync.account import insecure_warning, normalise_server_url, sign_in
    from fieldkit.sync.credentials import credentials_path, load_credentials

    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise ValidationError(phrase("give the password on standard input"))
    kept_ca = None
    try:  # signing in again to the same server keeps its certificate authority
        before = load_credentials(ctx.data_dir)
        if before.server_url == normalise_server_url(args.server):
            kept_ca = before.ca_pem
    except SyncError:
        pass  # not signed in yet
    creds = sign_in(
        ctx.store,
        server_url=args.server,
        user=args.user,
        password=password,
        ca_file=args.ca_file,
        ca_pem=kept_ca,
        allow_insecure_http=args.allow_insecure_http,
    )
    warning = insecure_warning(creds)
    if warning:
        ctx.note(warning)
    path = credentials_path(ctx.data_dir)
    ctx.note(f"signed in to {creds.server_url} as {creds.user}; token kept in {path}")
    return 0


def sync(ctx: Context, args: Namespace) -> int:
    from fieldkit.sync.account import insecure_warning, transport_for
    from fieldkit.sync.client import sync as run_sync
    from fieldkit.sync.credentials import keep_new_token, load_credentials
    from fieldkit.sync.media import media_summary, set_data_saver

    creds = load_credentials(ctx.data_dir)
    warning = insecure_warning(creds)
    if warning:
        ctx.note(warning)
    if args.data_saver is not None:
        set_data_saver(ctx.store, args.data_saver == "on")
    progress = _terminal_progress(ctx)
    try:
        report = run_sync(
            ctx.store,
            server_url=creds.server_url,
            token=creds.token,
            max_bytes=args.max_bytes,
            metered=args.metered,
            media=args.media,
            chunk_bytes=args.chunk_bytes,
            progress=progress,
            transport=transport_for(creds),
            on_new_token=keep_new_token(ctx.data_dir, creds),
        )
    finally:
        if progress is not None:
            ctx.err.write("\r\x1b[K")  # the progress line goes; the summary follows
            ctx.err.flush()
    for problem in report.media.problems:
        ctx.note(problem)
    if report.set_aside:
        ctx.note(
            f"{report.set_aside} changes from the server could not be applied and were set "
            "aside (they are tried again when the records they need arrive); "
            "see fieldkit sync problems"
        )
    if report.refused:
        ctx.note(
            f"{report.refused} of this laptop's changes were refused by the server and are held "
            "back here (everything else was sent); see fieldkit sync problems"
        )
    for line in report.erased_edits:  # an offline edit of a withdrawn participant's material
        ctx.note(line)
    if report.read_only:
        ctx.note(
            f"you are a viewer of {len(report.read_only)} studies: changes made there stay on "
            "this laptop"
        )
    if args.json:
        ctx.print_json(
            {
                "pushed": report.pushed,
                "pulled": report.pulled,
                "conflicts": report.conflicts,
                "requests": report.requests,
                "bytes_sent": report.bytes_sent,
                "bytes_received": report.bytes_received,
                "studies": report.studies,
                "seconds": round(report.seconds, 3),
                "read_only": report.read_only,
                "media": report.media.to_json_dict(),
                "set_aside": report.set_aside,
                "refused": report.refused,
                "erased_edits": report.erased_edits,
            }
        )
    else:
        ctx.print(
            f"pushed {report.pushed}, pulled {report.pulled}, conflicts {report.conflicts}, "
            f"set aside {report.set_aside}, refused {report.refused}, "
            f"requests {report.requests}, bytes sent {report.bytes_sent}, "
            f"bytes received {report.bytes_received}"
        )
        ctx.print(media_summary(report.media))
    return 0


def _terminal_progress(ctx: Context) -> Callable[[SyncReport], None] | None:
    """A line on stderr, rewritten after each round trip; None when stderr is not a terminal."""
    if not ctx.err.isatty():
        return None

    def show(report: SyncReport) -> None:
        media = report.media
        files = ""
        if media.uploaded_files or media.downloaded_files:
            files = f" · files {media.uploaded_files:,} up, {media.downloaded_files:,} down"
        kilobytes = (report.bytes_sent + report.bytes_received) / 1000
        line = (
            f"syncing: records {report.pushed:,} sent, {report.pulled:,} received{files} · "
            f"{kilobytes:,.0f} kB in {report.requests:,} requests"
        )
        ctx.err.write(f"\r{line}\x1b[K")
        ctx.err.flush()

    return show


def publish(ctx: Context, args: Namespace) -> int:
    from fieldkit.sync.account import transport_for
    from fieldkit.sync.client import publish_study
    from fieldkit.sync.credentials import load_credentials

    creds = load_credentials(ctx.data_dir)
    study_id = ctx.study_id(args.study)
    role = publish_study(
        ctx.store,
        study_id=study_id,
        server_url=creds.server_url,
        token=creds.token,
        transport=transport_for(creds),
    )
    ctx.note(f"study {study_id} is on the server (your role: {role}); run fieldkit sync")
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1024:
        raise argparse.ArgumentTypeError("give at least 1024 bytes")
    return value


def add_sync_commands(
    top: argparse._SubParsersAction, sub: Callable[..., argparse.ArgumentParser]
) -> None:
    """Wire ``login``, ``sync`` (and ``sync problems|retry|discard``) and ``publish``."""
    p = sub(top, "login", "sign this data folder in to a team server (password on stdin)", login)
    p.add_argument("--server", required=True, metavar="URL")
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument(
        "--ca-file",
        metavar="FILE",
        help="the team's own certificate authority (PEM), for a server with a private "
        "certificate; kept for every later sync",
    )
    p.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow http:// to a server outside this network (unencrypted; warned on each sync)",
    )
    p = sub(top, "sync", "push local changes to the team server and pull the team's", sync)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--max-bytes", type=_positive, default=256 * 1024, help="batch size in bytes")
    p.add_argument(
        "--media",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="send and fetch attachment files (default: yes, unless the data saver is on and "
        "the connection is --metered)",
    )
    p.add_argument("--metered", action="store_true", help="the connection is paid by the byte")
    p.add_argument(
        "--data-saver",
        choices=("on", "off"),
        help="remember: on a metered connection, sync text only and keep files for later",
    )
    p.add_argument(
        "--chunk-bytes", type=_positive, default=256 * 1024, help="file upload chunk in bytes"
    )
    subs = p.add_subparsers(dest="sync_command", metavar="COMMAND", parser_class=type(p))
    add_problem_commands(subs, sub)
    p = sub(top, "publish", "put a study made on this laptop on the team server", publish)
    p.add_argument("--study", metavar="ID")
