"""The statements every request runs, built once with bind parameters.

Building a Core statement and computing its cache key took a quarter of a worker's CPU under
50 laptops (a sync runs about a dozen): a statement object built once keeps its cache key, so
each execution only looks up its compiled form. Names of the parameters are given with each.
"""

from __future__ import annotations

import functools
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from fieldkit.sync.server.db import (
    blob_studies,
    blobs,
    device_acks,
    devices,
    feed,
    memberships,
    studies,
    tokens,
    uploads,
    users,
)
from fieldkit.sync.server.dialect import lock_for_update

PAGE = 1000  # feed rows per query of a pull

_last_used = sa.func.coalesce(tokens.c.last_used_ms, tokens.c.created_ms)

# digest, since: the token's user, device and last use, if valid and used after ``since``.
IDENTITY = (
    sa.select(tokens.c.id, tokens.c.user_id, tokens.c.device_id, users.c.name, _last_used)
    .join(users, users.c.id == tokens.c.user_id)
    # The device must still be the token's user's (tokens from before devices were
    # registered may name a device another user owns: they no longer work).
    .join(
        devices,
        (devices.c.device_id == tokens.c.device_id) & (devices.c.user_id == tokens.c.user_id),
    )
    .where(
        tokens.c.token_hash == sa.bindparam("digest"),
        tokens.c.revoked_ms.is_(None),
        users.c.disabled_ms.is_(None),
        _last_used > sa.bindparam("since"),
    )
)

# token_id, now
TOUCH_TOKEN = (
    tokens.update()
    .where(tokens.c.id == sa.bindparam("token_id"))
    .values(last_used_ms=sa.bindparam("now"))
)

# user_id: the user's studies (id, name, role) by name.
MEMBERSHIPS = (
    sa.select(studies.c.id, studies.c.name, memberships.c.role)
    .join(memberships, memberships.c.study_id == studies.c.id)
    .where(memberships.c.user_id == sa.bindparam("user_id"))
    .order_by(studies.c.name, studies.c.id)
)


def _role_of(study_id: Any) -> Any:
    return (
        sa.select(memberships.c.role)
        .where(memberships.c.study_id == study_id, memberships.c.user_id == sa.bindparam("user_id"))
        .scalar_subquery()
    )


# user_id, study_id
ROLE = sa.select(_role_of(sa.bindparam("study_id")).label("role"))

_high_water = (
    sa.select(device_acks.c.high_water)
    .where(
        device_acks.c.device_id == sa.bindparam("device_id"),
        device_acks.c.study_id == sa.bindparam("study_id"),
    )
    .scalar_subquery()
)
# device_id, study_id: the device's acknowledged position in the study.
HIGH_WATER = sa.select(_high_water.label("high_water"))
# device_id, study_id: the study's feed position and epoch, and the device's position, in one
# round trip (read again under the study's lock before anything is stored).
STUDY_AND_POSITION = sa.select(
    studies.c.last_seq, studies.c.epoch, _high_water.label("high_water")
).where(studies.c.id == sa.bindparam("study_id"))
# study_id: the study's feed position, its row locked until the transaction ends.
LOCK_STUDY = lock_for_update(
    sa.select(studies.c.last_seq).where(studies.c.id == sa.bindparam("study_id"))
)
# study_id, new_last_seq
SET_LAST_SEQ = (
    studies.update()
    .where(studies.c.id == sa.bindparam("study_id"))
    .values(last_seq=sa.bindparam("new_last_seq"))
)

# study_id, after, top, device_id: a page of others' changes.
FEED_PAGE = (
    sa.select(feed.c.server_seq, feed.c.device_id, feed.c.device_seq, feed.c.change)
    .where(
        feed.c.study_id == sa.bindparam("study_id"),
        feed.c.server_seq > sa.bindparam("after"),
        feed.c.server_seq <= sa.bindparam("top"),
        feed.c.device_id != sa.bindparam("device_id"),
    )
    .order_by(feed.c.server_seq)
    .limit(PAGE)
)

# study_id, hashes (a list): which of them the study can read.
READABLE_OF = sa.select(blob_studies.c.sha256).where(
    blob_studies.c.study_id == sa.bindparam("study_id"),
    blob_studies.c.sha256.in_(sa.bindparam("hashes", expanding=True)),
)

# upload_id
UPLOAD = sa.select(uploads).where(uploads.c.id == sa.bindparam("upload_id"))
# upload_id, user_id: the upload and the user's role in its study.
UPLOAD_AND_ROLE = sa.select(uploads, _role_of(uploads.c.study_id).label("role")).where(
    uploads.c.id == sa.bindparam("upload_id")
)
# user_id, study_id, sha256: the user's role in the study and whether it can read the blob.
ROLE_AND_READABLE = sa.select(
    _role_of(sa.bindparam("study_id")).label("role"),
    sa.select(blob_studies.c.sha256)
    .where(
        blob_studies.c.study_id == sa.bindparam("study_id"),
        blob_studies.c.sha256 == sa.bindparam("sha256"),
    )
    .exists()
    .label("readable"),
)


@functools.cache
def ack_upsert(dialect_name: str) -> Any:
    """device_id, study_id, high_water: set the device's acknowledged position in the study."""
    dialect_insert = postgresql.insert if dialect_name == "postgresql" else sqlite.insert
    statement = dialect_insert(device_acks).values(
        device_id=sa.bindparam("device_id"),
        study_id=sa.bindparam("study_id"),
        high_water=sa.bindparam("high_water"),
    )
    return statement.on_conflict_do_update(
        index_elements=["device_id", "study_id"],
        set_={"high_water": statement.excluded.high_water},
    )


@functools.cache
def blob_rows(dialect_name: str) -> tuple[Any, Any]:
    """The two inserts of a finished upload, each skipped when the row is there already:
    sha256, size, created_ms (the blob); sha256, study_id, created_ms (readable in the study).
    """
    dialect_insert = postgresql.insert if dialect_name == "postgresql" else sqlite.insert
    blob = dialect_insert(blobs).values(
        sha256=sa.bindparam("sha256"),
        size=sa.bindparam("size"),
        created_ms=sa.bindparam("created_ms"),
    )
    link = dialect_insert(blob_studies).values(
        sha256=sa.bindparam("sha256"),
        study_id=sa.bindparam("study_id"),
        created_ms=sa.bindparam("created_ms"),
    )
    return blob.on_conflict_do_nothing(), link.on_conflict_do_nothing()
