"""Natural sentences for the demo corpus, one module per language, grouped by topic.

Each topic is what a passage is about; ``TOPIC_THEMES`` maps it to the codebook themes a coder
would apply (the first is the usual one). Answers may hold ``{place}`` (the locality) and
``{n}`` (a small number); questions hold no placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

TOPICS: tuple[str, ...] = (
    "trust",
    "digital",
    "teachers",
    "families",
    "data",
    "learners",
    "culture",
    "equity",
    "scale",
)

TOPIC_THEMES: dict[str, tuple[str, ...]] = {
    "trust": ("Trust and relationships", "Thriving and wellbeing"),
    "digital": ("Digital access", "Technologies for learning"),
    "teachers": ("Teacher empowerment", "Capacity building"),
    "families": ("Families and communities", "Alliances and coalitions"),
    "data": (
        "New metrics and uses of data",
        "Feedback loops between research, policy and practice",
        "Government use of evidence",
        "Evidence translation",
    ),
    "learners": ("Learners at the centre", "Foundational learning"),
    "culture": ("Cultural relevance", "Contextualisation", "Local innovation"),
    "equity": ("Equity and inclusion",),
    "scale": (
        "Implementation at scale",
        "Collaborative policies",
        "Collaboration across actors",
        "Outreach and advocacy",
    ),
}

INTERVIEW_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "pt", "sw", "hi", "ar", "am", "zh")
NOTES_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "pt")


@dataclass(frozen=True)
class Pool:
    """The sentences of one language."""

    language: str
    interviewer: str  # speaker label of the researcher in transcripts
    opening: tuple[tuple[str, str], ...]  # (question, answer) pairs that start an interview
    closing: tuple[str, str]
    questions: dict[str, tuple[str, ...]]
    answers: dict[str, tuple[str, ...]]
    fillers: tuple[str, ...]  # short uncoded answers ("Yes, exactly.")
    sentence_gap: str = " "  # between sentences of one turn ("" for Chinese)
    topic_labels: dict[str, str] = field(default_factory=dict)
    # Only in note-taking languages (observations, summaries, memos):
    settings: tuple[str, ...] = ()
    observations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    observation_openers: tuple[str, ...] = ()
    summary: str = ""  # with {code} {role} {place} {topics}
    group_summary: str = ""  # the same for a group interview ({code}: codes, {role}: roles)


@cache
def pool(language: str) -> Pool:
    if language not in INTERVIEW_LANGUAGES:
        raise KeyError(language)
    module = import_module(f"fieldkit.demo.phrases.{language}")
    found: Pool = module.POOL
    return found
