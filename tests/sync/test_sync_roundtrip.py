"""Two laptops and a real server: push, pull, converge, conflicts, replays, one-request syncs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from sqlmodel import col

from fieldkit.errors import SyncError
from fieldkit.storage import records
from fieldkit.storage.codings import code_text, tag_record
from fieldkit.storage.models import Case, Interview, LocalState
from fieldkit.storage.replication import conflicts
from fieldkit.sync.client import CLOCK_OFFSET_KEY, HttpResponse, SyncReport, UrllibTransport, sync
from tests.sync.conftest import BACKENDS, Laptop, OpenLaptop, Server
from tests.sync.helpers import dump

# Every test here runs on SQLite and, when FIELDKIT_TEST_POSTGRES_URL is set, PostgreSQL.
pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

THEME = "Learners and teachers"


def _sync(laptop: Laptop, **kw: Any) -> SyncReport:
    return sync(laptop.store, server_url=laptop.url, token=laptop.token, **kw)


def _add_case_with_interview(laptop: Laptop, study_id: str, title: str) -> tuple[str, str]:
    with laptop.store.write() as session:
        case = records.create_case(session, study_id=study_id, title=title, country="Kenya")
        interview = records.add_interview(
            session,
            case_id=case.id,
            date="2024-03-05",
            title=f"Interview at {title}",
            transcript="The teachers share tablets after school; the héadmaster keeps them.",
        )
        code_text(session, record_id=interview.id, theme=THEME, start=4, end=12)
        tag_record(session, record_id=case.id, theme=THEME)
        return case.id, interview.id


class RecordingTransport:
    """The real transport, keeping every request so a test can send one again."""

    def __init__(self) -> None:
        self.inner = UrllibTransport()
        self.sent: list[tuple[str, str, bytes | None, dict[str, str]]] = []

    def __call__(
        self, method: str, url: str, *, body: bytes | None, headers: Mapping[str, str]
    ) -> HttpResponse:
        self.sent.append((method, url, body, dict(headers)))
        return self.inner(method, url, body=body, headers=headers)


def test_two_laptops_converge_byte_identical(server: Server, laptop: OpenLaptop) -> None:
    a, b = laptop("alice"), laptop("bob")
    first = _sync(a)
    assert server.study_id in first.studies
    assert first.pulled > 20  # the study row and its codebook
    _add_case_with_interview(a, server.study_id, "Riverside school")
    report_a = _sync(a)
    assert report_a.pushed > 0
    report_b = _sync(b)
    assert report_b.pulled > 20
    assert dump(a.store) == dump(b.store)
    # B edits; A pulls it back.
    with b.store.write() as session:
        case = session.execute(
            records.select(Case).where(col(Case.title) == "Riverside school")
        ).scalar_one()
        records.update_fields(session, case, {"region": "Kisumu"})
    _sync(b)
    _sync(a)
    assert dump(a.store) == dump(b.store)
    assert '"Kisumu"' in dump(a.store)


def test_concurrent_edits_converge_and_loser_is_kept(server: Server, laptop: OpenLaptop) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    case_id, _ = _add_case_with_interview(a, server.study_id, "Hill clinic")
    _sync(a)
    _sync(b)
    with a.store.write() as session:
        records.update_fields(session, session.get(Case, case_id), {"region": "From A"})
    with b.store.write() as session:
        records.update_fields(session, session.get(Case, case_id), {"region": "From B"})
    _sync(a)
    _sync(b)
    _sync(a)
    assert dump(a.store) == dump(b.store)
    with a.store.read() as session:
        winner = session.get(Case, case_id).region
    loser = "From A" if winner == "From B" else "From B"
    assert winner in ("From A", "From B")
    # The replica where the loser was written keeps it in its conflicts table.
    lost_on = a if loser == "From A" else b
    with lost_on.store.read() as session:
        kept = [c for c in conflicts(session, study_id=server.study_id) if c.row_id == case_id]
    assert [c.field for c in kept] == ["region"]
    assert loser in kept[0].losing_value


def test_replayed_request_changes_nothing(server: Server, laptop: OpenLaptop) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    _add_case_with_interview(a, server.study_id, "Replay school")
    transport = RecordingTransport()
    report = _sync(a, transport=transport)
    assert report.pushed > 0
    pushes = [s for s in transport.sent if s[1].endswith("/sync")]
    method, url, body, headers = pushes[0]
    before = _feed_size(server)
    replay = transport.inner(method, url, body=body, headers=headers)
    assert replay.status == 200
    assert _feed_size(server) == before
    _sync(b)
    with b.store.read() as session:
        titles = [c.title for c in session.execute(records.select(Case)).scalars()]
    assert titles.count("Replay school") == 1
    assert dump(a.store) == dump(b.store)


def _feed_size(server: Server) -> int:
    import sqlalchemy as sa

    from fieldkit.sync.server.db import feed

    with server.store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(feed)).scalar_one())


def test_nothing_to_do_is_one_request(server: Server, laptop: OpenLaptop) -> None:
    a = laptop("alice")
    _sync(a)
    report = _sync(a)
    assert report.requests == 1
    assert (report.pushed, report.pulled) == (0, 0)
    # The reply's server time gave a clock offset (same machine: close to zero).
    with a.store.read() as session:
        offset = session.get(LocalState, CLOCK_OFFSET_KEY)
    assert offset is not None and abs(int(offset.value)) < 2000


def test_small_batches_carry_everything(server: Server, laptop: OpenLaptop) -> None:
    a, b = laptop("alice"), laptop("bob")
    _sync(a)
    for n in range(15):
        _add_case_with_interview(a, server.study_id, f"Batch site {n}")
    report = _sync(a, max_bytes=2048)
    assert report.requests > 3
    report_b = _sync(b, max_bytes=2048)
    assert report_b.requests > 3
    assert dump(a.store) == dump(b.store)
    with b.store.read() as session:
        count = len(list(session.execute(records.select(Interview)).scalars()))
    assert count >= 15


def test_publish_a_study_made_offline(server: Server, laptop: OpenLaptop) -> None:
    from fieldkit.sync.client import publish_study

    a, b = laptop("alice"), laptop("bob")
    with a.store.write() as session:
        study_id = records.create_study(session, name="Made on the train").id
        case = records.create_case(session, study_id=study_id, title="Station")
        records.add_observation(
            session, case_id=case.id, date="2024-05-01", description="Queues at the kiosk."
        )
    role = publish_study(a.store, study_id=study_id, server_url=a.url, token=a.token)
    assert role == "lead"
    report = _sync(a)
    assert study_id in report.studies
    server.store.add_member(study_id=study_id, user_name="bob", role="researcher")
    _sync(b)
    assert dump(a.store, study_id) == dump(b.store, study_id)
    # Someone who is not a member cannot take the id over.
    other = laptop("lena")
    with pytest.raises(SyncError, match="already taken"):
        publish_study(a.store, study_id=study_id, server_url=other.url, token=other.token)


def test_removed_membership_is_dropped_and_other_studies_sync(
    server: Server, laptop: OpenLaptop
) -> None:
    other = server.new_study("Short-lived study")
    server.store.add_member(study_id=other, user_name="bob", role="researcher")
    b = laptop("bob")
    assert other in _sync(b).studies
    # The lead removes bob from the study: the next sync carries on with the others.
    import sqlalchemy as sa

    from fieldkit.sync.server.db import memberships

    with server.store.write() as conn:
        conn.execute(sa.delete(memberships).where(memberships.c.study_id == other))
    report = _sync(b)
    assert other not in report.studies
    assert server.study_id in report.studies
