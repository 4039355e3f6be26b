"""The shipped catalogues choose the right plural form for each count (Qt's ``%n`` rules)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from fieldkit.ui import translations


@pytest.fixture(autouse=True)
def _as_before(qapp: QApplication) -> Iterator[None]:
    before, direction = QLocale(), qapp.layoutDirection()
    yield
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


def _results(n: int) -> str:
    return QCoreApplication.translate("SearchDock", "%n result(s)", "", n)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", {1: "1 result", 2: "2 results"}),
        ("fr", {0: "{0} résultat", 1: "{1} résultat", 2: "{2} résultats"}),
        ("es", {1: "{1} resultado", 7: "{7} resultados"}),
        ("sw", {1: "Tokeo {1}", 3: "Matokeo {3}"}),
        # Arabic's six forms: 0, 1, 2, 3–10, 11–99, 100+.
        (
            "ar",
            {
                0: "{0} نتيجة",
                1: "نتيجة واحدة ({1})",
                2: "{2} نتيجتان",
                5: "{5} نتائج",
                11: "{11} نتيجة",
                100: "{100} نتيجة",
            },
        ),
    ],
)
def test_result_counts_take_the_language_plural_form(
    qapp: QApplication, lang: str, expected: dict[int, str]
) -> None:
    """The count is written as the language writes numbers ({n}: QLocale's own digits)."""
    translations.apply_language(qapp, lang)
    digits = {f"{{{n}}}": QLocale().toString(n) for n in expected}
    for n, text in expected.items():
        for key, shown in digits.items():
            text = text.replace(key, shown)
        assert _results(n) == text, (lang, n)


def test_counts_use_the_languages_digits_and_grouping(qapp: QApplication) -> None:
    translations.apply_language(qapp, "ar")
    assert "١٢" in _results(12)  # Arabic-Indic digits, as the dates beside them
    translations.apply_language(qapp, "fr")
    assert _results(12_345) == QLocale().toString(12_345) + " résultats"
    assert _results(12_345) != "12345 résultats"
