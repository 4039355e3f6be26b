"""Finding fonts per script and splitting text into runs."""

from __future__ import annotations

import pytest

from fieldkit.export.pdf import fonts as f

requires_fonts = pytest.mark.skipif(
    not f.default_library().fonts_for(f.DEVANAGARI)[0].startswith("FkDevanagari"),
    reason="Devanagari font (fonts-noto-core) not installed",
)


@pytest.mark.parametrize(
    ("ch", "script"),
    [
        ("a", f.LATIN),
        ("ã", f.LATIN),
        ("ñ", f.LATIN),
        (" ", f.COMMON),
        ("7", f.COMMON),
        ("श", f.DEVANAGARI),
        ("ب", f.ARABIC),
        ("ት", f.ETHIOPIC),
        ("学", f.CJK),
        ("。", f.CJK),
        ("অ", "Bengali"),
    ],
)
def test_script_of(ch: str, script: str) -> None:
    assert f.script_of(ch) == script


@requires_fonts
def test_runs_pick_a_font_per_script() -> None:
    lib = f.default_library()
    runs = lib.runs("Educação: शिक्षा and 学习 ትምህርት")
    by_script = {r.script: r.font for r in runs}
    assert by_script[f.LATIN] == lib.body
    assert by_script[f.DEVANAGARI] == "FkDevanagari"
    assert by_script[f.CJK] == "FkChinese"
    assert by_script[f.ETHIOPIC] == "FkEthiopic"
    assert "".join(r.text for r in runs) == "Educação: शिक्षा and 学习 ትምህርት"


@requires_fonts
def test_markup_switches_on_shaping_and_right_to_left() -> None:
    lib = f.default_library()
    hindi = f.markup(lib, "शिक्षा सबके लिए")
    assert hindi.shaping and not hindi.rtl
    arabic = f.markup(lib, "التعليم حق للجميع")
    assert arabic.rtl and arabic.shaping
    chinese = f.markup(lib, "学习中心很重要")
    assert chinese.cjk and not chinese.shaping
    latin = f.markup(lib, "a < b & c")
    assert latin.xml == "a &lt; b &amp; c" and not (latin.rtl or latin.shaping or latin.cjk)


def test_text_without_a_font_is_reported_not_dropped() -> None:
    lib = f.FontLibrary.discover(without=[f.ETHIOPIC])
    m = f.markup(lib, "ok ትምህርት")
    assert m.missing == {f.ETHIOPIC}
    assert "ትምህርት" in m.xml


@requires_fonts
def test_leading_punctuation_joins_the_shaped_word() -> None:
    lib = f.default_library()
    runs = lib.runs("(शिक्षा)")
    assert runs[0].text.startswith("(") and runs[0].font == "FkDevanagari"
