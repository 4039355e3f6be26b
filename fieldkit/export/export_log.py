"""The export log: every export is recorded, synced with its study, and listed for the lead.

:func:`record_export` is the one hook every place that writes an export calls once the file is
in place (the CLI commands and the app's Export menu). A row says the format, the scope (a case,
the whole study), the file's name, whether it is an anonymised edition, the consent rules that
applied, what was withheld (the counts of the one consent report), who (the profile name, else
the user), when and from which laptop. It is a synced row, so the lead's laptop holds everyone's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from fieldkit.export.consent import WithheldReport
from fieldkit.settings import Settings, current_user
from fieldkit.storage.db import Store
from fieldkit.storage.models import ExportRecord, utcnow

PUBLICATION_RULES = (
    "pending or withdrawn consent: nothing; no quotes allowed: not quoted; no attribution: no names"
)
ANALYSIS_RULES = (
    "pending or withdrawn consent: nothing; no quotes allowed: text marked not for quotation; "
    "no attribution: no names"
)
NO_RULES = "none (a full dump of the data, not for sharing)"


def record_export(
    store: Store,
    *,
    study_id: str,
    fmt: str,
    scope: str,
    target: Path,
    anonymised: bool = False,
    consent: WithheldReport | None = None,
    now: Callable[[], datetime] = utcnow,
) -> ExportRecord:
    """Record one export in the study's synced log (its own small transaction)."""
    settings = Settings.load(store.data_dir)
    if consent is None:
        rules, withheld = NO_RULES, ""
    else:
        rules = PUBLICATION_RULES if consent.publication else ANALYSIS_RULES
        counts = asdict(consent)
        counts["restricted"] = dict(consent.restricted)
        withheld = json.dumps(counts, sort_keys=True)
    row = ExportRecord(
        study_id=study_id,
        format=fmt,
        scope=scope[:300],
        target=Path(target).name[:300],
        anonymised=anonymised,
        consent_rules=rules,
        withheld=withheld,
        exported_by=(settings.display_name or current_user(settings))[:200],
        exported_at=now(),
        device_id=store.device_id,
    )
    with store.write() as session:
        session.add(row)
    return row


def combined(reports: list[WithheldReport]) -> WithheldReport | None:
    """One report for a batch (``export pdf --all``): the counts added up."""
    if not reports:
        return None
    restricted: dict[str, int] = {}
    for r in reports:
        for reason, n in r.restricted.items():
            restricted[reason] = restricted.get(reason, 0) + n
    return WithheldReport(
        participants=sum(r.participants for r in reports),
        records=sum(r.records for r in reports),
        passages=sum(r.passages for r in reports),
        observations=sum(r.observations for r in reports),
        restricted=restricted,
        publication=reports[0].publication,
    )


def case_study(store: Store, case_id: str) -> str:
    """The study of a case (a PDF export names its case, not its study)."""
    from fieldkit.storage.lookup import get_row
    from fieldkit.storage.models import Case

    with store.read() as session:
        return get_row(session, Case, case_id).study_id


def list_exports(store: Store, *, study_id: str | None = None) -> list[ExportRecord]:
    """The log, newest first (every member's exports once they have synced)."""
    query = select(ExportRecord).where(col(ExportRecord.deleted_at).is_(None))
    if study_id is not None:
        query = query.where(ExportRecord.study_id == study_id)
    with store.read() as session:
        rows = list(session.exec(query))
    return sorted(rows, key=lambda r: (r.exported_at, r.id), reverse=True)


def export_json_row(row: ExportRecord) -> dict[str, Any]:
    withheld = json.loads(row.withheld) if row.withheld else None
    when = row.exported_at.astimezone(UTC) if row.exported_at.tzinfo else row.exported_at
    return {
        "id": row.id,
        "study_id": row.study_id,
        "format": row.format,
        "scope": row.scope,
        "file": row.target,
        "anonymised": row.anonymised,
        "consent_rules": row.consent_rules,
        "withheld": withheld,
        "exported_by": row.exported_by,
        "exported_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "device_id": row.device_id,
    }


def withheld_report(row: ExportRecord) -> WithheldReport | None:
    """What the export withheld, as its consent report (the app words it in the interface
    language); None for an export without consent rules (a full dump)."""
    if not row.withheld:
        return None
    counts = json.loads(row.withheld)
    return WithheldReport(
        participants=int(counts.get("participants") or 0),
        records=int(counts.get("records") or 0),
        passages=int(counts.get("passages") or 0),
        observations=int(counts.get("observations") or 0),
        restricted={str(k): int(n) for k, n in (counts.get("restricted") or {}).items()},
        publication=bool(counts.get("publication")),
    )


def withheld_text(row: ExportRecord) -> str:
    """The withheld counts in a few words ("2 participants, 3 interviews…")."""
    if not row.withheld:
        return "no consent rules (full dump)"
    counts = json.loads(row.withheld)
    parts = [
        f"{counts.get(key, 0)} {label}"
        for key, label in (
            ("participants", "participants"),
            ("records", "interviews"),
            ("observations", "observations"),
            ("passages", "passages"),
        )
        if counts.get(key)
    ]
    restricted = sum((counts.get("restricted") or {}).values())
    if restricted:
        parts.append(f"{restricted} passages restricted")
    return ", ".join(parts) or "nothing withheld"


__all__ = [
    "case_study",
    "combined",
    "export_json_row",
    "list_exports",
    "record_export",
    "withheld_report",
    "withheld_text",
]
