"""The first changes of a study created on the server: its Study row and default codebook.

They are made exactly as a laptop makes them (a throw-away local store runs ``create_study``
and its outbox is read), so clients apply them like any other pulled change.
"""

from __future__ import annotations

import sys
import tempfile

from fieldkit.storage.db import Store
from fieldkit.storage.records import create_study
from fieldkit.storage.replication import collect_outbox
from fieldkit.sync.codec import dump_json


def study_seed(*, name: str, created_by: str | None = None) -> tuple[str, str, list[str]]:
    """(study id, the seeding device's id, the changes as compact JSON) for a new study."""
    with tempfile.TemporaryDirectory(prefix="fieldkit-seed-") as tmp:
        store = Store.open(tmp)
        try:
            with store.write() as session:
                study = create_study(session, name=name, created_by=created_by)
                study_id = study.id
            with store.read() as session:
                outbox = collect_outbox(
                    session, study_id=study_id, after_seq=0, max_bytes=sys.maxsize
                )
            device = store.device_id
        finally:
            store.close()
    return study_id, device, [dump_json(c.to_json_dict()).decode() for c in outbox.changes]
