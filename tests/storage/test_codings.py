"""Tags and codings: text spans in code points, audio spans in milliseconds, and bad input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.errors import ConflictError, NotFoundError, ValidationError
from fieldkit.storage import codings, records, themes
from fieldkit.storage.changes import StoreSession
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Attachment, Coding, Interview

from .service_helpers import (
    TRANSCRIPT,
    Seeded,
    escape,
    fails,
    log_count,
    make_seeded_template,
    open_copy,
    seed,
)

THEME = "Trust and relationships"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seeded]:
    return make_seeded_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: tuple[Path, Seeded], data_dir: Path) -> Iterator[Store]:
    """A fresh copy of the seeded template: every test starts from the same study."""
    with open_copy(template[0], data_dir) as opened:
        yield opened


@pytest.fixture
def seeded(store: Store, template: tuple[Path, Seeded]) -> Seeded:
    return template[1]


def add_recording(
    store: Store, seeded: Seeded, *, kind: str = "audio", duration_ms: int | None = 60_000
) -> str:
    sha, size = store.blobs.put_bytes(b"RIFF....WAVEfmt " + bytes(64))
    with store.write() as s:
        a = Attachment(
            study_id=seeded.study_id,
            target_type="interview",
            target_id=seeded.interview_id,
            kind=kind,
            sha256=sha,
            filename="recording.wav" if kind == "audio" else "photo.jpg",
            media_type="audio/wav" if kind == "audio" else "image/jpeg",
            size=size,
            duration_ms=duration_ms,
        )
        s.add(a)
        s.flush()
        return a.id


# --- text codings -------------------------------------------------------------------------------


def test_code_text_keeps_the_quote_and_is_logged(store: Store, seeded: Seeded) -> None:
    before = log_count(store)
    with store.write() as s:
        c = codings.code_text(
            s,
            record_id=seeded.interview_id[:8],
            theme=THEME.upper(),
            start=0,
            end=14,
            coder=" ana ",
            memo="a\r\nb",
        )
    assert (c.quote, c.unit, c.coder, c.memo, c.target_type) == (
        "Q: What helps?",
        "char",
        "ana",
        "a\nb",
        "interview",
    )
    assert (c.detached, c.starred, c.attachment_id) == (False, False, None)
    assert log_count(store) == before + 1
    with store.read() as s:
        assert [x.id for x in codings.codings_for(s, record_id=seeded.interview_id)] == [c.id]


def test_spans_count_unicode_code_points(store: Store, seeded: Seeded) -> None:
    text = "शिक्षा 😀 ok — élève"
    with store.write() as s:
        o = records.add_observation(s, case_id=seeded.case_id, date="2024-03-15", description=text)
        emoji = codings.code_text(s, record_id=o.id, theme=THEME, start=7, end=8)
        word = codings.code_text(s, record_id=o.id, theme=THEME, start=0, end=6)
        last = codings.code_text(s, record_id=o.id, theme=THEME, start=len(text) - 5, end=len(text))
    with store.read() as s:
        assert [get_row(s, Coding, x.id).quote for x in (emoji, word, last)] == [
            "😀",
            "शिक्षा",
            "élève",
        ]


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 5, "the span -1–5 lies outside the text, which has"),
        (0, len(TRANSCRIPT) + 1, f"lies outside the text, which has {len(TRANSCRIPT)} characters"),
        (len(TRANSCRIPT), len(TRANSCRIPT) + 3, "lies outside the text"),
        (5, 5, "the span 5–5 is empty; end must be greater than start"),
        (9, 4, "the span 9–4 is empty"),
        (2, 3, "the span covers only white space"),
        ("0", 4, "start and end must be whole numbers"),
        (0, 4.0, "start and end must be whole numbers"),
        (False, True, "start and end must be whole numbers"),
    ],
)
def test_bad_text_spans_are_refused(
    store: Store, seeded: Seeded, start: object, end: object, message: str
) -> None:
    fails(
        store,
        ValidationError,
        escape(message),
        lambda s: codings.code_text(
            s, record_id=seeded.interview_id, theme=THEME, start=start, end=end
        ),  # type: ignore[arg-type]
    )


def test_the_whole_text_is_a_valid_span(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        c = codings.code_text(
            s, record_id=seeded.interview_id, theme=THEME, start=0, end=len(TRANSCRIPT)
        )
    assert c.quote == TRANSCRIPT


def test_an_interview_without_a_transcript_cannot_be_coded(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        empty = records.add_interview(s, case_id=seeded.case_id, date="2024-03-15")
    fails(
        store,
        ValidationError,
        "lies outside the text, which has 0 characters",
        lambda s: codings.code_text(s, record_id=empty.id, theme=THEME, start=0, end=1),
    )


def test_the_same_span_and_theme_twice_is_a_conflict(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        first = codings.code_text(s, record_id=seeded.interview_id, theme=THEME, start=0, end=14)
    fails(
        store,
        ConflictError,
        escape(f"this span is already coded with {THEME!r}"),
        lambda s: codings.code_text(s, record_id=seeded.interview_id, theme=THEME, start=0, end=14),
    )
    with (
        store.write() as s
    ):  # another theme, or another span, is fine; so is the same after removal
        codings.code_text(
            s, record_id=seeded.interview_id, theme="Equity and inclusion", start=0, end=14
        )
        codings.code_text(s, record_id=seeded.interview_id, theme=THEME, start=0, end=13)
        codings.remove_coding(s, coding_id=first.id)
        codings.code_text(s, record_id=seeded.interview_id, theme=THEME, start=0, end=14)


def test_a_case_is_not_codable(store: Store, seeded: Seeded) -> None:
    fails(
        store,
        ValidationError,
        "the case 'Village school' has no text of its own to code; tag it instead",
        lambda s: codings.code_text(s, record_id=seeded.case_id, theme=THEME, start=0, end=3),
    )
    with store.write() as s:  # but a case can be tagged
        tag = codings.tag_record(s, record_id=seeded.case_id, theme=THEME)
    assert tag.target_type == "case"


@pytest.mark.parametrize(
    ("record", "theme", "error", "message"),
    [
        ("ffffffff", THEME, NotFoundError, "no interview or observation with id 'ffffffff'"),
        ("ff", THEME, NotFoundError, "no interview or observation with id 'ff'"),
        (
            "interview",
            "No such theme",
            NotFoundError,
            "no theme called 'No such theme' in this study",
        ),
        ("interview", "", ValidationError, "a theme name is required"),
    ],
)
def test_unknown_records_and_themes(
    store: Store, seeded: Seeded, record: str, theme: str, error: type[Exception], message: str
) -> None:
    ref = seeded.interview_id if record == "interview" else record
    fails(
        store,
        error,
        message,
        lambda s: codings.code_text(s, record_id=ref, theme=theme, start=0, end=3),
    )  # type: ignore[arg-type]


def test_a_theme_of_another_study_cannot_code_this_one(store: Store, seeded: Seeded) -> None:
    other = seed(store, name="Second study")
    with store.read() as s:
        foreign = themes.find_theme(s, study_id=other.study_id, ref=THEME).id
    for action in (
        lambda s: codings.code_text(
            s, record_id=seeded.interview_id, theme=foreign, start=0, end=3
        ),
        lambda s: codings.tag_record(s, record_id=seeded.interview_id, theme=foreign),
    ):
        fails(store, NotFoundError, "in this study", action)


def test_a_deleted_record_cannot_be_coded(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        records.delete_row(s, get_row(s, Interview, seeded.interview_id))
    fails(
        store,
        NotFoundError,
        "no interview or observation with id",
        lambda s: codings.code_text(s, record_id=seeded.interview_id, theme=THEME, start=0, end=3),
    )


def test_memo_and_coder_limits(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        codings.code_text(
            s,
            record_id=seeded.interview_id,
            theme=THEME,
            start=0,
            end=3,
            memo="m" * 20_000,
            coder="c" * 200,
        )
    fails(
        store,
        ValidationError,
        escape("memo is too long (20,001 characters; at most 20,000)"),
        lambda s: codings.code_text(
            s, record_id=seeded.interview_id, theme=THEME, start=3, end=9, memo="m" * 20_001
        ),
    )
    fails(
        store,
        ValidationError,
        "coder is too long",
        lambda s: codings.code_text(
            s, record_id=seeded.interview_id, theme=THEME, start=3, end=9, coder="c" * 201
        ),
    )


# --- updating and removing ------------------------------------------------------------------------


def test_update_and_remove_a_coding(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        c = codings.code_text(s, record_id=seeded.interview_id, theme=THEME, start=0, end=14)
    before = log_count(store)
    with store.write() as s:
        u = codings.update_coding(
            s, coding_id=c.id[:8], theme="equity and inclusion", memo="key", starred=True
        )
    assert (u.memo, u.starred) == ("key", True)
    assert log_count(store) == before + 1  # one change, three fields
    with store.write() as s:
        codings.remove_coding(s, coding_id=c.id)
    with store.read() as s:
        assert codings.codings_for(s, record_id=seeded.interview_id) == []
        assert s.get(Coding, c.id) is not None  # a tombstone, not an erase
    for action in (
        lambda s: codings.remove_coding(s, coding_id=c.id),
        lambda s: codings.update_coding(s, coding_id=c.id, memo="again"),
    ):
        fails(store, NotFoundError, "no coding with id", action)


def test_bad_coding_updates_are_refused(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        c = codings.code_text(s, record_id=seeded.interview_id, theme=THEME, start=0, end=14)
    fails(
        store,
        NotFoundError,
        "no theme called 'Nope'",
        lambda s: codings.update_coding(s, coding_id=c.id, theme="Nope"),
    )
    fails(
        store,
        ValidationError,
        "memo is too long",
        lambda s: codings.update_coding(s, coding_id=c.id, memo="x" * 20_001),
    )


# --- tags -----------------------------------------------------------------------------------------


def test_tagging_is_idempotent_and_untag_counts(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        first = codings.tag_record(s, record_id=seeded.observation_id, theme=THEME, tagged_by="ana")
    before = log_count(store)
    with store.write() as s:
        again = codings.tag_record(s, record_id=seeded.observation_id, theme=THEME.lower())
    assert again.id == first.id and log_count(store) == before
    with store.write() as s:
        assert codings.untag_record(s, record_id=seeded.observation_id, theme=THEME) == 1
        assert codings.untag_record(s, record_id=seeded.observation_id, theme=THEME) == 0
        assert codings.tags_for(s, record_id=seeded.observation_id) == []


def test_tagging_unknown_records_is_refused(store: Store, seeded: Seeded) -> None:
    fails(
        store,
        NotFoundError,
        "no interview or observation or case with id 'abcdef'",
        lambda s: codings.tag_record(s, record_id="abcdef", theme=THEME),
    )
    fails(
        store,
        NotFoundError,
        "no interview or observation or case with id",
        lambda s: codings.tag_record(s, record_id=seeded.participant_id, theme=THEME),
    )


# --- audio codings --------------------------------------------------------------------------------


def test_code_audio_in_milliseconds(store: Store, seeded: Seeded) -> None:
    rec = add_recording(store, seeded)
    with store.write() as s:
        c = codings.code_audio(
            s, attachment_id=rec, theme=THEME, start_ms=0, end_ms=60_000, memo="whole"
        )
    assert (c.unit, c.start, c.end, c.attachment_id, c.target_id) == (
        "ms",
        0,
        60_000,
        rec,
        seeded.interview_id,
    )
    with store.read() as s:
        assert [x.id for x in codings.codings_for(s, record_id=seeded.interview_id)] == [c.id]


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 10, "the span -1–10 ms is empty or negative"),
        (500, 500, "the span 500–500 ms is empty or negative"),
        (900, 100, "empty or negative"),
        (0, 60_001, "the span ends at 60,001 ms but the recording lasts 60,000 ms"),
        (1.5, 10, "whole numbers of milliseconds"),
        (None, 10, "whole numbers of milliseconds"),
    ],
)
def test_bad_audio_spans_are_refused(
    store: Store, seeded: Seeded, start: object, end: object, message: str
) -> None:
    rec = add_recording(store, seeded)
    fails(
        store,
        ValidationError,
        escape(message),
        lambda s: codings.code_audio(s, attachment_id=rec, theme=THEME, start_ms=start, end_ms=end),  # type: ignore[arg-type]
    )


def test_audio_codings_refuse_duplicates_photos_and_unknown_attachments(
    store: Store, seeded: Seeded
) -> None:
    rec = add_recording(store, seeded)
    photo = add_recording(store, seeded, kind="photo", duration_ms=None)
    with store.write() as s:
        codings.code_audio(s, attachment_id=rec, theme=THEME, start_ms=1_000, end_ms=2_000)

    def again(s: StoreSession) -> object:
        return codings.code_audio(s, attachment_id=rec, theme=THEME, start_ms=1_000, end_ms=2_000)

    fails(store, ConflictError, "already coded", again)
    fails(
        store,
        ValidationError,
        "photo.jpg is not an audio recording",
        lambda s: codings.code_audio(s, attachment_id=photo, theme=THEME, start_ms=0, end_ms=10),
    )
    fails(
        store,
        NotFoundError,
        "no attachment with id 'abcdef'",
        lambda s: codings.code_audio(s, attachment_id="abcdef", theme=THEME, start_ms=0, end_ms=10),
    )


def test_a_recording_of_unknown_length_takes_any_end(store: Store, seeded: Seeded) -> None:
    rec = add_recording(store, seeded, duration_ms=None)
    with store.write() as s:
        c = codings.code_audio(s, attachment_id=rec, theme=THEME, start_ms=0, end_ms=10**9)
    assert c.end == 10**9
