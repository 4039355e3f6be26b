"""The server address and device token, kept in the data folder, readable by the owner only.

With them, the link settings chosen at sign-in, used by every later sync: the team's own
certificate authority (``fieldkit login --ca-file``, kept as PEM text so the file may move) and
whether plain HTTP across the internet was allowed (``--allow-insecure-http``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from fieldkit.errors import StorageError, SyncError, phrase

FILE_NAME = "sync-credentials.json"


@dataclass(frozen=True)
class Credentials:
    server_url: str
    user: str
    token: str
    ca_pem: str | None = None
    allow_insecure_http: bool = False


def credentials_path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def save_credentials(data_dir: Path, credentials: Credentials) -> Path:
    """Write atomically with mode 0600 (never the password: only the revocable token)."""
    target = credentials_path(data_dir)
    tmp = target.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    data = json.dumps(
        {
            "server_url": credentials.server_url,
            "user": credentials.user,
            "token": credentials.token,
            "ca_pem": credentials.ca_pem,
            "allow_insecure_http": credentials.allow_insecure_http,
        }
    )
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            phrase(
                "cannot save the sign-in token in {path}: {reason}",
                path=str(target),
                reason=str(exc.strerror),
            )
        ) from exc
    return target


def keep_new_token(data_dir: Path, credentials: Credentials) -> Callable[[str], None]:
    """What saves the token of a new device identity (``identity_renewal.py``) in place."""

    def keep(token: str) -> None:
        save_credentials(data_dir, replace(credentials, token=token))

    return keep


def load_credentials(data_dir: Path) -> Credentials:
    path = credentials_path(data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ca_pem = data.get("ca_pem")
        return Credentials(
            str(data["server_url"]),
            str(data["user"]),
            str(data["token"]),
            ca_pem=str(ca_pem) if ca_pem else None,
            allow_insecure_http=data.get("allow_insecure_http") is True,
        )
    except FileNotFoundError:
        raise SyncError(
            phrase(
                "this data folder is not signed in to a server; run: fieldkit login --server URL "
                "--user NAME"
            )
        ) from None
    except (OSError, ValueError, KeyError, TypeError):
        raise SyncError(
            phrase("the sign-in file {path} is damaged; run fieldkit login again", path=str(path))
        ) from None
