"""The codebook's changes, each one storage service call run by the window's operations.

A write waits for the disk (synchronous=FULL) and for any other writer, so even a one-row change
runs off the GUI thread (:mod:`fieldkit.ui.operations`), which announces the theme to every
view. The owner hears back through ``on_changed(theme_id)`` or ``on_failed(title, error)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from fieldkit.storage import themes
from fieldkit.storage.db import Store
from fieldkit.storage.models import Theme
from fieldkit.ui.changes import Changes
from fieldkit.ui.operations import operations_for


class ThemeChanges:
    def __init__(
        self,
        owner: QWidget,
        store: Store,
        *,
        on_changed: Callable[[str], None],
        on_failed: Callable[[str, BaseException], None],
    ) -> None:
        self.owner = owner
        self.store = store
        self.on_changed = on_changed
        self.on_failed = on_failed

    def add(self, study_id: str, name: str, parent_id: str | None) -> None:
        self._write(
            QCoreApplication.translate("ThemeChanges", "Add theme"),
            lambda s: themes.add_theme(s, study_id=study_id, name=name, parent=parent_id),
        )

    def rename(self, theme_id: str, name: str) -> None:
        self._write(
            QCoreApplication.translate("ThemeChanges", "Rename theme"),
            lambda s: themes.rename_theme(s, theme_id=theme_id, name=name),
        )

    def recolor(self, theme_id: str, color: str) -> None:
        self._write(
            QCoreApplication.translate("ThemeChanges", "Theme colour"),
            lambda s: themes.recolor_theme(s, theme_id=theme_id, color=color),
        )

    def set_archived(self, theme_id: str, archived: bool) -> None:
        self._write(
            QCoreApplication.translate("ThemeChanges", "Archive theme")
            if archived
            else QCoreApplication.translate("ThemeChanges", "Restore theme"),
            lambda s: themes.archive_theme(s, theme_id=theme_id, archived=archived),
        )

    def merge(self, source_id: str, target_id: str) -> None:
        self._write(
            QCoreApplication.translate("ThemeChanges", "Merge themes"),
            lambda s: themes.merge_themes(s, source_id=source_id, target_id=target_id),
        )

    def reparent(self, theme_id: str, parent_id: str | None) -> None:
        self._write(
            QCoreApplication.translate("ThemeChanges", "Move theme"),
            lambda s: themes.reparent_theme(s, theme_id=theme_id, parent_id=parent_id),
        )

    def _write(self, title: str, change: Callable[[Session], Theme]) -> None:
        operations_for(self.owner, self.store).run(
            lambda session: change(session).id,
            changes=lambda theme_id: Changes.of(themes=theme_id),
            on_done=self.on_changed,
            on_failed=lambda exc: self.on_failed(title, exc),
            owner=self.owner,
            title=title,
        )
