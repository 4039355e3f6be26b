"""The translation loader: a .qm for the system's language is installed; none breaks nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from fieldkit.storage.db import Store
from fieldkit.ui import translations
from fieldkit.ui.main_window import MainWindow
from fieldkit.ui.photos.photo_strip import PhotoStrip

FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def french_folder(tmp_path: Path) -> Path:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "fieldkit_fr.ts").write_text(FRENCH_TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), str(folder / "fieldkit_fr.ts"), "-qm", str(folder / "fieldkit_fr.qm")],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture(autouse=True)
def _english_after(qapp: QApplication) -> Iterator[None]:
    yield
    translations.remove_translators(qapp)


def test_a_translation_for_the_language_is_installed(
    qtbot, qapp: QApplication, store: Store, french_folder: Path
) -> None:
    installed = translations.install_translators(qapp, QLocale("fr_CA"), french_folder)
    assert installed  # fieldkit_fr.qm found for fr_CA
    strip = PhotoStrip(store)
    qtbot.addWidget(strip)
    assert strip.add_button.text() == "Ajouter des photos…"
    assert strip.caption_edit.placeholderText() == "Caption of the selected photo"  # untranslated
    translations.remove_translators(qapp)
    assert QCoreApplication.translate("PhotoStrip", "Add photos…") == "Add photos…"


def test_no_translation_leaves_english_and_the_window_opens(
    qtbot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    installed = translations.install_translators(qapp, QLocale("sw"), tmp_path / "none")
    assert not any("fieldkit_" in t.filePath() for t in installed)  # no .qm: nothing of ours
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.editor.photos.add_button.text() == "Add photos…"


STARTUP = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication
from fieldkit.ui import translations
from fieldkit.ui.app import run_app

translations.TRANSLATIONS_DIR = Path(sys.argv[2])
translations.system_locale = lambda: QLocale("fr_FR")
app = QApplication(sys.argv[:1])
seen = {}


class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
            if "window" not in seen:
                seen["window"] = obj.isVisible()
                seen["text"] = QCoreApplication.translate("PhotoStrip", "Add photos…")
                seen["button"] = obj.editor.photos.add_button.text()
                obj.close()
                QTimer.singleShot(0, app.quit)
        return False


spy = Spy()
app.installEventFilter(spy)
code = run_app(Path(sys.argv[1]))
print(json.dumps({"code": code, **seen}))
"""


def test_the_app_starts_with_the_system_translation(data_dir: Path, french_folder: Path) -> None:
    # In its own process: a real start, and an event loop that ends with the app. The folder
    # exists (an existing plain folder), so no "encrypt this new folder?" question waits.
    data_dir.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(
        [sys.executable, "-c", STARTUP, str(data_dir), str(french_folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {
        "code": 0,
        "window": True,
        "text": "Ajouter des photos…",
        "button": "Ajouter des photos…",
    }


def test_english_plurals_show_no_parentheses(qapp: QApplication) -> None:
    translations.install_translators(qapp, QLocale("en_GB"))
    one = QCoreApplication.translate("SearchDock", "%n result(s)", "", 1)
    many = QCoreApplication.translate("SearchDock", "%n result(s)", "", 12)
    assert (one, many) == ("1 result", "12 results")
    tags = QCoreApplication.translate("ThemeModel", "%n tag(s)", "", 0)
    assert tags == "0 tags"


def test_every_plural_string_has_its_english_forms() -> None:
    """A new ``%n …(s)`` string without English forms would show "(s)": run
    scripts/update-translations to add it."""
    import re
    import xml.etree.ElementTree as ET

    sources = Path(translations.__file__).parent.glob("*.py")
    used = {m for p in sources for m in re.findall(r'tr\(\s*"([^"]*%n[^"]*)"', p.read_text())}
    sources_dir = Path(__file__).resolve().parents[2] / "resources" / "translations"
    root = ET.parse(sources_dir / "fieldkit_en.ts").getroot()
    known = {m.findtext("source") for m in root.iter("message")}
    assert used - known == set()
