"""The data key of an encrypted folder and ``fieldkit.key``, the file that keeps it wrapped.

``fieldkit.key`` (JSON, 0600) holds the data key twice, each time sealed with AES-256-GCM:
once under a key derived from the passphrase with Argon2id (64 MiB, 3 passes, 2 lanes by
default: about a third of a second on a 4 GB laptop, and memory enough to make guessing on
graphics cards slow), once under the recovery key (160 random bits, printed as eight groups of
four letters and digits). Changing the passphrase rewrites this small file only; the database
and the sealed files keep their key. Nobody, not even the team lead, can open the folder
without the passphrase or the recovery key.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldkit.errors import StorageError, ValidationError, WrongPassphraseError, phrase
from fieldkit.storage.durable import fsync_dir, open_private

KEY_FILE = "fieldkit.key"
FORMAT = "fieldkit-key-1"
MIN_PASSPHRASE = 8
_RECOVERY_BYTES = 20


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, lanes."""

    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 2

    def to_json(self) -> dict[str, int]:
        return {"m": self.memory_kib, "t": self.time_cost, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        return cls(int(data["m"]), int(data["t"]), int(data["p"]))


# Tests make this cheaper (monkeypatch); a key file records the parameters it was made with.
DEFAULT_KDF = KdfParams()


class FolderKey:
    """An unlocked folder's data key, and the keys derived from it for each use."""

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != 32:
            raise ValueError("a data key has 32 bytes")
        self._data_key = data_key

    def derive(self, purpose: str) -> bytes:
        """A 256-bit key for one purpose ("database", "files"), the same on every open."""
        return HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"fieldkit " + purpose.encode()
        ).derive(self._data_key)

    @property
    def database_key(self) -> str:
        """The SQLCipher raw key, as ``PRAGMA key`` takes it (no PBKDF2 on every connection)."""
        return f"x'{self.derive('database').hex()}'"

    def __repr__(self) -> str:  # never print the key itself
        return "FolderKey(<unlocked>)"


def is_encrypted(data_dir: Path) -> bool:
    return (Path(data_dir) / KEY_FILE).is_file()


def check_new_passphrase(passphrase: str) -> str:
    passphrase = _normalise(passphrase)
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            phrase(
                "the passphrase is too short: use at least {least} characters "
                "(a few words you will remember are best)",
                least=MIN_PASSPHRASE,
            )
        )
    return passphrase


def create_key(
    data_dir: Path, passphrase: str, *, kdf: KdfParams | None = None
) -> tuple[FolderKey, str]:
    """A new random data key wrapped in ``data_dir/fieldkit.key``; returns it and the recovery key.

    Refuses to overwrite an existing key file (that would lose the folder's data for good).
    """
    passphrase = check_new_passphrase(passphrase)
    path = Path(data_dir) / KEY_FILE
    if path.exists():
        raise StorageError(
            phrase("{folder} is already encrypted (it has {file})", folder=data_dir, file=KEY_FILE)
        )
    data_key = secrets.token_bytes(32)
    recovery = secrets.token_bytes(_RECOVERY_BYTES)
    document = {
        "format": FORMAT,
        "passphrase": _wrap_with_passphrase(data_key, passphrase, kdf or DEFAULT_KDF),
        "recovery": _wrap(data_key, _recovery_kek(recovery)),
        "check": _b64(FolderKey(data_key).derive("check")[:16]),
    }
    write_key_file(path, document)
    return FolderKey(data_key), format_recovery_key(recovery)


def unlock(data_dir: Path, secret: str) -> FolderKey:
    """The folder's key from its passphrase, or from its recovery key."""
    document = read_key_file(Path(data_dir) / KEY_FILE)
    data_key = _unwrap_passphrase(document, _normalise(secret))
    if data_key is None:
        recovery = parse_recovery_key(secret)
        if recovery is not None:
            data_key = _unwrap(document["recovery"], _recovery_kek(recovery))
    if data_key is None:
        raise WrongPassphraseError(
            phrase(
                "the passphrase does not unlock the data folder {folder}; check it (capitals, "
                "spaces) or use the recovery key. Nothing was changed",
                folder=data_dir,
            )
        )
    return FolderKey(data_key)


