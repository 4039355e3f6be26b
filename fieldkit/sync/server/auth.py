"""Passwords (argon2) and device tokens (random, stored as SHA-256); the limiter's error.

The login limiter itself is in ``login_limiter.py`` (its counters live in the database).
"""

from __future__ import annotations

import hashlib
import secrets
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from fieldkit.errors import FieldkitError

_HASHER = PasswordHasher()
# Each argon2 check takes 64 MiB for its duration: 40 sign-ins at once took 2.5 GB. Checks
# beyond these wait their turn (per worker process).
PASSWORD_CHECKS_AT_ONCE = 2
_CHECK_SLOTS = threading.BoundedSemaphore(PASSWORD_CHECKS_AT_ONCE)
# Verified against when the user does not exist, so timing does not reveal user names.
_DUMMY_HASH = _HASHER.hash("fieldkit-no-such-user")


class RateLimitedError(FieldkitError):
    """Too many sign-in attempts from one address or for one user; wait and try again."""

    def __init__(self, message: str, *, retry_after_s: int = 1) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        with _CHECK_SLOTS:
            return _HASHER.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
