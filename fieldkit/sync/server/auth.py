"""Passwords (argon2), device tokens (random, stored as SHA-256) and a login rate limiter."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque

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
    """Too many failed sign-ins from one address or for one user; wait and try again."""


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


class LoginLimiter:
    """At most ``attempts`` failed logins per key per ``window_s``.

    Keys are strings such as ``user:NAME`` and ``addr:IP``; an address (a whole office behind
    one router) gets ``address_factor`` times as many attempts as one user name.
    """

    def __init__(
        self, *, attempts: int = 5, window_s: float = 60.0, address_factor: int = 5
    ) -> None:
        self.attempts = attempts
        self.address_factor = address_factor
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window_s:
            failures.popleft()
        return failures

    def retry_after(self, *keys: str) -> float:
        """Seconds to wait before another attempt is allowed (0 if allowed now)."""
        now = time.monotonic()
        wait = 0.0
        with self._lock:
            for key in keys:
                failures = self._recent(key, now)
                limit = self.attempts * (self.address_factor if key.startswith("addr:") else 1)
                if len(failures) >= limit:
                    wait = max(wait, failures[-limit] + self.window_s - now)
        return wait

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)
