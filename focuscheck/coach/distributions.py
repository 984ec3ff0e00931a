"""Counting check-ins into the fixed categories of the coach's distributions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Final

from focuscheck.coach.tally import Tally
from focuscheck.domain.dates import Granularity
from focuscheck.domain.enums import VoiceSource, WasteCategory

Counts = tuple[tuple[str, int], ...]
"""(category, count) pairs in a fixed order."""

CLARITY_KEYS: Final = ("1", "2", "3", "4", "5", "unrated")
WEEK_BUCKETS: Final = ("0", "1", "2", "3", "4", "5", "6+")
MONTH_BUCKETS: Final = ("0", "1–5", "6–10", "11–15", "16–20", "21+")


def per_participant(
    counts: Mapping[str, Mapping[str, int]], periods: Sequence[str], unit: Granularity
) -> Counts:
    """Check-ins per participant per shown period, over all participant-periods.

    ``counts`` holds each participant's check-ins per shown period, ``periods``
    every shown period in order.  A shown period between a participant's first
    and last one without a check-in of theirs counts as 0; a withheld period
    counts nowhere.
    """
    buckets = WEEK_BUCKETS if unit is Granularity.WEEK else MONTH_BUCKETS
    tally: Counter[str] = Counter()
    for mine in counts.values():
        places = [index for index, period in enumerate(periods) if period in mine]
        for period in periods[places[0] : places[-1] + 1]:
            tally[_bucket(mine.get(period, 0), buckets)] += 1
    return tuple((bucket, tally[bucket]) for bucket in buckets)


def _bucket(count: int, buckets: tuple[str, ...]) -> str:
    if buckets is WEEK_BUCKETS:
        return str(count) if count < 6 else "6+"
    if count == 0:
        return "0"
    return buckets[min((count - 1) // 5 + 1, len(buckets) - 1)]


def clarity(tally: Tally) -> Counts:
    rated = {str(level): count for level, count in tally.clarity.items()}
    rated["unrated"] = tally.checkins - sum(tally.clarity.values())
    return tuple((key, rated.get(key, 0)) for key in CLARITY_KEYS)


def voices(tally: Tally) -> Counts:
    return tuple((source.value, tally.voice[source]) for source in VoiceSource)


def waste(tally: Tally) -> Counts:
    return tuple((category.value, tally.waste[category]) for category in WasteCategory)
