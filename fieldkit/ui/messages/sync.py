"""The templates of the sync client errors a researcher can meet in the app
(``fieldkit/sync/``, not the server),
listed for ``scripts/update-translations`` (context "Storage"); grouped by the module that
raises them."""

from __future__ import annotations

SYNC: tuple[str, ...] = ()
