"""The coach's review: figures over a team's exports, none drawn from too few people.

Every figure carries how many participants it is drawn from.  One drawn from
fewer than the minimum group size *k* is withheld: its value is None and the
reports say why.  Every figure is computed over the check-ins of shown cells
only (see :mod:`focuscheck.coach.cells`): a week with fewer than k participants
is withheld as a row of the trend *and* left out of the totals, the rates, the
distributions, the themes and the list of teams, so that no shown figure
minus another reveals it.  Within that, a distribution is one figure: its
categories are shown together when the people behind the whole distribution
are k or more; waste counts the people who noted waste, the themes (groups of
near-identical texts with a count, never with a pseudonym or a period) the
people who wrote any.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from focuscheck.coach.cells import Contribution, SetAside, ShownCells, calendar_span, shown_cells
from focuscheck.coach.distributions import Counts as Counts  # used by the retro opener too
from focuscheck.coach.distributions import clarity, per_participant, voices, waste
from focuscheck.coach.loader import LoadedExport
from focuscheck.coach.tally import Tally, total
from focuscheck.coach.text_groups import REFLECTION_FIELDS as REFLECTION_FIELDS
from focuscheck.coach.text_groups import TextKey
from focuscheck.coach.themes import Themes, themes
from focuscheck.domain.dates import Granularity
from focuscheck.domain.enums import VoiceSource
from focuscheck.domain.settings import DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR

T = TypeVar("T")


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
    """One week (or month) of the trend, from the first shown to the last."""

    period: str
    figures: PeriodFigures | None
    """None when the period is withheld (or had no check-ins: the two look the same)."""

    @property
    def withheld(self) -> bool:
        return self.figures is None


@dataclass(frozen=True, slots=True)
class Review:
    """Everything a coach sees, already k-suppressed."""

    min_group: int
    participants: int
    """The people behind the figures shown: with check-ins in a shown period."""
    participants_loaded: int
    """The pseudonyms in the files loaded, said only when nothing can be shown."""
    exports: int
    unit: Granularity
    """WEEK, or MONTH when any export was made by month."""
    customer_term: str
    teams: tuple[str, ...]
    """Team labels of k or more of the participants counted."""
    periods: tuple[PeriodRow, ...]
    checkins: Figure[int]
    checkins_per_participant: Figure[Counts]
    """How many participant-periods had 0, 1, 2 … check-ins."""
    salary: Figure[Rate]
    cornerstone: Figure[Rate]
    mission_clarity: Figure[Counts]
    voice: Figure[Counts]
    waste: Figure[Counts]
    themes: Figure[Themes]
    """The free texts by kind, near-identical ones grouped with a count."""
    set_aside: tuple[SetAside, ...]
    """The exports not counted for some shown periods, and why."""

    @property
    def enough(self) -> bool:
        """Whether any period had enough participants to show anything."""
        return self.participants >= self.min_group

    def starring(self, keys: Iterable[TextKey]) -> Review:
        """This review with the groups of ``keys`` starred in its themes (the coach's pick)."""
        found = self.themes
        if found.value is None:
            return self
        return replace(self, themes=Figure(found.value.starring(keys), found.participants))


def review(exports: Sequence[LoadedExport], min_group: int = DEFAULT_MIN_GROUP) -> Review:
    """The coach's review of ``exports`` with minimum group size ``min_group`` (at least 3)."""
    k = max(min_group, MIN_GROUP_FLOOR)
    shown = shown_cells(exports, k)
    counted = [contribution for cell in shown.cells.values() for contribution in cell.values()]
    mine: dict[str, Tally] = defaultdict(Tally)
    for contribution in counted:
        mine[contribution.export.participant].merge(contribution.tally)
    everyone = set(mine)

    def figure(value: T, people: Iterable[str]) -> Figure[T]:
        count = len(set(people))
        return Figure(value if count >= k else None, count)

    tally = total(mine.values())
    terms = Counter(export.customer_term for export in _counted_exports(counted))
    return Review(
        min_group=k,
        participants=len(everyone),
        participants_loaded=len({export.participant for export in exports}),
        exports=len(exports),
        unit=shown.unit,
        customer_term=terms.most_common(1)[0][0] if terms else "",
        teams=_teams(shown, k),
        periods=_period_rows(shown),
        checkins=figure(tally.checkins, everyone),
        checkins_per_participant=figure(_per_participant(shown), everyone),
        salary=figure(Rate(tally.salary, tally.checkins), everyone),
        cornerstone=figure(Rate(tally.cornerstone, tally.checkins), everyone),
        mission_clarity=figure(clarity(tally), everyone),
        voice=figure(voices(tally), everyone),
        waste=figure(waste(tally), (p for p, mined in mine.items() if mined.noted_waste)),
        themes=figure(themes(tally), (p for p, mined in mine.items() if mined.wrote)),
        set_aside=shown.set_aside,
    )


def _counted_exports(counted: Iterable[Contribution]) -> list[LoadedExport]:
    """Each export counted for some shown period, once, in the order first counted."""
    found: dict[str, LoadedExport] = {}
    for contribution in counted:
        found.setdefault(contribution.export.digest, contribution.export)
    return list(found.values())


def _teams(shown: ShownCells, k: int) -> tuple[str, ...]:
    people: dict[str, set[str]] = defaultdict(set)
    for cell in shown.cells.values():
        for participant, contribution in cell.items():
            if contribution.export.team:
                people[contribution.export.team].add(participant)
    return tuple(sorted(team for team, members in people.items() if len(members) >= k))


def _per_participant(shown: ShownCells) -> Counts:
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for period, cell in shown.cells.items():
        for participant, contribution in cell.items():
            counts[participant][period] = contribution.tally.checkins
    return per_participant(counts, shown.periods, shown.unit)


def _period_rows(shown: ShownCells) -> tuple[PeriodRow, ...]:
    """Every period from the first shown to the last; those not shown are withheld."""
    periods = shown.periods
    if not periods:
        return ()
    rows: list[PeriodRow] = []
    for period in calendar_span(periods[0], periods[-1], shown.unit):
        if period not in shown.cells:
            rows.append(PeriodRow(period, None))
            continue
        items = shown.tally(period)
        figures = PeriodFigures(
            participants=len(shown.cells[period]),
            checkins=items.checkins,
            focus_mean=items.focus_sum / items.focus_rated if items.focus_rated else None,
            salary=Rate(items.salary, items.checkins),
            cornerstone=Rate(items.cornerstone, items.checkins),
            heard_customer=Rate(items.voice[VoiceSource.CUSTOMER], items.checkins),
        )
        rows.append(PeriodRow(period, figures))
    return tuple(rows)
