"""Themes the researcher pinned to Alt+1…9, per study, in the data folder's settings.

Pins are chosen (the codebook's right-click ▸ Pin to Alt+N), never implied by the codebook's
order, so Alt+1 cannot code a parent category by accident. A theme holds at most one key and a
key at most one theme. Stored as ``Settings.extra["pinned_themes"][study_id] = {"1": theme id}``.
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.settings import Settings

PIN_KEYS = 9
_KEY = "pinned_themes"


def load_pins(data_dir: Path, study_id: str) -> dict[int, str]:
    """Key number (1…9) to theme id, for ``study_id``; a damaged entry is left out."""
    raw = Settings.load(data_dir).extra.get(_KEY, {})
    study = raw.get(study_id, {}) if isinstance(raw, dict) else {}
    pins: dict[int, str] = {}
    if isinstance(study, dict):
        for key, theme_id in study.items():
            if str(key).isdigit() and 1 <= int(key) <= PIN_KEYS and isinstance(theme_id, str):
                pins[int(key)] = theme_id
    return pins


def pin_theme(data_dir: Path, study_id: str, theme_id: str, key: int | None) -> dict[int, str]:
    """Pin ``theme_id`` to Alt+``key`` (None: unpin it); returns the study's pins after."""
    if key is not None and not 1 <= key <= PIN_KEYS:
        raise ValueError(f"pins are Alt+1 to Alt+{PIN_KEYS}")
    settings = Settings.load(data_dir)
    pins = {k: t for k, t in load_pins(data_dir, study_id).items() if t != theme_id}
    if key is not None:
        pins[key] = theme_id
    stored = settings.extra.get(_KEY)
    studies = dict(stored) if isinstance(stored, dict) else {}
    studies[study_id] = {str(k): t for k, t in sorted(pins.items())}
    settings.extra[_KEY] = studies
    settings.save(data_dir)
    return pins


def key_of(pins: dict[int, str], theme_id: str) -> int | None:
    return next((k for k, t in pins.items() if t == theme_id), None)
