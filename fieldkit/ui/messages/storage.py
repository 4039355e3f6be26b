"""The templates of the storage errors a researcher can meet in the app (``fieldkit/storage/``),
listed for ``scripts/update-translations`` (context "Storage"); grouped by the module that
raises them."""

from __future__ import annotations

STORAGE: tuple[str, ...] = ()
