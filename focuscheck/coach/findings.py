"""A few plain sentences for the top of the review, drawn only from figures it shows.

Two kinds: a figure that changed between the compared periods ("Voice heard
from a customer directly rose from 18 % to 31 % (last 4 weeks against the 4
before).") and a team whose figure differs from everyone else's ("Team Nord
names the customer less often than the rest (52 % against 71 %).").  Only
changes and gaps of at least the measure's threshold are said, the largest
first, at most :data:`MOST`; nothing is guessed and no cause is given.  A
withheld side or a withheld team comparison gives no sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from focuscheck.coach.compare import Comparison, Direction
from focuscheck.coach.measures import MEASURES, Measure
from focuscheck.coach.teams import TeamComparison
from focuscheck.coach.trend_wording import measure_label, span_text, value_text
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.i18n import N_, _

if TYPE_CHECKING:
    from focuscheck.coach.aggregate import Review

MOST: Final = 5

#: measure -> (the team's figure is higher, … lower): said of a team against the rest
TEAM_SENTENCES: Final[dict[Measure, tuple[str, str]]] = {
    Measure.SALARY: (
        N_("Team {team} names the {customer} more often than the rest ({mine} against {rest})."),
        N_("Team {team} names the {customer} less often than the rest ({mine} against {rest})."),
    ),
    Measure.HEARD_CUSTOMER: (
        N_(
            "Team {team} hears a {customer} directly more often than the rest "
            "({mine} against {rest})."
        ),
        N_(
            "Team {team} hears a {customer} directly less often than the rest "
            "({mine} against {rest})."
        ),
    ),
    Measure.CLARITY_HIGH: (
        N_("Team {team} rates its mission clearer than the rest (4 or 5: {mine} against {rest})."),
        N_(
            "Team {team} rates its mission less clear than the rest "
            "(4 or 5: {mine} against {rest})."
        ),
    ),
    Measure.FOCUS: (
        N_("Team {team} rates its {customer} focus higher than the rest ({mine} against {rest})."),
        N_("Team {team} rates its {customer} focus lower than the rest ({mine} against {rest})."),
    ),
}


def sentences(review: Review) -> list[str]:
    """At most :data:`MOST` sentences, the largest change or gap first; none below k."""
    if not review.enough:
        return []
    said: list[tuple[float, str]] = []
    comparison = review.comparison()
    if comparison is not None and comparison.available:
        said += _changes(comparison, review.customer_term)
    said += _teams(review.team_comparison, review.customer_term)
    said.sort(key=lambda item: -item[0])
    return [text for _size, text in said[:MOST]]


def _changes(comparison: Comparison, customer: CustomerTerm) -> list[tuple[float, str]]:
    found = []
    span = span_text(comparison)
    for change in comparison.changes:
        direction = change.direction
        if direction in (None, Direction.SAME) or change.size < _threshold(change.measure):
            continue
        template = (
            _("{what} rose from {before} to {after} ({span}).")
            if direction is Direction.UP
            else _("{what} fell from {before} to {after} ({span}).")
        )
        text = template.format(
            what=measure_label(change.measure, customer),
            before=value_text(change.measure, change.before),
            after=value_text(change.measure, change.after),
            span=span,
        )
        found.append((change.size, text))
    return found


def _teams(teams: TeamComparison, customer: CustomerTerm) -> list[tuple[float, str]]:
    found = []
    for row in teams.rows:
        if row.team is None:
            continue
        for measure, (higher, lower) in TEAM_SENTENCES.items():
            mine, rest = row.value(measure), row.other(measure)
            if mine is None or rest is None:
                continue
            scale = 25.0 if MEASURES[measure].is_mean else 1.0
            gap = abs(mine - rest) * scale
            if gap < _threshold(measure):
                continue
            template = _(higher) if mine > rest else _(lower)
            text = customer.fill(
                template,
                team=row.team,
                mine=value_text(measure, mine),
                rest=value_text(measure, rest),
            )
            found.append((gap, text))
    return found


def _threshold(measure: Measure) -> float:
    spec = MEASURES[measure]
    return spec.worth_saying * (25.0 if spec.is_mean else 1.0)
