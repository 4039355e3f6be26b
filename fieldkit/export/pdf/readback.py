"""How much of a text comes back, in order, from a PDF's text layer (``pdftotext``).

Used by the tests and by ``benchmarks/bench_pdf_text.py`` to check that shaped scripts
(Devanagari, Arabic, Ethiopic, Chinese) read back as typed: search, copy-paste and screen
readers depend on it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fieldkit.errors import FieldkitError, phrase
from fieldkit.export.pdf.case_data import apply_consent, load_case
from fieldkit.export.pdf.case_report import export_case_pdf
from fieldkit.export.pdf.options import PdfOptions
from fieldkit.export.pdf.quotes import select_quotes
from fieldkit.storage.db import Store

# Directional marks pdftotext wraps right-to-left runs in (RLE, LRE, PDF, …): they stand
# between words. Zero-width joiners carry no words.
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\ufeff]")
_ARABIC_MARK = re.compile("[\u064b-\u065f\u0670]")
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Recovery:
    found: int
    total: int

    @property
    def share(self) -> float:
        return self.found / self.total if self.total else 1.0

    def __add__(self, other: Recovery) -> Recovery:
        return Recovery(self.found + other.found, self.total + other.total)


def pdf_text(path: Path) -> str:
    """The text ``pdftotext`` (poppler) extracts from the PDF at ``path``."""
    exe = shutil.which("pdftotext")
    if exe is None:
        raise FieldkitError(phrase("pdftotext (poppler-utils) is needed to read a PDF's text back"))
    done = subprocess.run([exe, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=False)
    if done.returncode != 0:
        raise FieldkitError(
            phrase(
                "pdftotext could not read {path}: {reason}",
                path=str(path),
                reason=done.stderr.decode()[:200],
            )
        )
    return done.stdout.decode("utf-8")


def rtl_lines_restored(text: str) -> str:
    """``text`` with right-to-left lines that pdftotext printed in visual order put back.

    On a page where most text runs left to right, poppler prints each line left to right
    and wraps every right-to-left stretch in RLE…PDF marks (in logical order inside); a
    right-to-left line broken by punctuation or a number therefore comes out with its
    stretches in visual order. A reader of a right-to-left line takes them right to left;
    so does this function, for lines whose letters are mostly right to left.
    """
    return "\n".join(_restore_line(line) for line in text.split("\n"))


def _restore_line(line: str) -> str:
    if "\u202b" not in line:
        return line
    rtl = sum(1 for c in line if unicodedata.bidirectional(c) in ("R", "AL"))
    ltr = sum(1 for c in line if unicodedata.bidirectional(c) == "L")
    if rtl <= ltr:
        return line
    segments: list[str] = []
    depth = 0
    current = ""
    for ch in line:
        if ch in "\u202a\u202b":
            if depth == 0 and current:
                segments.append(current)
                current = ""
            depth += 1
        elif ch == "\u202c":
            depth = max(depth - 1, 0)
            if depth == 0:
                segments.append(current)
                current = ""
                continue
        current += ch
    if current:
        segments.append(current)
    return " ".join(reversed(segments))


def words_of(text: str) -> list[str]:
    """The words of ``text`` (Chinese: its characters), without punctuation, NFC.

    Arabic vowel marks (harakat, tanwin, shadda) are left out: they are optional in Arabic
    and pdftotext may print a word-final one beside its letter in either order.
    """
    text = _ZERO_WIDTH.sub("", _DIRECTION_MARKS.sub(" ", text))
    text = unicodedata.normalize("NFC", text)
    words: list[str] = []
    for token in text.split():
        token = "".join(
            c for c in token if unicodedata.category(c)[0] in "LMN" and not _ARABIC_MARK.match(c)
        )
        if not token:
            continue
        if _CJK.search(token):
            words += list(token)
        else:
            words.append(token)
    return words


def recovered(expected: str, extracted: str, *, restore_rtl: bool = True) -> Recovery:
    """How many words of ``expected`` occur in ``extracted`` in the same order.

    Each word is looked for after the previous word found, so scrambled or reordered text
    counts as lost. ``restore_rtl``: read right-to-left lines right to left first (see
    :func:`rtl_lines_restored`).
    """
    want = words_of(expected)
    have = words_of(rtl_lines_restored(extracted) if restore_rtl else extracted)
    found = 0
    pos = 0
    for word in want:
        try:
            pos = have.index(word, pos) + 1
        except ValueError:
            continue
        found += 1
    return Recovery(found, len(want))


def quote_recovery(
    store: Store, *, case_id: str, path: Path, restore_rtl: bool = True
) -> dict[str, Recovery]:
    """Export the case's PDF to ``path`` and say, per interview language, how many words of
    the quotes it shows come back from its text layer in order."""
    export_case_pdf(store, case_id=case_id, path=path)
    text = pdf_text(path)
    with store.read() as session:
        data = load_case(session, case_id=case_id)
    data, policy, _withheld = apply_consent(data)
    quotes = select_quotes(
        data,
        policy,
        anonymised=False,
        max_per_theme=PdfOptions().max_quotes_per_theme,
    )
    out: dict[str, Recovery] = {}
    for tq in quotes.by_theme:
        for q in tq.quotes:
            lang = q.language or "?"
            out[lang] = out.get(lang, Recovery(0, 0)) + recovered(
                q.text, text, restore_rtl=restore_rtl
            )
    return out


__all__ = [
    "Recovery",
    "pdf_text",
    "quote_recovery",
    "recovered",
    "rtl_lines_restored",
    "words_of",
]
