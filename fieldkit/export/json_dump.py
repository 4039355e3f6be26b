"""``fieldkit export json``: a canonical dump of everything a replica holds.

Canonical means two replicas holding the same data print byte-identical files: tables and keys
in sorted order, rows sorted by id, times in UTC to the millisecond, no local-only metadata
(device ids, clock stamps, change log, sync cursors, conflicts), attachments by their hash.
Rows marked deleted are included with their ``deleted_at``: a deletion is data that syncs.

It is the researcher's own **full backup**: the consent policy of the other exports
(``fieldkit.export.consent``) is deliberately not applied — participants whose consent is pending
or withdrawn, their names and every transcript are in it — and its header says so in the
``contents`` field. It is not for sharing outside the team.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import IO, Any

from sqlalchemy import select
from sqlmodel import Session

from fieldkit import __version__
from fieldkit.storage.models import SYNC_MODELS, Study, SyncRow, data_columns

FORMAT = "fieldkit-export"
FORMAT_VERSION = 1
CONTENTS = (
    "full backup: everything this data folder holds, with no consent rules applied "
    "(withheld participants, names and transcripts included); not for sharing"
)


def json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    if isinstance(value, date):
        return value.isoformat()
    return value


def _rows(session: Session, model: type[SyncRow], study_id: str | None) -> Iterator[dict[str, Any]]:
    columns = data_columns(model)
    table = model.__table__  # type: ignore[attr-defined]
    query = select(*[table.c[name] for name in columns]).order_by(table.c.id)
    if study_id is not None:
        key = table.c.id if model is Study else table.c.study_id
        query = query.where(key == study_id)
    for row in session.execute(query.execution_options(yield_per=2000)):
        yield {name: json_value(value) for name, value in zip(columns, row, strict=True)}


def write_json_dump(session: Session, out: IO[str], *, study_id: str | None = None) -> int:
    """Write the dump to ``out``; returns the number of rows written."""
    dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
    out.write("{\n")
    out.write(f' "format": {dumps(FORMAT)},\n "version": {FORMAT_VERSION},\n')
    out.write(f' "contents": {dumps(CONTENTS)},\n')
    out.write(f' "written_by": {dumps("fieldkit " + __version__)},\n')
    out.write(' "tables": {')
    count = 0
    models = sorted(SYNC_MODELS, key=lambda m: m.__tablename__)  # type: ignore[arg-type,return-value]
    for t, model in enumerate(models):
        out.write("," if t else "")
        out.write(f"\n  {dumps(model.__tablename__)}: [")
        for i, row in enumerate(_rows(session, model, study_id)):
            out.write(",\n   " if i else "\n   ")
            out.write(dumps(row))
            count += 1
        out.write("\n  ]")
    out.write("\n }\n}\n")
    return count
