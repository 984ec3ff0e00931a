"""A tally's compact storage counts exactly what counting each check-in directly counts."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from focuscheck.coach.export_entry import ExportEntry
from focuscheck.coach.tally import Tally, total
from focuscheck.coach.text_groups import REFLECTION_FIELDS, TextKey, keep_shown, text_key
from focuscheck.domain.enums import VoiceSource, WasteCategory, WasteStatus

RATING = st.none() | st.integers(1, 5)
TEXTS = st.lists(
    st.tuples(
        st.sampled_from([*REFLECTION_FIELDS, "salary"]), st.sampled_from(["", "A b", "a, B"])
    ),
    max_size=4,
    unique_by=lambda item: item[0],
)
ENTRIES = st.builds(
    ExportEntry,
    period=st.sampled_from(["2026-W47", "2026-W48"]),
    salary_aligned=st.booleans(),
    cornerstone_aligned=st.booleans(),
    mission_clarity=RATING,
    voice_source=st.sampled_from(VoiceSource),
    voice_shared=st.booleans(),
    waste_category=st.none() | st.sampled_from(WasteCategory),
    waste_status=st.none() | st.sampled_from(WasteStatus),
    focus=RATING,
    texts=TEXTS.map(tuple),
    tags=st.just(()),
)


def _direct(entries: list[ExportEntry]) -> dict[str, object]:
    texts: Counter[object] = Counter()
    shown: dict[TextKey, str] = {}
    for entry in entries:
        category = entry.waste_category.value if entry.waste_category else ""
        for name, text in entry.texts:
            if name in REFLECTION_FIELDS and text:
                texts[text_key(name, text, category)] += 1
                keep_shown(shown, text_key(name, text, category), text)
    return {
        "checkins": len(entries),
        "focus_sum": sum(e.focus for e in entries if e.focus is not None),
        "focus_rated": sum(e.focus is not None for e in entries),
        "salary": sum(e.salary_aligned for e in entries),
        "cornerstone": sum(e.cornerstone_aligned for e in entries),
        "voice_shared": sum(e.voice_shared for e in entries),
        "clarity": Counter(e.mission_clarity for e in entries if e.mission_clarity),
        "voice": Counter(e.voice_source for e in entries),
        "waste": Counter(e.waste_category for e in entries if e.waste_category),
        "waste_status": Counter(
            (e.waste_category, e.waste_status) for e in entries if e.waste_status
        ),
        "texts": texts,
        "shown_as": shown,
        "noted_waste": any(e.waste_category for e in entries),
        "wrote": bool(texts),
    }


def _figures(tally: Tally) -> dict[str, object]:
    return {name: getattr(tally, name) for name in _direct([])}


@given(st.lists(ENTRIES, max_size=12), st.integers(0, 12), st.booleans())
def test_adding_and_merging_count_what_counting_directly_counts(
    entries: list[ExportEntry], split: int, packed: bool
) -> None:
    first, second = Tally(), Tally()
    for entry in entries[:split]:
        first.add(entry)
    for entry in entries[split:]:
        second.add(entry)
    if packed:
        first.pack()
        second.pack()
    assert _figures(total([first, second])) == _direct(entries)
    first.merge(second)
    assert _figures(first) == _direct(entries)


@given(st.lists(ENTRIES, max_size=8))
def test_a_packed_tally_counts_on_as_before(entries: list[ExportEntry]) -> None:
    loose, packed = Tally(), Tally().pack()
    for entry in entries:
        loose.add(entry)
        packed.add(entry)
        packed.pack()
    assert packed == loose
    assert _figures(packed) == _direct(entries)
