"""The font library: fonts for every script a researcher types, found and registered once.

Text is split into runs of one script; each run gets the first font that covers it (Latin body
font, then the script's own font). Paragraphs in complex or right-to-left scripts (Devanagari,
Arabic, …) are laid out by :mod:`~fieldkit.export.pdf.script_paragraph`: lines in Unicode bidi
order, runs shaped with HarfBuzz, and a text layer (``/ActualText``) that reads back as typed.
Characters no font covers are still written (they show as empty boxes) and reported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldkit.export.pdf.scripts import (
    ARABIC,
    CJK,
    COMMON,
    DEVANAGARI,
    ETHIOPIC,
    HEBREW,
    LATIN,
    SHAPED_SCRIPTS,
    script_of,
)

_LINE_BREAKS = frozenset(map(ord, "\n\r\t"))
_PUNCT = "\"'“‘«([{¿¡-–—"


# Candidate files per role, best first: Debian/Ubuntu (fonts-noto-core, fonts-dejavu-core,
# fonts-wqy-zenhei, fonts-arphic-uming, fonts-droid-fallback), macOS and Windows names.
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "latin": ("NotoSans-Regular.ttf", "DejaVuSans.ttf", "Arial.ttf", "arial.ttf"),
    "latin-bold": ("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf"),
    "latin-italic": (
        "NotoSans-Italic.ttf",
        "DejaVuSans-Oblique.ttf",
        "Arial Italic.ttf",
        "ariali.ttf",
    ),
    DEVANAGARI: (
        "NotoSansDevanagari-Regular.ttf",
        "NotoSerifDevanagari-Regular.ttf",
        "Lohit-Devanagari.ttf",
        "Nirmala.ttf",
        "mangal.ttf",
        "Kohinoor.ttc",
    ),
    ARABIC: (
        "NotoNaskhArabic-Regular.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoKufiArabic-Regular.ttf",
        "DejaVuSans.ttf",
        "arial.ttf",
        "GeezaPro.ttc",
    ),
    HEBREW: ("NotoSansHebrew-Regular.ttf", "DejaVuSans.ttf", "arial.ttf"),
    ETHIOPIC: (
        "NotoSansEthiopic-Regular.ttf",
        "NotoSerifEthiopic-Regular.ttf",
        "AbyssinicaSIL-Regular.ttf",
        "ebrima.ttf",
        "Kefa.ttc",
    ),
    "symbols": ("DejaVuSans.ttf", "NotoSansSymbols2-Regular.ttf", "seguisym.ttf"),
    CJK: (
        "wqy-zenhei.ttc",
        "wqy-microhei.ttc",
        "DroidSansFallbackFull.ttf",
        "DroidSansFallback.ttf",
        "uming.ttc",
        "ukai.ttc",
        "simsun.ttc",
        "msyh.ttc",
        "Arial Unicode.ttf",
    ),
}


# A character each script's font must have.
_PROBE = {
    "latin": "ã",
    "latin-bold": "ã",
    "latin-italic": "ã",
    DEVANAGARI: "क",
    ARABIC: "ب",
    HEBREW: "א",
    ETHIOPIC: "ሀ",
    CJK: "学",
    "symbols": "★",
}


def font_dirs() -> list[Path]:
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".fonts",
        home / ".local/share/fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
        home / "Library/Fonts",
    ]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    return [d for d in dirs if d.is_dir()]


@dataclass(frozen=True)
class Run:
    text: str
    script: str
    font: str | None  # None: no font covers it


@dataclass
class FontLibrary:
    """Fonts found on this system, registered with reportlab on first use (per process).

    One library serves a whole batch; :func:`default_library` returns a shared one.
    """

    body: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    italic: str = "Helvetica-Oblique"
    _files: dict[str, Path] = field(default_factory=dict)
    _fonts: dict[str, list[str]] = field(default_factory=dict)
    _coverage: dict[str, frozenset[int]] = field(default_factory=dict)
    _loaded: set[str] = field(default_factory=set)
    _index: dict[str, Path] | None = None
    _symbols_tried: bool = False
    _without: frozenset[str] = frozenset()

    @classmethod
    def discover(cls, *, without: Iterable[str] = ()) -> FontLibrary:
        """Find and register the fonts; ``without`` names scripts to treat as having no font
        (what a machine without, say, Ethiopic fonts would do)."""
        lib = cls()
        lib._without = frozenset(without)
        latin = lib._register("latin", "FkSans")
        if latin:
            lib.body = latin
            lib.bold = lib._register("latin-bold", "FkSans-Bold") or latin
            lib.italic = lib._register("latin-italic", "FkSans-Italic") or latin
            pdfmetrics.registerFontFamily(
                latin, normal=latin, bold=lib.bold, italic=lib.italic, boldItalic=lib.bold
            )
        return lib

    # --- discovery ------------------------------------------------------------------------
    def _file_index(self) -> dict[str, Path]:
        if self._index is None:
            index: dict[str, Path] = {}
            for d in font_dirs():
                for root, _dirs, files in os.walk(d):
                    for name in files:
                        if name.lower().endswith((".ttf", ".ttc")):
                            index.setdefault(name.lower(), Path(root) / name)
            self._index = index
        return self._index

    def _register(self, role: str, name: str) -> str | None:
        probe = _PROBE.get(role)
        tried: set[Path] = set()
        for filename in _CANDIDATES.get(role, ()):
            path = self._file_index().get(filename.lower())
            if path is None or path in tried:
                continue
            tried.add(path)
            if self._load(name, path, probe):
                return name
        if role in _CANDIDATES and probe:
            for path in _fc_list_for(probe):
                if path not in tried and self._load(name, path, probe):
                    return name
        return None

    def _load(self, name: str, path: Path, probe: str | None) -> bool:
        if name in self._loaded:
            return True
        try:
            font = (
                TTFont(name, str(path), subfontIndex=0)
                if path.suffix.lower() == ".ttc"
                else (TTFont(name, str(path)))
            )
        except Exception:  # reportlab raises plain exceptions for CFF/bad fonts
            return False
        cmap = font.face.charToGlyph
        if probe and ord(probe) not in cmap:
            return False
        pdfmetrics.registerFont(font)
        self._loaded.add(name)
        self._files[name] = path
        self._coverage[name] = frozenset(cmap)
        return True

    def fonts_for(self, script: str) -> list[str]:
        """Font names that may cover ``script``, best first (loaded lazily)."""
        if script not in self._fonts:
            names = [self.body]
            if script in _CANDIDATES:
                own = self._register(script, f"Fk{script}")
                if own:
                    names.insert(0, own)
            self._fonts[script] = names
        return self._fonts[script]

    def covers(self, font: str, ch: str) -> bool:
        if ch in "\n\r\t":  # line breaks become <br/>, never glyphs
            return True
        cov = self._coverage.get(font)
        if cov is None:  # a built-in Type 1 font: Latin-1 only
            return ord(ch) < 0x100
        return ord(ch) in cov

    def path_of(self, font: str) -> Path | None:
        return self._files.get(font)

    # --- splitting text ------------------------------------------------------------------
    def runs(self, text: str, base: str | None = None) -> list[Run]:
        """Split ``text`` into runs of one font each."""
        base = base or self.body
        assert base is not None
        # Fast path: text before the Hebrew block (Latin, Greek, Cyrillic, punctuation) that
        # the base font covers is one run; no script needs shaping there.
        if text and max(text) < "\u0590":
            cov = self._coverage.get(base)
            codes = set(map(ord, text)) - _LINE_BREAKS
            if (cov is not None and codes <= cov) or (cov is None and max(codes, default=0) < 256):
                return [Run(text, LATIN, base)]
        runs: list[Run] = []
        cur_font: str | None = base
        cur_script = LATIN
        buf: list[str] = []
        for ch in text:
            script = script_of(ch)
            font: str | None
            if script == COMMON:
                font = cur_font if cur_font and self.covers(cur_font, ch) else base
                if not self.covers(font, ch):
                    font = self._any_font(ch)
                same = font == cur_font
                script = cur_script if same else COMMON
            else:
                font = self._font_for(ch, script, base)
                same = font == cur_font and script == cur_script
            if font is None and script == COMMON:
                script = "Symbol"
                same = cur_font is None and cur_script == script
            if not same and buf:
                runs.append(Run("".join(buf), cur_script, cur_font))
                buf = []
            buf.append(ch)
            cur_font = font
            if script != COMMON:
                cur_script = script
        if buf:
            runs.append(Run("".join(buf), cur_script, cur_font))
        return self._merge_leading_common(runs)

    def _merge_leading_common(self, runs: list[Run]) -> list[Run]:
        """Give punctuation before a word (``“शिक्षा``) the word's font when it has the glyphs.

        HarfBuzz shapes a whole word with the font of its first character, so a word should
        not start in another font.
        """
        out: list[Run] = []
        for i, run in enumerate(runs):
            nxt = runs[i + 1] if i + 1 < len(runs) else None
            if (
                nxt is not None
                and nxt.font is not None
                and nxt.script in SHAPED_SCRIPTS
                and not run.text[-1:].isspace()
            ):
                head = run.text.rstrip(_PUNCT)
                tail = run.text[len(head) :]
                if tail and all(self.covers(nxt.font, c) for c in tail):
                    runs[i + 1] = Run(tail + nxt.text, nxt.script, nxt.font)
                    run = Run(head, run.script, run.font)
            elif (
                nxt is not None
                and nxt.font is not None
                and run.script in SHAPED_SCRIPTS
                and nxt.script not in SHAPED_SCRIPTS
            ):
                # The other way round: "कहा: [place]", "मीणा (P-003)": a bracket opening the
                # next (Latin) word goes with that word, or the word is shaped in two fonts.
                head = run.text.rstrip(_PUNCT)
                tail = run.text[len(head) :]
                if tail and head[-1:].isspace() and all(self.covers(nxt.font, c) for c in tail):
                    runs[i + 1] = Run(tail + nxt.text, nxt.script, nxt.font)
                    run = Run(head, run.script, run.font)
            if run.text:
                out.append(run)
        return out

    def _font_for(self, ch: str, script: str, base: str) -> str | None:
        if script in self._without:
            return None
        if script == LATIN and self.covers(base, ch):
            return base
        for name in self.fonts_for(script):
            if self.covers(name, ch):
                return name
        return self._any_font(ch)

    def _any_font(self, ch: str) -> str | None:
        for name in self._loaded:
            if self.covers(name, ch):
                return name
        if not self._symbols_tried:
            self._symbols_tried = True
            if self._register("symbols", "FkSymbols"):
                return self._any_font(ch)
        return None


def _fc_list_for(probe: str) -> Iterator[Path]:
    """Font files fontconfig says cover ``probe`` (TrueType only), if fc-list exists."""
    if sys.platform.startswith("win"):
        return
    try:
        out = subprocess.run(
            ["fc-list", f":charset={ord(probe):x}:fontformat=TrueType", "file"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return
    for line in sorted(out.splitlines()):
        path = Path(line.split(":")[0].strip())
        if path.suffix.lower() in (".ttf", ".ttc"):
            yield path


@lru_cache(maxsize=1)
def default_library() -> FontLibrary:
    """The fonts of this system, discovered once per process."""
    return FontLibrary.discover()


__all__ = ["FontLibrary", "Run", "default_library", "font_dirs"]
