"""``fieldkit encrypt`` and ``fieldkit passphrase change|remember|forget``: encryption at rest."""

from __future__ import annotations

import argparse
import sys
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path

from fieldkit.commands.context import Context
from fieldkit.errors import StorageError, phrase

WARNING = (
    "a forgotten passphrase cannot be recovered by anyone: without it or the recovery key "
    "the folder's interviews are lost for good. Print the recovery key and keep it apart from "
    "the laptop"
)


def encrypt(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.crypto.convert import encrypt_folder
    from fieldkit.storage.crypto.unlocking import read_secret_line

    passphrase = read_secret_line(what="the new passphrase")
    ctx.note(WARNING)
    recovery = encrypt_folder(ctx.data_dir, passphrase, progress=ctx.note)
    if args.recovery_key:
        _write_recovery(Path(args.recovery_key), recovery, ctx.data_dir)
        ctx.note(f"the recovery key is in {args.recovery_key}: print it, then delete the file")
    else:
        ctx.note("the recovery key (print it and keep it somewhere safe):")
        ctx.print(recovery)
    if args.remember:
        _remember(ctx, passphrase)
    ctx.note(f"the data folder {ctx.data_dir} is encrypted")
    return 0


def passphrase_change(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.crypto.folder_key import change_passphrase, is_encrypted
    from fieldkit.storage.crypto.unlocking import read_secret_line

    if not is_encrypted(ctx.data_dir):
        raise StorageError(
            phrase(
                "the data folder {folder} is not encrypted (fieldkit encrypt)",
                folder=str(ctx.data_dir),
            )
        )
    old = read_secret_line(what="the current passphrase (or the recovery key)")
    new = read_secret_line(what="the new passphrase, on the second line,")
    change_passphrase(ctx.data_dir, old, new)
    ctx.note("the passphrase is changed (the data itself was not rewritten)")
    return 0


def passphrase_remember(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.crypto.unlocking import read_secret_line

    _remember(ctx, read_secret_line())
    return 0


def passphrase_forget(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.crypto.keyring_store import forget

    forget(ctx.data_dir)
    ctx.note("the keyring no longer holds this folder's key")
    return 0


def _remember(ctx: Context, passphrase: str) -> None:
    from fieldkit.storage.crypto.folder_key import unlock
    from fieldkit.storage.crypto.keyring_store import KeyringUnavailableError, remember

    try:
        remember(ctx.data_dir, unlock(ctx.data_dir, passphrase))
    except KeyringUnavailableError as exc:
        ctx.note(str(exc))
        return
    ctx.note("the keyring remembers this folder's key: commands no longer ask for it")


def _write_recovery(path: Path, recovery: str, data_dir: Path) -> None:
    from fieldkit.storage.crypto.folder_key import write_recovery_file

    try:
        write_recovery_file(path, recovery, data_dir)
    except OSError as exc:  # the folder is encrypted already: show the key instead
        sys.stdout.write(recovery + "\n")
        raise StorageError(
            phrase(
                "the recovery key could not be written to {path} ({reason}); it is printed "
                "above instead: copy it now",
                path=str(path),
                reason=str(exc.strerror),
            )
        ) from exc


def add_crypto_commands(
    top: argparse._SubParsersAction,
    sub: Callable[..., argparse.ArgumentParser],
    group: Callable[..., argparse._SubParsersAction],
) -> None:
    p = sub(
        top,
        "encrypt",
        "encrypt the data folder in place (new passphrase on the first line of stdin); "
        "prints the recovery key",
        encrypt,
    )
    p.add_argument("--recovery-key", metavar="FILE", help="write the recovery key to FILE")
    p.add_argument("--remember", action="store_true", help="keep the key in the OS keyring")
    pas = group(top, "passphrase", "the passphrase of an encrypted data folder")
    sub(
        pas,
        "change",
        "change it: the current passphrase (or recovery key) and the new one on stdin, one a line",
        passphrase_change,
    )
    sub(
        pas, "remember", "keep the key in the OS keyring (passphrase on stdin)", passphrase_remember
    )
    sub(pas, "forget", "remove the key from the OS keyring", passphrase_forget)


__all__ = ["add_crypto_commands"]
