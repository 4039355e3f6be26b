"""Signing this data folder in to a team server, and out again (what the app's settings call).

Sign-in keeps the server address, the user name and the device token in the owner-only
credentials file; the password is used once and never stored. Sign-out revokes the token on
the server when it can be reached, and forgets it locally in any case.
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.errors import SyncError, ValidationError
from fieldkit.storage.db import Store
from fieldkit.sync.client import login
from fieldkit.sync.credentials import Credentials, credentials_path, save_credentials
from fieldkit.sync.transport import Client, Transport, UrllibTransport


def normalise_server_url(text: str) -> str:
    url = text.strip().rstrip("/")
    if not url.startswith(("http://", "https://")) or len(url) <= len("https://"):
        raise ValidationError(
            f"the server address must start with http:// or https://, e.g. "
            f"http://server:8765 (not {text.strip()!r})"
        )
    return url


def sign_in(
    store: Store,
    *,
    server_url: str,
    user: str,
    password: str,
    transport: Transport | None = None,
) -> Credentials:
    server = normalise_server_url(server_url)
    user = user.strip()
    if not user:
        raise ValidationError("give your user name on the server")
    if not password:
        raise ValidationError("give your password (it is used to sign in, never stored)")
    token = login(store, server_url=server, user=user, password=password, transport=transport)
    credentials = Credentials(server, user, token)
    save_credentials(store.data_dir, credentials)
    return credentials


def sign_out(
    data_dir: Path, credentials: Credentials, *, transport: Transport | None = None
) -> bool:
    """Forget the token; True if the server also revoked it (False when it could not be told)."""
    revoked = True
    try:
        client = Client(
            server_url=credentials.server_url,
            token=credentials.token,
            transport=transport or UrllibTransport(timeout_s=10.0),
        )
        client.call("POST", "/logout")
    except SyncError:
        revoked = False  # offline, or the token was already revoked: forget it all the same
    try:
        credentials_path(data_dir).unlink(missing_ok=True)
    except OSError as exc:
        raise SyncError(f"cannot remove the sign-in file: {exc.strerror}") from exc
    return revoked


__all__ = ["normalise_server_url", "sign_in", "sign_out"]
