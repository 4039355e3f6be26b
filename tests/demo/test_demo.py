"""The demo corpus: counts, determinism, realism, and what happens on a second run."""

from __future__ import annotations

import io
import re
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select, text

from fieldkit.demo import DemoSummary, generate
from fieldkit.demo.phrases import INTERVIEW_LANGUAGES, TOPIC_THEMES, pool
from fieldkit.demo.places import GIVEN_NAMES
from fieldkit.errors import ConflictError, ValidationError
from fieldkit.export.json_dump import write_json_dump
from fieldkit.storage.attachments import verify_attachments
from fieldkit.storage.db import Store
from fieldkit.storage.models import (
    SYNC_MODELS,
    Attachment,
    ChangeLogEntry,
    Coding,
    Interview,
    InterviewParticipant,
    Observation,
    Participant,
    Study,
    Theme,
)
from fieldkit.storage.search import search

SENTENCE_END = (".", "?", "!", "।", "。", "？", "؟", "።")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    """One small corpus shared by the tests that only read it."""
    store = Store.open(tmp_path_factory.mktemp("demo") / "data")
    yield store, generate(store, scale="small", seed=2024)
    store.close()


def _dump(store: Store) -> str:
    out = io.StringIO()
    with store.read() as session:
        write_json_dump(session, out)
    return out.getvalue()


