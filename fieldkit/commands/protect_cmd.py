"""``fieldkit backup`` and ``fieldkit restore``: a data folder in one file, and back."""

from __future__ import annotations

import argparse
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path

from fieldkit.commands.context import Context


def backup(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.backup import write_backup
    from fieldkit.storage.backup_reminder import note_backup
    from fieldkit.storage.blobs import human_size

    store = ctx.store
    passphrase = None
    if args.encrypt:
        from fieldkit.storage.crypto.unlocking import read_secret_line

        # A plain folder given --passphrase-stdin: that line is the backup's passphrase.
        given = ctx.passphrase if store.key is None else None
        passphrase = given or read_secret_line(what="the backup's passphrase")
    info = write_backup(
        store.data_dir,
        Path(args.output),
        device_id=store.device_id,
        key=store.key,
        passphrase=passphrase,
    )
    note_backup(store)
    if passphrase is not None:
        protection = (
            "encrypted with the passphrase given: a restore asks for it, and a forgotten "
            "passphrase cannot be recovered"
        )
    elif store.key:
        protection = "its database and files stay encrypted with this folder's key"
    else:
        protection = "not encrypted (--encrypt seals it with a passphrase): keep it safe"
    ctx.note(
        f"backed up {info.files} files ({human_size(info.size)}) to {info.path} in "
        f"{info.seconds:.1f} s; {protection}. The sign-in token is not in it: sign in again "
        "after a restore"
    )
    return 0


def restore(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.backup import restore_backup

    def ask_passphrase() -> str:
        from fieldkit.storage.crypto.unlocking import read_secret_line

        return ctx.passphrase or read_secret_line(what="the backup's passphrase")

    files = restore_backup(Path(args.file), ctx.data_dir, ask_passphrase=ask_passphrase)
    ctx.note(
        f"restored {files} files into {ctx.data_dir}; it takes a new device identity at its "
        "first sync and sends the server whatever it lacks (sign in first: fieldkit login)"
    )
    return 0


def exports_log(ctx: Context, args: Namespace) -> int:
    from fieldkit.export.export_log import export_json_row, list_exports, withheld_text

    study_id = ctx.study_id(args.study) if args.study else None
    rows = list_exports(ctx.store, study_id=study_id)
    if args.json:
        ctx.print_json([export_json_row(r) for r in rows])
        return 0
    if not rows:
        ctx.note("no exports recorded yet (or not synced here yet)")
    for r in rows:
        item = export_json_row(r)
        edition = "anonymised " if r.anonymised else ""
        ctx.print(
            f"{item['exported_at']}  {r.exported_by}  {edition}{r.format}  {r.scope}  "
            f"{r.target}  withheld: {withheld_text(r)}  (device {r.device_id})"
        )
    return 0


def participant_withdraw(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.erasure import clean_up, erase_participant, pending_cleanups, plan_erasure
    from fieldkit.storage.participants import set_consent

    store = ctx.store
    for unfinished in pending_cleanups(store):  # an erasure killed before its clean-up ended
        clean_up(store, unfinished)
    with store.write() as session:
        person = set_consent(session, participant_id=args.participant, status="withdrawn")
        code, pid = person.code, person.id
    if not args.erase:
        ctx.note(f"{code}: consent withdrawn; exports leave their material out (--erase to erase)")
        return 0
    with store.read() as session:
        lines = plan_erasure(session, pid).describe()
    erasure = erase_participant(store, pid, by=ctx.user)
    ctx.note(f"{code}: consent withdrawn; erased on this laptop: " + "; ".join(lines))
    ctx.note("the erasure reaches the server and every other laptop with their next sync")
    ctx.print(erasure.id)
    return 0


def add_protect_commands(
    top: argparse._SubParsersAction,
    sub: Callable[..., argparse.ArgumentParser],
    group: Callable[..., argparse._SubParsersAction],
) -> None:
    """Wire ``backup``, ``restore`` and ``exports log`` into the parser."""
    p = sub(top, "backup", "write this data folder to one backup file (0600)", backup)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="seal the backup with a passphrase (on stdin; a restore asks for it)",
    )
    p = sub(
        top,
        "restore",
        "restore a backup FILE into a new, empty data folder (--data-dir NEW restore FILE)",
        restore,
    )
    p.add_argument("file", metavar="FILE")
    exports = group(top, "exports", "the log of every export made from this study")
    p = sub(
        exports,
        "log",
        "every export (format, scope, consent rules, what was withheld, who, when, laptop)",
        exports_log,
    )
    p.add_argument("--study", metavar="ID")
    p.add_argument("--json", action="store_true")
