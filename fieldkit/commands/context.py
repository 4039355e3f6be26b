"""What every command handler gets: the data folder, its store and settings, the streams."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from fieldkit.errors import NotFoundError, ValidationError, phrase
from fieldkit.settings import Settings, current_user
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Study
from fieldkit.storage.records import list_studies


@dataclass
class Context:
    data_dir: Path
    out: IO[str] = field(default_factory=lambda: sys.stdout)
    err: IO[str] = field(default_factory=lambda: sys.stderr)
    passphrase: str | None = None  # --passphrase-stdin: read before the command runs
    _store: Store | None = None
    _settings: Settings | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from fieldkit.storage.copy_detection import note_machine
            from fieldkit.storage.crypto.unlocking import folder_key

            key = folder_key(self.data_dir, passphrase=self.passphrase)
            self._store = Store.open(self.data_dir, key=key)
            note_machine(self._store)  # a copy from another laptop: a new identity at sync
        return self._store

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.load(self.data_dir)
        return self._settings

    @property
    def user(self) -> str:
        return current_user(self.settings)

    def remember_study(self, study_id: str) -> None:
        self.settings.current_study_id = study_id
        self.settings.save(self.data_dir)

    def study_id(self, given: str | None) -> str:
        """The study a command works on: --study, else the current one, else the only one."""
        with self.store.read() as session:
            if given:
                return get_row(session, Study, given).id
            current = self.settings.current_study_id
            if current:
                study = session.get(Study, current)
                if study is not None and not study.is_deleted:
                    return study.id
            studies = list_studies(session)
        if not studies:
            raise NotFoundError(
                phrase("there is no study yet; create one with: fieldkit study create NAME")
            )
        if len(studies) > 1:
            names = ", ".join(f"{s.name} ({s.id[:8]})" for s in studies)
            raise ValidationError(
                phrase("several studies exist ({names}); choose one with --study ID", names=names)
            )
        return studies[0].id

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def note(self, text: str) -> None:
        self.err.write(f"fieldkit: {text}\n")

    def print_json(self, value: Any) -> None:
        self.out.write(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n")

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
