"""``fieldkit export csv``: four spreadsheets of a study for Excel, LibreOffice and scripts.

Files: ``coded_passages.csv`` (one row per coding), ``records.csv`` (interviews and
observations), ``themes.csv`` and ``participants.csv``.

Format decisions:

* UTF-8 **with** a byte-order mark, so Excel opens accents, Devanagari, Arabic or Chinese
  correctly on double-click (without the mark it guesses the ANSI code page); LibreOffice and
  Python's ``utf-8-sig`` read it too. RFC 4180 quoting and CRLF row ends (the csv module's
  defaults); line breaks inside a cell stay LF inside its quotes.
* **Formula injection**: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return would run as a formula in a spreadsheet; such cells get a leading apostrophe (``'``),
  which Excel hides and shows the text as typed. Numbers (positions) are never changed. A script
  reading the files should strip one leading apostrophe from text cells that start with it.
* **Consent** (the one policy of ``fieldkit.export.consent``): nothing at all from a participant
  whose consent is pending or withdrawn — no row in any file, and their interviews (with their
  codings and tags) are left out and not counted in ``themes.csv``. Passages and records whose
  words may not be quoted (a participant did not allow quotes, or no participant is linked) keep
  their text — these tables are the team's analysis material — and say so in the
  ``quote_restriction`` column. Participant names appear only where consent is given and
  attribution allowed, and every text cell passes through the policy's ``consent_text.Redactor`` (a
  withheld participant's code or name written into other material becomes "[withheld]", a
  name without attribution "[name]"). ``export_csv`` returns the :class:`WithheldReport` it
  applied.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fieldkit.errors import StorageError, phrase
from fieldkit.export.consent import (
    ConsentPolicy,
    WithheldReport,
    may_name,
    participant_restriction,
)
from fieldkit.export.consent_text import Redactor
from fieldkit.export.qdpx.snapshot import (
    CodingRow,
    StudySnapshot,
    load_snapshot,
    resolve_study,
)
from fieldkit.export.report_words import report_language, tr
from fieldkit.export.role_words import role_cell
from fieldkit.export.study_consent import apply_consent
from fieldkit.storage.db import Store
from fieldkit.storage.durable import make_shareable
from fieldkit.storage.gc_pause import paused_gc
from fieldkit.storage.models import Interview, Observation, Theme

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int

UNTRANSLATED = frozenset({"quote_restriction"})
PASSAGE_COLUMNS = [
    "theme",
    "parent theme",
    "case",
    "record type",
    "record title",
    "participant codes",
    "participant roles",
    "date",
    "start",
    "end",
    "unit",
    "text",
    "coder",
    "memo",
    "starred",
    "coding id",
    "record id",
    "quote_restriction",
]
RECORD_COLUMNS = [
    "record id",
    "record type",
    "case",
    "title",
    "date",
    "time",
    "interviewer or observer",
    "place or setting",
    "language",
    "status",
    "participant codes",
    "participant roles",
    "summary",
    "characters",
    "codings",
    "tags",
    "free tags",
    "quote_restriction",
]
THEME_COLUMNS = [
    "theme id",
    "name",
    "parent theme",
    "path",
    "colour",
    "description",
    "source",
    "archived",
    "codings",
    "tags",
]
PARTICIPANT_COLUMNS = [
    "participant id",
    "code",
    "role",
    "case",
    "name",
    "consent status",
    "consent date",
    "consent form",
    "consent audio",
    "consent quotes",
    "consent attribution",
    "interviews",
    "quote_restriction",
]


def safe_cell(value: object) -> Cell:
    """A cell value that a spreadsheet shows as typed and never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


@dataclass
class CsvReport:
    paths: list[Path]
    consent: WithheldReport


