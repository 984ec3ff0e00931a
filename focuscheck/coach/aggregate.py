"""The coach's review: figures over a team's exports, none drawn from too few people.

Every figure carries how many participants it is drawn from.  One drawn from
fewer than the minimum group size *k* is withheld: its value is None and the
reports say why.  This holds for the totals, each period's row, each
distribution, and the free-text reflections (which are also shuffled and never
carry a pseudonym or a period).  A distribution is one figure: its categories
are shown together when the people behind the whole distribution are k or more.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Generic, TypeVar

from focuscheck.coach.distributions import Counts as Counts  # used by the retro opener too
from focuscheck.coach.distributions import clarity, per_participant, voices, waste
from focuscheck.coach.loader import ExportEntry, LoadedExport
from focuscheck.domain.dates import Granularity, month_key, week_key
from focuscheck.domain.enums import VoiceSource
from focuscheck.domain.settings import DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR

T = TypeVar("T")

REFLECTION_FIELDS: Final = ("value", "voice_quote", "waste_note", "mission")
"""Free text a coach browses; the answers to the two fixed questions are only rated."""


@dataclass(frozen=True, slots=True)
class Figure(Generic[T]):
    """A value and how many participants it is drawn from; None when withheld."""

    value: T | None
    participants: int

    @property
    def withheld(self) -> bool:
        return self.value is None


@dataclass(frozen=True, slots=True)
class Rate:
    """``hits`` out of ``total``."""

    hits: int
    total: int

    @property
    def share(self) -> float:
        return self.hits / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    """One period's row of the trend."""

    participants: int
    checkins: int
    focus_mean: float | None
    """Mean focus of the rated check-ins; None when none was rated."""
    salary: Rate
    cornerstone: Rate
    heard_customer: Rate
    """Check-ins where a customer's voice was heard directly."""


@dataclass(frozen=True, slots=True)
class PeriodRow:
    period: str
    figures: Figure[PeriodFigures]


@dataclass(frozen=True, slots=True)
class Reflection:
    """One piece of free text, with the field it came from and nothing else."""

    field: str
    text: str


@dataclass(frozen=True, slots=True)
class Review:
    """Everything a coach sees, already k-suppressed."""

    min_group: int
    participants: int
    exports: int
    unit: Granularity
    """WEEK, or MONTH when any export was made by month."""
    customer_term: str
    teams: tuple[str, ...]
    periods: tuple[PeriodRow, ...]
    checkins: Figure[int]
    checkins_per_participant: Figure[Counts]
    """How many participant-periods had 0, 1, 2 … check-ins."""
    salary: Figure[Rate]
    cornerstone: Figure[Rate]
    mission_clarity: Figure[Counts]
    voice: Figure[Counts]
    waste: Figure[Counts]
    reflections: Figure[tuple[Reflection, ...]]
    overlaps: int
    """Periods of one participant found in more than one file and counted once."""

    @property
    def enough(self) -> bool:
        """Whether the group as a whole is large enough to show anything."""
        return self.participants >= self.min_group


def unit_period(period: str, unit: Granularity) -> str:
    """The week (or month) an exported period falls in."""
    if len(period) == 10:  # a day
        day = date.fromisoformat(period)
        return week_key(day) if unit is Granularity.WEEK else month_key(day)
    if "W" in period:
        if unit is Granularity.WEEK:
            return period
        year, week = period.split("-W")
        # An ISO week belongs to the month of its Thursday, as it belongs to its year.
        return month_key(date.fromisocalendar(int(year), int(week), 4))
    return period


def _merge(exports: Sequence[LoadedExport]) -> tuple[dict[str, list[ExportEntry]], int]:
    """Each participant's entries, a period taken from one file only; and the overlaps.

    Two exports of one person may cover the same weeks (last month's and this
    month's, say).  For each period the file holding the most check-ins wins.
    """
    chosen: dict[str, dict[str, list[ExportEntry]]] = defaultdict(dict)
    overlaps = 0
    for export in exports:
        by_period: dict[str, list[ExportEntry]] = defaultdict(list)
        for entry in export.entries:
            by_period[entry.period].append(entry)
        mine = chosen[export.participant]
        for period, entries in by_period.items():
            if period in mine:
                overlaps += 1
                if len(mine[period]) >= len(entries):
                    continue
            mine[period] = entries
    merged = {
        participant: [entry for entries in periods.values() for entry in entries]
        for participant, periods in chosen.items()
    }
    return merged, overlaps


