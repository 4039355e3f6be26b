"""``fieldkit tag ID WORD`` keeps a word that names no theme as a free tag; ``--theme`` refuses."""

from __future__ import annotations

import json

from tests.cli.conftest import Run


def _interview(ok) -> tuple[str, str]:
    ok("study", "create", "S")
    case = ok("case", "add", "--title", "Village A")
    interview = ok("interview", "add", "--case", case, "--date", "2024-01-01")
    return case, interview


def test_a_word_that_is_no_theme_is_kept_as_a_free_tag(fk: Run, ok) -> None:
    case, interview = _interview(ok)
    result = fk("tag", interview, "radio")
    assert result.code == 0, result.err
    assert "'radio' is not a theme: kept as a free tag" in result.err
    assert "fieldkit theme add radio" in result.err
    # A theme's name still tags with the theme, and says nothing more.
    theme_tag = fk("tag", interview, "digital access")
    assert theme_tag.code == 0 and theme_tag.err == ""
    ok("tag", interview, "Radio")  # the same word in another case: one tag
    ok("tag", case, "radio")
    ok("tag", case, "follow-up")

    shown = json.loads(ok("show", interview, "--json"))
    assert shown["free_tags"] == ["radio"] and shown["tags"] == ["Digital access"]
    assert "free-word tags: radio" in ok("show", interview)
    counts = json.loads(ok("tags", "--json"))
    assert counts == [{"word": "radio", "records": 2}, {"word": "follow-up", "records": 1}]
    assert ok("tags") == "radio  2 records\nfollow-up  1 record"
    themes = {t["name"]: t for t in json.loads(ok("theme", "list", "--json"))}
    assert themes["Digital access"]["tags"] == 1 and "radio" not in themes


def test_theme_insists_on_a_theme_and_changes_nothing(fk: Run, ok) -> None:
    _case, interview = _interview(ok)
    before = ok("export", "json")
    result = fk("tag", interview, "raido", "--theme")
    assert result.code == 1 and "no theme called 'raido'" in result.err
    assert ok("export", "json") == before


def test_remove_a_free_tag_and_a_theme_tag_by_word(fk: Run, ok) -> None:
    _case, interview = _interview(ok)
    ok("tag", interview, "radio")
    ok("tag", interview, "Digital access")
    assert "removed 1 tag(s)" in fk("tag", interview, "RADIO", "--remove").err
    assert "removed 1 tag(s)" in fk("tag", interview, "digital access", "--remove").err
    nothing = fk("tag", interview, "radio", "--remove")
    assert nothing.code == 0 and "has no tag 'radio'; nothing removed" in nothing.err
    shown = json.loads(ok("show", interview, "--json"))
    assert shown["free_tags"] == [] and shown["tags"] == []
    assert "no free-word tags" in fk("tags").err


def test_a_case_count_and_deleting_the_record_takes_its_free_tags(fk: Run, ok) -> None:
    case, interview = _interview(ok)
    other = ok("case", "add", "--title", "Village B")
    ok("tag", interview, "radio")
    ok("tag", other, "radio")
    assert json.loads(ok("tags", "--case", case, "--json")) == [{"word": "radio", "records": 1}]
    ok("delete", interview, "--yes")
    assert json.loads(ok("tags", "--json")) == [{"word": "radio", "records": 1}]


def test_empty_and_overlong_words_are_refused(fk: Run, ok) -> None:
    _case, interview = _interview(ok)
    assert "must not be empty" in fk("tag", interview, "   ").err
    assert "120" in fk("tag", interview, "x" * 121).err


def test_search_filters_by_a_free_tag(fk: Run, ok) -> None:
    ok("study", "create", "S")
    case = ok("case", "add", "--title", "Village A")
    first = ok("interview", "add", "--case", case, "--date", "2024-01-01", "--title", "Solar one")
    ok("interview", "add", "--case", case, "--date", "2024-01-02", "--title", "Solar two")
    ok("tag", first, "Électricité")
    hits = json.loads(ok("search", "solar", "--tag", "électricité", "--json"))
    assert [h["record_id"] for h in hits] == [first]
    assert len(json.loads(ok("search", "solar", "--json"))) == 2
    none = fk("search", "solar", "--tag", "generator")
    assert none.code == 0 and "nothing found" in none.err


def test_a_free_word_made_a_theme_tags_its_records_with_it(fk: Run, ok) -> None:
    case, interview = _interview(ok)
    ok("tag", interview, "Radio")
    ok("tag", case, "radio")
    made = fk("tags", "--make-theme", "RADIO")
    assert made.code == 0 and "now the theme 'Radio'" in made.err
    themes = {t["name"]: t for t in json.loads(ok("theme", "list", "--json"))}
    assert themes["Radio"]["tags"] == 2
    assert json.loads(ok("tags", "--json")) == []
    assert json.loads(ok("show", interview, "--json"))["tags"] == ["Radio"]
    again = fk("tags", "--make-theme", "radio")  # now a theme already: said plainly
    assert again.code == 1 and "already exists" in again.err
