"""The templates of the export errors a researcher can meet in the app
(``fieldkit/export/`` and ``fieldkit/commands/``),
listed for ``scripts/update-translations`` (context "Storage"); grouped by the module that
raises them."""

from __future__ import annotations

EXPORT: tuple[str, ...] = ()