def key_fits(data_dir: Path, key: FolderKey) -> bool:
    """Whether ``key`` (e.g. one remembered in the keyring) is this folder's key."""
    document = read_key_file(Path(data_dir) / KEY_FILE)
    return secrets.compare_digest(_unb64(document["check"]), key.derive("check")[:16])


def change_passphrase(
    data_dir: Path, old: str, new: str, *, kdf: KdfParams | None = None
) -> FolderKey:
    """Re-wrap the data key under ``new``; ``old`` may be the passphrase or the recovery key."""
    new = check_new_passphrase(new)
    key = unlock(data_dir, old)
    path = Path(data_dir) / KEY_FILE
    document = read_key_file(path)
    document["passphrase"] = _wrap_with_passphrase(key._data_key, new, kdf or DEFAULT_KDF)
    write_key_file(path, document)
    return key


def write_recovery_file(path: Path, recovery: str, data_dir: Path) -> None:
    """A small text file to print: the recovery key and how to use it (0600)."""
    with open_private(path, "w") as f:
        f.write(
            f"fieldkit recovery key for the data folder {data_dir}\n\n    {recovery}\n\n"
            "It opens the folder when the passphrase is forgotten:\n"
            f"    printf '%s\\n%s\\n' '{recovery}' 'NEW PASSPHRASE' | "
            "fieldkit passphrase change\n"
        )
        f.flush()
        os.fsync(f.fileno())


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != 32:
        return None
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        return None


def read_key_file(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise StorageError(
            phrase(
                "{folder} is not encrypted (it has no {file})", folder=path.parent, file=KEY_FILE
            )
        ) from exc
    except (OSError, ValueError) as exc:
        raise StorageError(
            phrase(
                "the key file {path} cannot be read ({reason}); without it the folder cannot be "
                "opened: put back the copy from a backup",
                path=path,
                reason=str(exc),
            )
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise StorageError(
            phrase("the key file {path} is not a fieldkit key file (or a newer one)", path=path)
        )
    return document


def write_key_file(path: Path, document: dict[str, Any]) -> None:
    """Replace the key file atomically: a crash leaves the old or the new one, whole."""
    tmp = path.with_name(path.name + ".new")
    with open_private(tmp, "w") as f:
        json.dump(document, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def _normalise(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase.rstrip("\r\n"))


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _wrap_with_passphrase(data_key: bytes, passphrase: str, kdf: KdfParams) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    wrapped = _wrap(data_key, _derive(passphrase, salt, kdf))
    return {"kdf": "argon2id", **kdf.to_json(), "salt": _b64(salt), **wrapped}


def _unwrap_passphrase(document: dict[str, Any], passphrase: str) -> bytes | None:
    entry = document["passphrase"]
    kek = _derive(passphrase, _unb64(entry["salt"]), KdfParams.from_json(entry))
    return _unwrap(entry, kek)


def wrap_with_passphrase(
    data_key: bytes, passphrase: str, kdf: KdfParams | None = None
) -> dict[str, Any]:
    """``data_key`` wrapped by an Argon2id key from ``passphrase`` (salt and costs inside): the
    same entry a key file keeps, for another file (a passphrase-sealed backup)."""
    return _wrap_with_passphrase(data_key, check_new_passphrase(passphrase), kdf or DEFAULT_KDF)


def unwrap_with_passphrase(entry: dict[str, Any], passphrase: str) -> bytes | None:
    """The key :func:`wrap_with_passphrase` wrapped, or None for a wrong passphrase."""
    return _unwrap_passphrase({"passphrase": entry}, _normalise(passphrase))


def _recovery_kek(recovery: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"fieldkit recovery key"
    ).derive(recovery)


def _wrap(data_key: bytes, kek: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(kek).encrypt(nonce, data_key, FORMAT.encode())
    return {"nonce": _b64(nonce), "wrapped": _b64(sealed)}


def _unwrap(entry: dict[str, Any], kek: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["wrapped"]), FORMAT.encode()
        )
    except InvalidTag:
        return None


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)


__all__ = [
    "KEY_FILE",
    "FolderKey",
    "KdfParams",
    "change_passphrase",
    "create_key",
    "format_recovery_key",
    "is_encrypted",
    "key_fits",
    "parse_recovery_key",
    "unlock",
    "unwrap_with_passphrase",
    "wrap_with_passphrase",
    "write_recovery_file",
]