def export_csv(
    store: Store, *, folder: Path, study_id: str | None = None, language: str | None = None
) -> CsvReport:
    """Write the four CSV files into ``folder``; returns their paths and what was withheld.

    ``language``: the column headers and the participants' known roles in that language
    (``quote_restriction``, the consent marker other tools look for, stays as it is); the other
    cells are the study's data as written.
    """
    folder = Path(folder)
    with report_language(language):
        headers = {
            id(cols): [c if c in UNTRANSLATED else tr(c) for c in cols]
            for cols in (PASSAGE_COLUMNS, RECORD_COLUMNS, THEME_COLUMNS, PARTICIPANT_COLUMNS)
        }
    with paused_gc(), store.read() as session, report_language(language):  # roles too
        study = resolve_study(session, study_id)
        consented = apply_consent(load_snapshot(session, study))
        snap, policy, redactor = consented.snap, consented.policy, consented.redactor
        tables = {
            "coded_passages.csv": (PASSAGE_COLUMNS, list(_passages(snap, policy))),
            "records.csv": (RECORD_COLUMNS, list(_records(snap, policy))),
            "themes.csv": (THEME_COLUMNS, list(_themes(snap))),
            "participants.csv": (PARTICIPANT_COLUMNS, list(_participants(snap))),
        }
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            phrase(
                "cannot create {folder}: {reason}",
                folder=str(folder),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    paths = [
        _write(folder / name, headers[id(header)], _redacted(rows, redactor))
        for name, (header, rows) in tables.items()
    ]
    return CsvReport(paths, consented.report)


def _redacted(rows: list[list[Cell]], redactor: Redactor) -> list[list[Cell]]:
    """Every text cell without what the consent policy hides (``consent_text.Redactor``).

    One quick search per row (its text cells joined) finds the rare row to rewrite."""
    if not redactor:
        return rows
    return [
        [redactor.text(c) if isinstance(c, str) else c for c in row]
        if redactor.finds("\x1f".join(c for c in row if isinstance(c, str)))
        else row
        for row in rows
    ]


def _write(path: Path, header: list[str], rows: Iterable[list[Cell]]) -> Path:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=path.parent)
    except OSError as exc:
        raise StorageError(
            phrase("cannot write {path}: {reason}", path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)  # RFC 4180: minimal quoting, CRLF row ends
            writer.writerow(header)
            writer.writerows(rows)
        make_shareable(Path(tmp))  # mkstemp made it 0600; a table is meant to be passed on
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StorageError(
            phrase("cannot write {path}: {reason}", path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _theme_maps(snap: StudySnapshot) -> tuple[dict[str, Theme], dict[str, str]]:
    themes = {t.id: t for t in snap.themes}
    paths: dict[str, str] = {}

    def path(theme: Theme, seen: frozenset[str] = frozenset()) -> str:
        if theme.id in paths:
            return paths[theme.id]
        parent = themes.get(theme.parent_id or "")
        if parent is None or parent.id in seen:
            result = theme.name
        else:
            result = f"{path(parent, seen | {theme.id})} / {theme.name}"
        paths[theme.id] = result
        return result

    for t in snap.themes:
        path(t)
    return themes, paths


def _passages(snap: StudySnapshot, policy: ConsentPolicy) -> Iterable[list[Cell]]:
    themes, _paths = _theme_maps(snap)
    cases = {c.id: c for c in snap.cases}
    records: dict[str, Interview | Observation] = {r.id: r for r in snap.interviews}
    records.update({r.id: r for r in snap.observations})

    def order(c: CodingRow) -> tuple[str, str, str, int, str]:
        record = records.get(c.target_id)
        case = cases.get(record.case_id) if record else None
        return (
            case.title if case else "",
            record.date.isoformat() if record else "",
            record.title if record else "",
            c.start,
            c.id,
        )

    for c in sorted(snap.codings, key=order):
        record = records.get(c.target_id)
        theme = themes.get(c.theme_id)
        if record is None or theme is None:
            continue
        parent = themes.get(theme.parent_id or "")
        case = cases.get(record.case_id)
        people = snap.interview_people.get(record.id, []) if isinstance(record, Interview) else []
        text = c.quote if c.unit == "char" else ""
        yield [
            safe_cell(theme.name),
            safe_cell(parent.name if parent else ""),
            safe_cell(case.title if case else ""),
            record.record_type,
            safe_cell(record.title),
            safe_cell(", ".join(p.code for p in people)),
            safe_cell(", ".join(f"{p.code}: {role_cell(p.role)}" for p in people)),
            record.date.isoformat(),
            c.start,
            c.end,
            "characters" if c.unit == "char" else "milliseconds",
            safe_cell(text),
            safe_cell(c.coder),
            safe_cell(c.memo),
            safe_cell(c.starred),
            c.id,
            record.id,
            safe_cell(policy.record(record.id).restriction),
        ]


def _records(snap: StudySnapshot, policy: ConsentPolicy) -> Iterable[list[Cell]]:
    themes = {t.id: t.name for t in snap.themes}
    cases = {c.id: c.title for c in snap.cases}
    counts: dict[str, int] = {}
    for c in snap.codings:
        if c.theme_id in themes:  # the rows coded_passages.csv holds
            counts[c.target_id] = counts.get(c.target_id, 0) + 1
    tags: dict[str, list[str]] = {}
    for tag in snap.tags:
        tags.setdefault(tag.target_id, []).append(themes.get(tag.theme_id, ""))
    for i in snap.interviews:
        people = snap.interview_people.get(i.id, [])
        yield [
            i.id,
            "interview",
            safe_cell(cases.get(i.case_id, "")),
            safe_cell(i.title),
            i.date.isoformat(),
            safe_cell(i.time),
            safe_cell(i.interviewer),
            safe_cell(i.place),
            safe_cell(i.language),
            i.status,
            safe_cell(", ".join(p.code for p in people)),
            safe_cell(", ".join(f"{p.code}: {role_cell(p.role)}" for p in people)),
            safe_cell(i.summary),
            len(i.transcript),
            counts.get(i.id, 0),
            safe_cell("; ".join(sorted(tags.get(i.id, [])))),
            safe_cell("; ".join(snap.free_tags.get(i.id, []))),
            safe_cell(policy.record(i.id).restriction),
        ]
    for o in snap.observations:
        yield [
            o.id,
            "observation",
            safe_cell(cases.get(o.case_id, "")),
            safe_cell(o.title),
            o.date.isoformat(),
            safe_cell(o.time),
            safe_cell(o.observer),
            safe_cell(o.setting),
            "",
            "",
            "",
            "",
            "",
            len(o.description),
            counts.get(o.id, 0),
            safe_cell("; ".join(sorted(tags.get(o.id, [])))),
            safe_cell("; ".join(snap.free_tags.get(o.id, []))),
            safe_cell(policy.record(o.id).restriction),
        ]


def _themes(snap: StudySnapshot) -> Iterable[list[Cell]]:
    themes, paths = _theme_maps(snap)
    codings: dict[str, int] = {}
    for c in snap.codings:
        codings[c.theme_id] = codings.get(c.theme_id, 0) + 1
    tags: dict[str, int] = {}
    for tag in snap.tags:
        tags[tag.theme_id] = tags.get(tag.theme_id, 0) + 1
    for t in sorted(snap.themes, key=lambda t: paths[t.id].casefold()):
        parent = themes.get(t.parent_id or "")
        yield [
            t.id,
            safe_cell(t.name),
            safe_cell(parent.name if parent else ""),
            safe_cell(paths[t.id]),
            t.color,
            safe_cell(t.description),
            safe_cell(t.source),
            safe_cell(t.archived),
            codings.get(t.id, 0),
            tags.get(t.id, 0),
        ]


def _participants(snap: StudySnapshot) -> Iterable[list[Cell]]:
    cases = {c.id: c.title for c in snap.cases}
    interviews: dict[str, int] = {}
    for people in snap.interview_people.values():
        for p in people:
            interviews[p.id] = interviews.get(p.id, 0) + 1
    for p in snap.participants:
        yield [
            p.id,
            safe_cell(p.code),
            safe_cell(role_cell(p.role)),
            safe_cell(cases.get(p.case_id, "")),
            safe_cell(p.name if may_name(p) else ""),
            p.consent_status,
            p.consent_date.isoformat() if p.consent_date else "",
            safe_cell(p.consent_form),
            safe_cell(p.consent_audio),
            safe_cell(p.consent_quotes),
            safe_cell(p.consent_attribution),
            interviews.get(p.id, 0),
            safe_cell(participant_restriction(p)),
        ]