def review(exports: Sequence[LoadedExport], min_group: int = DEFAULT_MIN_GROUP) -> Review:
    """The coach's review of ``exports`` with minimum group size ``min_group`` (at least 3)."""
    k = max(min_group, MIN_GROUP_FLOOR)
    merged, overlaps = _merge(exports)
    merged = {participant: entries for participant, entries in merged.items() if entries}
    unit = (
        Granularity.MONTH
        if any(export.granularity is Granularity.MONTH for export in exports)
        else Granularity.WEEK
    )
    by_person = {
        person: [(unit_period(entry.period, unit), entry) for entry in entries]
        for person, entries in merged.items()
    }
    everyone = set(merged)

    def figure(value: T, people: Iterable[str]) -> Figure[T]:
        count = len(set(people))
        return Figure(value if count >= k else None, count)

    all_entries = [entry for entries in merged.values() for entry in entries]
    terms = Counter(export.customer_term for export in exports)
    return Review(
        min_group=k,
        participants=len(everyone),
        exports=len(exports),
        unit=unit,
        customer_term=terms.most_common(1)[0][0] if terms else "",
        teams=tuple(sorted({export.team for export in exports if export.team})),
        periods=_period_rows(by_person, k),
        checkins=figure(len(all_entries), everyone),
        checkins_per_participant=figure(per_participant(by_person, unit), everyone),
        salary=figure(Rate(sum(e.salary_aligned for e in all_entries), len(all_entries)), everyone),
        cornerstone=figure(
            Rate(sum(e.cornerstone_aligned for e in all_entries), len(all_entries)), everyone
        ),
        mission_clarity=figure(clarity(all_entries), everyone),
        voice=figure(voices(all_entries), everyone),
        waste=figure(
            waste(all_entries),
            (p for p, entries in merged.items() if any(e.waste_category for e in entries)),
        ),
        reflections=figure(
            _reflections(merged, exports),
            (p for p, entries in merged.items() if any(_reflects(e) for e in entries)),
        ),
        overlaps=overlaps,
    )


def _period_rows(
    by_person: dict[str, list[tuple[str, ExportEntry]]], k: int
) -> tuple[PeriodRow, ...]:
    people: dict[str, set[str]] = defaultdict(set)
    entries: dict[str, list[ExportEntry]] = defaultdict(list)
    for person, dated in by_person.items():
        for period, entry in dated:
            people[period].add(person)
            entries[period].append(entry)
    rows: list[PeriodRow] = []
    for period in sorted(people):
        items = entries[period]
        rated = [entry.focus for entry in items if entry.focus is not None]
        figures = PeriodFigures(
            participants=len(people[period]),
            checkins=len(items),
            focus_mean=sum(rated) / len(rated) if rated else None,
            salary=Rate(sum(e.salary_aligned for e in items), len(items)),
            cornerstone=Rate(sum(e.cornerstone_aligned for e in items), len(items)),
            heard_customer=Rate(
                sum(e.voice_source is VoiceSource.CUSTOMER for e in items), len(items)
            ),
        )
        count = len(people[period])
        rows.append(PeriodRow(period, Figure(figures if count >= k else None, count)))
    return tuple(rows)


def _reflections(
    merged: dict[str, list[ExportEntry]], exports: Sequence[LoadedExport]
) -> tuple[Reflection, ...]:
    items = [
        Reflection(name, text)
        for entries in merged.values()
        for entry in entries
        for name, text in entry.texts
        if name in REFLECTION_FIELDS
    ]
    # Sorted first so the shuffle does not depend on file order; seeded by the
    # exports' checksums so the same files give the same report.
    items.sort(key=lambda item: (item.field, item.text))
    seed = hashlib.sha256("".join(sorted(e.digest for e in exports)).encode()).hexdigest()
    random.Random(seed).shuffle(items)
    return tuple(items)


def _reflects(entry: ExportEntry) -> bool:
    return any(name in REFLECTION_FIELDS for name, _text in entry.texts)
