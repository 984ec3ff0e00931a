"""Teams side by side, never in a way that lets a small group be worked out.

A coach who subtracts can take the whole review and every team shown away from
each other, so the groups shown must cover everyone counted and each hold k or
more participants: every team shown, and the rest (participants in no team
shown).  A team with fewer than k is merged into the rest; while the rest is
not empty and smaller than k, the smallest team shown is merged into it too.
When fewer than two groups remain, the comparison is withheld with a reason.
Only shown cells count, as for every figure of the review.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from focuscheck.coach.cells import ShownCells
from focuscheck.coach.measures import Measure, read
from focuscheck.coach.tally import Tally


class NoTeams(StrEnum):
    """Why the teams are not compared."""

    UNLABELLED = "unlabelled"
    """No export counted carries a team label."""
    TOO_SMALL = "too_small"
    """No two groups of k or more participants can be formed."""


@dataclass(frozen=True, slots=True)
class Group:
    """Some participants' counted check-ins: one team's, or everyone else's (``team`` None)."""

    team: str | None
    participants: frozenset[str]
    tally: Tally


@dataclass(frozen=True, slots=True)
class TeamRow:
    """One group's figures, and those of everyone counted outside it."""

    team: str | None
    """The team label; None for the rest ("everyone else")."""
    participants: int
    checkins: int
    values: tuple[tuple[Measure, float | None], ...]
    others: tuple[tuple[Measure, float | None], ...]
    """The same measures over every other group shown."""

    def value(self, measure: Measure) -> float | None:
        return dict(self.values).get(measure)

    def other(self, measure: Measure) -> float | None:
        return dict(self.others).get(measure)


@dataclass(frozen=True, slots=True)
class TeamComparison:
    """The groups shown side by side, or why there are none."""

    rows: tuple[TeamRow, ...]
    merged: int
    """Team labels merged into the rest for having too few participants."""
    withheld: NoTeams | None


def groups(shown: ShownCells, k: int) -> tuple[list[Group], int]:
    """The groups that may be shown (each k or more, the rest last) and how many teams merged.

    Every counted check-in is in exactly one group; the list is empty when fewer
    than two groups can be shown.
    """
    people: dict[str | None, set[str]] = defaultdict(set)
    tallies: dict[str | None, Tally] = defaultdict(Tally)
    for cell in shown.cells.values():
        for participant, contribution in cell.items():
            people[contribution.export.team or None].add(participant)
    for (_period, team), tally in shown.by_team.items():
        tallies[team].merge(tally, texts=False)
    labelled = sorted(
        (team for team in people if team is not None), key=lambda t: (len(people[t]), t)
    )
    kept = [team for team in labelled if len(people[team]) >= k]

    def rest_people() -> set[str]:
        return {p for team, members in people.items() if team not in kept for p in members}

    while kept and 0 < len(rest_people()) < k:
        kept.pop(0)  # the smallest team shown joins the rest
    found = [Group(team, frozenset(people[team]), tallies[team]) for team in sorted(kept)]
    rest = rest_people()
    if rest:
        tally = Tally()
        for team in people:
            if team not in kept:
                tally.merge(tallies[team])
        found.append(Group(None, frozenset(rest), tally))
    merged = len(labelled) - len(kept)
    return (found if kept and len(found) >= 2 else []), merged


def compare_teams(shown: ShownCells, k: int) -> TeamComparison:
    """The teams side by side over the shown cells, or why not."""
    labelled = any(
        contribution.export.team for cell in shown.cells.values() for contribution in cell.values()
    )
    if not labelled:
        return TeamComparison((), 0, NoTeams.UNLABELLED)
    found, merged = groups(shown, k)
    if not found:
        return TeamComparison((), merged, NoTeams.TOO_SMALL)
    rows = []
    for group in found:
        others = Tally()
        for other in found:
            if other is not group:
                others.merge(other.tally)
        rows.append(
            TeamRow(
                group.team,
                len(group.participants),
                group.tally.checkins,
                read(group.tally),
                read(others),
            )
        )
    return TeamComparison(tuple(rows), merged, None)
