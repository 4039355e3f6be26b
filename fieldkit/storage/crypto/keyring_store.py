"""Remembering an unlocked folder's key in the operating system's keyring (optional).

The keyring keeps the data key itself (not the passphrase), under the service ``fieldkit`` and
the folder's full path, so an unlock from the keyring costs no Argon2id round. Where no keyring
exists (a server, a minimal Linux desktop), :class:`KeyringUnavailableError` says so in words and
the passphrase is asked for every time.
"""

from __future__ import annotations

import base64
from pathlib import Path

from fieldkit.errors import StorageError, phrase
from fieldkit.storage.crypto.folder_key import FolderKey

SERVICE = "fieldkit"


class KeyringUnavailableError(StorageError):
    """No usable keyring on this computer."""


def _backend():  # type: ignore[no-untyped-def]
    try:
        import keyring
        from keyring.backends import fail
    except ImportError as exc:
        raise KeyringUnavailableError(
            phrase(
                "the passphrase cannot be remembered: the 'keyring' package is not installed; "
                "give the passphrase each time"
            )
        ) from exc
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or backend.priority <= 0:
        raise KeyringUnavailableError(
            phrase(
                "the passphrase cannot be remembered: this computer has no keyring (such as "
                "GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager); give the "
                "passphrase each time"
            )
        )
    return backend


def _account(data_dir: Path) -> str:
    return str(Path(data_dir).expanduser().resolve())


def remember(data_dir: Path, key: FolderKey) -> None:
    backend = _backend()
    secret = base64.b64encode(key._data_key).decode()
    try:
        backend.set_password(SERVICE, _account(data_dir), secret)
    except Exception as exc:  # keyring backends raise their own types
        raise KeyringUnavailableError(
            phrase("the keyring refused to keep the key: {reason}", reason=str(exc))
        ) from exc


def recall(data_dir: Path) -> FolderKey | None:
    """The remembered key, or None (nothing remembered, or no keyring: never an error)."""
    try:
        secret = _backend().get_password(SERVICE, _account(data_dir))
    except Exception:
        return None
    if not secret:
        return None
    try:
        return FolderKey(base64.b64decode(secret))
    except ValueError:
        return None


def forget(data_dir: Path) -> None:
    try:
        _backend().delete_password(SERVICE, _account(data_dir))
    except Exception:
        return


__all__ = ["KeyringUnavailableError", "forget", "recall", "remember"]
