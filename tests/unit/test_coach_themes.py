"""The free texts as themes: grouped by kind and near-identical text, counted, in a fixed order."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from focuscheck.coach.aggregate import review
from focuscheck.coach.export_entry import ExportEntry
from focuscheck.coach.loader import LoadedExport, load_exports
from focuscheck.coach.tally import Tally, total
from focuscheck.coach.text_groups import REFLECTION_FIELDS, normalised, text_key
from focuscheck.coach.themes import KINDS, MISSION, Kind, Themes, themes
from focuscheck.coach.themes_report import report_themes
from focuscheck.domain.dates import Granularity
from focuscheck.domain.enums import VoiceSource, WasteCategory
from tests.unit.coach_support import write_team

#: Texts that read nearly alike once punctuation, quotes, case and spaces are set aside.
ALIKE = (
    "Fixed the invoice.",
    "fixed the  invoice",
    "“Fixed the invoice”",
    "FIXED THE INVOICE!",
    "Don't know",
    "dont know",
    "Don’t know?",
    "👍",
    "👎",
    "Färre möten",
    "farre moten",
)
CATEGORIES = st.none() | st.sampled_from(WasteCategory)


def checkin(texts: tuple[tuple[str, str], ...], waste: WasteCategory | None = None) -> ExportEntry:
    return ExportEntry(
        period="2026-W48",
        salary_aligned=True,
        cornerstone_aligned=True,
        mission_clarity=4,
        voice_source=VoiceSource.CUSTOMER,
        voice_shared=False,
        waste_category=waste,
        waste_status=None,
        focus=4,
        texts=texts,
        tags=(),
    )


def tally_of(entries: list[ExportEntry]) -> Tally:
    found = Tally()
    for item in entries:
        found.add(item)
    return found


@st.composite
def written(draw: st.DrawFn) -> list[ExportEntry]:
    """Check-ins with texts of every kind, many of them alike."""
    fields = st.sampled_from(REFLECTION_FIELDS)
    texts = st.sampled_from(ALIKE) | st.text(max_size=12)
    return [
        checkin(
            tuple(draw(st.lists(st.tuples(fields, texts), max_size=3, unique_by=lambda x: x[0]))),
            draw(CATEGORIES),
        )
        for _ in range(draw(st.integers(0, 12)))
    ]


def kinds_of(entries: list[ExportEntry]) -> Counter[tuple[Kind, str]]:
    """How often each normalised text was written, with the kind it was written as."""
    found: Counter[tuple[Kind, str]] = Counter()
    for item in entries:
        category = item.waste_category.value if item.waste_category else ""
        for name, text in item.texts:
            if text:
                kind = Kind(name, category if name == "waste_note" else "")
                found[kind, normalised(text)] += 1
    return found


@settings(max_examples=200, deadline=None)
@given(written())
def test_grouping_never_merges_texts_of_different_kinds(entries: list[ExportEntry]) -> None:
    grouped = themes(tally_of(entries))
    assert Counter({(g.kind, g.key.text): g.count for g in grouped.groups}) == kinds_of(entries)
    for group in grouped.groups:
        assert text_key(group.key.field, group.text, group.key.category) == group.key


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(REFLECTION_FIELDS), CATEGORIES, st.sampled_from(REFLECTION_FIELDS), CATEGORIES,
    st.sampled_from(ALIKE) | st.text(),
)  # fmt: skip
def test_the_same_words_of_two_kinds_are_two_groups(
    field: str,
    category: WasteCategory | None,
    other_field: str,
    other_category: WasteCategory | None,
    text: str,
) -> None:
    one = text_key(field, text, category.value if category else "")
    two = text_key(other_field, text, other_category.value if other_category else "")
    if one == two:
        assert field == other_field
        assert field != "waste_note" or category == other_category


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ALIKE) | st.text())
def test_normalising_twice_is_normalising_once(text: str) -> None:
    assert normalised(normalised(text)) == normalised(text)


@settings(max_examples=150, deadline=None)
@given(written(), st.randoms(use_true_random=False))
def test_themes_do_not_depend_on_the_order_texts_are_read(entries: list[ExportEntry], rng) -> None:
    shuffled = list(entries)
    rng.shuffle(shuffled)
    cut = rng.randint(0, len(shuffled))
    parts = [tally_of(shuffled[:cut]), tally_of(shuffled[cut:])]
    rng.shuffle(parts)
    assert themes(total(parts)) == themes(tally_of(entries))


def test_themes_of_a_review_do_not_depend_on_the_file_order(tmp_path: Path) -> None:
    write_team(tmp_path / "team", 6)
    exports = load_exports([tmp_path / "team"]).exports
    assert review(exports, 5).themes == review(tuple(reversed(exports)), 5).themes


def test_near_identical_texts_are_one_group_shown_once_with_a_count() -> None:
    entries = [checkin((("value", text),)) for text in ALIKE[:4]]
    grouped = themes(tally_of([*entries, checkin((("value", "Called back"),))]))
    assert [(group.text, group.count) for group in grouped.groups] == [
        ("Fixed the invoice.", 4),
        ("Called back", 1),
    ]


def test_groups_are_ordered_by_kind_then_count_then_text() -> None:
    entries = [
        checkin((("mission", "We serve the patient"),)),
        checkin((("waste_note", "Two forms"),), WasteCategory.RED_TAPE),
        checkin((("waste_note", "Two forms"),), WasteCategory.ADMIN),
        checkin((("waste_note", "Two forms"),)),
        checkin((("value", "b"),)),
        checkin((("value", "a"),)),
        checkin((("value", "c"),)),
        checkin((("value", "c"),)),
    ]
    grouped = themes(tally_of(entries))
    assert [(group.kind, group.text) for group in grouped.groups] == [
        (Kind("value"), "c"),
        (Kind("value"), "a"),
        (Kind("value"), "b"),
        (Kind("waste_note", "admin"), "Two forms"),
        (Kind("waste_note", "red_tape"), "Two forms"),
        (Kind("waste_note"), "Two forms"),
        (MISSION, "We serve the patient"),
    ]
    assert [kind for kind, _count in grouped.kinds] == [
        Kind("value"), Kind("waste_note", "admin"), Kind("waste_note", "red_tape"),
        Kind("waste_note"), MISSION,
    ]  # fmt: skip


def test_mission_answers_are_kept_out_of_the_general_list() -> None:
    entries = [checkin((("mission", "We serve the patient"), ("value", "Called back")))]
    grouped = themes(tally_of(entries))
    assert [group.text for group in grouped.general] == ["Called back"]
    assert [group.text for group in grouped.of_kind(MISSION)] == ["We serve the patient"]


def test_kinds_cover_every_waste_category_and_the_uncategorised() -> None:
    waste = [kind.category for kind in KINDS if kind.field == "waste_note"]
    assert waste == [*(category.value for category in WasteCategory), ""]


def test_a_report_without_stars_lists_at_most_five_groups_of_each_kind() -> None:
    entries = [
        checkin(((field, f"Text {number}"),), WasteCategory.ADMIN)
        for field in REFLECTION_FIELDS
        for number in range(8)
        for _copy in range(number + 1)
    ]
    picked = report_themes(themes(tally_of(entries)))
    assert not picked.starred
    assert [len(groups) for _kind, groups in picked.kinds] == [5, 5, 5]
    assert [group.text for group in picked.mission] == [f"Text {n}" for n in (7, 6, 5, 4, 3)]


def test_a_report_with_stars_lists_exactly_the_starred_groups() -> None:
    grouped = themes(
        tally_of([checkin((("value", f"Text {n}"), ("mission", "Ours"))) for n in range(8)])
    )
    chosen = [grouped.groups[2].key, text_key("voice_quote", "not in these exports")]
    picked = report_themes(grouped.starring(chosen))
    assert picked.starred
    assert picked.kinds == ((Kind("value"), (grouped.groups[2],)),)
    assert picked.mission == ()


def test_themes_with_no_text_have_no_kinds() -> None:
    assert Themes(()).kinds == ()


def test_themes_are_withheld_unless_k_participants_wrote_in_shown_cells() -> None:
    def export(person: int, texts: tuple[tuple[str, str], ...]) -> LoadedExport:
        return LoadedExport.of_entries(
            source=Path(f"export-{person}.json"),
            digest=f"sha256:{person}",
            participant=f"p-{person:016x}",
            granularity=Granularity.WEEK,
            customer_term="customer",
            team=None,
            entries=[checkin(texts)],
        )

    quiet = [export(person, ()) for person in range(3)]
    writers = [export(3 + person, (("mission", "We serve"),)) for person in range(3)]
    assert review([*quiet, *writers[:2]], 3).themes.withheld
    shown = review([*quiet, *writers], 3).themes
    assert shown.value is not None and shown.participants == 3
    assert [(group.text, group.count) for group in shown.value.groups] == [("We serve", 3)]
