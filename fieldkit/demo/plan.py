"""The shape of the demo corpus, decided before any text is written.

Everything here is drawn from one seeded ``random.Random``; ids come from a second one, so the
same seed gives the same ids, people, places and dates on every machine.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from fieldkit.demo.phrases import INTERVIEW_LANGUAGES
from fieldkit.demo.places import (
    COUNTRIES,
    COUNTRY_BY_NAME,
    GIVEN_NAMES,
    KIND_BY_NAME,
    KINDS,
    RESEARCHERS,
    ROLES,
    Country,
    Kind,
)

FIELDWORK_START = date(2024, 2, 5)
STUDY_CREATED = datetime(2024, 1, 15, 9, 0, tzinfo=UTC)

# The small corpus: one case per country that together cover every interview language.
SMALL_CASES: tuple[tuple[str, str], ...] = (
    ("Kenya", "tablet programme"),
    ("Senegal", "reading camp"),
    ("Colombia", "radio school"),
    ("Brazil", "mobile library"),
    ("India", "mother-tongue literacy programme"),
    ("Ethiopia", "girls' learning club"),
    ("Morocco", "community school"),
)

# Consent patterns: (status, form, audio, quotes, attribution), drawn without replacement in
# blocks of 20, so any 20 consecutive participants show the whole mix.
CONSENT_PATTERNS: tuple[tuple[str, str | None, bool, bool, bool], ...] = (
    *[("given", "written", True, True, False)] * 5,
    *[("given", "verbal", True, True, False)] * 4,
    ("given", "written", True, True, True),
    *[("given", "verbal", True, False, False)] * 2,  # recorded, but no verbatim quotes
    *[("given", "written", False, True, False)] * 2,  # quotes, but no audio recording
    ("given", "verbal", False, False, False),
    *[("pending", None, True, True, False)] * 3,
    ("withdrawn", "written", False, False, False),
    ("withdrawn", "verbal", False, False, False),
)
INTERVIEW_STATUSES: tuple[tuple[str, float], ...] = (
    ("draft", 0.10),
    ("transcribed", 0.25),
    ("coded", 0.45),
    ("reviewed", 0.20),
)
PLACES: tuple[str, ...] = (
    "school staff room",
    "facilitator's home",
    "community hall",
    "under the tree outside the centre",
    "district education office",
    "learner's family compound",
    "phone call (poor line)",
    "programme office",
)


class Ids:
    """UUIDs drawn from a seeded generator (never ``uuid4``), so a seed gives the same ids."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"fieldkit-demo-ids-{seed}")

    def new(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


@dataclass
class CasePlan:
    id: str
    country: Country
    region: str
    locality: str
    kind: Kind
    title: str
    researcher: str
    start: date
    participants: list[PersonPlan] = field(default_factory=list)


@dataclass
class PersonPlan:
    id: str
    code: str
    role: str
    case: CasePlan
    language: str
    consent: tuple[str, str | None, bool, bool, bool]
    name: str | None = None

    @property
    def status(self) -> str:
        return self.consent[0]

    @property
    def audio_ok(self) -> bool:
        return self.consent[0] == "given" and self.consent[2]


@dataclass
class InterviewPlan:
    id: str
    case: CasePlan
    people: list[PersonPlan]
    language: str
    interviewer: str
    day: date
    time: str
    status: str
    codings: int = 0
    audio: bool = False

    @property
    def coded(self) -> bool:
        return self.status in ("coded", "reviewed")


def weighted(rng: random.Random, pairs: tuple[tuple[str, float], ...]) -> str:
    names = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(names, weights=weights, k=1)[0]


def speakers_of(language: str) -> list[str]:
    return [name for name, langs in RESEARCHERS if language in langs]


def plan_cases(rng: random.Random, ids: Ids, *, count: int, small: bool) -> list[CasePlan]:
    picks: list[tuple[Country, Kind, str, str]] = []
    titles: set[str] = set()
    if small:
        for country_name, kind_name in SMALL_CASES:
            country = COUNTRY_BY_NAME[country_name]
            region, localities = rng.choice(country.regions)
            picks.append((country, KIND_BY_NAME[kind_name], region, rng.choice(localities)))
    else:
        sites = [(c, r, loc) for c in COUNTRIES for r, locs in c.regions for loc in locs]
        while len(picks) < count:
            country, region, locality = rng.choice(sites)
            kind = rng.choice(KINDS)
            title = kind.title.format(locality=locality, region=region)
            if title not in titles:
                titles.add(title)
                picks.append((country, kind, region, locality))
    cases = []
    for country, kind, region, locality in picks:
        primary = country.languages[0][0]
        team = [
            r for r in speakers_of(country.notes_language) if primary in dict(RESEARCHERS)[r]
        ] or speakers_of(country.notes_language)
        cases.append(
            CasePlan(
                id=ids.new(),
                country=country,
                region=region,
                locality=locality,
                kind=kind,
                title=kind.title.format(locality=locality, region=region),
                researcher=rng.choice(team),
                start=FIELDWORK_START + timedelta(days=rng.randint(0, 120)),
            )
        )
    return cases


def plan_people(
    rng: random.Random, ids: Ids, cases: list[CasePlan], *, count: int
) -> list[PersonPlan]:
    weights = [rng.uniform(0.5, 1.5) for _ in cases]
    homes = [cases[i % len(cases)] for i in range(len(cases))]  # every case gets someone
    homes += rng.choices(cases, weights=weights, k=max(0, count - len(cases)))
    homes.sort(key=lambda c: cases.index(c))
    width = 3 if count < 1000 else 4
    people: list[PersonPlan] = []
    block: list[int] = []
    for i, case in enumerate(homes):
        if not block:
            block = list(range(len(CONSENT_PATTERNS)))
            rng.shuffle(block)
        consent = CONSENT_PATTERNS[block.pop()]
        role = weighted(rng, ROLES)
        language = weighted(rng, case.country.languages)
        if case.kind.digital and role == "ngo staff" and rng.random() < 0.35:
            language = "zh"  # engineers of the device partner
        person = PersonPlan(
            id=ids.new(),
            code=f"P-{i + 1:0{width}d}",
            role=role,
            case=case,
            language=language,
            consent=consent,
        )
        if consent[4]:
            person.name = rng.choice(GIVEN_NAMES[language])
        case.participants.append(person)
        people.append(person)
    _cover_languages(people)
    _quotable_first_speakers(rng, people)
    return people


def _quotable(consent: tuple[str, str | None, bool, bool, bool]) -> bool:
    return consent[0] == "given" and consent[3]


def _quotable_first_speakers(rng: random.Random, people: list[PersonPlan]) -> None:
    """The first speaker of each language (interviewed first, see ``plan_interviews``) allows
    quotes, so a case-study PDF shows every script (Arabic included). Consents are swapped
    with another participant, so the mix of consents stays the same."""
    first: dict[str, PersonPlan] = {}
    for p in people:
        first.setdefault(p.language, p)
    firsts = set(map(id, first.values()))
    for person in first.values():
        if _quotable(person.consent):
            continue
        donor = next((q for q in people if id(q) not in firsts and _quotable(q.consent)), None)
        if donor is None:
            continue
        person.consent, donor.consent = donor.consent, person.consent
        for q in (person, donor):
            q.name = rng.choice(GIVEN_NAMES[q.language]) if q.consent[4] else None


def _cover_languages(people: list[PersonPlan]) -> None:
    """Make sure every interview language is spoken by someone, where a case allows it."""
    present = {p.language for p in people}
    for language in INTERVIEW_LANGUAGES:
        if language in present:
            continue
        for p in people:
            allowed = language in dict(p.case.country.languages) or (
                language == "zh" and p.case.kind.digital
            )
            if allowed and sum(q.language == p.language for q in people) > 1:
                p.language = language
                if language == "zh":
                    p.role = "ngo staff"
                present.add(language)
                break


def plan_interviews(
    rng: random.Random, ids: Ids, people: list[PersonPlan], *, count: int
) -> list[InterviewPlan]:
    # Everyone speaking a rare language first, so each language gets an interview.
    first_of: dict[str, PersonPlan] = {}
    for p in people:
        first_of.setdefault(p.language, p)
    rest = [p for p in people if p not in first_of.values()]
    rng.shuffle(rest)
    order = list(first_of.values()) + rest
    mains = order[:count] + rng.choices(people, k=max(0, count - len(order)))
    plans = []
    for person in mains:
        case = person.case
        group = [person]
        others = [q for q in case.participants if q is not person and q.language == person.language]
        # A language's first interview is one to one, so its speaker's quotes can be shown.
        if others and rng.random() < 0.1 and person is not first_of[person.language]:
            group += rng.sample(others, k=min(len(others), rng.randint(1, 2)))
        team = speakers_of(person.language)
        interviewer = case.researcher if case.researcher in team else rng.choice(team)
        hour = rng.randint(8, 16)
        plans.append(
            InterviewPlan(
                id=ids.new(),
                case=case,
                people=group,
                language=person.language,
                interviewer=interviewer,
                day=case.start + timedelta(days=rng.randint(0, 150)),
                time=f"{hour:02d}:{rng.choice((0, 15, 30, 45)):02d}",
                status=weighted(rng, INTERVIEW_STATUSES),
            )
        )
    # The first interview in each language is coded, so every language has coded quotes.
    for plan in plans[: len(first_of)]:
        if not plan.coded:
            plan.status = "coded"
    plans.sort(key=lambda p: (p.day, p.time, p.id))
    return plans


def share_out(rng: random.Random, total: int, slots: int) -> list[int]:
    """``total`` split over ``slots`` as evenly as possible, the remainder at random places."""
    if slots <= 0:
        return []
    base, extra = divmod(total, slots)
    out = [base] * slots
    for i in rng.sample(range(slots), k=extra):
        out[i] += 1
    return out


def at(day: date, time: str, *, plus: timedelta = timedelta()) -> datetime:
    """A UTC timestamp on ``day`` at ``time`` (HH:MM), to the millisecond."""
    hour, minute = (int(x) for x in time.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) + plus
