"""Pseudo-localisation: every string of the interface about 40 % longer, with accents.

A translator that needs no catalogue: it answers every ``tr()`` with the English text made
longer and accented (``"&File"`` → ``"⟦&Fíléé ··⟧"``), keeping placeholders (``%1``, ``%n``,
``{name}``), HTML tags, ``&`` accelerators and entities as they are. Installed in place of a
language, it shows where a longer translation (German, French, Kiswahili run 30–40 % longer than
English) would be clipped, and the brackets show where a text was cut. Used by
``tests/ui/test_pseudo_locale.py``; a developer can also run the app with it:
``FIELDKIT_PSEUDO_LOCALE=1 scripts/run-app``.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QTranslator

ACCENTED = str.maketrans(
    "aceinosuyACEINOSUY",
    "áçéîñöšûýÅÇÉÎÑÖŠÛÝ",
)
# Kept as they are: placeholders, tags, entities, accelerators, file patterns.
_KEEP = re.compile(r"%L?\d|%n|\{[a-z_0-9]*\}|<[^>]*>|&[a-z]+;|&&|&|\*\.[a-z0-9]+|\\n")
_PLURAL = re.compile(r"\((e?s)\)")
_UNSEEN = re.compile(r"<[^>]*>|&(?!&)")  # not drawn: tags, the accelerator's mark
GROWTH = 0.4


def pseudo(text: str, n: int = -1) -> str:
    """``text`` accented and made ~40 % longer (English plural forms chosen by ``n``)."""
    if not text:
        return text
    if n >= 0:
        text = _PLURAL.sub("" if n == 1 else r"\1", text)
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        parts.append(_vowels_longer(text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_vowels_longer(text[last:]))
    body = "".join(parts)
    visible = len(_UNSEEN.sub("", text))
    missing = math.ceil(visible * (1 + GROWTH)) - len(_UNSEEN.sub("", body)) - 2
    padding = " " + "·" * (missing - 1) if missing > 1 else ""
    return "⟦" + body + padding + "⟧"


def _vowels_longer(chunk: str) -> str:
    """Accented, and every other vowel doubled (text grows inside the words too)."""
    out = []
    count = 0
    for char in chunk:
        out.append(char.translate(ACCENTED))
        if char in "aeiouAEIOU":
            count += 1
            if count % 2:
                out.append(char.translate(ACCENTED))
    return "".join(out)


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source, n)

    def isEmpty(self) -> bool:
        return False


_installed: list[PseudoTranslator] = []


def install_pseudo(app: QCoreApplication) -> PseudoTranslator:
    """Install the pseudo translator last (it answers every string)."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


def remove_pseudo(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


__all__ = ["GROWTH", "PseudoTranslator", "install_pseudo", "pseudo", "remove_pseudo"]
