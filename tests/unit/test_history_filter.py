"""Choosing entries by date range, tag and text (history)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from focuscheck.domain.entry import Entry
from focuscheck.domain.history import EntryFilter, latest_first, on_or_before, select

ZONE = timezone(timedelta(hours=1))


def entry(day: str, value: str = "Helped", *tags: str, hour: int = 9, **text: str) -> Entry:
    moment = datetime.fromisoformat(day).replace(hour=hour, tzinfo=ZONE)
    return Entry(
        id=f"{day}-{hour}",
        date=date.fromisoformat(day),
        created_at=moment,
        updated_at=moment,
        value=value,
        tags=tags,
    ).with_changes(**text)


ENTRIES = [
    entry("2026-11-20", "Rewrote the invoice letter", "billing", "Support"),
    entry("2026-11-23", "Called a patient back", "support"),
    entry("2026-11-24", "Sat in on support calls", voice_quote="Where is my INVOICE?"),
    entry("2026-11-26", "Shortened the form", "forms", waste_note="Duplicate approvals"),
]


def ids(found: list[Entry]) -> list[str]:
    return [e.id[:10] for e in found]


def test_an_empty_filter_matches_everything_in_order() -> None:
    assert select(ENTRIES, EntryFilter()) == ENTRIES


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (EntryFilter(since=date(2026, 11, 23)), ["2026-11-23", "2026-11-24", "2026-11-26"]),
        (EntryFilter(until=date(2026, 11, 23)), ["2026-11-20", "2026-11-23"]),
        (EntryFilter(since=date(2026, 11, 24), until=date(2026, 11, 24)), ["2026-11-24"]),
        (EntryFilter(since=date(2026, 11, 27)), []),
        (EntryFilter(since=date(2026, 11, 26), until=date(2026, 11, 20)), []),
    ],
)
def test_date_range_is_inclusive(wanted: EntryFilter, expected: list[str]) -> None:
    assert ids(select(ENTRIES, wanted)) == expected


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (("support",), ["2026-11-20", "2026-11-23"]),
        (("SUPPORT",), ["2026-11-20", "2026-11-23"]),
        (("#support",), ["2026-11-20", "2026-11-23"]),
        (("support", "billing"), ["2026-11-20"]),
        (("supp",), []),
    ],
)
def test_tags_match_whole_ignoring_case_and_all_must_match(
    tags: tuple[str, ...], expected: list[str]
) -> None:
    assert ids(select(ENTRIES, EntryFilter(tags=tags))) == expected


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("invoice", ["2026-11-20", "2026-11-24"]),
        ("INVOICE letter", ["2026-11-20"]),
        ("approvals", ["2026-11-26"]),
        ("forms", ["2026-11-26"]),
        ("  ", ["2026-11-20", "2026-11-23", "2026-11-24", "2026-11-26"]),
        ("nothing like this", []),
    ],
)
def test_search_needs_every_word_somewhere_in_the_text(search: str, expected: list[str]) -> None:
    assert ids(select(ENTRIES, EntryFilter(search=search))) == expected


def test_parts_combine() -> None:
    wanted = EntryFilter(since=date(2026, 11, 21), tags=("support",), search="patient")
    assert ids(select(ENTRIES, wanted)) == ["2026-11-23"]


def test_latest_first_orders_by_date_then_time() -> None:
    morning = entry("2026-11-26", "first", hour=8)
    evening = entry("2026-11-26", "second", hour=18)
    ordered = latest_first([ENTRIES[0], morning, evening, ENTRIES[2]])
    assert [e.value for e in ordered] == [
        "second",
        "first",
        "Sat in on support calls",
        "Rewrote the invoice letter",
    ]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 23), "2026-11-23"),
        (date(2026, 11, 22), "2026-11-20"),
        (date(2027, 1, 1), "2026-11-26"),
    ],
)
def test_on_or_before_finds_that_day_or_the_nearest_earlier_one(day: date, expected: str) -> None:
    found = on_or_before(ENTRIES, day)
    assert found is not None and found.id[:10] == expected


def test_on_or_before_finds_nothing_when_every_entry_is_later() -> None:
    assert on_or_before(ENTRIES, date(2026, 11, 19)) is None
