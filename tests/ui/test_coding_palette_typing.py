"""Ctrl+K's type-ahead finds a theme typed without its accents, instead of offering to create a
new theme ("numeriq" is "Accès numérique", not a new theme "numeriq")."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from fieldkit.storage.editing import ThemeChoice
from fieldkit.ui.editor.coding_palette import ROLE_CREATE, ROLE_THEME, CodingPalette

THEMES = (
    ThemeChoice(id="t1", name="Accès numérique", color="#00897b"),
    ThemeChoice(id="t2", name="Équité et inclusion", color="#1f77b4"),
    ThemeChoice(id="t3", name="Confiance et relations", color="#ff7f0e"),
)


@pytest.mark.parametrize(
    ("typed", "found"),
    [("numeriq", "t1"), ("acces num", "t1"), ("EQUITE", "t2"), ("Équité incl", "t2")],
)
def test_a_theme_typed_without_accents_is_found_first(qtbot, typed: str, found: str) -> None:
    palette = CodingPalette(THEMES)
    qtbot.addWidget(palette)
    palette.filter.setText(typed)  # as typed (QTest cannot type "É")
    first = palette.list.item(0)
    assert first.data(ROLE_THEME) == found
    assert first.data(ROLE_CREATE) is None
