"""Building transcripts, observation notes, summaries and memos from the phrase pools.

Every builder returns the text together with the spans of its codable sentences (start and end
in Unicode code points, end exclusive) and the topic of each, so codings land exactly on
sentence boundaries and carry the theme their sentence is about.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from fieldkit.demo.phrases import TOPICS, Pool, pool
from fieldkit.storage.participants import role_label


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    topic: str
    turn: int  # sentences of the same turn (one answer, one paragraph) share this number


@dataclass
class BuiltText:
    text: str
    spans: list[Span] = field(default_factory=list)
    words: int = 0

    def topic_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for span in self.spans:
            counts[span.topic] = counts.get(span.topic, 0) + 1
        return counts

    def main_topics(self, limit: int = 3) -> list[str]:
        counts = self.topic_counts()
        return sorted(counts, key=lambda t: (-counts[t], TOPICS.index(t)))[:limit]


def _fill(sentence: str, rng: random.Random, place: str) -> str:
    if "{" not in sentence:
        return sentence
    return sentence.format(place=place, n=rng.randint(3, 40))


def _count_words(sentence: str, language: str) -> int:
    if language == "zh":
        return max(1, len(sentence) * 2 // 3)
    return len(sentence.split())


class _Writer:
    """Appends transcript lines and remembers where each codable sentence lies."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.pool: Pool = pool(language)
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[Span] = []
        self.words = 0
        self.seconds = 0
        self.turns = 0

    def line(self, speaker: str, sentences: list[tuple[str, str | None]]) -> None:
        """One speaker turn; ``sentences`` are (text, topic or None for uncoded)."""
        mm, ss = divmod(self.seconds, 60)
        prefix = f"[{mm:02d}:{ss:02d}] {speaker}: "
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        self.parts.append(prefix)
        self.length += len(prefix)
        gap = self.pool.sentence_gap
        words = 0
        for i, (sentence, topic) in enumerate(sentences):
            if i and gap:
                self.parts.append(gap)
                self.length += len(gap)
            if topic is not None:
                self.spans.append(Span(self.length, self.length + len(sentence), topic, self.turns))
            self.parts.append(sentence)
            self.length += len(sentence)
            words += _count_words(sentence, self.language)
        self.turns += 1
        self.words += words
        # About 140 words a minute, plus a pause between turns.
        self.seconds += words * 60 // 140 + 2

    def text(self) -> str:
        return "".join(self.parts)


def build_transcript(
    rng: random.Random,
    *,
    language: str,
    speakers: list[str],
    place: str,
    target_words: int,
) -> BuiltText:
    """A Q/A interview in ``language`` with ``[mm:ss]`` marks, about ``target_words`` long."""
    w = _Writer(language)
    p = w.pool
    main = speakers[0]
    for question, answer in p.opening:
        w.line(p.interviewer, [(question, None)])
        w.line(main, [(_fill(answer, rng, place), None)])
    used: dict[str, list[int]] = {}
    order: list[str] = []
    while w.words < target_words:
        if not order:
            order = list(TOPICS)
            rng.shuffle(order)
        topic = order.pop()
        w.line(p.interviewer, [(rng.choice(p.questions[topic]), None)])
        speaker = main if len(speakers) == 1 or rng.random() < 0.7 else rng.choice(speakers[1:])
        sentences: list[tuple[str, str | None]] = []
        if rng.random() < 0.15:
            sentences.append((rng.choice(p.fillers), None))
        for index in _pick(rng, used, topic, len(p.answers[topic]), rng.randint(2, 5)):
            sentences.append((_fill(p.answers[topic][index], rng, place), topic))
        w.line(speaker, sentences)
    question, answer = p.closing
    w.line(p.interviewer, [(question, None)])
    w.line(main, [(answer, None)])
    return BuiltText(w.text(), w.spans, w.words)


def _pick(
    rng: random.Random, used: dict[str, list[int]], topic: str, size: int, count: int
) -> list[int]:
    """``count`` sentence indices of ``topic``, not repeating one until all were used."""
    out: list[int] = []
    for _ in range(min(count, size)):
        left = used.get(topic)
        if not left:
            left = list(range(size))
            rng.shuffle(left)
            used[topic] = left
        index = left.pop()
        if index in out:
            break
        out.append(index)
    return out


def build_observation(
    rng: random.Random, *, language: str, place: str, time: str, paragraphs: int
) -> BuiltText:
    """Field notes: an opening sentence, then paragraphs of sentences, two topics each."""
    p = pool(language)
    opener = rng.choice(p.observation_openers).format(place=place, n=rng.randint(8, 45), time=time)
    topics = rng.sample(TOPICS, k=min(paragraphs * 2, len(TOPICS)))
    blocks: list[list[tuple[str, str | None]]] = [[(opener, None)]]
    for k, topic in enumerate(topics):
        if k and k % 2 == 0:
            blocks.append([])
        choices = list(p.observations[topic])
        rng.shuffle(choices)
        for sentence in choices[: rng.randint(1, len(choices))]:
            blocks[-1].append((_fill(sentence, rng, place), topic))
    parts: list[str] = []
    spans: list[Span] = []
    pos = words = 0
    for turn, block in enumerate(blocks):
        if turn:
            parts.append("\n\n")
            pos += 2
        for i, (sentence, about) in enumerate(block):
            if i:
                parts.append(" ")
                pos += 1
            if about is not None:
                spans.append(Span(pos, pos + len(sentence), about, turn))
            parts.append(sentence)
            pos += len(sentence)
            words += len(sentence.split())
    return BuiltText("".join(parts), spans, words)


def interview_summary(
    *, notes_language: str, codes: list[str], roles: list[str], place: str, topics: list[str]
) -> str:
    """The researcher's summary; a group interview is summarised as a group."""
    p = pool(notes_language)
    labels = ", ".join(p.topic_labels[t] for t in topics)
    template = p.group_summary if len(codes) > 1 else p.summary
    role = ", ".join(dict.fromkeys(role_label(r) for r in roles))
    return template.format(code=", ".join(codes), role=role, place=place, topics=labels)


CASE_MEMOS: tuple[tuple[str, str], ...] = (
    (
        "First impressions",
        "The initiative is well known in {locality}; people mention it without being asked. "
        "Relationships with the {kind} staff seem to carry most of the work.",
    ),
    (
        "Questions for the next visit",
        "Who pays the facilitators when the grant ends? How are results shared with the "
        "district? Ask the learners themselves, not only the adults.",
    ),
    (
        "Comparison across cases",
        "Compared with the other sites in {country}, this one relies more on families and "
        "less on technology. Check whether this holds in the observations.",
    ),
)
THEME_MEMOS: tuple[str, ...] = (
    "Coders disagree on where this theme ends and the neighbouring one begins; "
    "discuss at the next team meeting with three examples each.",
    "Keep this theme for passages about what people do, not what they wish for.",
    "Strong material in the Swahili and Hindi interviews;"
    " check the translations of the key quotes.",
)
RECORD_MEMOS: tuple[str, ...] = (
    "The participant was more open after the recorder was switched off; notes kept separately.",
    "Background noise from the market in the second half; transcription checked twice.",
    "Good candidate for the case-study quotes. Ask for a follow-up interview in three months.",
    "Part of the conversation was translated on the spot by a facilitator.",
)
CODING_MEMOS: tuple[str, ...] = (
    "Strong quote for the case profile.",
    "Compare with what the teachers said in the learning circle.",
    "Check the translation with the interviewer.",
    "Also fits the neighbouring theme; coded twice on purpose.",
    "Contradicts the district's figures; follow up.",
)
