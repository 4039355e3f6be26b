"""An export made on a researcher's laptop reaches the study's lead with the next syncs."""

from __future__ import annotations

from pathlib import Path

from fieldkit.export.csv_export import export_csv
from fieldkit.export.export_log import list_exports, record_export
from fieldkit.storage import records
from fieldkit.sync.client import sync
from tests.sync.conftest import Laptop, OpenLaptop, Server


def _sync(laptop: Laptop) -> None:
    sync(laptop.store, server_url=laptop.url, token=laptop.token)


def test_the_lead_sees_a_researchers_export(
    server: Server, laptop: OpenLaptop, tmp_path: Path
) -> None:
    alice, lena = laptop("alice"), laptop("lena")
    _sync(alice)
    with alice.store.write() as session:
        records.create_case(session, study_id=server.study_id, title="Exported case")
    report = export_csv(alice.store, folder=tmp_path / "tables", study_id=server.study_id)
    made = record_export(
        alice.store,
        study_id=server.study_id,
        fmt="csv",
        scope="study",
        target=tmp_path / "tables",
        consent=report.consent,
    )
    _sync(alice)
    _sync(lena)
    seen = {row.id: row for row in list_exports(lena.store, study_id=server.study_id)}
    assert made.id in seen
    row = seen[made.id]
    assert (row.format, row.target, row.device_id) == ("csv", "tables", alice.store.device_id)
