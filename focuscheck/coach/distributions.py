"""Counting check-ins into the fixed categories of the coach's distributions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Final

from focuscheck.coach.loader import ExportEntry
from focuscheck.domain.dates import Granularity, week_key
from focuscheck.domain.enums import VoiceSource, WasteCategory

Counts = tuple[tuple[str, int], ...]
"""(category, count) pairs in a fixed order."""

CLARITY_KEYS: Final = ("1", "2", "3", "4", "5", "unrated")
WEEK_BUCKETS: Final = ("0", "1", "2", "3", "4", "5", "6+")
MONTH_BUCKETS: Final = ("0", "1–5", "6–10", "11–15", "16–20", "21+")


def per_participant(
    by_person: dict[str, list[tuple[str, ExportEntry]]], unit: Granularity
) -> Counts:
    """Check-ins per participant per period, as a distribution over all participant-periods.

    A period between a participant's first and last one without a check-in counts as 0.
    """
    buckets = WEEK_BUCKETS if unit is Granularity.WEEK else MONTH_BUCKETS
    tally: Counter[str] = Counter()
    for dated in by_person.values():
        counts = Counter(period for period, _entry in dated)
        for period in _span(min(counts), max(counts), unit):
            tally[_bucket(counts.get(period, 0), buckets)] += 1
    return tuple((bucket, tally[bucket]) for bucket in buckets)


def _span(first: str, last: str, unit: Granularity) -> list[str]:
    """Every period key from ``first`` to ``last``."""
    keys: list[str] = []
    if unit is Granularity.WEEK:
        iso_year, week = first.split("-W")
        day = date.fromisocalendar(int(iso_year), int(week), 1)
        while (key := week_key(day)) <= last:
            keys.append(key)
            day = date.fromordinal(day.toordinal() + 7)
        return keys
    year, month = (int(part) for part in first.split("-"))
    while (key := f"{year:04d}-{month:02d}") <= last:
        keys.append(key)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def _bucket(count: int, buckets: tuple[str, ...]) -> str:
    if buckets is WEEK_BUCKETS:
        return str(count) if count < 6 else "6+"
    if count == 0:
        return "0"
    return buckets[min((count - 1) // 5 + 1, len(buckets) - 1)]


def clarity(entries: Sequence[ExportEntry]) -> Counts:
    tally = Counter(str(e.mission_clarity) if e.mission_clarity else "unrated" for e in entries)
    return tuple((key, tally[key]) for key in CLARITY_KEYS)


def voices(entries: Sequence[ExportEntry]) -> Counts:
    tally = Counter(entry.voice_source.value for entry in entries)
    return tuple((source.value, tally[source.value]) for source in VoiceSource)


def waste(entries: Sequence[ExportEntry]) -> Counts:
    tally = Counter(entry.waste_category.value for entry in entries if entry.waste_category)
    return tuple((category.value, tally[category.value]) for category in WasteCategory)
