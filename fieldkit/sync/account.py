"""Signing this data folder in to a team server, and out again (what the app's settings call).

Sign-in keeps the server address, the user name and the device token in the owner-only
credentials file, with the link settings (the team's certificate authority, plain HTTP allowed
or not) that ``transport_for`` applies to every later request; the password is used once and
never stored. Sign-out revokes the token on
the server when it can be reached, and forgets it locally in any case.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from fieldkit.errors import SyncError, ValidationError, phrase
from fieldkit.storage.db import Store
from fieldkit.sync.client import login
from fieldkit.sync.credentials import Credentials, credentials_path, save_credentials
from fieldkit.sync.transport import (
    Client,
    Transport,
    check_link,
    insecure_warning,
    ssl_context,
    transport_for,
)


def normalise_server_url(text: str) -> str:
    url = text.strip().rstrip("/")
    if not url.startswith(("http://", "https://")) or len(url) <= len("https://"):
        raise ValidationError(
            phrase(
                "the server address must start with http:// or https://, e.g. "
                "http://server:8765 (not {given})",
                given=repr(text.strip()),
            )
        )
    return url


def sign_in(
    store: Store,
    *,
    server_url: str,
    user: str,
    password: str,
    ca_file: Path | str | None = None,
    ca_pem: str | None = None,
    allow_insecure_http: bool = False,
    transport: Transport | None = None,
) -> Credentials:
    """Sign in and keep the token with the link settings.

    ``ca_file``: the team's own certificate authority (a PEM file); ``ca_pem``: its text as
    kept from an earlier sign-in (signing in again keeps it).
    """
    server = normalise_server_url(server_url)
    user = user.strip()
    if not user:
        raise ValidationError(phrase("give your user name on the server"))
    if not password:
        raise ValidationError(phrase("give your password (it is used to sign in, never stored)"))
    check_link(server, allow_insecure_http=allow_insecure_http)
    if ca_file:
        ca_pem = read_ca_file(Path(ca_file))
    elif ca_pem:
        ssl_context(ca_pem)  # still usable (raises ValidationError if not)
    if ca_pem and not server.startswith("https://"):
        raise ValidationError(phrase("--ca-file is for an https:// server address"))
    settings = Credentials(server, user, "", ca_pem, allow_insecure_http)
    transport = transport or transport_for(settings)
    token = login(store, server_url=server, user=user, password=password, transport=transport)
    credentials = dataclasses.replace(settings, token=token)
    save_credentials(store.data_dir, credentials)
    return credentials


def read_ca_file(path: Path) -> str:
    """The PEM text of a certificate authority file, checked to be usable."""
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not a PEM text file"
        raise ValidationError(
            phrase(
                "cannot read the certificate authority file {path}: {reason}",
                path=str(path),
                reason=reason,
            )
        ) from None
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise ValidationError(
            phrase(
                "{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the CA's "
                "certificate, not its key",
                path=str(path),
            )
        )
    ssl_context(text)  # raises ValidationError when it cannot be loaded
    return text


def sign_out(
    data_dir: Path, credentials: Credentials, *, transport: Transport | None = None
) -> bool:
    """Forget the token; True if the server also revoked it (False when it could not be told)."""
    revoked = True
    try:
        client = Client(
            server_url=credentials.server_url,
            token=credentials.token,
            transport=transport or transport_for(credentials, timeout_s=10.0),
        )
        client.call("POST", "/logout")
    except SyncError:
        revoked = False  # offline, or the token was already revoked: forget it all the same
    try:
        credentials_path(data_dir).unlink(missing_ok=True)
    except OSError as exc:
        raise SyncError(
            phrase("cannot remove the sign-in file: {reason}", reason=str(exc.strerror))
        ) from exc
    return revoked


__all__ = [
    "insecure_warning",
    "normalise_server_url",
    "read_ca_file",
    "sign_in",
    "sign_out",
    "transport_for",
]
