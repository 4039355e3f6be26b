"""Studies, cases, participants, interviews and observations: behaviour and bad input.

Every refused call must raise its typed error with a message that names the problem, and leave
the database exactly as it was (``fails`` compares a digest of every table, change log too).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldkit.errors import AmbiguousError, ConflictError, NotFoundError, ValidationError
from fieldkit.storage import codings, records, themes
from fieldkit.storage.changes import StoreSession
from fieldkit.storage.codebook import default_codebook
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import find_record, get_row
from fieldkit.storage.models import (
    Case,
    ChangeLogEntry,
    Interview,
    InterviewParticipant,
    Participant,
    Study,
    SyncRow,
    utcnow,
)
from fieldkit.storage.validate import MAX_TEXT_CHARS

from .service_helpers import (
    Seeded,
    escape,
    fails,
    log_count,
    make_seeded_template,
    open_copy,
    seed,
    snapshot,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seeded]:
    return make_seeded_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: tuple[Path, Seeded], data_dir: Path) -> Iterator[Store]:
    """A fresh copy of the seeded template: every test starts from the same study."""
    with open_copy(template[0], data_dir) as opened:
        yield opened


@pytest.fixture
def seeded(store: Store, template: tuple[Path, Seeded]) -> Seeded:
    return template[1]


# --- studies and cases ----------------------------------------------------------------------


def test_create_study_cleans_the_name_and_seeds_the_codebook(store: Store) -> None:
    with store.write() as s:
        study = records.create_study(s, name="  Mountain \n schools  ", description="a\r\nb")
    assert study.name == "Mountain schools"
    assert study.description == "a\nb"
    with store.read() as s:
        assert [x.name for x in records.list_studies(s)] == ["Coastal schools", "Mountain schools"]
        tree = themes.theme_tree(s, study_id=study.id)
    assert len(tree) == sum(1 + len(g.children) for g in default_codebook())


@pytest.mark.parametrize("name", ["", "   ", "\n\t", None])
def test_a_study_needs_a_name(store: Store, name: str | None) -> None:
    fails(
        store,
        ValidationError,
        "study name must not be empty",
        lambda s: records.create_study(s, name=name),
    )  # type: ignore[arg-type]


def test_study_name_length_limit(store: Store) -> None:
    with store.write() as s:
        assert len(records.create_study(s, name="x" * 200, with_codebook=False).name) == 200
    fails(
        store,
        ValidationError,
        escape("study name is too long (201 characters; at most 200)"),
        lambda s: records.create_study(s, name="x" * 201),
    )


@pytest.mark.parametrize(
    ("field", "limit"),
    [("title", 300), ("country", 100), ("region", 200), ("locality", 200), ("kind", 100)],
)
def test_case_field_limits(store: Store, seeded: Seeded, field: str, limit: int) -> None:
    extra = {} if field == "title" else {"title": "A site"}
    with store.write() as s:
        case = records.create_case(s, study_id=seeded.study_id, **extra, **{field: "é" * limit})
        assert getattr(case, field) == "é" * limit
    fails(
        store,
        ValidationError,
        escape(f"too long ({limit + 1} characters; at most {limit})"),
        lambda s: records.create_case(
            s, study_id=seeded.study_id, **extra, **{field: "é" * (limit + 1)}
        ),
    )


@pytest.mark.parametrize("title", ["", "  ", "\u00a0\u2003"])
def test_a_case_needs_a_title(store: Store, seeded: Seeded, title: str) -> None:
    fails(
        store,
        ValidationError,
        "case title must not be empty",
        lambda s: records.create_case(s, study_id=seeded.study_id, title=title),
    )


def test_unknown_short_and_empty_study_ids(store: Store, seeded: Seeded) -> None:
    def case_in(study_id: str) -> object:
        return lambda s: records.create_case(s, study_id=study_id, title="A site")

    fails(store, NotFoundError, "no study with id 'ffffffff'", case_in("ffffffff"))
    fails(store, NotFoundError, "at least 4 characters", case_in(seeded.study_id[:3]))
    fails(store, ValidationError, "a study id is required", case_in("  "))
    with store.write() as s:  # a unique prefix of 4+ characters is enough, in any case
        case = records.create_case(s, study_id=seeded.study_id[:8].upper(), title="By prefix")
    assert case.study_id == seeded.study_id


def test_ambiguous_short_ids_are_refused(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        for n in (1, 2):
            s.add(
                Case(
                    id=f"abcd{n}000-0000-4000-8000-000000000000",
                    study_id=seeded.study_id,
                    title=f"C{n}",
                )
            )
    err = fails(
        store,
        AmbiguousError,
        "more than one case has an id starting with 'abcd'",
        lambda s: records.add_participant(s, case_id="abcd", code="P-77", role="learner"),
    )
    assert "give more of it" in str(err)
    with store.write() as s:
        p = records.add_participant(s, case_id="abcd2", code="P-77", role="learner")
    assert p.case_id.startswith("abcd2")


def test_a_deleted_row_is_not_found(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        records.delete_row(s, get_row(s, Case, seeded.case_id))
    fails(
        store,
        NotFoundError,
        "no case with id",
        lambda s: records.add_participant(s, case_id=seeded.case_id, code="P-09", role="parent"),
    )
    with store.read() as s:
        assert records.list_cases(s, study_id=seeded.study_id) == []


# --- participants and consent ---------------------------------------------------------------


def test_participant_defaults_and_consent_given_dates_itself(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        p = records.add_participant(
            s, case_id=seeded.case_id, code=" P-02 ", role="School Leader", consent_status="Given"
        )
    assert (p.code, p.role, p.consent_status) == ("P-02", "school leader", "given")
    assert p.consent_date == utcnow().date()
    assert (p.consent_audio, p.consent_quotes, p.consent_attribution) == (True, True, False)
    with store.write() as s:
        q = records.add_participant(
            s,
            case_id=seeded.case_id,
            code="P-03",
            role="parent",
            consent_status="given",
            consent_date="2024-03-01",
            consent_form="written",
            consent_quotes=False,
        )
    assert (q.consent_date, q.consent_form, q.consent_quotes) == (
        date(2024, 3, 1),
        "written",
        False,
    )


@pytest.mark.parametrize("code", ["P-01", "p-01", "  P-01 "])
def test_duplicate_participant_codes_are_refused(store: Store, seeded: Seeded, code: str) -> None:
    fails(
        store,
        ConflictError,
        "participant code .* is already used in this study",
        lambda s: records.add_participant(s, case_id=seeded.case_id, code=code, role="learner"),
    )


def test_the_same_code_in_another_study_or_after_deletion_is_fine(
    store: Store, seeded: Seeded
) -> None:
    other = seed(store, name="Highland schools")  # also has a P-01
    with store.read() as s:
        assert get_row(s, Participant, other.participant_id).code == "P-01"
    with store.write() as s:
        records.delete_row(s, get_row(s, Participant, seeded.participant_id))
        again = records.add_participant(s, case_id=seeded.case_id, code="P-01", role="teacher")
    assert again.id != seeded.participant_id


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"code": ""}, ValidationError, "participant code must not be empty"),
        (
            {"code": "P" * 41},
            ValidationError,
            escape("participant code is too long (41 characters; at most 40)"),
        ),
        ({"role": "  "}, ValidationError, "role must not be empty"),
        (
            {"consent_status": "maybe"},
            ValidationError,
            "consent status must be one of pending, given, withdrawn",
        ),
        ({"consent_form": "oral"}, ValidationError, "consent form must be one of verbal, written"),
        (
            {"consent_date": "2024-02-30"},
            ValidationError,
            "consent date '2024-02-30' is not a valid date",
        ),
        (
            {"consent_date": "yesterday"},
            ValidationError,
            "consent date 'yesterday' is not a valid date",
        ),
        ({"name": "n" * 201}, ValidationError, "name is too long"),
        ({"case_id": "0000"}, NotFoundError, "no case with id '0000'"),
    ],
)
def test_bad_participants_are_refused(
    store: Store, seeded: Seeded, kwargs: dict[str, str], error: type[Exception], message: str
) -> None:
    args = {"case_id": seeded.case_id, "code": "P-05", "role": "learner", **kwargs}
    fails(store, error, message, lambda s: records.add_participant(s, **args))  # type: ignore[arg-type]


def test_participant_code_exact_limit(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        p = records.add_participant(s, case_id=seeded.case_id, code="P" * 40, role="learner")
    assert len(p.code) == 40


def test_set_consent_withdraw_and_scope(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        p = records.set_consent(
            s, participant_id=seeded.participant_id, status="withdrawn", audio=False
        )
    assert (p.consent_status, p.consent_date, p.consent_audio) == (
        "withdrawn",
        utcnow().date(),
        False,
    )
    with store.write() as s:
        p = records.set_consent(
            s,
            participant_id=seeded.participant_id,
            status="given",
            consent_date="2024-01-31",
            form="verbal",
        )
    assert (p.consent_status, p.consent_date, p.consent_form) == (
        "given",
        date(2024, 1, 31),
        "verbal",
    )


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"status": "yes"}, ValidationError, "consent status must be one of"),
        ({"status": "given", "consent_date": "2024-13-01"}, ValidationError, "not a valid date"),
        ({"status": "given", "form": "email"}, ValidationError, "consent form must be one of"),
        (
            {"status": "given", "participant_id": "nobody"},
            NotFoundError,
            "no participant with id 'nobody'",
        ),
    ],
)
def test_bad_consent_changes_are_refused(
    store: Store, seeded: Seeded, kwargs: dict[str, str], error: type[Exception], message: str
) -> None:
    args = {"participant_id": seeded.participant_id, **kwargs}
    fails(store, error, message, lambda s: records.set_consent(s, **args))  # type: ignore[arg-type]


# --- interviews and observations ------------------------------------------------------------


def test_add_interview_cleans_its_fields(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        i = records.add_interview(
            s,
            case_id=seeded.case_id,
            date="2024-03-15",
            participant_ids=[seeded.participant_id, seeded.participant_id[:6]],
            language="PT_br",
            time="9:05",
            transcript="line one\r\nline two\rthree\x00",
        )
        people = records.interview_participants(s, interview_id=i.id)
    assert [p.id for p in people] == [seeded.participant_id]  # named twice, linked once
    assert (i.language, i.time, i.status) == ("pt-BR", "09:05", "transcribed")
    assert i.transcript == "line one\nline two\nthree"
    assert i.title == "Interview with P-01 (2024-03-15)"


@pytest.mark.parametrize(
    "value", ["2024-02-30", "yesterday", "", "  ", "15/03/2024", "20240315", "2024-W11-5"]
)
def test_invalid_interview_dates_are_refused(store: Store, seeded: Seeded, value: str) -> None:
    message = "date is required" if not value.strip() else f"date {value!r} is not a valid date"
    fails(
        store,
        ValidationError,
        escape(message),
        lambda s: records.add_interview(s, case_id=seeded.case_id, date=value),
    )


@pytest.mark.parametrize("value", ["24:00", "12:60", "9h30", "noon", "12:3", "１２:３０"])
def test_invalid_times_are_refused(store: Store, seeded: Seeded, value: str) -> None:
    fails(
        store,
        ValidationError,
        escape(f"time {value!r} is not valid; write it as HH:MM"),
        lambda s: records.add_observation(
            s, case_id=seeded.case_id, date="2024-03-15", description="x", time=value
        ),
    )


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("en", "en"),
        ("FR", "fr"),
        ("sw-ke", "sw-KE"),
        ("zh-hant", "zh-Hant"),
        # Names in their own language or in English, as researchers type them.
        ("english", "en"),
        ("Kiswahili", "sw"),
        ("हिन्दी", "hi"),
        ("العربية", "ar"),
    ],
)
def test_language_codes_are_normalised(
    store: Store, seeded: Seeded, given: str, stored: str
) -> None:
    with store.write() as s:
        i = records.add_interview(s, case_id=seeded.case_id, date="2024-03-15", language=given)
    assert i.language == stored


@pytest.mark.parametrize("value", ["englishes", "e", "en-", "12", "fr CA", "हि", "x" * 36])
def test_invalid_language_codes_are_refused(store: Store, seeded: Seeded, value: str) -> None:
    fails(
        store,
        ValidationError,
        "language",
        lambda s: records.add_interview(
            s, case_id=seeded.case_id, date="2024-03-15", language=value
        ),
    )


def test_participant_of_another_study_cannot_join_an_interview(
    store: Store, seeded: Seeded
) -> None:
    other = seed(store, name="Elsewhere")
    fails(
        store,
        ValidationError,
        "participant P-01 belongs to another study",
        lambda s: records.add_interview(
            s, case_id=seeded.case_id, date="2024-03-15", participant_ids=[other.participant_id]
        ),
    )
    fails(
        store,
        NotFoundError,
        "no participant with id 'feedbeef'",
        lambda s: records.add_interview(
            s, case_id=seeded.case_id, date="2024-03-15", participant_ids=["feedbeef"]
        ),
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"title": "t" * 301}, "title is too long"),
        ({"status": "finished"}, "status must be one of draft, transcribed, coded, reviewed"),
        ({"interviewer": "i" * 201}, "interviewer is too long"),
        ({"place": "p" * 201}, "place is too long"),
        ({"transcript": "x" * (MAX_TEXT_CHARS + 1)}, "transcript is too long"),
    ],
)
def test_bad_interview_fields_are_refused(
    store: Store, seeded: Seeded, kwargs: dict[str, str], message: str
) -> None:
    args = {"case_id": seeded.case_id, "date": "2024-03-15", **kwargs}
    fails(store, ValidationError, message, lambda s: records.add_interview(s, **args))  # type: ignore[arg-type]


def test_interview_text_at_the_exact_limit_is_kept(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        i = records.add_interview(
            s,
            case_id=seeded.case_id,
            date="2024-03-15",
            title="t" * 300,
            transcript="y" * MAX_TEXT_CHARS,
        )
    with store.read() as s:
        again = get_row(s, Interview, i.id)
        assert (len(again.title), len(again.transcript)) == (300, MAX_TEXT_CHARS)


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\x00"])
def test_an_observation_needs_a_description(store: Store, seeded: Seeded, text: str) -> None:
    fails(
        store,
        ValidationError,
        "the observation's description is empty",
        lambda s: records.add_observation(
            s, case_id=seeded.case_id, date="2024-03-15", description=text
        ),
    )


def test_add_observation_defaults(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        o = records.add_observation(
            s, case_id=seeded.case_id, date=date(2024, 3, 17), description="Rain."
        )
    assert (o.title, o.study_id, o.time) == ("Observation 2024-03-17", seeded.study_id, None)
    with store.read() as s:
        assert find_record(s, o.id[:8]).id == o.id


# --- update_fields and delete_row ------------------------------------------------------------


def test_update_fields_changes_and_logs_only_what_changed(store: Store, seeded: Seeded) -> None:
    before = log_count(store)
    with store.write() as s:
        i = get_row(s, Interview, seeded.interview_id)
        records.update_fields(
            s, i, {"place": "  Under the mango tree ", "time": "14:30", "language": "sw"}
        )
    with store.read() as s:
        i = get_row(s, Interview, seeded.interview_id)
        assert (i.place, i.time, i.language) == ("Under the mango tree", "14:30", "sw")
        entries = (
            s.execute(select(ChangeLogEntry).where(ChangeLogEntry.seq > before)).scalars().all()
        )
        assert [(e.op, e.row_id) for e in entries] == [("update", seeded.interview_id)]
        changed = sorted(json.loads(entries[0].fields or "{}"))
    assert changed == ["language", "place", "time", "updated_at"]
    # Setting the same values again writes nothing.
    with store.write() as s:
        records.update_fields(
            s, get_row(s, Interview, seeded.interview_id), {"place": "Under the mango tree"}
        )
    assert log_count(store) == before + 1


@pytest.mark.parametrize(
    ("model_ref", "changes", "error", "message"),
    [
        ("case", {"title": "  "}, ValidationError, "case title must not be empty"),
        (
            "case",
            {"status": "coded"},
            ValidationError,
            "the status of a case cannot be changed here",
        ),
        (
            "case",
            {"study_id": "x"},
            ValidationError,
            "the study_id of a case cannot be changed here",
        ),
        ("case", {"country": "c" * 101}, ValidationError, "country is too long"),
        (
            "interview",
            {"transcript": "new"},
            ValidationError,
            "transcript is changed with set_text",
        ),
        ("interview", {"title": ""}, ValidationError, "title must not be empty"),
        (
            "interview",
            {"place": "p" * 201},
            ValidationError,
            escape("place is too long (201 characters; at most 200)"),
        ),
        ("interview", {"date": "2024-02-30"}, ValidationError, "not a valid date"),
        ("interview", {"time": "25:00"}, ValidationError, "time '25:00' is not valid"),
        ("interview", {"language": "klingon"}, ValidationError, "is not a language fieldkit knows"),
        (
            "interview",
            {"colour": "red"},
            ValidationError,
            "the colour of an interview cannot be changed here",
        ),
        (
            "interview",
            {"case_id": "x"},
            ValidationError,
            "the case_id of an interview cannot be changed here",
        ),
        (
            "observation",
            {"description": ""},
            ValidationError,
            "description is changed with set_text",
        ),
        (
            "observation",
            {"status": "coded"},
            ValidationError,
            "the status of an observation cannot be changed",
        ),
        ("participant", {"code": "p-01 "}, ValidationError, "cannot be changed here"),
        (
            "participant",
            {"title": "Ms"},
            ValidationError,
            "the title of a participant cannot be changed here",
        ),
        ("participant", {"consent_status": "given"}, ValidationError, "cannot be changed here"),
    ],
)
def test_bad_updates_are_refused(
    store: Store,
    seeded: Seeded,
    model_ref: str,
    changes: dict[str, str],
    error: type[Exception],
    message: str,
) -> None:
    ids = {
        "case": seeded.case_id,
        "interview": seeded.interview_id,
        "observation": seeded.observation_id,
        "participant": seeded.participant_id,
    }

    def update(s: object) -> None:
        from fieldkit.storage.models import MODEL_BY_TABLE

        model = MODEL_BY_TABLE[model_ref + "s"]
        records.update_fields(s, get_row(s, model, ids[model_ref]), changes)  # type: ignore[arg-type]

    if model_ref == "participant" and "code" in changes:
        # Renaming P-01 to itself (in other case/spaces) is not a conflict: it is P-01 already.
        with store.write() as s:
            records.update_fields(s, get_row(s, Participant, seeded.participant_id), changes)
        return
    fails(store, error, message, update)  # type: ignore[arg-type]


def test_participant_code_and_role_can_be_updated_but_not_to_a_taken_code(
    store: Store, seeded: Seeded
) -> None:
    with store.write() as s:
        other = records.add_participant(s, case_id=seeded.case_id, code="P-02", role="parent")
    fails(
        store,
        ConflictError,
        "participant code 'p-01' is already used in this study",
        lambda s: records.update_fields(s, get_row(s, Participant, other.id), {"code": "p-01"}),
    )
    with store.write() as s:
        p = records.update_fields(
            s, get_row(s, Participant, other.id), {"code": "P-20", "role": "Teacher"}
        )
    assert (p.code, p.role) == ("P-20", "teacher")  # type: ignore[attr-defined]


def test_delete_row_is_a_logged_tombstone(store: Store, seeded: Seeded) -> None:
    before = log_count(store)
    with store.write() as s:
        records.delete_row(s, get_row(s, Interview, seeded.interview_id))
    with store.read() as s:
        row = s.get(Interview, seeded.interview_id)
        assert row is not None and row.deleted_at is not None
        entry = (
            s.execute(select(ChangeLogEntry).order_by(ChangeLogEntry.seq.desc())).scalars().first()
        )  # type: ignore[union-attr]
        assert entry is not None and "deleted_at" in json.loads(entry.fields or "{}")
    assert log_count(store) == before + 1
    # Deleting twice is harmless and logs nothing more.
    with store.write() as s:
        records.delete_row(s, s.get(Interview, seeded.interview_id))  # type: ignore[arg-type]
    assert log_count(store) == before + 1


# --- the change log ---------------------------------------------------------------------------


def test_each_service_call_logs_in_its_own_transaction(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        seen = s.execute(select(func.count()).select_from(ChangeLogEntry)).scalar_one()
        case = records.create_case(s, study_id=seeded.study_id, title="Logged")
        # Visible inside the transaction, before it commits: the same transaction wrote it.
        rows = (
            s.execute(select(ChangeLogEntry).where(ChangeLogEntry.row_id == case.id))
            .scalars()
            .all()
        )
        assert [(r.op, r.entity, r.study_id) for r in rows] == [
            ("insert", "cases", seeded.study_id)
        ]
        assert rows[0].stamp == case.row_stamp
        interview = records.add_interview(
            s, case_id=case.id, date="2024-03-15", participant_ids=[seeded.participant_id]
        )
        after = s.execute(select(func.count()).select_from(ChangeLogEntry)).scalar_one()
        assert after == seen + 3  # case, interview, interview_participant
        link = s.execute(
            select(InterviewParticipant).where(InterviewParticipant.interview_id == interview.id)
        ).scalar_one()
        assert (
            s.execute(select(ChangeLogEntry).where(ChangeLogEntry.row_id == link.id))
            .scalar_one()
            .op
            == "insert"
        )


def test_a_rolled_back_transaction_logs_nothing(store: Store, seeded: Seeded) -> None:
    before = snapshot(store)

    class Abort(Exception):
        pass

    with pytest.raises(Abort), store.write() as s:
        records.create_case(s, study_id=seeded.study_id, title="Never saved")
        records.add_participant(s, case_id=seeded.case_id, code="P-99", role="learner")
        assert (
            s.execute(select(func.count()).select_from(ChangeLogEntry)).scalar_one()
            > before["change_log"][0]
        )
        raise Abort
    assert snapshot(store) == before
    with store.read() as s:
        assert s.execute(select(Case).where(Case.title == "Never saved")).first() is None


def test_a_failure_after_a_good_call_rolls_back_both(store: Store, seeded: Seeded) -> None:
    def two_calls(s: object) -> None:
        records.create_case(s, study_id=seeded.study_id, title="First, fine")  # type: ignore[arg-type]
        records.create_case(s, study_id=seeded.study_id, title="")  # type: ignore[arg-type]

    fails(store, ValidationError, "case title must not be empty", two_calls)  # type: ignore[arg-type]


def test_study_rows_are_found_by_prefix_only_when_live(store: Store, tmp_path: Path) -> None:
    with store.write() as s:
        study = records.create_study(s, name="Short-lived", with_codebook=False)
    with store.write() as s:
        records.delete_row(s, get_row(s, Study, study.id))
    fails(store, NotFoundError, "no study with id", lambda s: get_row(s, Study, study.id[:6]))


SERVICE_CALLS: dict[str, Callable[[StoreSession, Seeded], SyncRow]] = {
    "create_study": lambda s, x: records.create_study(s, name="Another"),
    "create_case": lambda s, x: records.create_case(s, study_id=x.study_id, title="Site"),
    "add_participant": lambda s, x: records.add_participant(
        s, case_id=x.case_id, code="P-42", role="official"
    ),
    "set_consent": lambda s, x: records.set_consent(
        s, participant_id=x.participant_id, status="given"
    ),
    "add_interview": lambda s, x: records.add_interview(s, case_id=x.case_id, date="2024-03-01"),
    "add_observation": lambda s, x: records.add_observation(
        s, case_id=x.case_id, date="2024-03-01", description="Noted."
    ),
    "add_theme": lambda s, x: themes.add_theme(s, study_id=x.study_id, name="Libraries"),
    "rename_theme": lambda s, x: themes.rename_theme(
        s, theme_id=themes.find_theme(s, study_id=x.study_id, ref="Digital access").id, name="Net"
    ),
    "archive_theme": lambda s, x: themes.archive_theme(
        s, theme_id=themes.find_theme(s, study_id=x.study_id, ref="Digital access").id
    ),
    "tag_record": lambda s, x: codings.tag_record(
        s, record_id=x.observation_id, theme="Digital access"
    ),
    "code_text": lambda s, x: codings.code_text(
        s, record_id=x.interview_id, theme="Digital access", start=0, end=2
    ),
}


@pytest.mark.parametrize("name", sorted(SERVICE_CALLS))
def test_every_service_call_logs_its_row_in_the_same_transaction(
    store: Store, seeded: Seeded, name: str
) -> None:
    # Rolled back: the call's log rows go with it.
    before = snapshot(store)
    with pytest.raises(ZeroDivisionError), store.write() as s:
        SERVICE_CALLS[name](s, seeded)
        assert (
            s.execute(select(func.count()).select_from(ChangeLogEntry)).scalar_one()
            > (before["change_log"][0])
        )
        _ = 1 / 0
    assert snapshot(store) == before
    # Committed: the log row is there inside the transaction already, and stays.
    count = before["change_log"][0]
    with store.write() as s:
        row = SERVICE_CALLS[name](s, seeded)
        inside = s.execute(
            select(ChangeLogEntry.op).where(
                ChangeLogEntry.row_id == row.id, ChangeLogEntry.seq > count
            )
        ).scalars()
        assert list(inside) in (["insert"], ["update"])
    assert log_count(store) > count
