"""The login limiter: exponential back-off per user name and per address, kept in the database.

Each sign-in is counted *before* its password is checked, in one write transaction that takes
the limiter's rows: of 24 concurrent wrong passwords with 5 free attempts, 5 are checked and 19
get 429 at once. After the free attempts, each further attempt on a key must wait ``backoff_s``,
then twice that, and so on, up to a ceiling: a short one for a user name (an attacker can slow
the real user down, never lock her out: after the wait she signs in from any address) and a
long one for an address. A success clears its own user name's count and refunds its own
attempt on the address, nothing more, so an attacker's sign-ins to their own account do not
clear the address's count. Counts are forgotten after ``forget_s`` of quiet.

The counters are rows of ``login_limits``, so every worker (and every server process on the
same database) shares them. The clock is injected for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from fieldkit.sync.server.auth import RateLimitedError
from fieldkit.sync.server.db import login_limits
from fieldkit.sync.server.dialect import insert_ignore, lock_for_update
from fieldkit.sync.server.store import ServerStore, now_ms


@dataclass(frozen=True)
class LimitPolicy:
    attempts: int = 5  # free attempts per user name before back-off starts
    address_factor: int = 5  # an address (an office behind one router) gets 5x as many
    backoff_s: float = 2.0  # the first wait; it doubles with each attempt after that
    user_max_s: float = 60.0  # a user name never waits longer than this
    address_max_s: float = 3600.0
    forget_s: float = 3600.0  # counts are forgotten after this long without attempts

    def free(self, key: str) -> int:
        return self.attempts * (self.address_factor if key.startswith("addr:") else 1)

    def wait_ms(self, key: str, attempts: int) -> int:
        """How long the next attempt on ``key`` must wait after ``attempts`` were counted."""
        over = attempts - self.free(key)
        if over < 0:
            return 0
        ceiling = self.address_max_s if key.startswith("addr:") else self.user_max_s
        return int(min(self.backoff_s * 2 ** min(over, 40), ceiling) * 1000)


def limit_keys(*, user: str, address: str) -> tuple[str, str]:
    return f"user:{user[:200]}", f"addr:{address[:50]}"


class LoginLimiter:
    def __init__(
        self,
        store: ServerStore,
        policy: LimitPolicy | None = None,
        *,
        clock: Callable[[], int] = now_ms,
    ) -> None:
        self.store = store
        self.policy = policy or LimitPolicy()
        self.clock = clock

    def attempt(self, *, user: str, address: str) -> None:
        """Count one sign-in attempt; RateLimitedError (nothing counted) if it must wait."""
        now = self.clock()
        keys = limit_keys(user=user, address=address)
        wait_ms = 0
        with self.store.write() as conn:
            self._prune(conn, now)
            rows = {key: _locked_row(conn, key, now) for key in keys}
            for _attempts, blocked_until, _updated in rows.values():
                if blocked_until > now:
                    wait_ms = max(wait_ms, blocked_until - now)
            if wait_ms == 0:
                for key, (attempts, _blocked, updated) in rows.items():
                    if now - updated >= self.policy.forget_s * 1000:
                        attempts = 0
                    attempts += 1
                    _save(conn, key, attempts, now + self.policy.wait_ms(key, attempts), now)
        if wait_ms > 0:
            seconds = -(-wait_ms // 1000)
            raise RateLimitedError(
                f"too many sign-in attempts; try again in {seconds} s", retry_after_s=seconds
            )

    def _prune(self, conn: Connection, now: int) -> None:
        """Forget rows quiet for ``forget_s`` and not backed off (user names sprayed by an
        attacker do not pile up)."""
        conn.execute(
            login_limits.delete().where(
                login_limits.c.updated_ms < now - int(self.policy.forget_s * 1000),
                login_limits.c.blocked_until_ms <= now,
            )
        )

    def succeeded(self, *, user: str, address: str) -> None:
        """The password was right: clear the user's count, refund this one attempt."""
        now = self.clock()
        user_key, address_key = limit_keys(user=user, address=address)
        with self.store.write() as conn:
            conn.execute(login_limits.delete().where(login_limits.c.key == user_key))
            attempts, blocked_until, _updated = _locked_row(conn, address_key, now)
            attempts = max(attempts - 1, 0)
            if attempts < self.policy.free(address_key):
                blocked_until = 0
            _save(conn, address_key, attempts, blocked_until, now)

    def retry_after_s(self, *, user: str, address: str) -> float:
        """Seconds before an attempt would be allowed (0: now), without counting one."""
        now = self.clock()
        query = sa.select(sa.func.max(login_limits.c.blocked_until_ms)).where(
            login_limits.c.key.in_(limit_keys(user=user, address=address))
        )
        with self.store.read() as conn:
            blocked_until = conn.execute(query).scalar()
        return max(int(blocked_until or 0) - now, 0) / 1000


def _locked_row(conn: Connection, key: str, now: int) -> tuple[int, int, int]:
    insert_ignore(
        conn, login_limits, {"key": key, "attempts": 0, "blocked_until_ms": 0, "updated_ms": now}
    )
    row = conn.execute(
        lock_for_update(
            sa.select(
                login_limits.c.attempts, login_limits.c.blocked_until_ms, login_limits.c.updated_ms
            ).where(login_limits.c.key == key)
        )
    ).one()
    return int(row.attempts), int(row.blocked_until_ms), int(row.updated_ms)


def _save(conn: Connection, key: str, attempts: int, blocked_until: int, now: int) -> None:
    conn.execute(
        login_limits.update()
        .where(login_limits.c.key == key)
        .values(attempts=attempts, blocked_until_ms=blocked_until, updated_ms=now)
    )


__all__ = ["LimitPolicy", "LoginLimiter", "limit_keys"]
