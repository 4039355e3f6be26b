"""Who the app records as the author of a coding, tag, memo or note: the researcher's own name
(``fieldkit profile --name``, the name typed as Interviewer or in Preferences), not the computer's
account ("root" must not end up beside a memo or in a report).

The app works on one data folder at a time; the main window names it here when it opens."""

from __future__ import annotations

from pathlib import Path

from fieldkit.settings import Settings, current_user

_data_dir: Path | None = None


def use_data_dir(data_dir: Path | None) -> None:
    global _data_dir
    _data_dir = data_dir


def author() -> str:
    return current_user(Settings.load(_data_dir) if _data_dir is not None else None)


__all__ = ["author", "use_data_dir"]
