"""The consent rules of the case-study PDF, on plain participants."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.export.pdf import consent as c


@dataclass
class P:
    code: str = "P-001"
    name: str | None = "Maria"
    consent_status: str = "given"
    consent_quotes: bool = True
    consent_attribution: bool = False


def test_given_consent_allows_everything() -> None:
    rc = c.interview_consent([P()])
    assert rc.material and rc.quotes and rc.reason is None


def test_no_quotes_keeps_summary_but_not_quotes() -> None:
    rc = c.interview_consent([P(consent_quotes=False)])
    assert rc.material and not rc.quotes
    assert rc.reason == c.NO_QUOTES


def test_pending_and_withdrawn_hold_back_all_material() -> None:
    for status, reason in (("pending", c.PENDING), ("withdrawn", c.WITHDRAWN)):
        rc = c.interview_consent([P(consent_status=status)])
        assert not rc.material and not rc.quotes
        assert rc.reason == reason


def test_group_interview_takes_the_strictest_consent() -> None:
    rc = c.interview_consent([P(), P(code="P-2", consent_quotes=False)])
    assert rc.material and not rc.quotes and rc.reason == c.NO_QUOTES
    rc = c.interview_consent([P(), P(consent_quotes=False), P(consent_status="pending")])
    assert not rc.material and rc.reason == c.PENDING
    rc = c.interview_consent([P(consent_status="pending"), P(consent_status="withdrawn")])
    assert rc.reason == c.WITHDRAWN


def test_interview_without_participants_is_not_quoted() -> None:
    rc = c.interview_consent([])
    assert rc.material and not rc.quotes and rc.reason == c.NO_PARTICIPANT


def test_observations_are_not_bound_by_participant_consent() -> None:
    assert c.observation_consent().quotes


def test_names_only_with_attribution_consent_and_not_anonymised() -> None:
    assert c.display_name(P(consent_attribution=True), anonymised=False) == "Maria (P-001)"
    assert c.display_name(P(consent_attribution=True), anonymised=True) == "P-001"
    assert c.display_name(P(consent_attribution=False), anonymised=False) == "P-001"
    withdrawn = P(consent_attribution=True, consent_status="withdrawn")
    assert c.display_name(withdrawn, anonymised=False) == "P-001"
    assert c.display_name(P(name=None, consent_attribution=True), anonymised=False) == "P-001"


def test_withheld_statement_counts_and_orders_reasons() -> None:
    text = c.withheld_statement({c.NO_QUOTES: 1, c.PENDING: 3})
    assert text == (
        "4 passages withheld: 3 — participant's consent is pending, "
        "1 — participant did not allow quotes"
    )
    assert c.withheld_statement({c.WITHDRAWN: 1}).startswith("1 passage withheld: 1 — ")
    assert "No coded passages were withheld" in c.withheld_statement({})
