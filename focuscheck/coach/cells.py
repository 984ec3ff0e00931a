"""Which check-ins the coach's figures may use: those of cells that are shown.

A *cell* is one period of the review (a week, or a month when any export is by
month).  It is shown when at least *k* distinct participants have check-ins in
it; otherwise it is withheld, and then its check-ins count nowhere: not in the
totals, the rates, the distributions, the reflections, the list of teams or the
periods covered.  So removing every check-in of a withheld cell changes nothing
a coach sees, and no figure can be subtracted from another to reveal one.  The
period is the finest breakdown the review shows (teams are listed, never given
figures of their own); a breakdown added later has to become part of the cell.

Within a shown cell each participant is counted from one export only.  Two
exports of one person may both cover a period (a weekly export and a daily one,
last month's and this month's): the one dated most finely is kept, between
equally fine ones the one with more check-ins there (on a tie the one loaded
first), and the others are set aside for that period.  Only the set-aside
periods of shown cells are told: those of withheld cells count nowhere anyway.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Final

from focuscheck.coach.loader import LoadedExport
from focuscheck.coach.tally import Tally, total
from focuscheck.domain.dates import Granularity, month_key, week_key

FINENESS: Final = {Granularity.DAY: 0, Granularity.WEEK: 1, Granularity.MONTH: 2}
"""Lower is finer."""


@dataclass(frozen=True, slots=True)
class Contribution:
    """One export's check-ins in one cell."""

    export: LoadedExport
    tally: Tally


class Reason(StrEnum):
    """Why the export counted for a period was preferred to one set aside."""

    FINER = "finer"
    """It is dated more finely (by day rather than by week, say)."""
    FULLER = "fuller"
    """It is as fine and holds more check-ins there."""
    EQUAL = "equal"
    """It is as fine and holds as many: it came first."""


@dataclass(frozen=True, slots=True)
class SetAside:
    """Periods of one export not counted because another export of the same person has them."""

    source: Path
    kept: Path
    """The export of the same participant counted for these periods instead."""
    periods: tuple[str, ...]
    reason: Reason


@dataclass(frozen=True, slots=True)
class ShownCells:
    """The shown cells, each participant's counted check-ins in them, and what was set aside."""

    unit: Granularity
    cells: dict[str, dict[str, Contribution]]
    """Shown period -> participant -> the export counted for them there."""
    set_aside: tuple[SetAside, ...]
    by_team: dict[tuple[str, str | None], Tally]
    """(shown period, team label or None) -> the counted check-ins of that team there:
    every contribution added up once, for the periods and the teams alike."""

    @property
    def periods(self) -> list[str]:
        """The shown periods, oldest first."""
        return sorted(self.cells)

    def tally(self, period: str | None = None) -> Tally:
        """The counted check-ins of one shown period, or of all of them."""
        return total(
            tally
            for (shown, _team), tally in self.by_team.items()
            if period is None or shown == period
        )


def unit_of(exports: Sequence[LoadedExport]) -> Granularity:
    """WEEK, or MONTH when any export was made by month."""
    if any(export.granularity is Granularity.MONTH for export in exports):
        return Granularity.MONTH
    return Granularity.WEEK


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


def calendar_span(first: str, last: str, unit: Granularity) -> list[str]:
    """Every week (or month) key from ``first`` to ``last``."""
    keys: list[str] = []
    if unit is Granularity.WEEK:
        iso_year, week = first.split("-W")
        day = date.fromisocalendar(int(iso_year), int(week), 1)
        while (key := week_key(day)) <= last:
            keys.append(key)
            day += timedelta(days=7)
        return keys
    year, month = (int(part) for part in first.split("-"))
    while (key := f"{year:04d}-{month:02d}") <= last:
        keys.append(key)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def shown_cells(exports: Sequence[LoadedExport], k: int) -> ShownCells:
    """The cells of ``exports`` with at least ``k`` participants, one export per person in each."""
    unit = unit_of(exports)
    # One contribution per participant and period as they come; the rare second
    # export of a person for a period waits beside it to be weighed at the end.
    found: dict[str, dict[str, Contribution]] = defaultdict(dict)
    rivals: dict[tuple[str, str], list[Contribution]] = {}
    for export in exports:
        for period, tally in _by_cell(export, unit):
            people = found[period]
            contribution = Contribution(export, tally)
            first = people.setdefault(export.participant, contribution)
            if first is not contribution:
                rivals.setdefault((period, export.participant), [first]).append(contribution)
    cells = {period: found[period] for period in sorted(found) if len(found[period]) >= k}
    aside: dict[tuple[Path, Path, Reason], list[str]] = defaultdict(list)
    for (period, participant), contributions in sorted(rivals.items(), key=lambda item: item[0]):
        if period not in cells:
            continue
        kept = min(contributions, key=_preference)
        cells[period][participant] = kept
        for other in contributions:
            if other is not kept:
                key = (other.export.source, kept.export.source, _reason(kept, other))
                aside[key].append(period)
    notes = tuple(
        SetAside(source, kept_path, tuple(periods), reason)
        for (source, kept_path, reason), periods in sorted(aside.items(), key=lambda item: item[0])
    )
    by_team: dict[tuple[str, str | None], Tally] = defaultdict(Tally)
    for period, people in cells.items():
        for contribution in people.values():
            by_team[period, contribution.export.team or None].merge(contribution.tally)
    return ShownCells(unit, cells, notes, dict(by_team))


def _by_cell(export: LoadedExport, unit: Granularity) -> Iterator[tuple[str, Tally]]:
    cells: dict[str, list[Tally]] = defaultdict(list)
    for period, tally in export.tallies.items():
        cells[unit_period(period, unit)].append(tally)
    for cell, tallies in cells.items():
        # A period that is a cell of its own is counted as it is, not copied.
        yield cell, tallies[0] if len(tallies) == 1 else total(tallies).pack()


def _preference(contribution: Contribution) -> tuple[int, int]:
    """Finest first, then most check-ins; ``min`` keeps the earlier export on a tie."""
    return FINENESS[contribution.export.granularity], -contribution.tally.checkins


def _reason(kept: Contribution, other: Contribution) -> Reason:
    if FINENESS[kept.export.granularity] < FINENESS[other.export.granularity]:
        return Reason.FINER
    return Reason.FULLER if kept.tally.checkins > other.tally.checkins else Reason.EQUAL
