"""The one consent policy every export asks, on plain participants."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.export import consent as c
from fieldkit.export import consent_text as t


@dataclass
class P:
    id: str = "p1"
    code: str = "P-001"
    name: str | None = "Maria"
    consent_status: str = "given"
    consent_quotes: bool = True
    consent_attribution: bool = False


def test_given_consent_allows_everything() -> None:
    rc = c.interview_consent([P()])
    assert rc.material and rc.quotes and rc.reason is None and rc.restriction is None


def test_no_quotes_keeps_material_but_not_quotes() -> None:
    rc = c.interview_consent([P(consent_quotes=False)])
    assert rc.material and not rc.quotes
    assert rc.reason == c.NO_QUOTES
    assert rc.restriction == "not for quotation: participant did not allow quotes"


def test_pending_and_withdrawn_hold_back_all_material() -> None:
    for status, reason in (("pending", c.PENDING), ("withdrawn", c.WITHDRAWN)):
        rc = c.interview_consent([P(consent_status=status)])
        assert not rc.material and not rc.quotes and not rc.names
        assert rc.reason == reason
        assert rc.restriction is None  # nothing to mark: nothing appears


def test_group_interview_takes_the_strictest_consent() -> None:
    rc = c.interview_consent([P(), P(code="P-2", consent_quotes=False)])
    assert rc.material and not rc.quotes and rc.reason == c.NO_QUOTES
    rc = c.interview_consent([P(), P(consent_quotes=False), P(consent_status="pending")])
    assert not rc.material and rc.reason == c.PENDING
    rc = c.interview_consent([P(consent_status="pending"), P(consent_status="withdrawn")])
    assert rc.reason == c.WITHDRAWN
    # names only where every participant allowed attribution
    assert c.interview_consent([P(consent_attribution=True)]).names
    assert not c.interview_consent([P(consent_attribution=True), P(id="p2")]).names


def test_interview_without_participants_is_shown_but_not_quoted() -> None:
    rc = c.interview_consent([])
    assert rc.material and not rc.quotes and rc.reason == c.NO_PARTICIPANT
    assert rc.restriction == f"not for quotation: {c.NO_PARTICIPANT}"


def test_observations_are_not_bound_by_participant_consent() -> None:
    policy = c.ConsentPolicy([P()], {})
    assert policy.record("an observation") == c.ALLOWED


def test_names_only_with_attribution_consent_and_not_anonymised() -> None:
    assert c.display_name(P(consent_attribution=True), anonymised=False) == "Maria (P-001)"
    assert c.display_name(P(consent_attribution=True), anonymised=True) == "P-001"
    assert c.display_name(P(consent_attribution=False), anonymised=False) == "P-001"
    withdrawn = P(consent_attribution=True, consent_status="withdrawn")
    assert c.display_name(withdrawn, anonymised=False) == "P-001"


def test_policy_counts_withheld_material_once() -> None:
    given, quiet = P(id="a", code="A"), P(id="b", code="B", consent_quotes=False)
    pending, gone = P(id="c", code="C", consent_status="pending"), P(id="d", code="D")
    gone.consent_status = "withdrawn"
    unlinked = P(id="e", code="E", consent_status="pending")  # registered, never interviewed
    policy = c.ConsentPolicy(
        [given, quiet, pending, gone, unlinked],
        {"i1": [given], "i2": [quiet], "i3": [given, pending], "i4": [gone], "i5": []},
    )
    assert policy.withheld_records() == {"i3", "i4"}
    assert not policy.shows(pending) and policy.shows(quiet)
    codings = ["i1", "i2", "i2", "i3", "i3", "i3", "i4", "i5", "obs"]
    analysis = policy.report(codings, publication=False)
    assert analysis == c.WithheldReport(
        participants=3,
        records=2,
        passages=4,
        restricted={c.NO_QUOTES: 2, c.NO_PARTICIPANT: 1},
        publication=False,
    )
    assert analysis.summary() == (
        "withheld: material from 3 participants whose consent is pending or withdrawn "
        "(2 interviews, 4 coded passages); 3 coded passages marked not for quotation "
        f"(2 — {c.NO_QUOTES}, 1 — {c.NO_PARTICIPANT})"
    )
    publication = policy.report(codings, publication=True)
    assert publication.restricted == analysis.restricted  # the same counts, another verb
    assert "3 coded passages not quoted" in publication.summary()


def test_nothing_withheld_says_so() -> None:
    report = c.ConsentPolicy([P()], {"i1": [P()]}).report(["i1"], publication=True)
    assert report.summary() == "withheld: nothing (every consent allows it)"


def test_withheld_line_says_no_rather_than_zero() -> None:
    """ "(0 interviews, 0 coded passages)" read as a slip on the demo's PDFs and stderr."""
    none = c.WithheldReport(participants=2, records=0, passages=0, publication=True)
    assert none.summary() == (
        "withheld: material from 2 participants whose consent is pending or withdrawn "
        "(no interviews)"
    )
    uncoded = c.WithheldReport(participants=1, records=1, passages=0)
    assert uncoded.withheld_line() == (
        "material from 1 participant whose consent is pending or withdrawn "
        "(1 interview, no coded passages)"
    )
    both = c.WithheldReport(participants=3, records=2, passages=5)
    assert both.withheld_line() is not None and both.withheld_line().endswith(
        "(2 interviews, 5 coded passages)"
    )


