"""Fill the Qt Linguist sources from the per-language dictionaries kept by hand.

``resources/translations/source/<lang>.json`` maps each English source text to its
translation (a list of plural forms for a ``%n`` message, in the order of Qt's rules for the
language: French 2, Arabic 6…). The dictionaries survive string changes: after
``lupdate`` refreshes the ``.ts``, this script fills every message whose source is known and
marks it finished; a source not in the dictionary stays ``unfinished`` (shown in English) and is
listed, so a translator knows what to add. Used by ``scripts/update-translations``.

    python scripts/fill_translations.py [LANG...]      (default: every dictionary present)
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def load(lang: str) -> dict[str, str | list[str]]:
    path = FOLDER / "source" / f"{lang}.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def localised_count(text: str) -> str:
    """``%n`` → ``%Ln``: Qt then writes the count in the language's own digits and grouping
    ("١٢ نتيجة", "1 234 résultats"); the dictionaries keep the plain ``%n`` of the source."""
    return text.replace("%n", "%Ln")


def fill(lang: str) -> tuple[int, int, list[str], int]:
    """Fill fieldkit_<lang>.ts; returns (finished, total, sources still missing, dictionary
    entries no message uses any more: kept, in case the string comes back)."""
    path = FOLDER / f"fieldkit_{lang}.ts"
    words = load(lang)
    tree = ET.parse(path)
    total = finished = 0
    missing: list[str] = []
    used: set[str] = set()
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        total += 1
        source = message.findtext("source") or ""
        used.add(source)
        found = words.get(source)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            if not isinstance(found, list) or len(found) != len(forms):
                missing.append(source)
                continue
            for element, text in zip(forms, found, strict=True):
                element.text = localised_count(text)
        else:
            if not isinstance(found, str) or not found.strip():
                missing.append(source)
                continue
            translation.text = found
        translation.attrib.pop("type", None)
        finished += 1
    body = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")  # as lupdate
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    path.write_text(head + body + "\n", "utf-8")
    return finished, total, missing, len(set(words) - used)


def main(argv: list[str]) -> int:
    langs = argv or sorted(p.stem for p in (FOLDER / "source").glob("*.json"))
    for lang in langs:
        finished, total, missing, unused = fill(lang)
        print(f"{lang}: {finished}/{total} finished ({unused} dictionary entries unused)")
        for source in missing:
            print(f"  missing: {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