def test_small_corpus_has_the_specified_counts(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    assert (summary.cases, summary.participants) == (7, 30)
    assert (summary.interviews, summary.observations, summary.codings) == (24, 40, 400)
    assert summary.themes == 28 and summary.tags > 30 and summary.memos > 5
    assert summary.blobs == 5 and summary.attachments >= 5
    assert summary.seconds < 5
    with store.read() as session:
        counted = {
            m.__tablename__: session.execute(select(func.count()).select_from(m)).scalar_one()
            for m in SYNC_MODELS
        }
    assert counted["interviews"] == summary.interviews
    assert counted["codings"] == summary.codings
    assert counted["observations"] == summary.observations
    assert sum(counted.values()) == summary.records


def test_same_seed_gives_identical_data(tmp_path: Path) -> None:
    dumps = []
    for name in ("one", "two"):
        with Store.open(tmp_path / name) as store:
            generate(store, seed=7)
            dumps.append(_dump(store))
    assert dumps[0] == dumps[1]
    with Store.open(tmp_path / "other") as store:
        generate(store, seed=8)
        assert _dump(store) != dumps[0]


def test_every_row_is_stamped_and_logged_for_sync(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    with store.read() as session:
        logged = session.execute(
            select(ChangeLogEntry.entity, ChangeLogEntry.row_id).where(
                ChangeLogEntry.op == "insert"
            )
        ).all()
        assert len(logged) == len(set(logged)) == summary.records
        for model in SYNC_MODELS:
            stamps = session.execute(select(model.row_stamp, model.id)).all()
            assert all(len(stamp) == 32 for stamp, _ in stamps), model.__tablename__
            assert {(model.__tablename__, row_id) for _, row_id in stamps} <= set(logged)


def test_every_quote_is_the_text_at_its_span(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.read() as session:
        texts = dict(session.execute(select(Interview.id, Interview.transcript)).all())
        texts.update(session.execute(select(Observation.id, Observation.description)).all())
        codings = list(session.execute(select(Coding).where(Coding.unit == "char")).scalars())
    assert len(codings) > 350
    for c in codings:
        assert texts[c.target_id][c.start : c.end] == c.quote
        assert c.quote == c.quote.strip() and c.quote.endswith(SENTENCE_END), c.quote
        before = texts[c.target_id][: c.start]
        assert before == "" or before.endswith((" ", "\n", ": ", "。", "？")), before[-20:]


def test_codings_carry_the_theme_of_their_sentence(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    topic_of: dict[str, str] = {}
    for language in INTERVIEW_LANGUAGES:
        p = pool(language)
        for source in (p.answers, p.observations):
            for topic, sentences in source.items():
                topic_of.update({s: topic for s in sentences if "{" not in s})
    with store.read() as session:
        names = dict(session.execute(select(Theme.id, Theme.name)).all())
        rows = session.execute(select(Coding.quote, Coding.theme_id)).all()
    checked = 0
    for quote, theme_id in rows:
        if quote in topic_of:
            assert names[theme_id] in TOPIC_THEMES[topic_of[quote]], quote
            checked += 1
    assert checked > 150


def test_interviews_in_many_languages_and_scripts(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    assert set(summary.languages) == set(INTERVIEW_LANGUAGES)
    scripts = {
        "hi": r"[\u0900-\u097f]",
        "ar": r"[\u0600-\u06ff]",
        "am": r"[\u1200-\u137f]",
        "zh": r"[\u4e00-\u9fff]",
    }
    with store.read() as session:
        rows = session.execute(select(Interview.language, Interview.transcript)).all()
        coded_languages = set(
            session.execute(
                select(Interview.language).join(Coding, Coding.target_id == Interview.id)
            ).scalars()
        )
        french = search(session, query="confiance", record_types=["interview"])
        swahili = search(session, query="walimu", record_types=["interview"])
    assert coded_languages == set(INTERVIEW_LANGUAGES)  # quotes to show in every language
    assert french and swahili
    for language, transcript in rows:
        assert re.match(r"\[\d\d:\d\d\] \S", transcript)
        assert pool(language).interviewer + ":" in transcript
        assert re.search(r"^\[\d\d:\d\d\] P-\d{3}: ", transcript, re.MULTILINE)
        if language in scripts:
            assert re.search(scripts[language], transcript), language


def test_consent_is_mixed(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.read() as session:
        people = list(session.execute(select(Participant)).scalars())
    statuses = [p.consent_status for p in people]
    assert statuses.count("given") > len(people) / 2
    assert "pending" in statuses and "withdrawn" in statuses
    given = [p for p in people if p.consent_status == "given"]
    assert any(not p.consent_quotes for p in given)
    assert any(not p.consent_audio for p in given)
    assert {p.consent_form for p in given} == {"verbal", "written"}
    assert all(p.consent_date is None for p in people if p.consent_status == "pending")
    assert {p.role for p in people} >= {"learner", "teacher", "parent"}
    assert all(re.fullmatch(r"P-\d{3}", p.code) for p in people)


def test_photos_and_recording_are_real_files(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.read() as session:
        assert verify_attachments(session, store.blobs) == []
        attachments = list(session.execute(select(Attachment)).scalars())
        audio_codings = list(session.execute(select(Coding).where(Coding.unit == "ms")).scalars())
    orientations = set()
    for a in attachments:
        data = store.blobs.open_verified(a.sha256)
        assert len(data) == a.size
        if a.kind == "photo":
            with Image.open(io.BytesIO(data)) as image:
                assert image.format == "JPEG"
                orientations.add(image.getexif().get(0x0112))
        else:
            with wave.open(io.BytesIO(data)) as w:
                assert (w.getframerate(), w.getnchannels()) == (16_000, 1)
                assert w.getnframes() * 1000 // 16_000 == a.duration_ms
    assert 6 in orientations and None in orientations
    recording = next(a for a in attachments if a.kind == "audio")
    assert audio_codings
    for c in audio_codings:
        assert c.attachment_id == recording.id and c.target_id == recording.target_id
        assert 0 <= c.start < c.end <= (recording.duration_ms or 0)


def test_same_seed_twice_in_one_folder_is_refused(store: Store) -> None:
    generate(store, seed=2024)
    before = _dump(store)
    with pytest.raises(ConflictError, match="already holds the demo study"):
        generate(store, seed=2024)
    assert _dump(store) == before
    second = generate(store, seed=2025)
    with store.read() as session:
        assert session.execute(select(func.count()).select_from(Study)).scalar_one() == 2
        assert session.get(Study, second.study_id) is not None


@pytest.mark.parametrize(("scale", "seed"), [("huge", 1), ("", 1), ("small", "7"), ("small", 1.5)])
def test_bad_arguments_are_refused_before_writing(store: Store, scale: str, seed: object) -> None:
    with pytest.raises(ValidationError):
        generate(store, scale=scale, seed=seed)  # type: ignore[arg-type]
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM studies")).scalar_one() == 0
        assert session.execute(text("SELECT count(*) FROM change_log")).scalar_one() == 0


def test_progress_is_reported_to_the_end(store: Store) -> None:
    seen: list[tuple[str, int, int]] = []
    generate(store, progress=lambda stage, done, total: seen.append((stage, done, total)))
    stages = [s for s, _, _ in seen]
    assert {"cases", "participants", "interviews", "observations"} <= set(stages)
    assert ("interviews", 24, 24) in seen and ("observations", 40, 40) in seen
    assert all(0 <= done <= total for _, done, total in seen)


def test_cli_demo_prints_the_study_id_and_refuses_a_second_run(data_dir: Path) -> None:
    from fieldkit.cli import main

    out, err = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data_dir), "demo"], out=out, err=err) == 0
    study_id = out.getvalue().strip()
    assert re.fullmatch(r"[0-9a-f-]{36}", study_id)
    out2, err2 = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data_dir), "demo"], out=out2, err=err2) != 0
    assert "already holds the demo study" in err2.getvalue()
    assert len(err2.getvalue().strip().splitlines()) == 1


def test_group_interviews_are_summarised_as_a_group(demo: tuple[Store, DemoSummary]) -> None:
    store, _ = demo
    with store.read() as session:
        sizes = dict(
            session.execute(
                select(InterviewParticipant.interview_id, func.count()).group_by(
                    InterviewParticipant.interview_id
                )
            ).all()
        )
        rows = session.execute(select(Interview.id, Interview.summary)).all()
    groups = [summary for iid, summary in rows if sizes.get(iid, 0) > 1 and summary]
    singles = [summary for iid, summary in rows if sizes.get(iid, 0) == 1 and summary]
    assert groups and singles
    for summary in groups:
        assert re.search(r"[Gg]roup|groupe|grupo", summary), summary
        assert "participant describes" not in summary and "La personne" not in summary


def test_first_speaker_of_every_language_allows_quotes(demo: tuple[Store, DemoSummary]) -> None:
    """So the case-study PDFs show every script, Arabic included."""
    store, _ = demo
    with store.read() as session:
        rows = session.execute(
            select(Interview.language, Participant.consent_status, Participant.consent_quotes)
            .join(InterviewParticipant, InterviewParticipant.interview_id == Interview.id)
            .join(Participant, Participant.id == InterviewParticipant.participant_id)
        ).all()
    quotable = {lang for lang, status, quotes in rows if status == "given" and quotes}
    assert quotable >= set(INTERVIEW_LANGUAGES)


def test_named_participants_carry_a_plain_given_name(demo: tuple[Store, DemoSummary]) -> None:
    """The name is a pseudonym alone: "Luzia (parent)" printed "Luzia (parent) (P-017), parent"
    in the PDF and put "Luzia (parent)" on the names to redact, which a bare "Luzia" escapes."""
    store, _ = demo
    with store.read() as session:
        people = list(session.execute(select(Participant)).scalars())
    named = [p for p in people if p.name]
    assert named and all(p.consent_attribution for p in named)
    given = {n for names in GIVEN_NAMES.values() for n in names}
    assert all(p.name in given for p in named), [p.name for p in named]


def test_summaries_print_roles_as_reports_do(demo: tuple[Store, DemoSummary]) -> None:
    """Roles are stored in lower case; "Entrevista con P-011 (ngo staff)" in a summary."""
    store, _ = demo
    with store.read() as session:
        summaries = list(session.execute(select(Interview.summary)).scalars())
    assert any("NGO staff" in s for s in summaries)
    assert not any("ngo staff" in s for s in summaries)
