"""The words of the trend's comparisons: figures, changes, spans and teams.

Shared by the terminal view, the reports and the plain sentences, so each
figure is named the same way everywhere.
"""

from __future__ import annotations

from typing import Final

from focuscheck.coach.compare import Comparison, Direction, Side
from focuscheck.coach.measures import MEASURES, Measure
from focuscheck.coach.teams import NoTeams, TeamComparison
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.dates import Granularity
from focuscheck.i18n import N_, _, decimal, ngettext

MEASURE_LABELS: Final[dict[Measure, str]] = {
    Measure.FOCUS: N_("Mean {customer} focus"),
    Measure.SALARY: N_("Naming the {customer} as who pays the salary"),
    Measure.CORNERSTONE: N_("Naming the {customer} as the cornerstone"),
    Measure.HEARD_CUSTOMER: N_("Voice heard from a {customer} directly"),
    Measure.HEARD_COLLEAGUE: N_("Voice heard through a colleague"),
    Measure.HEARD_NONE: N_("No voice heard"),
    Measure.CLARITY_HIGH: N_("Mission clarity rated 4 or 5"),
    Measure.WASTE_NOTED: N_("Check-ins noting waste"),
}
"""What each measure is, as a row heading and as the subject of a sentence."""

ARROWS: Final = {Direction.UP: "↑", Direction.DOWN: "↓", Direction.SAME: "="}


def measure_label(measure: Measure, customer: CustomerTerm) -> str:
    return customer.fill(_(MEASURE_LABELS[measure]))


def value_text(measure: Measure, value: float | None) -> str:
    """``31 %`` or, for focus, ``3.4``; a dash when there is nothing to show."""
    if value is None:
        return "–"
    if MEASURES[measure].is_mean:
        return decimal(value)
    return f"{round(value)} %"


def arrow(direction: Direction | None) -> str:
    return ARROWS[direction] if direction is not None else "–"


def sentence_start(text: str) -> str:
    """``text`` with its first letter in capitals (and nothing else changed)."""
    return text[:1].upper() + text[1:]


def not_enough() -> str:
    """Said instead of a change when a side has no figures."""
    return _("not enough participants")


def span_text(comparison: Comparison) -> str:
    """``last 4 weeks against the 4 before``, or ``last month against the one before``."""
    count = comparison.length
    if comparison.unit is Granularity.MONTH:
        text = ngettext(
            "last month against the one before",
            "last {count} months against the {count} before",
            count,
        )
    else:
        text = ngettext(
            "last week against the one before",
            "last {count} weeks against the {count} before",
            count,
        )
    return text.format(count=count)


def side_text(side: Side) -> str:
    """The periods of one side: ``2026-W45 – 2026-W48``."""
    return side.first if side.first == side.last else f"{side.first} – {side.last}"


def side_note(side: Side) -> str:
    """Who one side is drawn from, or why it has no figures."""
    if side.values is None:
        return not_enough()
    return ngettext(
        "{people} participants, {checkins} check-in",
        "{people} participants, {checkins} check-ins",
        side.checkins,
    ).format(people=side.participants, checkins=side.checkins)


def no_comparison(periods: int) -> str:
    """Why no comparison of the asked length can be made."""
    return ngettext(
        "Not enough periods to compare: the trend spans {count} period.",
        "Not enough periods to compare: the trend spans {count} periods.",
        periods,
    ).format(count=periods)


def team_name(team: str | None) -> str:
    return team if team is not None else _("Everyone else")


def teams_withheld(teams: TeamComparison, k: int) -> str:
    """Why the teams are not compared."""
    if teams.withheld is NoTeams.UNLABELLED:
        return _("The exports carry no team labels, so no teams are compared.")
    return _(
        "Teams are compared only when every team shown, and everyone else together, has at "
        "least {k} participants; these exports do not make two such groups."
    ).format(k=k)


def merged_note(teams: TeamComparison, k: int) -> str | None:
    """Said when small teams were counted with everyone else."""
    if not teams.merged:
        return None
    return ngettext(
        "{count} team is counted under “Everyone else”: a team is shown on its own only when "
        "it and everyone else each have at least {k} participants.",
        "{count} teams are counted under “Everyone else”: a team is shown on its own only when "
        "it and everyone else each have at least {k} participants.",
        teams.merged,
    ).format(count=teams.merged, k=k)


def same_note() -> str:
    """What "=" means, for the reports and the help."""
    return _(
        "= means a change of less than 3 percentage points (0.1 for focus). A side without "
        "enough participants is never compared."
    )
