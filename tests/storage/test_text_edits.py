"""Codings stay on their words when a transcript or description is edited (issue 2, item 7)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from fieldkit.errors import ConflictError, NotFoundError, ValidationError
from fieldkit.storage import records
from fieldkit.storage.codings import code_audio, code_text, codings_for
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment, ChangeLogEntry, Coding, Interview, Observation
from fieldkit.storage.text_edits import (
    TextEditResult,
    diff_regions,
    reattach_coding,
    remap_spans,
    set_text,
)
from fieldkit.storage.themes import add_theme


def span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def covered(old: str, new: str, words: str) -> str | None:
    """The text of ``new`` that the span over ``words`` in ``old`` covers after the edit."""
    [mapped] = remap_spans(old, new, [span_of(old, words)])
    return None if mapped is None else new[mapped[0] : mapped[1]]


OLD = "Teachers listen to us. The kids love learning. We meet every month."


# --- remap_spans: examples ------------------------------------------------------------------


def test_insert_before_a_span_moves_it() -> None:
    new = "Well, " + OLD
    [mapped] = remap_spans(OLD, new, [span_of(OLD, "The kids love learning.")])
    assert mapped == span_of(new, "The kids love learning.")


def test_insert_inside_a_span_grows_it() -> None:
    new = OLD.replace("kids love", "kids really love")
    assert covered(OLD, new, "The kids love learning.") == "The kids really love learning."


def test_insert_after_a_span_leaves_it_alone() -> None:
    new = OLD + " Yes."
    assert remap_spans(OLD, new, [span_of(OLD, "The kids")]) == [span_of(OLD, "The kids")]


def test_typing_right_after_a_coded_sentence_does_not_extend_it() -> None:
    coded = "The kids love learning."
    new = OLD.replace(coded, coded + " They said so")
    assert covered(OLD, new, coded) == coded
    # even when the typed words continue the last word (decided: boundary text stays outside)
    new = OLD.replace("love learning", "love learnings")
    assert covered(OLD, new, "The kids love learning") == "The kids love learning"


def test_typing_right_before_a_coded_sentence_does_not_extend_it() -> None:
    coded = "The kids love learning."
    new = OLD.replace(coded, "Honestly, " + coded)
    assert covered(OLD, new, coded) == coded


def test_insertions_at_both_boundaries_stay_outside() -> None:
    coded = "The kids love learning."
    new = OLD.replace(coded, "[" + coded + "]")
    [mapped] = remap_spans(OLD, new, [span_of(OLD, coded)])
    assert mapped == span_of(new, coded)


def test_an_inserted_sentence_sharing_the_final_full_stop_stays_outside() -> None:
    # "play." + " Yes." can be read as "play" + ". Yes" + "."; the diff may pick either.
    old = "They play. We sing."
    new = "So they play. Yes. We sing!"
    assert covered(old, new, "play.") == "play."


def test_deleting_inside_a_span_shrinks_it() -> None:
    new = OLD.replace("kids love", "kids")
    assert covered(OLD, new, "The kids love learning.") == "The kids learning."


def test_deleting_the_whole_span_gives_none() -> None:
    new = OLD.replace("The kids love learning. ", "")
    spans = [span_of(OLD, "The kids love learning."), span_of(OLD, "We meet")]
    assert remap_spans(OLD, new, spans) == [None, span_of(new, "We meet")]


def test_deleting_across_the_start_keeps_the_surviving_part() -> None:
    new = OLD.replace("to us. The kids", "to")
    # (which of the two spaces went is anyone's guess: the texts read the same either way)
    assert covered(OLD, new, "The kids love learning.") in (" love learning.", "love learning.")


def test_deleting_across_the_end_keeps_the_surviving_part() -> None:
    new = OLD.replace("learning. We", "We")
    assert covered(OLD, new, "The kids love learning.") == "The kids love"


def test_replacing_across_a_boundary_keeps_only_the_surviving_part() -> None:
    new = OLD.replace("love learning. We meet", "adore school. They gather")
    assert covered(OLD, new, "The kids love learning.") == "The kids "


def test_replacing_a_word_inside_a_span_is_coded_text_too() -> None:
    new = OLD.replace("kids", "children")
    assert covered(OLD, new, "The kids love learning.") == "The children love learning."


def test_fixing_a_typo_in_the_last_word_keeps_the_whole_word() -> None:
    old = "The kids love learnign. We meet."
    new = "The kids love learning. We meet."
    assert covered(old, new, "The kids love learnign") == "The kids love learning"
    assert covered(old, new, "learnign") == "learning"


def test_a_word_replaced_by_a_different_word_is_gone_not_smeared() -> None:
    new = OLD.replace("kids", "children")
    assert covered(OLD, new, "kids") is None


def test_astral_characters_are_one_code_point_each() -> None:
    old = "We 📚 read 😀 stories."
    new = "🌍🌍 We 📚 read 😀 good stories."
    [mapped] = remap_spans(old, new, [span_of(old, "😀 stories")])
    assert mapped == span_of(new, "😀 good stories")
    assert mapped == (13, 27)  # code points; UTF-16 units would be (16, 31)


def test_devanagari_combining_marks_are_code_points() -> None:
    old = "मैं स्कूल जाती हूँ। बच्चे पढ़ते हैं।"
    coded = "बच्चे पढ़ते"
    # insert before, and change one vowel sign (a combining mark) inside the span
    new = "हाँ, " + old.replace("पढ़ते", "पढ़ती")
    assert covered(old, new, coded) == "बच्चे पढ़ती"
    assert covered(old, new, "जाती") == "जाती"


def test_an_empty_new_text_loses_every_span() -> None:
    assert remap_spans(OLD, "", [(0, 5), (10, 20)]) == [None, None]


def test_an_empty_old_text_with_a_point() -> None:
    assert remap_spans("", "Hello", [(0, 0)]) == [(0, 0)]


def test_identical_text_changes_nothing() -> None:
    spans = [(0, 5), (3, 30), (10, 10)]
    assert remap_spans(OLD, OLD, spans) == spans


def test_spans_outside_the_text_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="not inside"):
        remap_spans("abc", "abd", [(2, 9)])
    with pytest.raises(ValueError, match="not inside"):
        remap_spans("abc", "abd", [(2, 1)])


def test_a_pasted_revision_of_a_long_transcript() -> None:
    sentence = "Speaker {n}: the teachers listen and the parents help with reading.\n"
    old = "".join(sentence.format(n=n) for n in range(300))
    new = old.replace("Speaker 7:", "Speaker 7 (teacher):").replace("Speaker 150: the", "")
    new = new.replace("Speaker 299: the teachers", "Speaker 299: our teachers")
    words = ["Speaker 8: the teachers", "Speaker 150: the teachers", "parents help", "Speaker 7:"]
    spans = [span_of(old, w) for w in words]
    mapped = remap_spans(old, new, spans)
    assert mapped[0] is not None and new[mapped[0][0] : mapped[0][1]] == words[0]
    assert mapped[1] is not None and new[mapped[1][0] : mapped[1][1]] == " teachers"
    assert mapped[2] is not None and new[mapped[2][0] : mapped[2][1]] == "parents help"
    assert mapped[3] is not None and new[mapped[3][0] : mapped[3][1]] == "Speaker 7 (teacher):"


# --- remap_spans: properties ----------------------------------------------------------------


@dataclass
class Edited:
    old: str
    new: str
    origin: list[int | None]  # for each character of new: its index in old, or None (typed)


def apply_script(old: str, script: list[tuple[str, float, int, str]]) -> Edited:
    chars: list[tuple[str, int | None]] = [(ch, i) for i, ch in enumerate(old)]
    for kind, where, length, typed in script:
        pos = int(where * (len(chars) + 1)) if chars else 0
        pos = min(pos, len(chars))
        if kind in ("delete", "replace"):
            del chars[pos : pos + length]
        if kind in ("insert", "replace"):
            chars[pos:pos] = [(ch, None) for ch in typed]
    return Edited(old, "".join(ch for ch, _ in chars), [o for _, o in chars])


MIXED = st.sampled_from([*"ab .\n,é", "😀", "क", "्", "ि", "\u0301"])
edits = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "replace"]),
        st.floats(min_value=0, max_value=1),
        st.integers(min_value=1, max_value=6),
        st.text(MIXED, min_size=1, max_size=6),
    ),
    max_size=4,
)


@st.composite
def spans_over(draw: st.DrawFn, text: str) -> list[tuple[int, int]]:
    spans = []
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = draw(st.integers(min_value=start, max_value=len(text)))
        spans.append((start, end))
    return spans


def check_shape(
    edited: Edited, spans: list[tuple[int, int]], mapped: list[tuple[int, int] | None]
) -> None:
    assert len(mapped) == len(spans)
    for (start, end), result in zip(spans, mapped, strict=True):
        if start == end:
            assert result is not None and result[0] == result[1]
        if result is not None:
            assert 0 <= result[0] <= result[1] <= len(edited.new)
            assert (result[0] < result[1]) == (start < end)
    for (s1, e1), r1 in zip(spans, mapped, strict=True):
        for (s2, _e2), r2 in zip(spans, mapped, strict=True):
            if s1 < e1 <= s2 and r1 is not None and r2 is not None:
                assert r1[1] <= r2[0], "non-overlapping spans keep their order"


def check_regions(old: str, new: str) -> None:
    """The changed regions, applied to old, give new; between two of them old text is kept."""
    rebuilt, pos, shift = [], 0, 0
    for a, b, c, d in diff_regions(old, new):
        assert pos <= a <= b and (pos < a or pos == 0) and (a < b or c < d)
        assert c == a + shift
        rebuilt += [old[pos:a], new[c:d]]
        pos, shift = b, shift + (d - c) - (b - a)
    assert "".join([*rebuilt, old[pos:]]) == new


def untouched(edited: Edited, start: int, end: int, margin: int = 0) -> bool:
    """No character of old[start-margin:end+margin] was deleted, nothing typed in between."""
    lo, hi = max(start - margin, 0), min(end + margin, len(edited.old))
    positions = [i for i, o in enumerate(edited.origin) if o is not None and lo <= o < hi]
    if len(positions) != hi - lo:
        return False
    return positions == list(range(positions[0], positions[0] + hi - lo)) if positions else True


@settings(max_examples=300, deadline=None)
@given(data=st.data(), old=st.text(MIXED, max_size=60), script=edits)
def test_any_text_any_edit_spans_stay_in_range_and_in_order(
    data: st.DataObject, old: str, script: list[tuple[str, float, int, str]]
) -> None:
    edited = apply_script(old, script)
    check_regions(old, edited.new)
    spans = data.draw(spans_over(old))
    mapped = remap_spans(old, edited.new, spans)
    check_shape(edited, spans, mapped)
    first_edit = next(
        (i for i, o in enumerate(edited.origin) if o != i), min(len(edited.new), len(old))
    )
    for (start, end), result in zip(spans, mapped, strict=True):
        if end < first_edit:  # before every edit: it covers the same text
            # (usually at the same place; an insertion that repeats the text before it may be
            # read as typed earlier, " a" + " aa" for " a" + " a" + "a", which moves the span)
            assert result is not None and edited.new[result[0] : result[1]] == old[start:end]
    if edited.new == old:
        assert mapped == spans


# Text whose every character is distinct, in words, with typed text from other characters:
# the one reading of every edit is then known, so what a span must cover is known too.
WORD_CHARS = [chr(c) for c in range(0x61, 0x7B)] + [chr(c) for c in range(0x915, 0x939)]
WORD_CHARS += [chr(c) for c in range(0x1F600, 0x1F640)]
TYPED = st.sampled_from([*"ABCDEFGHIJ ", "🌍", "\n"])
unique_edits = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "replace"]),
        st.floats(min_value=0, max_value=1),
        st.integers(min_value=1, max_value=8),
        st.text(TYPED, min_size=1, max_size=8),
    ),
    max_size=5,
)


@st.composite
def unique_words(draw: st.DrawFn) -> str:
    chars = draw(st.lists(st.sampled_from(WORD_CHARS), unique=True, min_size=1, max_size=90))
    text, i = "", 0
    while i < len(chars):
        n = draw(st.integers(min_value=1, max_value=7))
        text += "".join(chars[i : i + n]) + draw(st.sampled_from([" ", " ", "\n"]))
        i += n
    return text


@settings(max_examples=300, deadline=None)
@given(data=st.data(), old=unique_words(), script=unique_edits)
def test_spans_follow_their_own_characters(
    data: st.DataObject, old: str, script: list[tuple[str, float, int, str]]
) -> None:
    edited = apply_script(old, script)
    spans = data.draw(spans_over(old))
    mapped = remap_spans(old, edited.new, spans)
    check_shape(edited, spans, mapped)
    word = set(WORD_CHARS)
    for (start, end), result in zip(spans, mapped, strict=True):
        if start == end:
            continue
        survivors = [o for o in edited.origin if o is not None and start <= o < end]
        if result is None:
            continue
        # whatever the span covers of the old text is its own, in order: no neighbour's words
        kept = [o for o in edited.origin[result[0] : result[1]] if o is not None and old[o] in word]
        assert set(kept) <= set(survivors)
        # a span whose words (and the spaces around them) were not touched keeps its text
        if untouched(edited, start, end, margin=8):  # (words are at most 7 characters)
            assert edited.new[result[0] : result[1]] == old[start:end]
    for (start, end), result in zip(spans, mapped, strict=True):
        gone = not any(o is not None and start <= o < end for o in edited.origin)
        if start < end and gone and all(old[i] in word for i in range(start, end)):
            assert result is None, "a span whose characters all went is reported lost"


# --- set_text and reattach_coding -----------------------------------------------------------

TRANSCRIPT = (
    "Interviewer: How do teachers treat you?\n"
    "P-03: The teachers listen to us. They ask what we think.\n"
    "P-03: The library opened near the market last year.\n"
)


@pytest.fixture
def coded(store: Store) -> dict[str, str]:
    with store.write() as s:
        study = records.create_study(s, name="Edits", with_codebook=False)
        add_theme(s, study_id=study.id, name="Trust")
        add_theme(s, study_id=study.id, name="Access")
        case = records.create_case(s, study_id=study.id, title="School A")
        interview = records.add_interview(
            s, case_id=case.id, date="2024-03-15", transcript=TRANSCRIPT
        )
        ids = {"interview": interview.id, "case": case.id}
        for key, words, theme in [
            ("listen", "The teachers listen to us.", "Trust"),
            ("ask", "They ask what we think.", "Trust"),
            ("library", "The library opened near the market", "Access"),
            ("question", "How do teachers treat you?", "Access"),
        ]:
            start, end = span_of(TRANSCRIPT, words)
            c = code_text(s, record_id=interview.id, theme=theme, start=start, end=end)
            ids[key] = c.id
    return ids


def change_log_count(store: Store) -> int:
    with store.read() as s:
        return int(s.execute(select(func.count()).select_from(ChangeLogEntry)).scalar_one())


def coding(store: Store, coding_id: str) -> Coding:
    with store.read() as s:
        row = s.get(Coding, coding_id)
        assert row is not None
        return row


def test_set_text_moves_resizes_and_detaches_codings(store: Store, coded: dict[str, str]) -> None:
    new = (
        "Interviewer: Tell me, how do teachers treat you?\n"
        "P-03: The teachers really listen to us.\n"
        "P-03: The library opened near the market last year.\n"
    )
    before = change_log_count(store)
    with store.write() as s:
        result = set_text(s, record_id=coded["interview"][:8], text=new)
    assert result == TextEditResult(moved=1, resized=2, detached=1, unchanged=0)

    library = coding(store, coded["library"])
    assert (library.start, library.end) == span_of(new, "The library opened near the market")
    assert library.quote == "The library opened near the market" and not library.detached
    listen = coding(store, coded["listen"])
    assert listen.quote == "The teachers really listen to us." == new[listen.start : listen.end]
    question = coding(store, coded["question"])
    # its first word was replaced ("How" → "Tell me, how"): replaced text inside stays inside
    assert question.quote == "Tell me, how do teachers treat you?"
    ask = coding(store, coded["ask"])
    assert ask.detached and ask.start == ask.end
    assert ask.quote == "They ask what we think."  # kept, so the researcher sees what went
    assert ask.start == new.index("\nP-03: The library")  # where its words were

    with store.read() as s:
        interview = s.get(Interview, coded["interview"])
        assert interview is not None and interview.transcript == new
        entries = s.execute(
            select(ChangeLogEntry).where(ChangeLogEntry.seq > before)  # type: ignore[operator]
        ).scalars()
        logged = {(e.entity, e.row_id): e for e in entries}
    changed = {coded[k] for k in ("library", "listen", "question", "ask")}
    assert {row_id for entity, row_id in logged if entity == "codings"} == changed
    assert ("interviews", coded["interview"]) in logged
    # one transaction, one stamp: the text and its codings change together
    assert len({e.stamp for e in logged.values()}) == 1
    ask_fields = json.loads(logged[("codings", coded["ask"])].fields or "{}")
    assert {"start", "end", "detached"} <= set(ask_fields) and "quote" not in ask_fields


def test_set_text_rolled_back_moves_nothing(store: Store, coded: dict[str, str]) -> None:
    before = change_log_count(store)
    with pytest.raises(RuntimeError, match="power cut"), store.write() as s:
        set_text(s, record_id=coded["interview"], text="Completely new text.")
        raise RuntimeError("power cut")
    assert change_log_count(store) == before
    with store.read() as s:
        interview = s.get(Interview, coded["interview"])
        assert interview is not None and interview.transcript == TRANSCRIPT
        for row in codings_for(s, record_id=coded["interview"]):
            assert not row.detached and TRANSCRIPT[row.start : row.end] == row.quote


def test_identical_text_writes_nothing(store: Store, coded: dict[str, str]) -> None:
    before = change_log_count(store)
    with store.write() as s:
        result = set_text(s, record_id=coded["interview"], text=TRANSCRIPT.replace("\n", "\r\n"))
    assert result == TextEditResult(unchanged=4)
    assert change_log_count(store) == before


def test_crlf_pasted_text_is_normalised_and_codings_follow(
    store: Store, coded: dict[str, str]
) -> None:
    pasted = ("Note: recorded outdoors.\n" + TRANSCRIPT).replace("\n", "\r\n")
    with store.write() as s:
        result = set_text(s, record_id=coded["interview"], text=pasted)
    assert result == TextEditResult(moved=4)
    with store.read() as s:
        interview = s.get(Interview, coded["interview"])
        assert interview is not None and "\r" not in interview.transcript
        for row in codings_for(s, record_id=coded["interview"]):
            assert interview.transcript[row.start : row.end] == row.quote


def test_a_detached_coding_is_not_reattached_when_its_words_come_back(
    store: Store, coded: dict[str, str]
) -> None:
    without = TRANSCRIPT.replace(" They ask what we think.", "")
    with store.write() as s:
        assert set_text(s, record_id=coded["interview"], text=without).detached == 1
    with store.write() as s:
        result = set_text(s, record_id=coded["interview"], text=TRANSCRIPT)  # undo
    assert result.detached == 0
    ask = coding(store, coded["ask"])
    assert ask.detached and ask.start == ask.end and ask.quote == "They ask what we think."


def test_reattach_places_a_detached_coding_again(store: Store, coded: dict[str, str]) -> None:
    with store.write() as s:
        set_text(s, record_id=coded["interview"], text=TRANSCRIPT.replace("They ask", "We say"))
    assert coding(store, coded["ask"]).detached is False  # "what we think." survived
    with store.write() as s:
        set_text(s, record_id=coded["interview"], text="P-03: Nothing else.")
    assert coding(store, coded["ask"]).detached
    start, end = span_of("P-03: Nothing else.", "Nothing else.")
    with store.write() as s:
        placed = reattach_coding(s, coding_id=coded["ask"], start=start, end=end)
    assert (placed.start, placed.end, placed.quote, placed.detached) == (
        start,
        end,
        "Nothing else.",
        False,
    )


def test_reattach_refuses_bad_spans_and_changes_nothing(
    store: Store, coded: dict[str, str]
) -> None:
    bad = [(-1, 4, "outside"), (5, 5000, "outside"), (9, 9, "empty"), (8, 7, "empty")]
    for start, end, message in bad:
        with pytest.raises(ValidationError, match=message), store.write() as s:
            reattach_coding(s, coding_id=coded["ask"], start=start, end=end)
    blank = TRANSCRIPT.index("\n")
    with pytest.raises(ValidationError, match="white space"), store.write() as s:
        reattach_coding(s, coding_id=coded["ask"], start=blank, end=blank + 1)
    listen = span_of(TRANSCRIPT, "The teachers listen to us.")
    with pytest.raises(ConflictError, match="already coded"), store.write() as s:
        reattach_coding(s, coding_id=coded["ask"], start=listen[0], end=listen[1])
    with pytest.raises(NotFoundError), store.write() as s:
        reattach_coding(s, coding_id="ffffffff", start=0, end=4)
    ask = coding(store, coded["ask"])
    assert ask.quote == TRANSCRIPT[ask.start : ask.end] == "They ask what we think."


def test_reattach_refuses_an_audio_coding(store: Store, coded: dict[str, str]) -> None:
    with store.write() as s:
        interview = s.get(Interview, coded["interview"])
        assert interview is not None
        audio = Attachment(
            study_id=interview.study_id,
            target_type="interview",
            target_id=interview.id,
            kind="audio",
            sha256="0" * 64,
            filename="talk.wav",
            media_type="audio/wav",
            size=10,
            duration_ms=60_000,
        )
        s.add(audio)
        s.flush()
        clip = code_audio(s, attachment_id=audio.id, theme="Trust", start_ms=0, end_ms=500)
        clip_id = clip.id
    with pytest.raises(ValidationError, match="audio"), store.write() as s:
        reattach_coding(s, coding_id=clip_id, start=0, end=4)
    # and set_text leaves audio codings alone
    with store.write() as s:
        set_text(s, record_id=coded["interview"], text="Short.")
    clip_row = coding(store, clip_id)
    assert (clip_row.start, clip_row.end, clip_row.detached) == (0, 500, False)


def test_set_text_refuses_bad_input_and_keeps_the_text(store: Store, coded: dict[str, str]) -> None:
    with store.write() as s:
        observation = records.add_observation(
            s, case_id=coded["case"], date="2024-03-16", description="Children read aloud."
        )
    with pytest.raises(ValidationError, match="description is empty"), store.write() as s:
        set_text(s, record_id=observation.id, text=" \r\n ")
    with pytest.raises(ValidationError, match="too long"), store.write() as s:
        set_text(s, record_id=coded["interview"], text="x" * 2_000_001)
    with pytest.raises(NotFoundError), store.write() as s:
        set_text(s, record_id=coded["case"], text="A case has no text to code.")
    with store.read() as s:
        interview = s.get(Interview, coded["interview"])
        assert interview is not None and interview.transcript == TRANSCRIPT


def test_set_text_on_an_observation(store: Store, coded: dict[str, str]) -> None:
    text = "Children read aloud under the tree."
    with store.write() as s:
        observation = records.add_observation(
            s, case_id=coded["case"], date="2024-03-16", description=text
        )
        start, end = span_of(text, "read aloud")
        code_text(s, record_id=observation.id, theme="Access", start=start, end=end)
    with store.write() as s:
        result = set_text(
            s, record_id=observation.id, text="Twelve children read aloud under the tree."
        )
        [row] = codings_for(s, record_id=observation.id)
        fresh = s.get(Observation, observation.id)
        assert result == TextEditResult(moved=1)
        assert fresh is not None
        assert row.quote == "read aloud" == fresh.description[row.start : row.end]