def test_hidden_words_of_withheld_and_unattributed_people() -> None:
    people = [
        P(id="a", code="P-014", name="Zubeida Quarrington", consent_status="withdrawn"),
        P(id="b", code="P-015", name="Grace", consent_attribution=False),
        P(id="c", code="P-016", name="Asha Rai", consent_attribution=True),
        P(id="d", code="7", name="Li", consent_status="pending"),  # too short, no letter
    ]
    words = t.hidden_words(people)
    assert words == {
        "P-014": t.WITHHELD_MARK,
        "Zubeida Quarrington": t.WITHHELD_MARK,
        "Grace": t.NAME_MARK,
    }


def test_redactor_matches_whole_words_and_leaves_ordinary_words() -> None:
    r = t.Redactor(
        {"P-01": t.WITHHELD_MARK, "Zubeida Quarrington": t.WITHHELD_MARK, "Grace": t.NAME_MARK}
    )
    text = "P-01 and ZUBEIDA\nQUARRINGTON met Grace; P-012 said by the grace of God."
    assert r.text(text) == "[withheld] and [withheld] met [name]; P-012 said by the grace of God."
    masked = r.same_length(text)
    assert len(masked) == len(text)
    bar = "█" * len("ZUBEIDA\nQUARRINGTON")
    assert masked.startswith(f"████ and {bar} met █████; P-012")
    assert not t.Redactor({}) and t.Redactor({}).text(text) == text


def test_without_verbatim_keeps_the_researchers_own_words() -> None:
    transcript = (
        "P-001: We walk two hours to the river school every week, and the radio helps. "
        "Ubuntu matters here."
    )
    summary = (
        'The parent talks about distance. "We walk two hours" she says, and that '
        "they walk two hours to the river school every week. A “community radio” is planned."
    )
    out = t.without_verbatim(summary, transcript)
    assert out == (
        f"The parent talks about distance. {t.NOT_QUOTED_MARK} she says, and that "
        f"they {t.NOT_QUOTED_MARK}. A “community radio” is planned."
    )
    assert t.without_verbatim("Short: the radio helps.", transcript) == "Short: the radio helps."
    assert t.without_verbatim(summary, "") == summary


def test_speakers_are_read_from_turn_labels() -> None:
    a, b, x = P(id="a", code="P-014"), P(id="b", code="P-015"), P(id="x", code="P-099")
    by_code = {p.code.casefold(): p for p in (a, b, x)}
    transcript = (
        "Interviewer: who comes?\n"
        "[02:10] p-015 : the parents come.\n"
        "P-014: and the learners. P-099: is not a turn here.\n"
        "  P-015: again.\n"
    )
    assert t.speakers(transcript, by_code) == [b, a]
    assert t.with_speakers([a], transcript, by_code) == [a, b]
