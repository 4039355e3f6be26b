from __future__ import annotations

import io

from fieldkit.export.json_dump import write_json_dump
from fieldkit.storage.db import Store


def dump(store: Store, study_id: str | None = None) -> str:
    out = io.StringIO()
    with store.read() as session:
        write_json_dump(session, out, study_id=study_id)
    return out.getvalue()
