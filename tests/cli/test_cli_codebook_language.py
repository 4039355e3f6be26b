"""The default codebook in the researcher's language, and shown in another without changes."""

from __future__ import annotations

import json

from fieldkit.storage.codebook import CODEBOOK_LANGUAGES, all_specs, default_codebook


def _themes(ok, *argv: str) -> list[dict[str, object]]:
    return json.loads(ok("theme", "list", "--json", *argv))


def _last_study(ok) -> str:
    return str(json.loads(ok("study", "list", "--json"))[-1]["id"])


def test_a_new_study_takes_the_codebook_in_the_chosen_language(ok) -> None:
    ok("study", "create", "Écosystèmes d'apprentissage au Sénégal", "--language", "fr")
    rows = _themes(ok)
    english = all_specs(default_codebook("en"))
    assert len(rows) == len(english)
    names = [r["name"] for r in rows]
    assert "Confiance et relations" in names
    assert "Trust and relationships" not in names
    trust = next(r for r in rows if r["name"] == "Confiance et relations")
    assert trust["parent"] == "Finalités et relations de l'écosystème"
    assert str(trust["description"]).startswith("Des liens de confiance solides")
    ok("study", "create", "Learning ecosystems in Senegal")  # English, same colours
    english = _themes(ok, "--study", _last_study(ok))
    same = next(r for r in english if r["name"] == "Trust and relationships")
    assert trust["color"] == same["color"]  # the same theme, whatever its language


def test_a_study_shows_its_codebook_in_another_language_without_changing_codings(
    ok, tmp_path
) -> None:
    s = ok("study", "create", "Learning ecosystems in Kisumu")  # English, as before
    c = ok("case", "add", "--study", s, "--title", "Reading camps")
    text = tmp_path / "t.txt"
    text.write_text("Parents and teachers trust each other here.", encoding="utf-8")
    i = ok("interview", "add", "--case", c, "--date", "2024-03-01", "--transcript", str(text))
    ok("code", i, "Trust and relationships", "--start", "0", "--end", "20")
    ok("theme", "add", "Radio lessons", "--parent", "Digital access")
    before = _themes(ok)

    swahili = {r["id"]: r for r in _themes(ok, "--language", "sw")}
    trust = next(r for r in before if r["name"] == "Trust and relationships")
    assert swahili[trust["id"]]["name"] == "Kuaminiana na mahusiano"
    assert swahili[trust["id"]]["codings"] == 1
    radio = next(r for r in before if r["name"] == "Radio lessons")
    assert swahili[radio["id"]]["name"] == "Radio lessons"  # the team's own theme, as named
    assert swahili[radio["id"]]["parent"] == "Upatikanaji wa kidijitali"

    assert _themes(ok) == before  # nothing was changed: the rows keep their English names
    shown = json.loads(ok("show", i, "--json"))
    assert "Trust and relationships" in json.dumps(shown)


def test_a_renamed_default_theme_is_the_teams_own(ok) -> None:
    ok("study", "create", "Étude", "--language", "fr")
    ok("theme", "rename", "Confiance et relations", "Confiance entre parents et enseignants")
    names = [r["name"] for r in _themes(ok, "--language", "en")]
    assert "Confiance entre parents et enseignants" in names
    assert "Thriving and wellbeing" in names  # the others still translate


def test_a_language_the_codebook_does_not_ship_is_one_clear_line(fk, ok) -> None:
    result = fk("study", "create", "Studie", "--language", "de")
    assert result.code == 1
    assert "not available in 'de'" in result.err and "fr" in result.err
    assert "Traceback" not in result.err
    assert json.loads(ok("study", "list", "--json")) == []  # nothing half-made


def test_every_shipped_language_seeds_a_whole_codebook(ok) -> None:
    for lang in CODEBOOK_LANGUAGES:
        specs = all_specs(default_codebook(lang))
        assert len({s.key for s in specs}) == len(specs) == 28
        assert all(s.name and s.description and len(s.name) <= 120 for s in specs)
        assert len({s.name for s in specs}) == len(specs), lang  # names stay unique per study
