"""Fill the English plural forms of a Qt Linguist file made with ``lupdate -pluralonly``.

``self.tr("%n result(s)", "", n)`` needs an English translation to show "1 result" and
"2 results" instead of "result(s)": the singular drops "(s)", the plural keeps the "s". Forms
filled by hand (an irregular plural) are kept. Used by ``scripts/update-translations``.

    python scripts/english_plurals.py resources/translations/fieldkit_en.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_MARK = re.compile(r"\((e?s)\)")


def forms(source: str) -> tuple[str, str]:
    """("1 result", "%n results") for "%n result(s)"; "(es)" works the same way."""
    return _MARK.sub("", source), _MARK.sub(lambda m: m.group(1), source)


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        numerus = translation.findall("numerusform")
        # lupdate pre-fills a source met in another context, marked unfinished: refill it.
        done = translation.get("type") != "unfinished"
        if len(numerus) != 2 or (done and all((n.text or "").strip() for n in numerus)):
            continue
        numerus[0].text, numerus[1].text = forms(source)
        translation.attrib.pop("type", None)  # finished
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} plural forms filled")
