"""Saving typed text against the version it was typed over: a change underneath is a conflict."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import Session

from fieldkit.storage import codings, records
from fieldkit.storage.changes import current_stamp
from fieldkit.storage.conflict_views import describe_conflicts
from fieldkit.storage.conflicts import conflicts, resolve_conflict
from fieldkit.storage.db import Store
from fieldkit.storage.models import Interview, Observation
from fieldkit.storage.outbox import collect_outbox
from fieldkit.storage.remote_apply import apply_remote_changes
from fieldkit.storage.text_edits import set_text
from fieldkit.storage.text_saves import save_text_on_base, text_stamp
from fieldkit.storage.themes import add_theme

TEXT = "The children walk to the radio school every morning."


def _interview(store: Store) -> tuple[str, str]:
    with store.write() as s:
        study = records.create_study(s, name="Pilot")
        case = records.create_case(s, study_id=study.id, title="Radio school")
        row = records.add_interview(
            s, case_id=case.id, date="2024-05-01", title="Head teacher", transcript=TEXT
        )
        return study.id, row.id


def _stamp(store: Store, record_id: str) -> str:
    with store.read() as s:
        return text_stamp(s, record_id=record_id)


def _transcript(store: Store, record_id: str) -> str:
    with store.read() as s:
        row = s.get(Interview, record_id)
        assert row is not None
        return row.transcript


def _copy_study(src: Store, dst: Store, study_id: str) -> None:
    """Everything ``src`` logged, applied on ``dst`` as a pull would (no server needed here)."""
    with src.read() as s:
        box = collect_outbox(s, study_id=study_id, after_seq=0, max_bytes=1 << 24)
    with dst.write() as s:
        apply_remote_changes(s, box.changes)


def test_a_save_on_the_current_version_is_a_plain_save(store: Store) -> None:
    _study, record_id = _interview(store)
    base = _stamp(store, record_id)
    with store.write() as s:
        saved = save_text_on_base(s, record_id=record_id, text=TEXT + " Always.", base=base)
    assert saved.conflict_id is None
    assert saved.stamp != base and saved.stamp == _stamp(store, record_id)
    assert _transcript(store, record_id) == TEXT + " Always."
    with store.read() as s:
        assert conflicts(s) == []
    with store.write() as s:  # the next save is based on the stamp the first one returned
        again = save_text_on_base(s, record_id=record_id, text=TEXT + " Often.", base=saved.stamp)
    assert again.conflict_id is None


def test_a_change_underneath_keeps_the_typing_and_records_the_other_text(
    store: Store, tmp_path: Path
) -> None:
    """A teammate's transcript pulled while the researcher typed over the old one."""
    study_id, record_id = _interview(store)
    base = _stamp(store, record_id)
    teammate = Store.open(tmp_path / "teammate")
    try:
        _copy_study(store, teammate, study_id)
        with teammate.write() as s:
            set_text(s, record_id=record_id, text="Teammate's full transcript of the interview.")
        before = teammate.device_id
        with teammate.read() as s:
            box = collect_outbox(s, study_id=study_id, after_seq=0, max_bytes=1 << 24)
        with store.write() as s:  # the pull
            apply_remote_changes(s, [c for c in box.changes if c.entity == "interviews"])
    finally:
        teammate.close()
    pulled = _stamp(store, record_id)
    assert pulled != base and pulled.endswith(before)  # the teammate's stamp

    typed = TEXT + " My own notes."
    with store.write() as s:
        saved = save_text_on_base(s, record_id=record_id, text=typed, base=base)
    assert saved.conflict_id is not None
    assert _transcript(store, record_id) == typed  # what the researcher sees is saved
    with store.read() as s:
        (conflict,) = conflicts(s)
        views = describe_conflicts(s)
    assert conflict.id == saved.conflict_id
    assert conflict.entity == "interviews" and conflict.row_id == record_id
    assert conflict.field == "transcript" and conflict.study_id == study_id
    assert json.loads(conflict.losing_value) == "Teammate's full transcript of the interview."
    assert conflict.losing_stamp == pulled
    assert json.loads(conflict.winning_value) == typed
    assert conflict.winning_stamp == saved.stamp == _stamp(store, record_id)
    assert conflict.resolved_at is None
    assert len(views) == 1  # the conflicts view lists it

    with store.write() as s:  # taking the teammate's text back is one click in the view
        resolve_conflict(s, conflict_id=conflict.id, choice="take_losing")
    assert _transcript(store, record_id) == "Teammate's full transcript of the interview."


def test_no_conflict_when_the_typing_equals_the_other_text_or_no_base(store: Store) -> None:
    _study, record_id = _interview(store)
    base = _stamp(store, record_id)
    with store.write() as s:  # another writer on this data folder (the CLI)
        set_text(s, record_id=record_id, text="Changed by the CLI.")
    with store.write() as s:
        same = save_text_on_base(s, record_id=record_id, text="Changed by the CLI.", base=base)
        unguarded = save_text_on_base(s, record_id=record_id, text="Plain.", base=None)
    assert same.conflict_id is None and unguarded.conflict_id is None
    assert same.stamp != base
    with store.read() as s:
        assert conflicts(s) == []
    assert _transcript(store, record_id) == "Plain."


def test_codings_move_and_observations_work_the_same(store: Store) -> None:
    study_id, record_id = _interview(store)
    with store.write() as s:
        add_theme(s, study_id=study_id, name="Trust")
        start = TEXT.index("radio")
        coding = codings.code_text(
            s, record_id=record_id, theme="Trust", start=start, end=start + len("radio")
        )
        case_id = s.get(Interview, record_id).case_id  # type: ignore[union-attr]
        observation = records.add_observation(
            s, case_id=case_id, date="2024-05-02", description="Pupils at the gate."
        )
    base = _stamp(store, observation.id)
    with store.write() as s:
        set_text(s, record_id=observation.id, text="Pupils at the gate, early.")
        saved = save_text_on_base(
            s, record_id=observation.id, text="Pupils wait at the gate.", base=base
        )
        interview_save = save_text_on_base(
            s, record_id=record_id, text="Today: " + TEXT, base=_stamp_in(s, record_id)
        )
    assert saved.conflict_id is not None and interview_save.conflict_id is None
    with store.read() as s:
        (conflict,) = conflicts(s)
        assert conflict.entity == "observations" and conflict.field == "description"
        row = s.get(Observation, observation.id)
        assert row is not None and current_stamp(row, "description") == saved.stamp
        moved = s.get(codings.Coding, coding.id)
        assert moved is not None and moved.quote == "radio"
        assert moved.start == len("Today: ") + TEXT.index("radio")


def _stamp_in(s: Session, record_id: str) -> str:
    return text_stamp(s, record_id=record_id)
