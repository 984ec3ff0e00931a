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
people who wrote any.  The comparisons add up shown periods
(:mod:`focuscheck.coach.compare`) and the teams are shown side by side only in
groups of k or more that cover everyone counted (:mod:`focuscheck.coach.teams`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from focuscheck.coach.cells import Contribution, SetAside, ShownCells, shown_cells
from focuscheck.coach.compare import DEFAULT_LENGTH, Comparison, comparisons
from focuscheck.coach.distributions import Counts as Counts  # used by the retro opener too
from focuscheck.coach.distributions import clarity, per_participant, voices, waste
from focuscheck.coach.figure import Figure as Figure
from focuscheck.coach.figure import Rate as Rate
from focuscheck.coach.loader import LoadedExport
from focuscheck.coach.management import FollowUp, follow_up
from focuscheck.coach.tally import total
from focuscheck.coach.teams import TeamComparison, compare_teams
from focuscheck.coach.text_groups import REFLECTION_FIELDS as REFLECTION_FIELDS
from focuscheck.coach.text_groups import TextKey
from focuscheck.coach.themes import Themes, themes
from focuscheck.coach.trends import PeriodFigures as PeriodFigures
from focuscheck.coach.trends import PeriodRow as PeriodRow
from focuscheck.coach.trends import period_rows, period_tallies
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.dates import Granularity
from focuscheck.domain.settings import DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR

T = TypeVar("T")


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
    customer_term: CustomerTerm
    """The coach's own word for the customer (from their settings), used throughout."""
    export_terms: tuple[str, ...]
    """The words the counted exports use for the customer, the most used first."""
    teams: tuple[str, ...]
    """Team labels of k or more of the participants counted."""
    periods: tuple[PeriodRow, ...]
    comparisons: tuple[Comparison, ...]
    """The latest n periods against the n before, for n from 1 to half the trend."""
    compare_length: int
    """The n the reports use; the terminal view may change it."""
    team_comparison: TeamComparison
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
    waste_follow_up: Figure[FollowUp]
    """The noted waste by follow-up status; drawn from the people who noted waste."""
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

    def comparison(self, length: int | None = None) -> Comparison | None:
        """The latest ``length`` periods (default: the reports') against as many before."""
        wanted = self.compare_length if length is None else length
        return self.comparisons[wanted - 1] if 0 < wanted <= len(self.comparisons) else None


def review(
    exports: Sequence[LoadedExport],
    min_group: int = DEFAULT_MIN_GROUP,
    customer: CustomerTerm | None = None,
    compare_length: int | None = None,
) -> Review:
    """The coach's review of ``exports`` with minimum group size ``min_group`` (at least 3).

    ``customer`` is the coach's word for the customer (default: "customer" in the
    language of the run); ``compare_length`` how many periods the reports compare
    with as many before (default: 4 weeks, or 1 month, or as many as the trend
    holds twice when it is shorter).
    """
    k = max(min_group, MIN_GROUP_FLOOR)
    shown = shown_cells(exports, k)
    tallies = period_tallies(shown)
    rows = period_rows(shown, tallies, k)
    compared = comparisons(shown, [row.period for row in rows], tallies, k)
    counted = [contribution for cell in shown.cells.values() for contribution in cell.values()]
    everyone = {contribution.export.participant for contribution in counted}
    noted_waste = {c.export.participant for c in counted if c.tally.noted_waste}
    wrote = {c.export.participant for c in counted if c.tally.wrote}

    def figure(value: T, people: Iterable[str]) -> Figure[T]:
        count = len(set(people))
        return Figure(value if count >= k else None, count)

    tally = total(tallies.values())
    terms = Counter(export.customer_term for export in _counted_exports(counted))
    return Review(
        min_group=k,
        participants=len(everyone),
        participants_loaded=len({export.participant for export in exports}),
        exports=len(exports),
        unit=shown.unit,
        customer_term=customer or CustomerTerm(),
        export_terms=tuple(word for word, _count in terms.most_common() if word),
        teams=_teams(shown, k),
        periods=rows,
        comparisons=compared,
        compare_length=compare_length or min(DEFAULT_LENGTH[shown.unit], len(compared) or 1),
        team_comparison=compare_teams(shown, k),
        checkins=figure(tally.checkins, everyone),
        checkins_per_participant=figure(_per_participant(shown), everyone),
        salary=figure(Rate(tally.salary, tally.checkins), everyone),
        cornerstone=figure(Rate(tally.cornerstone, tally.checkins), everyone),
        mission_clarity=figure(clarity(tally), everyone),
        voice=figure(voices(tally), everyone),
        waste=figure(waste(tally), noted_waste),
        waste_follow_up=figure(follow_up(tally), noted_waste),
        themes=figure(themes(tally), wrote),
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
