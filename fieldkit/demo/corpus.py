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

import time
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import IntegrityError

from fieldkit.demo import media
from fieldkit.demo.corpus_people import STUDY_NAME, PeopleWriter
from fieldkit.demo.corpus_records import RecordWriter
from fieldkit.demo.corpus_rows import BATCH_ROWS, SCALES, Progress, Scale
from fieldkit.demo.places import LEAD_RESEARCHER
from fieldkit.demo.plan import (
    STUDY_CREATED,
    CasePlan,
    InterviewPlan,
    plan_cases,
    plan_interviews,
    plan_people,
    share_out,
)
from fieldkit.demo.texts import THEME_MEMOS
from fieldkit.errors import ConflictError, ValidationError
from fieldkit.storage.db import Store
from fieldkit.storage.models import Study

_ALREADY = (
    "this data folder already holds the demo study made with this seed (whole, or part of it "
    "if a run was interrupted); use an empty data folder (--data-dir) or another --seed"
)


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


class _Corpus(RecordWriter, PeopleWriter):
    # --- the whole corpus -----------------------------------------------------------------

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

    # --- codings budget -------------------------------------------------------------------

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

    # --- memos on themes ------------------------------------------------------------------

    def _theme_memos(self) -> None:
        names = ["Trust and relationships", "New metrics and uses of data", "Cultural relevance"]
        when = STUDY_CREATED + timedelta(days=200)
        for name, body in zip(names, THEME_MEMOS, strict=True):
            self._memo("theme", self.themes[name], f"About “{name}”", body, LEAD_RESEARCHER, when)


__all__ = ["BATCH_ROWS", "SCALES", "STUDY_NAME", "DemoSummary", "Progress", "Scale", "generate"]
