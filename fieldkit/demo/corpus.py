"""``fieldkit demo``: a realistic, deterministic corpus about learning ecosystems.

``generate(store, scale=..., seed=...)`` writes one study into an open data folder: cases
(initiatives in a dozen countries), participants with a mix of consent, interview transcripts in
nine languages, observation notes, codings on sentence boundaries, tags, memos, photos and a
recording. The same seed gives the same rows (ids, texts, dates, ``created_at`` and
``updated_at`` included) in every data folder; only the replica metadata differs
(``row_stamp``, the change log's stamps, the device id), as it must.

Running it again with the same seed into the same data folder is refused with a
:class:`~fieldkit.errors.ConflictError` (the rows would have the same ids); another seed adds a
second, independent demo study.

Rows are written in transactions of ``BATCH_ROWS`` rows (see ``bulk.py``), so an interrupted
large run leaves the batches already committed; start again in an empty data folder.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError

from fieldkit.demo import media
from fieldkit.demo.bulk import BulkWriter, row
from fieldkit.demo.phrases import TOPIC_THEMES, TOPICS, pool
from fieldkit.demo.places import LEAD_RESEARCHER
from fieldkit.demo.plan import (
    PLACES,
    STUDY_CREATED,
    CasePlan,
    Ids,
    InterviewPlan,
    PersonPlan,
    at,
    plan_cases,
    plan_interviews,
    plan_people,
    share_out,
)
from fieldkit.demo.texts import (
    CASE_MEMOS,
    CODING_MEMOS,
    RECORD_MEMOS,
    THEME_MEMOS,
    BuiltText,
    build_observation,
    build_transcript,
    interview_summary,
)
from fieldkit.errors import ConflictError, ValidationError
from fieldkit.storage.codebook import ThemeSpec, default_codebook
from fieldkit.storage.db import Store
from fieldkit.storage.models import (
    Attachment,
    Case,
    Coding,
    Interview,
    InterviewParticipant,
    Memo,
    Observation,
    Participant,
    Study,
    Tag,
    Theme,
)

Progress = Callable[[str, int, int], None]
STUDY_NAME = "Learning ecosystems in the Global South"
# Rows per transaction (see bulk.py and the report in benchmarks/bench_demo.py).
BATCH_ROWS = 20_000
_ALREADY = (
    "this data folder already holds the demo study made with this seed (whole, or part of it "
    "if a run was interrupted); use an empty data folder (--data-dir) or another --seed"
)


@dataclass(frozen=True)
class Scale:
    cases: int
    participants: int
    interviews: int
    observations: int
    codings: int
    interview_words: int
    observation_paragraphs: tuple[int, int]
    photo_share: float
    audio_share: float
    audio_codings: int  # per recording


SCALES: dict[str, Scale] = {
    "small": Scale(7, 30, 24, 40, 400, 500, (2, 3), 0.2, 0.0, 3),
    "large": Scale(200, 1500, 5000, 20_000, 100_000, 2000, (1, 3), 0.25, 0.1, 2),
}


@dataclass(frozen=True)
class DemoSummary:
    study_id: str
    scale: str
    seed: int
    cases: int
    participants: int
    interviews: int
    interview_participants: int
    observations: int
    themes: int
    tags: int
    codings: int
    memos: int
    attachments: int
    blobs: int
    languages: tuple[str, ...]
    transactions: int
    seconds: float  # the whole run
    write_seconds: float  # of which in database transactions (inserts, triggers, commits)

    @property
    def records(self) -> int:
        """Every research row written (the study included)."""
        return 1 + sum(
            (
                self.cases,
                self.participants,
                self.interviews,
                self.interview_participants,
                self.observations,
                self.themes,
                self.tags,
                self.codings,
                self.memos,
                self.attachments,
            )
        )


def generate(
    store: Store,
    *,
    scale: str = "small",
    seed: int = 2024,
    progress: Progress | None = None,
) -> DemoSummary:
    """Write the demo study into ``store`` and say what was made.

    Raises ValidationError for an unknown scale or a seed that is not a whole number, and
    ConflictError when this data folder already holds the demo study of this seed.
    """
    if scale not in SCALES:
        raise ValidationError(f"unknown demo scale {scale!r}; use small or large")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise ValidationError(f"the demo seed must be a whole number, not {seed!r}")
    started = time.perf_counter()
    corpus = _Corpus(store, SCALES[scale], seed, progress or _quiet)
    try:
        corpus.write()
    except IntegrityError as exc:  # another process wrote the same study meanwhile
        raise ConflictError(_ALREADY) from exc
    c = corpus.writer.counts
    return DemoSummary(
        study_id=corpus.study_id,
        scale=scale,
        seed=seed,
        cases=c["cases"],
        participants=c["participants"],
        interviews=c["interviews"],
        interview_participants=c["interview_participants"],
        observations=c["observations"],
        themes=c["themes"],
        tags=c["tags"],
        codings=c["codings"],
        memos=c["memos"],
        attachments=c["attachments"],
        blobs=len(corpus.blobs),
        languages=tuple(sorted(corpus.languages)),
        transactions=corpus.writer.transactions,
        seconds=time.perf_counter() - started,
        write_seconds=corpus.writer.write_seconds,
    )


def _quiet(_stage: str, _done: int, _total: int) -> None:
    return None


def _stamps(created: Any, updated: Any = None) -> dict[str, Any]:
    return {"created_at": created, "updated_at": updated or created, "deleted_at": None}


class _Corpus:
    def __init__(self, store: Store, scale: Scale, seed: int, progress: Progress) -> None:
        self.store = store
        self.scale = scale
        self.rng = random.Random(f"fieldkit-demo-{seed}")
        self.ids = Ids(seed)
        self.progress = progress
        self.writer = BulkWriter(store, batch_rows=BATCH_ROWS)
        self.study_id = self.ids.new()
        self.themes: dict[str, str] = {}  # name -> id
        self.blobs: dict[str, tuple[media.Media, str]] = {}  # filename -> (media, sha256)
        self.languages: set[str] = set()
        self.small = scale is SCALES["small"]
        self._photos: list[tuple[media.Media, str]] = []
        self._obs_codings: list[int] = []

    # --- the whole corpus ---------------------------------------------------------------

    def write(self) -> None:
        with self.store.read() as session:
            if session.get(Study, self.study_id) is not None:
                raise ConflictError(_ALREADY)
        self.progress("media", 0, 1)
        self._store_media()
        self.progress("media", 1, 1)
        self._study()
        cases = plan_cases(self.rng, self.ids, count=self.scale.cases, small=self.small)
        for case in cases:
            self._case(case)
        self.progress("cases", len(cases), len(cases))
        people = plan_people(self.rng, self.ids, cases, count=self.scale.participants)
        for person in people:
            self._participant(person)
        self.progress("participants", len(people), len(people))
        interviews = plan_interviews(self.rng, self.ids, people, count=self.scale.interviews)
        obs_plan = self._plan_observations(cases)
        self._share_codings(interviews, obs_plan)
        self._interviews(interviews)
        self._observations(obs_plan)
        self._theme_memos()
        self.writer.flush()

    def _store_media(self) -> None:
        for item in [*media.photos(), media.recording()]:
            sha, _size = self.store.blobs.put_bytes(item.data)
            self.blobs[item.filename] = (item, sha)
        self._photos = [m for m in self.blobs.values() if m[0].kind == "photo"]

    def _study(self) -> None:
        self.writer.add(
            Study,
            row(
                Study,
                id=self.study_id,
                **_stamps(STUDY_CREATED),
                name=STUDY_NAME,
                description=(
                    "A comparative study of learning ecosystems in Africa, Asia and Latin "
                    "America: community schools, reading camps, teacher networks, radio and "
                    "tablet programmes. Demo data generated by fieldkit; every person in it "
                    "is invented."
                ),
                created_by=LEAD_RESEARCHER,
            ),
        )

        def add(spec: ThemeSpec, parent: str | None, position: int) -> None:
            theme_id = self.ids.new()
            self.themes[spec.name] = theme_id
            self.writer.add(
                Theme,
                row(
                    Theme,
                    id=theme_id,
                    **_stamps(STUDY_CREATED),
                    study_id=self.study_id,
                    name=spec.name,
                    description=spec.description,
                    color=spec.color,
                    parent_id=parent,
                    source=spec.source,
                    position=position,
                ),
            )
            for i, child in enumerate(spec.children):
                add(child, theme_id, i)

        for i, spec in enumerate(default_codebook()):
            add(spec, None, i)

    # --- cases and people ---------------------------------------------------------------

    def _case(self, case: CasePlan) -> None:
        created = at(case.start, "08:00")
        summary = (
            f"{case.title}: {case.kind.summary}, in {case.locality} ({case.region}, "
            f"{case.country.name}). Fieldwork began in {case.start:%B %Y}; "
            f"{case.researcher} visits about once a month."
        )
        self.writer.add(
            Case,
            row(
                Case,
                id=case.id,
                **_stamps(created),
                study_id=self.study_id,
                title=case.title,
                country=case.country.name,
                region=case.region,
                locality=case.locality,
                kind=case.kind.name,
                summary=summary,
            ),
        )
        themes = ["Digital access", "Technologies for learning"] if case.kind.digital else []
        themes += [TOPIC_THEMES[t][0] for t in self.rng.sample(TOPICS, k=3 - len(themes) // 2)]
        for name in dict.fromkeys(themes):
            self._tag(name, "case", case.id, case.researcher, created)
        for title, body in self.rng.sample(CASE_MEMOS, k=self.rng.randint(1, 2)):
            text = body.format(
                locality=case.locality, kind=case.kind.name, country=case.country.name
            )
            self._memo("case", case.id, title, text, case.researcher, created + timedelta(days=3))

    def _participant(self, p: PersonPlan) -> None:
        status, form, audio, quotes, attribution = p.consent
        created = at(p.case.start, "10:00", plus=timedelta(days=1))
        consent_date: date | None = None
        notes = ""
        if status == "given":
            consent_date = p.case.start + timedelta(days=1)
            if not quotes:
                notes = "Agreed to be recorded but not to be quoted word for word."
            elif not audio:
                notes = "Agreed to notes and quotes, not to audio recording."
        elif status == "pending":
            notes = "Consent form to be signed at the next visit; do not use the material yet."
        else:
            consent_date = p.case.start + timedelta(days=60)
            notes = "Withdrew consent; keep the material out of every analysis and export."
        self.writer.add(
            Participant,
            row(
                Participant,
                id=p.id,
                **_stamps(created, at(consent_date, "12:00") if consent_date else created),
                study_id=self.study_id,
                case_id=p.case.id,
                code=p.code,
                role=p.role,
                name=p.name,
                consent_status=status,
                consent_date=consent_date,
                consent_form=form,
                consent_audio=audio,
                consent_quotes=quotes,
                consent_attribution=attribution,
                notes=notes,
            ),
        )

    # --- codings budget -----------------------------------------------------------------

    def _plan_observations(self, cases: list[CasePlan]) -> list[tuple[str, CasePlan, bool]]:
        out = []
        for i in range(self.scale.observations):
            case = cases[i % len(cases)] if i < len(cases) else self.rng.choice(cases)
            out.append((self.ids.new(), case, self.rng.random() < 0.6))
        return out

    def _share_codings(
        self, interviews: list[InterviewPlan], observations: list[tuple[str, CasePlan, bool]]
    ) -> None:
        recordable = [i for i in interviews if i.coded and all(p.audio_ok for p in i.people)]
        if self.small:
            chosen = recordable[:1]
        else:
            chosen = [i for i in recordable if self.rng.random() < self.scale.audio_share]
        for plan in chosen:
            plan.audio = True
        text_codings = self.scale.codings - len(chosen) * self.scale.audio_codings
        coded = [i for i in interviews if i.coded]
        on_interviews = round(text_codings * 0.8)
        for plan, n in zip(coded, share_out(self.rng, on_interviews, len(coded)), strict=True):
            plan.codings = n
        coded_obs = sum(1 for _, _, c in observations if c)
        self._obs_codings = share_out(self.rng, text_codings - on_interviews, coded_obs)

    # --- interviews ---------------------------------------------------------------------

    def _interviews(self, plans: list[InterviewPlan]) -> None:
        total = len(plans)
        carry = 0
        for n, plan in enumerate(plans):
            if n % 50 == 0:
                self.progress("interviews", n, total)
            carry = self._interview(plan, carry)
        self.progress("interviews", total, total)

    def _interview(self, plan: InterviewPlan, carry: int) -> int:
        rng = self.rng
        words = self.scale.interview_words
        target = int(words * rng.uniform(0.8, 1.2))
        if plan.status == "draft":
            target = target // 3
        built = build_transcript(
            rng,
            language=plan.language,
            speakers=[p.code for p in plan.people],
            place=plan.case.locality,
            target_words=target,
        )
        self.languages.add(plan.language)
        main = plan.people[0]
        created = at(plan.day, plan.time, plus=timedelta(hours=2))
        days = {"draft": 0, "transcribed": 3, "coded": 9, "reviewed": 16}[plan.status]
        updated = created + timedelta(days=days, hours=rng.randint(0, 6))
        summary = ""
        if plan.status != "draft":
            summary = interview_summary(
                notes_language=plan.case.country.notes_language,
                code=", ".join(p.code for p in plan.people),
                role=main.role,
                place=plan.case.locality,
                topics=built.main_topics(),
            )
        codes = ", ".join(p.code for p in plan.people)
        kind = "Group interview" if len(plan.people) > 1 else "Interview"
        self.writer.add(
            Interview,
            row(
                Interview,
                id=plan.id,
                **_stamps(created, updated),
                study_id=self.study_id,
                case_id=plan.case.id,
                title=f"{kind} with {codes} ({plan.day.isoformat()})",
                interviewer=plan.interviewer,
                date=plan.day,
                time=plan.time,
                place=f"{rng.choice(PLACES)}, {plan.case.locality}",
                language=plan.language,
                transcript=built.text,
                summary=summary,
                status=plan.status,
            ),
        )
        for person in plan.people:
            self.writer.add(
                InterviewParticipant,
                row(
                    InterviewParticipant,
                    id=self.ids.new(),
                    **_stamps(created),
                    study_id=self.study_id,
                    interview_id=plan.id,
                    participant_id=person.id,
                ),
            )
        coder = LEAD_RESEARCHER if plan.status == "reviewed" and rng.random() < 0.3 else None
        coder = coder or plan.interviewer
        if plan.audio:
            self._recording(plan, created, coder)
        left = carry
        if plan.coded:
            left = self._code_text(
                "interview", plan.id, built, plan.codings + carry, coder, created
            )
            for topic in built.main_topics(rng.randint(1, 3)):
                self._tag(TOPIC_THEMES[topic][0], "interview", plan.id, coder, updated)
            if rng.random() < 0.12:
                self._memo(
                    "interview",
                    plan.id,
                    "Interview notes",
                    rng.choice(RECORD_MEMOS),
                    plan.interviewer,
                    updated,
                )
        return left

    def _recording(self, plan: InterviewPlan, created: Any, coder: str) -> None:
        item, sha = self.blobs["interview-recording.wav"]
        attachment_id = self.ids.new()
        self.writer.add(
            Attachment,
            row(
                Attachment,
                id=attachment_id,
                **_stamps(created),
                study_id=self.study_id,
                target_type="interview",
                target_id=plan.id,
                kind="audio",
                sha256=sha,
                filename=f"{plan.people[0].code}-{plan.day.isoformat()}.wav",
                media_type=item.media_type,
                size=len(item.data),
                caption=item.caption,
                duration_ms=item.duration_ms,
            ),
        )
        duration = item.duration_ms or 4000
        cuts = sorted(self.rng.sample(range(200, duration - 200, 100), k=self.scale.audio_codings))
        start = 0
        topics = self.rng.sample(TOPICS, k=len(cuts))
        for cut, topic in zip(cuts, topics, strict=True):
            self.writer.add(
                Coding,
                row(
                    Coding,
                    id=self.ids.new(),
                    **_stamps(created + timedelta(days=5)),
                    study_id=self.study_id,
                    theme_id=self.themes[TOPIC_THEMES[topic][0]],
                    target_type="interview",
                    target_id=plan.id,
                    unit="ms",
                    attachment_id=attachment_id,
                    start=start,
                    end=cut,
                    quote="",
                    coder=coder,
                    memo="Tone of voice matters here; listen before quoting.",
                    detached=False,
                    starred=False,
                ),
            )
            start = cut

    def _code_text(
        self,
        target_type: str,
        target_id: str,
        built: BuiltText,
        wanted: int,
        coder: str,
        created: Any,
    ) -> int:
        """Code ``wanted`` spans on sentence boundaries; returns how many did not fit."""
        rng = self.rng
        spans = built.spans
        order = list(range(len(spans)))
        rng.shuffle(order)
        seen: set[tuple[str, int, int]] = set()
        made = 0
        for depth in range(max(len(t) for t in TOPIC_THEMES.values())):
            for i in order:
                if made >= wanted:
                    return 0
                span = spans[i]
                names = TOPIC_THEMES[span.topic]
                if depth >= len(names):
                    continue
                end = span.end
                nxt = spans[i + 1] if i + 1 < len(spans) else None
                if (
                    depth == 0
                    and nxt is not None
                    and nxt.turn == span.turn
                    and nxt.topic == span.topic
                    and rng.random() < 0.25
                ):
                    end = nxt.end  # two sentences in a row about the same thing
                theme = names[depth]
                if depth == 0 and len(names) > 1 and rng.random() < 0.3:
                    theme = rng.choice(names[1:])  # a coder's second reading of the topic
                key = (theme, span.start, end)
                if key in seen:
                    continue
                seen.add(key)
                quote = built.text[span.start : end]
                self.writer.add(
                    Coding,
                    row(
                        Coding,
                        id=self.ids.new(),
                        **_stamps(created + timedelta(days=4, minutes=made)),
                        study_id=self.study_id,
                        theme_id=self.themes[theme],
                        target_type=target_type,
                        target_id=target_id,
                        unit="char",
                        attachment_id=None,
                        start=span.start,
                        end=end,
                        quote=quote,
                        coder=coder,
                        memo=rng.choice(CODING_MEMOS) if rng.random() < 0.08 else "",
                        detached=False,
                        starred=len(quote) > 60 and rng.random() < 0.05,
                    ),
                )
                made += 1
        return wanted - made

    # --- observations -------------------------------------------------------------------

    def _observations(self, plans: list[tuple[str, CasePlan, bool]]) -> None:
        total = len(plans)
        shares = iter(self._obs_codings)
        carry = 0
        for n, (obs_id, case, coded) in enumerate(plans):
            if n % 500 == 0:
                self.progress("observations", n, total)
            wanted = next(shares) + carry if coded else 0
            left = self._observation(n, obs_id, case, wanted)
            carry = left if coded else carry
        self.progress("observations", total, total)

    def _observation(self, n: int, obs_id: str, case: CasePlan, wanted: int) -> int:
        rng = self.rng
        language = case.country.notes_language
        day = case.start + timedelta(days=rng.randint(0, 150))
        clock = f"{rng.randint(7, 15):02d}:{rng.choice((0, 10, 20, 30, 40, 50)):02d}"
        low, high = self.scale.observation_paragraphs
        built = build_observation(
            rng,
            language=language,
            place=case.locality,
            time=clock,
            paragraphs=rng.randint(low, high),
        )
        setting = rng.choice(pool(language).settings)
        created = at(day, clock, plus=timedelta(hours=3))
        self.writer.add(
            Observation,
            row(
                Observation,
                id=obs_id,
                **_stamps(created),
                study_id=self.study_id,
                case_id=case.id,
                title=f"{setting.split(',')[0]} — {case.locality}",
                observer=case.researcher,
                date=day,
                time=clock,
                setting=setting,
                description=built.text,
            ),
        )
        photos = self._photos
        if (self.small and n < len(photos)) or rng.random() < self.scale.photo_share:
            item, sha = photos[n] if self.small and n < len(photos) else rng.choice(photos)
            self.writer.add(
                Attachment,
                row(
                    Attachment,
                    id=self.ids.new(),
                    **_stamps(created),
                    study_id=self.study_id,
                    target_type="observation",
                    target_id=obs_id,
                    kind="photo",
                    sha256=sha,
                    filename=f"IMG_{day:%Y%m%d}_{rng.randint(1000, 9999)}.jpg",
                    media_type=item.media_type,
                    size=len(item.data),
                    caption=item.caption,
                    duration_ms=None,
                ),
            )
        left = 0
        if wanted:
            left = self._code_text("observation", obs_id, built, wanted, case.researcher, created)
            if rng.random() < 0.5:
                topic = built.main_topics(1)[0]
                self._tag(TOPIC_THEMES[topic][0], "observation", obs_id, case.researcher, created)
        if rng.random() < 0.03:
            self._memo(
                "observation", obs_id, "Context", rng.choice(RECORD_MEMOS), case.researcher, created
            )
        return left

    # --- tags and memos -----------------------------------------------------------------

    def _tag(self, theme: str, target_type: str, target_id: str, by: str, when: Any) -> None:
        self.writer.add(
            Tag,
            row(
                Tag,
                id=self.ids.new(),
                **_stamps(when),
                study_id=self.study_id,
                theme_id=self.themes[theme],
                target_type=target_type,
                target_id=target_id,
                tagged_by=by,
            ),
        )

    def _memo(
        self, target_type: str, target_id: str, title: str, body: str, author: str, when: Any
    ) -> None:
        self.writer.add(
            Memo,
            row(
                Memo,
                id=self.ids.new(),
                **_stamps(when),
                study_id=self.study_id,
                target_type=target_type,
                target_id=target_id,
                title=title,
                body=body,
                author=author,
            ),
        )

    def _theme_memos(self) -> None:
        names = ["Trust and relationships", "New metrics and uses of data", "Cultural relevance"]
        when = STUDY_CREATED + timedelta(days=200)
        for name, body in zip(names, THEME_MEMOS, strict=True):
            self._memo("theme", self.themes[name], f"About “{name}”", body, LEAD_RESEARCHER, when)
