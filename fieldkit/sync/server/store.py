"""All the server's queries: users, tokens, studies, memberships, and the feed (push and pull).

Routes stay thin and call these. Every function takes or opens its own transaction.
"""

from __future__ import annotations

import functools
import secrets
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from fieldkit.errors import (
    ConflictError,
    DeviceTakenError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from fieldkit.sync.server import auth, proofs
from fieldkit.sync.server import hot_queries as hot
from fieldkit.sync.server.db import (
    ROLES,
    WRITE,
    devices,
    feed,
    memberships,
    studies,
    tokens,
    users,
)
from fieldkit.sync.server.dialect import insert_ignore, upsert
from fieldkit.sync.server.erased_edits import strip_erased
from fieldkit.sync.server.row_owners import claim_rows, keys_of
from fieldkit.sync.server.study_sync import StudySync

DAY_MS = 24 * 3600 * 1000
DEFAULT_TOKEN_IDLE_DAYS = 30.0
# A token's last use is written at most this often (not on every request).
_TOUCH_MS = 10 * 60 * 1000


def now_ms() -> int:
    return int(time.time() * 1000)


@dataclass(frozen=True)
class Identity:
    """Who a request comes from: the user and the device its token was issued to."""

    user_id: int
    user_name: str
    device_id: str
    token_id: int


@dataclass(frozen=True)
class Membership:
    study_id: str
    name: str
    role: str

    def to_json_dict(self) -> dict[str, str]:
        return {"study_id": self.study_id, "name": self.name, "role": self.role}


@dataclass(frozen=True)
class StudySyncResult:
    study_id: str
    ack_seq: int
    stored: int
    changes: list[str]  # compact JSON of each change, in feed order
    cursor: int
    more: bool
    epoch: str = ""
    # The server holds less of this device's changes than the client had acknowledged (it
    # was restored from a backup or lost writes): nothing was stored; send again from ack_seq.
    resend: bool = False
    ack_proof: str = ""  # proofs.py: the client sends them back with its next request
    cursor_proof: str = ""


@dataclass(frozen=True)
class _Pushed:
    """What a push left for its pull: the device's high-water mark, how many changes were
    stored, whether the laptop must resend, the study's epoch, whether the laptop's pull
    cursor is beyond the feed (this server lost what it had sent), and the feed's top."""

    mark: int
    stored: int
    resend: bool
    epoch: str
    beyond: bool
    # The study's last feed position as this transaction saw it (committed with the feed rows
    # up to it): the pull reads up to here, so it needs no query of its own to find the top.
    top: int


class ServerStore:
    """``token_idle_days``: a device token unused that long is refused (sign in again).

    ``clock`` (ms since the epoch) decides token expiry; tests inject one.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        token_idle_days: float = DEFAULT_TOKEN_IDLE_DAYS,
        clock: Callable[[], int] = now_ms,
    ) -> None:
        self.engine = engine
        # Made once: an engine with options made per transaction cost CPU on every request.
        self._writer = engine.execution_options(**{WRITE: True})
        self.token_idle_ms = int(token_idle_days * DAY_MS)
        self.clock = clock
        self._key: bytes | None = None  # proofs.py; read from the database on first sync

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self._writer.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading only.

        On PostgreSQL without a transaction: at READ COMMITTED each statement sees what was
        committed when it started either way, and BEGIN and COMMIT were two of the five round
        trips of every token check. On SQLite a transaction, so its statements share one
        snapshot.
        """
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect() as conn:
                yield conn.execution_options(isolation_level="AUTOCOMMIT")
            return
        with self.engine.begin() as conn:
            yield conn

    # --- users and tokens ----------------------------------------------------------------

    def add_user(self, *, name: str, password: str, can_create_studies: bool = False) -> int:
        name = name.strip()
        if not name or len(name) > 200:
            raise ValidationError("a user name must be 1 to 200 characters")
        digest = auth.hash_password(_checked_password(password))
        try:
            with self.write() as conn:
                result = conn.execute(
                    users.insert().values(
                        name=name,
                        password_hash=digest,
                        created_ms=now_ms(),
                        can_create_studies=can_create_studies,
                    )
                )
        except IntegrityError:
            raise ConflictError(f"there is already a user called {name!r}") from None
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def check_password(self, *, name: str, password: str) -> int | None:
        """The user's id if the password is right, else None (same time either way)."""
        with self.read() as conn:
            row = conn.execute(
                sa.select(users.c.id, users.c.password_hash, users.c.disabled_ms).where(
                    users.c.name == name
                )
            ).first()
        ok = auth.verify_password(row.password_hash if row else None, password)
        # A disabled user's password is still checked, so timing does not tell who is disabled.
        return int(row.id) if row is not None and ok and row.disabled_ms is None else None

    def issue_token(self, *, user_id: int, device_id: str) -> str:
        """A token for (user, device); the device becomes the user's if nobody had it yet.

        Raises DeviceTakenError when the device id belongs to another user (a data folder
        copied from a colleague, or someone claiming a laptop's id seen in its stamps).
        """
        token = auth.new_token()
        with self.write() as conn:
            row = {"device_id": device_id, "user_id": user_id, "created_ms": now_ms()}
            if not insert_ignore(conn, devices, row):
                owner = conn.execute(
                    sa.select(devices.c.user_id).where(devices.c.device_id == device_id)
                ).scalar()
                if owner != user_id:
                    raise DeviceTakenError(
                        "this laptop's device id is already registered to another user on the "
                        "server (was this data folder copied from a colleague's?); it takes a "
                        "new device id and signs in again"
                    )
            conn.execute(
                tokens.insert().values(
                    user_id=user_id,
                    device_id=device_id,
                    token_hash=auth.token_digest(token),
                    created_ms=now_ms(),
                    last_used_ms=self.clock(),
                )
            )
        return token

    def identity(self, token: str) -> Identity | None:
        """Who holds ``token``; None if unknown, revoked, idle too long, or its user disabled."""
        now = self.clock()
        since = now - self.token_idle_ms
        with self.read() as conn:
            row = conn.execute(
                hot.IDENTITY, {"digest": auth.token_digest(token), "since": since}
            ).first()
        if row is None:
            return None
        if int(row[4]) < now - min(_TOUCH_MS, self.token_idle_ms // 10):
            with self.write() as conn:
                conn.execute(hot.TOUCH_TOKEN, {"token_id": row.id, "now": now})
        return Identity(int(row.user_id), str(row.name), str(row.device_id), int(row.id))

    def revoke_token(self, *, token_id: int) -> None:
        with self.write() as conn:
            conn.execute(tokens.update().where(tokens.c.id == token_id).values(revoked_ms=now_ms()))

    def revoke_user_tokens(self, *, user_name: str) -> int:
        with self.write() as conn:
            return _revoke_tokens(conn, _user_id(conn, user_name))

    # --- account administration (``fieldkit-server user`` / ``member``) ---------------------
    # Each change to what a user may do revokes their tokens in the same transaction: the next
    # request from any of their laptops gets 401 and signs in again under the new rules.

    def disable_user(self, *, user_name: str) -> int:
        """No more sign-ins; every token refused at once. Returns the tokens revoked."""
        with self.write() as conn:
            user_id = _user_id(conn, user_name)
            conn.execute(users.update().where(users.c.id == user_id).values(disabled_ms=now_ms()))
            return _revoke_tokens(conn, user_id)

    def enable_user(self, *, user_name: str) -> None:
        with self.write() as conn:
            user_id = _user_id(conn, user_name)
            conn.execute(users.update().where(users.c.id == user_id).values(disabled_ms=None))

    def set_password(self, *, user_name: str, password: str) -> int:
        """A new password; every token revoked. Returns the tokens revoked."""
        digest = auth.hash_password(_checked_password(password))
        with self.write() as conn:
            user_id = _user_id(conn, user_name)
            conn.execute(users.update().where(users.c.id == user_id).values(password_hash=digest))
            return _revoke_tokens(conn, user_id)

    def set_create_right(self, *, user_name: str, allowed: bool) -> None:
        """Whether the user may publish (create) new studies on this server."""
        with self.write() as conn:
            user_id = _user_id(conn, user_name)
            conn.execute(
                users.update().where(users.c.id == user_id).values(can_create_studies=allowed)
            )

    def remove_member(self, *, study_id: str, user_name: str) -> int:
        """Take the user out of the study; their tokens revoked. Returns the tokens revoked."""
        with self.write() as conn:
            user_id = _user_id(conn, user_name)
            removed = conn.execute(
                memberships.delete().where(
                    memberships.c.study_id == study_id, memberships.c.user_id == user_id
                )
            )
            if not removed.rowcount:
                raise NotFoundError(f"{user_name} is not a member of study {study_id}")
            return _revoke_tokens(conn, user_id)

    def set_role(self, *, study_id: str, user_name: str, role: str) -> int:
        """A member's new role; their tokens revoked. Returns the tokens revoked."""
        if role not in ROLES:
            raise ValidationError(f"a role is one of {', '.join(ROLES)}, not {role!r}")
        with self.write() as conn:
            user_id = _user_id(conn, user_name)
            changed = conn.execute(
                memberships.update()
                .where(memberships.c.study_id == study_id, memberships.c.user_id == user_id)
                .values(role=role)
            )
            if not changed.rowcount:
                raise NotFoundError(
                    f"{user_name} is not a member of study {study_id}; add them with member add"
                )
            return _revoke_tokens(conn, user_id)

    # --- studies and memberships -----------------------------------------------------------

    def create_study(
        self,
        *,
        study_id: str,
        name: str,
        seed: Sequence[str] = (),
        seed_device: str = "",
        lead_user_id: int | None = None,
    ) -> None:
        """A new study, optionally with its first feed rows (``seed``) and a lead."""
        with self.write() as conn:
            try:
                conn.execute(
                    studies.insert().values(
                        id=study_id, name=name, created_ms=now_ms(), epoch=_new_epoch()
                    )
                )
            except IntegrityError:
                raise ConflictError(f"a study with id {study_id} already exists") from None
            if seed:
                # The seed's rows belong to the study like any pushed row's.
                claim_rows(conn, study_id=study_id, keys=keys_of(seed))
                _append(
                    conn,
                    StudySync(study_id=study_id, pull_cursor=0, push=seed, push_last_seq=0),
                    seed_device,
                    after=0,
                )
            if lead_user_id is not None:
                conn.execute(
                    memberships.insert().values(
                        study_id=study_id, user_id=lead_user_id, role="lead"
                    )
                )

    def publish_study(self, *, study_id: str, name: str, user_id: int) -> str:
        """Register a study made offline; its author becomes lead. Returns the caller's role.

        Publishing again is harmless for a member; a study someone else published is refused.
        """
        with self.write() as conn:
            exists = conn.execute(sa.select(studies.c.id).where(studies.c.id == study_id)).first()
            if (
                exists is None
                and not conn.execute(
                    sa.select(users.c.can_create_studies).where(users.c.id == user_id)
                ).scalar()
            ):
                raise PermissionDeniedError(
                    "you may not create studies on this server; ask its administrator "
                    "(fieldkit-server user grant-create YOUR-NAME) or your team lead"
                )
            row = {"id": study_id, "name": name, "created_ms": now_ms(), "epoch": _new_epoch()}
            if insert_ignore(conn, studies, row):  # two workers may publish it at once
                conn.execute(
                    memberships.insert().values(study_id=study_id, user_id=user_id, role="lead")
                )
                return "lead"
            role = _role(conn, user_id, study_id)
        if role is None:
            raise ConflictError("this study id is already taken on the server")
        return role

    def add_member(self, *, study_id: str, user_name: str, role: str) -> None:
        if role not in ROLES:
            raise ValidationError(f"a role is one of {', '.join(ROLES)}, not {role!r}")
        with self.write() as conn:
            found = conn.execute(sa.select(studies.c.id).where(studies.c.id == study_id)).first()
            if found is None:
                raise NotFoundError(f"there is no study with id {study_id}")
            user_id = _user_id(conn, user_name)
            upsert(
                conn,
                memberships,
                {"study_id": study_id, "user_id": user_id, "role": role},
                keys=("study_id", "user_id"),
                update=("role",),
            )

    def memberships(self, *, user_id: int) -> list[Membership]:
        with self.read() as conn:
            found = conn.execute(hot.MEMBERSHIPS, {"user_id": user_id})
            return [Membership(str(r.id), str(r.name), str(r.role)) for r in found]

    def role(self, *, user_id: int, study_id: str) -> str | None:
        with self.read() as conn:
            return _role(conn, user_id, study_id)

    def database_ok(self) -> bool:
        """Whether the database answers a trivial query (for the health check)."""
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except sa.exc.DBAPIError:
            return False
        return True

    # --- the feed ----------------------------------------------------------------------------

    def sync(
        self, *, device_id: str, parts: Sequence[StudySync], max_bytes: int
    ) -> list[StudySyncResult]:
        """Push each study, all in one transaction (a failure stores nothing); then pull each.

        The pull reads after the push committed, so a push holds its study's row lock only
        while it appends: with ten laptops of a study syncing at once, reading each one's reply
        under the lock made them wait for one another's (on PostgreSQL, 50 laptops kept three
        sessions waiting for a lock and eight holding one). Appends are numbered under the lock
        in commit order, so a pull never sees a gap; it sees anything pushed meanwhile too.
        """
        with self.write() as conn:
            if self._key is None:
                self._key = proofs.load_key(conn)
            # Study locks are taken in id order, so two requests cannot deadlock each other.
            pushed = {
                part.study_id: self._push_one(conn, device_id, part)
                for part in sorted(parts, key=lambda p: p.study_id)
            }
        with self.read() as conn:
            return [
                self._pull_one(conn, device_id, part, pushed[part.study_id], max_bytes)
                for part in parts
            ]

    def _push_one(self, conn: Connection, device_id: str, part: StudySync) -> _Pushed:
        """Store the part's push (under the study's row lock) and settle its epoch."""
        at = {"device_id": device_id, "study_id": part.study_id}
        # One round trip for the study and this device's position in it (read again under the
        # study's lock below before anything is stored).
        study = conn.execute(hot.STUDY_AND_POSITION, at).one()
        epoch = str(study.epoch)
        high_water = study.high_water
        mark = part.push_base if high_water is None else int(high_water)
        stored = 0
        top = int(study.last_seq)
        resend = False
        if part.read_only:
            pass  # a viewer pulls; its push position never moves
        elif self._behind(device_id, part, mark):
            resend = True
        elif part.push_last_seq > mark:
            # Appends to one study's feed are serialised by its row lock (a pull takes none).
            last_seq = conn.execute(hot.LOCK_STUDY, {"study_id": part.study_id}).scalar_one()
            # Read again under the lock: the same device may have pushed from another worker.
            high_water = conn.execute(hot.HIGH_WATER, at).scalar()
            mark = part.push_base if high_water is None else int(high_water)
            overlap = part.push_after_seq is not None and part.push_after_seq < mark
            behind = self._behind(device_id, part, mark)
            if part.push_last_seq > mark and not overlap and not behind:
                # Under the lock an erasure takes too: an edit checked before a concurrent
                # erasure committed would otherwise store the words again.
                part = strip_erased(conn, part)
                if part.push:
                    claim_rows(conn, study_id=part.study_id, keys=part.keys)
                    _append(conn, part, device_id, after=int(last_seq))
                    stored = len(part.push)
                top = int(last_seq) + stored
                upsert_ack = hot.ack_upsert(conn.dialect.name)
                conn.execute(upsert_ack, {**at, "high_water": part.push_last_seq})
                mark = part.push_last_seq
            resend = behind
        beyond = part.pull_cursor > int(study.last_seq)
        if resend or (beyond and self._pulled_here(part, epoch)):
            # This server holds less than it told the laptop: restored from a backup, or
            # writes were lost. Everyone who pulled under the old epoch pulls the study again.
            epoch = _new_epoch()
            conn.execute(studies.update().where(studies.c.id == part.study_id).values(epoch=epoch))
        return _Pushed(mark=mark, stored=stored, resend=resend, epoch=epoch, beyond=beyond, top=top)

    def _pull_one(
        self, conn: Connection, device_id: str, part: StudySync, pushed: _Pushed, max_bytes: int
    ) -> StudySyncResult:
        rewound = part.pull_epoch is not None and part.pull_epoch != pushed.epoch
        after = 0 if pushed.beyond or rewound else part.pull_cursor
        changes, cursor, more = _pull(
            conn, part.study_id, device_id, after, max_bytes, top=pushed.top
        )
        key = self._key or b""
        mark, epoch = pushed.mark, pushed.epoch
        return StudySyncResult(
            study_id=part.study_id,
            ack_seq=mark,
            stored=pushed.stored,
            changes=changes,
            cursor=cursor,
            more=more,
            epoch=epoch,
            resend=pushed.resend,
            ack_proof=proofs.ack_proof(key, device_id=device_id, study_id=part.study_id, ack=mark),
            cursor_proof=proofs.cursor_proof(
                key, study_id=part.study_id, cursor=cursor, epoch=epoch
            ),
        )

    def _behind(self, device_id: str, part: StudySync, mark: int) -> bool:
        """The client shows an acknowledgement from this server above what it now holds."""
        if part.acked is None or part.acked <= mark:
            return False
        expected = proofs.ack_proof(
            self._key or b"", device_id=device_id, study_id=part.study_id, ack=part.acked
        )
        return proofs.valid(expected, part.ack_proof)

    def _pulled_here(self, part: StudySync, epoch: str) -> bool:
        """The client's pull cursor (above the feed) was given by this server, in this epoch."""
        expected = proofs.cursor_proof(
            self._key or b"", study_id=part.study_id, cursor=part.pull_cursor, epoch=epoch
        )
        return proofs.valid(expected, part.pull_proof)


def _new_epoch() -> str:
    return secrets.token_hex(8)


def _append(conn: Connection, part: StudySync, device_id: str, *, after: int) -> None:
    """Store a push's changes numbered after ``after`` (the study's locked ``last_seq``)."""
    study_id, device_seq = part.study_id, part.push_last_seq
    sql, positional = _feed_insert(conn.dialect)
    if positional:
        rows: list[Any] = [
            (study_id, after + n, device_id, device_seq, text)
            for n, text in enumerate(part.push, start=1)
        ]
    else:
        keys = _FEED_COLUMNS
        rows = [
            dict(zip(keys, (study_id, after + n, device_id, device_seq, text), strict=True))
            for n, text in enumerate(part.push, start=1)
        ]
    # The INSERT as this database's driver takes it (compiled by SQLAlchemy for its dialect),
    # its rows as plain tuples (dicts for a driver with named parameters): SQLAlchemy's per-row
    # parameter processing was most of the cost of storing a push of 10,000 changes, and none
    # of these columns needs any. Errors are still wrapped by SQLAlchemy (exec_driver_sql).
    conn.exec_driver_sql(sql, rows)
    conn.execute(hot.SET_LAST_SEQ, {"study_id": study_id, "new_last_seq": after + len(part.push)})


_FEED_COLUMNS = ("study_id", "server_seq", "device_id", "device_seq", "change")


@functools.cache
def _feed_insert(dialect: sa.Dialect) -> tuple[str, bool]:
    """The feed INSERT compiled for ``dialect``, and whether its parameters are positional."""
    compiled = (
        feed.insert()
        .values({name: sa.bindparam(name) for name in _FEED_COLUMNS})
        .compile(dialect=dialect)
    )
    if compiled.positional:
        assert tuple(compiled.positiontup or ()) == _FEED_COLUMNS
    return str(compiled), bool(compiled.positional)


def _pull(
    conn: Connection, study_id: str, device_id: str, after: int, max_bytes: int, *, top: int
) -> tuple[list[str], int, bool]:
    """Others' changes after ``after`` up to ``top``, about ``max_bytes``; never splits a batch.

    ``top``: the study's ``last_seq`` as committed (every feed row up to it is committed).
    Nothing new: no query at all.
    """
    if top <= after:
        return [], after, False
    changes: list[str] = []
    size = 0
    cursor = after
    last_batch: tuple[str, int] | None = None
    seq = after
    while True:
        where = {"study_id": study_id, "after": seq, "top": top, "device_id": device_id}
        page = conn.execute(hot.FEED_PAGE, where).all()
        # Rows unpacked as tuples: attribute access per row and column was a third of this loop.
        for server_seq, device, device_seq, change in page:
            batch = (device, device_seq)
            if changes and size + len(change) > max_bytes and batch != last_batch:
                return changes, cursor, True
            changes.append(change)
            size += len(change) + 1
            cursor = int(server_seq)
            last_batch = batch
        if len(page) < hot.PAGE:
            return changes, int(top), False
        seq = int(page[-1].server_seq)


def _user_id(conn: Connection, name: str) -> int:
    user_id = conn.execute(sa.select(users.c.id).where(users.c.name == name)).scalar()
    if user_id is None:
        raise NotFoundError(f"there is no user called {name!r}")
    return int(user_id)


def _checked_password(password: str) -> str:
    if len(password) < 8:
        raise ValidationError("a password must have at least 8 characters")
    return password


def _revoke_tokens(conn: Connection, user_id: int) -> int:
    result = conn.execute(
        tokens.update()
        .where(tokens.c.user_id == user_id, tokens.c.revoked_ms.is_(None))
        .values(revoked_ms=now_ms())
    )
    return int(result.rowcount)


def _role(conn: Connection, user_id: int, study_id: str) -> str | None:
    role = conn.execute(hot.ROLE, {"user_id": user_id, "study_id": study_id}).scalar()
    return str(role) if role is not None else None


__all__ = ["Identity", "Membership", "ServerStore", "StudySync", "StudySyncResult", "now_ms"]
