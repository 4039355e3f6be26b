"""The codebook: the default themes, and adding, renaming, recolouring, moving, archiving and
merging themes, with bad input refused and the database left as it was."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.errors import AmbiguousError, ConflictError, NotFoundError, ValidationError
from fieldkit.storage import codings, themes
from fieldkit.storage.codebook import default_codebook
from fieldkit.storage.db import Store
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Coding, Tag, Theme

from .service_helpers import Seeded, escape, fails, log_count, make_seeded_template, open_copy, seed

SEED_SOURCE = re.compile(r"^00[0-4] — \S")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seeded]:
    return make_seeded_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: tuple[Path, Seeded], data_dir: Path) -> Iterator[Store]:
    """A fresh copy of the seeded template: every test starts from the same study."""
    with open_copy(template[0], data_dir) as opened:
        yield opened


@pytest.fixture
def seeded(store: Store, template: tuple[Path, Seeded]) -> Seeded:
    return template[1]


def theme_id(store: Store, study_id: str, name: str) -> str:
    with store.read() as s:
        return themes.find_theme(s, study_id=study_id, ref=name).id


# --- the default codebook ---------------------------------------------------------------------


def test_every_study_starts_with_the_learning_ecosystem_codebook(
    store: Store, seeded: Seeded
) -> None:
    with store.read() as s:
        tree = themes.theme_tree(s, study_id=seeded.study_id)
    groups = [t.theme for t in tree if t.depth == 0]
    leaves = [t.theme for t in tree if t.depth == 1]
    assert 5 <= len(groups) <= 8
    assert 20 <= len(leaves) <= 24  # "about 20 themes in a few groups"
    assert {t.depth for t in tree} == {0, 1}
    for t in (*groups, *leaves):
        assert t.description.strip().endswith("."), t.name
        assert t.source and SEED_SOURCE.match(t.source), (t.name, t.source)
        assert re.fullmatch(r"#[0-9a-f]{6}", t.color)
        assert not t.archived
    names = {t.name for t in leaves}
    for expected in (
        "Thriving and wellbeing",
        "Trust and relationships",
        "Alliances and coalitions",
        "New metrics and uses of data",
        "Contextualisation",
        "Learners at the centre",
        "Teacher empowerment",
        "Evidence translation",
        "Implementation at scale",
        "Digital access",
        "Equity and inclusion",
    ):
        assert expected in names
    # Names are unique ignoring case, and every leaf has a group.
    assert len({t.name.lower() for t in (*groups, *leaves)}) == len(groups) + len(leaves)
    assert all(t.parent_id in {g.id for g in groups} for t in leaves)


def test_the_resource_file_and_the_seeded_themes_agree(store: Store, seeded: Seeded) -> None:
    specs = default_codebook()
    with store.read() as s:
        stored = {t.name: t for t in themes.live_themes(s, study_id=seeded.study_id)}
    for group in specs:
        assert stored[group.name].parent_id is None
        for i, child in enumerate(group.children):
            t = stored[child.name]
            assert (t.description, t.source, t.color, t.position) == (
                child.description,
                child.source,
                child.color,
                i,
            )
            assert t.parent_id == stored[group.name].id


def test_two_studies_get_separate_codebooks(store: Store, seeded: Seeded) -> None:
    other = seed(store, name="Second study")
    a = theme_id(store, seeded.study_id, "Digital access")
    b = theme_id(store, other.study_id, "Digital access")
    assert a != b


# --- add and find -------------------------------------------------------------------------------


def test_add_theme_takes_a_colour_its_siblings_do_not_use(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        t = themes.add_theme(
            s, study_id=seeded.study_id, name="  School  meals ", parent="learners and teachers"
        )
        u = themes.add_theme(
            s, study_id=seeded.study_id, name="Water", color="#1F77B4", description="Wells."
        )
    with store.read() as s:
        family = [
            x.color
            for x in themes.live_themes(s, study_id=seeded.study_id)
            if x.parent_id == t.parent_id and x.id != t.id
        ]
        parent = themes.find_theme(s, study_id=seeded.study_id, ref="learners and teachers")
    assert (t.name, t.description) == ("School meals", "")
    assert t.color not in {*family, parent.color, "#808080"}  # distinct, and never grey
    assert (u.color, u.parent_id, u.description) == ("#1f77b4", None, "Wells.")
    with store.write() as s:  # a second new top-level theme differs from the first
        first = themes.add_theme(s, study_id=seeded.study_id, name="Radio")
        second = themes.add_theme(s, study_id=seeded.study_id, name="Batteries")
    assert first.color != second.color
    with store.read() as s:
        assert themes.find_theme(s, study_id=seeded.study_id, ref="SCHOOL MEALS").id == t.id
        assert themes.find_theme(s, study_id=seeded.study_id, ref=t.id[:6]).id == t.id


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"name": ""}, ValidationError, "theme name must not be empty"),
        ({"name": "  \t "}, ValidationError, "theme name must not be empty"),
        (
            {"name": "n" * 121},
            ValidationError,
            escape("theme name is too long (121 characters; at most 120)"),
        ),
        (
            {"name": "digital ACCESS"},
            ConflictError,
            "a theme called 'digital ACCESS' already exists in this study",
        ),
        ({"color": "red"}, ValidationError, "colour 'red' is not valid; write it as #RRGGBB"),
        (
            {"parent": "No such group"},
            NotFoundError,
            "no theme called 'No such group' in this study",
        ),
        ({"description": "d" * 5001}, ValidationError, "description is too long"),
        ({"source": "s" * 301}, ValidationError, "source is too long"),
        ({"study_id": "0000"}, NotFoundError, "no study with id '0000'"),
    ],
)
def test_bad_new_themes_are_refused(
    store: Store, seeded: Seeded, kwargs: dict[str, str], error: type[Exception], message: str
) -> None:
    args = {"study_id": seeded.study_id, "name": "Brand new", **kwargs}
    fails(store, error, message, lambda s: themes.add_theme(s, **args))  # type: ignore[arg-type]


def test_theme_name_at_the_exact_limit(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        assert len(themes.add_theme(s, study_id=seeded.study_id, name="ñ" * 120).name) == 120


def test_a_theme_of_another_study_is_not_found_by_id(store: Store, seeded: Seeded) -> None:
    other = seed(store, name="Second study")
    foreign = theme_id(store, other.study_id, "Digital access")
    with store.read() as s:
        with pytest.raises(NotFoundError, match=r"no theme called .* in this study"):
            themes.find_theme(s, study_id=seeded.study_id, ref=foreign)
        with pytest.raises(ValidationError, match="a theme name is required"):
            themes.find_theme(s, study_id=seeded.study_id, ref="   ")


def test_ambiguous_theme_prefix(store: Store, seeded: Seeded) -> None:
    with store.write() as s:
        for n in (1, 2):
            s.add(
                Theme(
                    id=f"beef{n}000-0000-4000-8000-000000000000",
                    study_id=seeded.study_id,
                    name=f"T{n}",
                )
            )
    with (
        store.read() as s,
        pytest.raises(AmbiguousError, match="more than one theme has an id starting with 'beef'"),
    ):
        themes.find_theme(s, study_id=seeded.study_id, ref="beef")


# --- rename, recolour, describe -------------------------------------------------------------------


def test_rename_theme(store: Store, seeded: Seeded) -> None:
    tid = theme_id(store, seeded.study_id, "Digital access")
    with store.write() as s:
        assert (
            themes.rename_theme(s, theme_id=tid, name="digital Access").name == "digital Access"
        )  # own name
        assert themes.rename_theme(s, theme_id=tid, name=" Connectivity ").name == "Connectivity"


@pytest.mark.parametrize(
    ("name", "error", "message"),
    [
        ("", ValidationError, "theme name must not be empty"),
        ("   ", ValidationError, "theme name must not be empty"),
        ("x" * 121, ValidationError, "theme name is too long"),
        (
            "EQUITY AND INCLUSION",
            ConflictError,
            "a theme called 'EQUITY AND INCLUSION' already exists",
        ),
        ("Trust  and relationships", ConflictError, "already exists"),
    ],
)
def test_bad_renames_are_refused(
    store: Store, seeded: Seeded, name: str, error: type[Exception], message: str
) -> None:
    tid = theme_id(store, seeded.study_id, "Digital access")
    fails(store, error, message, lambda s: themes.rename_theme(s, theme_id=tid, name=name))  # type: ignore[arg-type]


def test_a_merged_away_name_can_be_reused(store: Store, seeded: Seeded) -> None:
    a = theme_id(store, seeded.study_id, "Digital access")
    b = theme_id(store, seeded.study_id, "Technologies for learning")
    with store.write() as s:
        themes.merge_themes(s, source_id=a, target_id=b)
        themes.rename_theme(s, theme_id=b, name="Digital access")


@pytest.mark.parametrize(
    "color", ["red", "#fff", "#GGGGGG", "", "  ", "#1234567", "1f77b4", "#12345", "#12 456"]
)
def test_bad_colours_are_refused(store: Store, seeded: Seeded, color: str) -> None:
    tid = theme_id(store, seeded.study_id, "Digital access")
    fails(
        store,
        ValidationError,
        escape(f"colour {color!r} is not valid"),
        lambda s: themes.recolor_theme(s, theme_id=tid, color=color),
    )


def test_recolor_normalises(store: Store, seeded: Seeded) -> None:
    tid = theme_id(store, seeded.study_id, "Digital access")
    with store.write() as s:
        assert themes.recolor_theme(s, theme_id=tid, color=" #ABCDEF ").color == "#abcdef"


# --- re-parent ------------------------------------------------------------------------------------


def test_reparent_and_back_to_the_top(store: Store, seeded: Seeded) -> None:
    leaf = theme_id(store, seeded.study_id, "Digital access")
    group = theme_id(store, seeded.study_id, "Context and culture")
    with store.write() as s:
        assert themes.reparent_theme(s, theme_id=leaf, parent_id=group).parent_id == group
    with store.write() as s:
        assert themes.reparent_theme(s, theme_id=leaf, parent_id=None).parent_id is None
    with store.read() as s:
        depth = {t.theme.id: t.depth for t in themes.theme_tree(s, study_id=seeded.study_id)}
    assert depth[leaf] == 0


def test_reparent_cycles_are_refused(store: Store, seeded: Seeded) -> None:
    group = theme_id(store, seeded.study_id, "Technology and access")
    leaf = theme_id(store, seeded.study_id, "Digital access")
    with store.write() as s:
        grandchild = themes.add_theme(s, study_id=seeded.study_id, name="Solar power", parent=leaf)
    fails(
        store,
        ConflictError,
        "'Technology and access' cannot move under 'Digital access', which is inside it",
        lambda s: themes.reparent_theme(s, theme_id=group, parent_id=leaf),
    )
    fails(
        store,
        ConflictError,
        "cannot move under 'Solar power', which is inside it",
        lambda s: themes.reparent_theme(s, theme_id=group, parent_id=grandchild.id),
    )
    fails(
        store,
        ConflictError,
        "'Digital access' cannot move under itself",
        lambda s: themes.reparent_theme(s, theme_id=leaf, parent_id=leaf),
    )


def test_reparent_across_studies_or_to_nothing_known_is_refused(
    store: Store, seeded: Seeded
) -> None:
    other = seed(store, name="Second study")
    leaf = theme_id(store, seeded.study_id, "Digital access")
    foreign = theme_id(store, other.study_id, "Context and culture")
    fails(
        store,
        ValidationError,
        "a theme can only move under a theme of the same study",
        lambda s: themes.reparent_theme(s, theme_id=leaf, parent_id=foreign),
    )
    fails(
        store,
        NotFoundError,
        "no theme with id 'abcdef'",
        lambda s: themes.reparent_theme(s, theme_id=leaf, parent_id="abcdef"),
    )
    fails(
        store,
        NotFoundError,
        "no theme with id 'abcdef'",
        lambda s: themes.reparent_theme(s, theme_id="abcdef", parent_id=None),
    )


# --- archive --------------------------------------------------------------------------------------


def test_an_archived_theme_keeps_its_codings_but_takes_no_new_ones(
    store: Store, seeded: Seeded
) -> None:
    tid = theme_id(store, seeded.study_id, "Trust and relationships")
    with store.write() as s:
        old = codings.code_text(s, record_id=seeded.interview_id, theme=tid, start=0, end=14)
        themes.archive_theme(s, theme_id=tid)
    with store.read() as s:
        assert [c.id for c in codings.codings_for(s, record_id=seeded.interview_id)] == [old.id]
        visible = {
            t.name for t in themes.live_themes(s, study_id=seeded.study_id, include_archived=False)
        }
        assert "Trust and relationships" not in visible
        counts = {t.theme.id: t.codings for t in themes.theme_tree(s, study_id=seeded.study_id)}
        assert counts[tid] == 1
    archived = "the theme 'Trust and relationships' is archived; restore it before using it"
    fails(
        store,
        ValidationError,
        escape(archived),
        lambda s: codings.code_text(
            s, record_id=seeded.interview_id, theme="trust and relationships", start=15, end=30
        ),
    )
    fails(
        store,
        ValidationError,
        escape(archived),
        lambda s: codings.tag_record(s, record_id=seeded.interview_id, theme=tid),
    )
    other = theme_id(store, seeded.study_id, "Equity and inclusion")
    with store.write() as s:
        moved = codings.code_text(s, record_id=seeded.interview_id, theme=other, start=15, end=30)
    fails(
        store,
        ValidationError,
        escape(archived),
        lambda s: codings.update_coding(s, coding_id=moved.id, theme=tid),
    )
    with store.write() as s:
        themes.archive_theme(s, theme_id=tid, archived=False)
        codings.code_text(s, record_id=seeded.interview_id, theme=tid, start=15, end=30)


# --- merge ----------------------------------------------------------------------------------------


def test_merge_moves_codings_tags_and_children_and_tombstones_the_source(
    store: Store, seeded: Seeded
) -> None:
    source = theme_id(store, seeded.study_id, "Technology and access")  # a group with children
    target = theme_id(store, seeded.study_id, "Systems and scale")
    with store.write() as s:
        c = codings.code_text(
            s, record_id=seeded.interview_id, theme=source, start=0, end=14, memo="m"
        )
        t = codings.tag_record(s, record_id=seeded.observation_id, theme=source)
        children = [
            x.id for x in s.execute(select(Theme).where(Theme.parent_id == source)).scalars()
        ]
    assert len(children) == 2
    before = log_count(store)
    with store.write() as s:
        assert themes.merge_themes(s, source_id=source, target_id=target).id == target
    with store.read() as s:
        assert get_row(s, Coding, c.id).theme_id == target
        assert get_row(s, Tag, t.id).theme_id == target
        for child in children:
            assert get_row(s, Theme, child).parent_id == target
        gone = s.get(Theme, source)
        assert gone is not None and gone.deleted_at is not None and gone.merged_into_id == target
        with pytest.raises(NotFoundError):
            themes.find_theme(s, study_id=seeded.study_id, ref="Technology and access")
        counts = {
            x.theme.id: (x.codings, x.tags) for x in themes.theme_tree(s, study_id=seeded.study_id)
        }
    assert counts[target] == (1, 1) and source not in counts
    # One logged update per moved row: coding, tag, two children, the source itself.
    assert log_count(store) == before + 5


def test_merge_keeps_one_tag_and_one_coding_where_both_themes_were_used(
    store: Store, seeded: Seeded
) -> None:
    a = theme_id(store, seeded.study_id, "Digital access")
    b = theme_id(store, seeded.study_id, "Technologies for learning")
    with store.write() as s:
        codings.tag_record(s, record_id=seeded.interview_id, theme=a)
        kept_tag = codings.tag_record(s, record_id=seeded.interview_id, theme=b)
        codings.code_text(s, record_id=seeded.interview_id, theme=a, start=0, end=14, memo="from A")
        kept = codings.code_text(s, record_id=seeded.interview_id, theme=b, start=0, end=14)
        other_span = codings.code_text(s, record_id=seeded.interview_id, theme=a, start=2, end=14)
        themes.merge_themes(s, source_id=a, target_id=b)
    with store.read() as s:
        assert [x.id for x in codings.tags_for(s, record_id=seeded.interview_id)] == [kept_tag.id]
        live = codings.codings_for(s, record_id=seeded.interview_id)
        assert sorted(x.id for x in live) == sorted([kept.id, other_span.id])
        assert {x.theme_id for x in live} == {b}
        assert get_row(s, Coding, kept.id).memo == "from A"


def test_bad_merges_are_refused(store: Store, seeded: Seeded) -> None:
    group = theme_id(store, seeded.study_id, "Technology and access")
    leaf = theme_id(store, seeded.study_id, "Digital access")
    with store.write() as s:
        deeper = themes.add_theme(s, study_id=seeded.study_id, name="Solar power", parent=leaf)
    fails(
        store,
        ConflictError,
        "a theme cannot be merged into itself",
        lambda s: themes.merge_themes(s, source_id=leaf, target_id=leaf),
    )
    fails(
        store,
        ConflictError,
        "'Technology and access' cannot merge into its own sub-theme 'Digital access'",
        lambda s: themes.merge_themes(s, source_id=group, target_id=leaf),
    )
    fails(
        store,
        ConflictError,
        "cannot merge into its own sub-theme 'Solar power'",
        lambda s: themes.merge_themes(s, source_id=group, target_id=deeper.id),
    )
    other = seed(store, name="Second study")
    foreign = theme_id(store, other.study_id, "Digital access")
    fails(
        store,
        ValidationError,
        "themes of different studies cannot be merged",
        lambda s: themes.merge_themes(s, source_id=leaf, target_id=foreign),
    )
    fails(
        store,
        NotFoundError,
        "no theme with id 'f00d'",
        lambda s: themes.merge_themes(s, source_id="f00d", target_id=leaf),
    )
    # A merged-away theme is gone for every later operation.
    with store.write() as s:
        themes.merge_themes(s, source_id=deeper.id, target_id=leaf)
    for action in (
        lambda s: themes.rename_theme(s, theme_id=deeper.id, name="Back"),
        lambda s: themes.merge_themes(s, source_id=deeper.id, target_id=leaf),
        lambda s: themes.recolor_theme(s, theme_id=deeper.id, color="#000000"),
    ):
        fails(store, NotFoundError, "no theme with id", action)
