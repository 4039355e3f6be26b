"""Per-data-folder settings in ``settings.json`` (versioned, written atomically)."""

from __future__ import annotations

import getpass
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.storage.durable import make_private_dir

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1
ENV_USER = "FIELDKIT_USER"


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    current_study_id: str | None = None
    user_name: str | None = None
    # The researcher's name as reports print it ("Prepared by"); set with `fieldkit profile`.
    display_name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = data_dir / SETTINGS_FILE
        try:
            raw = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            # A damaged settings file must never stop a researcher from reaching their data.
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {
            k: raw[k]
            for k in ("current_study_id", "user_name", "display_name")
            if isinstance(raw.get(k), str)
        }
        extra = raw.get("extra") if isinstance(raw.get("extra"), dict) else {}
        return cls(version=SETTINGS_VERSION, extra=extra or {}, **known)

    def save(self, data_dir: Path) -> None:
        make_private_dir(data_dir)
        text = json.dumps(asdict(self), indent=2, sort_keys=True, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=data_dir)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, data_dir / SETTINGS_FILE)


def researcher_name(data_dir: Path | None) -> str:
    """The researcher's own name (``fieldkit profile --name``) for Interviewer and Observer;
    "" when none is set: never the computer's account name ("root" must not reach a PDF)."""
    if data_dir is None:
        return ""
    return Settings.load(data_dir).display_name or ""


def remember_researcher_name(data_dir: Path | None, name: str) -> None:
    """The first name a researcher types as Interviewer/Observer becomes their name, as if set
    with ``fieldkit profile --name``; a name already set stays."""
    name = " ".join(name.split())
    if data_dir is None or not name:
        return
    settings = Settings.load(data_dir)
    if not settings.display_name:
        settings.display_name = name
        settings.save(data_dir)


def current_user(settings: Settings | None = None) -> str:
    """The name recorded as coder/author: FIELDKIT_USER, else the settings' user name, else the
    researcher's own name (``fieldkit profile --name``), else the login name."""
    env = os.environ.get(ENV_USER, "").strip()
    if env:
        return env
    if settings is not None and settings.user_name:
        return settings.user_name
    if settings is not None and settings.display_name:
        return settings.display_name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "researcher"
