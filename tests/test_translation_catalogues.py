"""Every shipped catalogue has every message and keeps every placeholder.

Covers the reports' fixed words (``fieldkit/resources/report_strings``), the default codebook's
translations (``fieldkit/resources/codebook``) and the Qt sources of the UI
(``resources/translations/*.ts``: a finished translation must keep its ``%1``/``%n``/``{x}``).
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldkit.export.csv_export import (
    PARTICIPANT_COLUMNS,
    PASSAGE_COLUMNS,
    RECORD_COLUMNS,
    THEME_COLUMNS,
    UNTRANSLATED,
)
from fieldkit.export.language_words import LANGUAGE_MESSAGES
from fieldkit.export.report_words import REPORT_LANGUAGES, catalogue
from fieldkit.export.role_words import ROLE_MESSAGES
from fieldkit.storage.codebook import CODEBOOK_LANGUAGES, all_specs, default_codebook, translation

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d")
# Messages built at run time: the nouns counted with trn(f"{{n}} {noun}", …), the stored
# consent values, the consent policy's reasons and the marks of withheld words printed through
# tr().
DYNAMIC = {
    "{n} interview",
    "{n} observation",
    "{n} theme",
    "{n} coded passage",
    "{n} record",
    "{n} participant",
    "given",
    "pending",
    "withdrawn",
    "verbal",
    "written",
    "consent withdrawn",
    "consent pending",
    "participant did not allow quotes",
    "no participant linked, so no consent on record for quotes",
    "[withheld]",
    "[name]",
    "[words not quoted]",
}
# The participants' known roles (role_words: a name and a count for each) and the names of the
# listed languages (language_words).
DYNAMIC |= ROLE_MESSAGES | LANGUAGE_MESSAGES


def _messages_in_code() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "fieldkit" / "export").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "trn")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(str(node.args[0].value))
    return found


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("%Ln", "%n")))  # %Ln: the count in local digits


@pytest.mark.parametrize("lang", [lang for lang in REPORT_LANGUAGES if lang != "en"])
def test_every_report_catalogue_has_every_message_with_its_placeholders(lang: str) -> None:
    words = catalogue(lang)
    columns = {*PASSAGE_COLUMNS, *RECORD_COLUMNS, *THEME_COLUMNS, *PARTICIPANT_COLUMNS}
    wanted = _messages_in_code() | DYNAMIC | (columns - UNTRANSLATED)
    assert not wanted - set(words), f"{lang}: missing {sorted(wanted - set(words))}"
    assert not set(words) - wanted, f"{lang}: unused {sorted(set(words) - wanted)}"
    for source, translated in words.items():
        forms = translated if isinstance(translated, dict) else {"other": translated}
        assert "other" in forms, (lang, source)
        for form, text in forms.items():
            assert text.strip(), (lang, source, form)
            assert _placeholders(text) == _placeholders(source), (lang, source, form, text)


@pytest.mark.parametrize("lang", [lang for lang in CODEBOOK_LANGUAGES if lang != "en"])
def test_every_codebook_translation_covers_every_theme(lang: str) -> None:
    keys = {s.key for s in all_specs(default_codebook("en"))}
    words = translation(lang)
    assert set(words) == keys
    assert all(w["name"].strip() and w["description"].strip() for w in words.values())
    path = ROOT / "fieldkit" / "resources" / "codebook" / f"learning_ecosystem_codebook.{lang}.json"
    assert json.loads(path.read_text("utf-8"))["language"] == lang


def test_qt_sources_exist_for_every_language_and_keep_placeholders() -> None:
    folder = ROOT / "resources" / "translations"
    for lang in ("fr", "es", "pt", "ar", "sw", "hi"):
        tree = ET.parse(folder / f"fieldkit_{lang}.ts")
        messages = tree.getroot().iter("message")
        count = 0
        for message in messages:
            count += 1
            source = message.findtext("source") or ""
            translation_el = message.find("translation")
            assert translation_el is not None
            if translation_el.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            texts = [n.text or "" for n in translation_el.iter("numerusform")] or [
                translation_el.text or ""
            ]
            for text in texts:
                assert _placeholders(text) == _placeholders(source), (lang, source, text)
        assert count > 400, lang  # the UI's strings were extracted


@pytest.mark.parametrize("lang", ["fr", "es", "pt", "ar", "sw", "hi"])
def test_every_ui_message_is_translated(lang: str) -> None:
    """Nothing left in English: a string added to the UI needs its translation in
    ``resources/translations/source/<lang>.json`` (``scripts/update-translations`` lists it)."""
    tree = ET.parse(ROOT / "resources" / "translations" / f"fieldkit_{lang}.ts")
    unfinished = [
        message.findtext("source")
        for message in tree.getroot().iter("message")
        if message.find("translation[@type='unfinished']") is not None
    ]
    assert not unfinished, f"{lang}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"


def _contexts_looked_up_at_run_time() -> set[str]:
    """The classes of fieldkit/ui (``self.tr`` looks up the object's class and its bases) and the
    contexts named in ``QCoreApplication.translate``/``QT_TRANSLATE_NOOP`` calls."""
    found: set[str] = set()
    for path in (ROOT / "fieldkit" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                found.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                first = node.args[0]
                if name in ("translate", "QT_TRANSLATE_NOOP") and isinstance(first, ast.Constant):
                    found.add(str(first.value))
    return found


def test_every_ui_context_is_one_qt_looks_up() -> None:
    """``window.tr("New study")`` is extracted under the context "window", but at run time Qt
    looks it up under the object's class ("MainWindow"): the translation is never found and
    the dialog stays in English. Outside a class, name the context with
    ``QCoreApplication.translate``."""
    tree = ET.parse(ROOT / "resources" / "translations" / "fieldkit_fr.ts")
    contexts = {c.findtext("name") or "" for c in tree.getroot().iter("context")}
    assert contexts - _contexts_looked_up_at_run_time() == set()


def _translate_wrappers(trees: list[ast.Module]) -> set[str]:
    """Functions that pass one of their parameters to ``QCoreApplication.translate``: lupdate
    cannot see the words their callers give them."""
    found: set[str] = set()
    for tree in trees:
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef):
                continue
            params = {a.arg for a in func.args.args}
            for node in ast.walk(func):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "attr", "") == "translate"
                    and len(node.args) > 1
                    and isinstance(node.args[1], ast.Name)
                    and node.args[1].id in params
                ):
                    found.add(func.name)
    return found


def test_words_given_to_a_translating_helper_are_extracted() -> None:
    """``_tr("Calendar…")`` through a helper is translated at run time only if lupdate
    extracted the words some other way: the date field's words stayed in English."""
    trees = [ast.parse(p.read_text("utf-8")) for p in (ROOT / "fieldkit" / "ui").rglob("*.py")]
    wrappers = _translate_wrappers(trees)
    tree = ET.parse(ROOT / "resources" / "translations" / "fieldkit_fr.ts")
    sources = {m.findtext("source") or "" for m in tree.getroot().iter("message")}
    unseen = [
        node.args[0].value
        for module in trees
        for node in ast.walk(module)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", getattr(node.func, "attr", "")) in wrappers
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and node.args[0].value not in sources
    ]
    assert unseen == []
