"""Writing the demo corpus's interviews and observations, with their media and codings."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fieldkit.demo.bulk import row
from fieldkit.demo.corpus_rows import CorpusRows, stamps
from fieldkit.demo.phrases import TOPIC_THEMES, TOPICS, pool
from fieldkit.demo.places import LEAD_RESEARCHER
from fieldkit.demo.plan import PLACES, CasePlan, InterviewPlan, at
from fieldkit.demo.texts import RECORD_MEMOS, build_observation, build_transcript, interview_summary
from fieldkit.storage.models import Attachment, Coding, Interview, InterviewParticipant, Observation


class RecordWriter(CorpusRows):
    """Writes the interviews (with recordings) and the observations (with photos)."""

    # --- interviews -----------------------------------------------------------------------

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
        created = at(plan.day, plan.time, plus=timedelta(hours=2))
        days = {"draft": 0, "transcribed": 3, "coded": 9, "reviewed": 16}[plan.status]
        updated = created + timedelta(days=days, hours=rng.randint(0, 6))
        summary = ""
        if plan.status != "draft":
            summary = interview_summary(
                notes_language=plan.case.country.notes_language,
                codes=[p.code for p in plan.people],
                roles=[p.role for p in plan.people],
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
                **stamps(created, updated),
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
                    **stamps(created),
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
                **stamps(created),
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
                    **stamps(created + timedelta(days=5)),
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

    # --- observations ---------------------------------------------------------------------

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
                **stamps(created),
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
                    **stamps(created),
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


__all__ = ["RecordWriter"]
