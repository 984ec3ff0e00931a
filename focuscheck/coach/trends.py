"""The trend: one row per week (or month) from the first shown period to the last.

Each shown row holds the period's focus, how often the answers named the
customer, whose voice was heard, the mission clarity and the waste by category,
all over that period's shown check-ins.  A period with fewer than k
participants is a row without figures.  The waste of a period is a figure of
its own, shown when k or more of the period's participants noted waste (as the
review's waste distribution is).
"""

from __future__ import annotations

from dataclasses import dataclass

from focuscheck.coach.cells import ShownCells, calendar_span
from focuscheck.coach.distributions import Counts, clarity, voices, waste
from focuscheck.coach.figure import Figure, Rate
from focuscheck.coach.tally import Tally
from focuscheck.domain.enums import VoiceSource


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
    voice: Counts
    """Check-ins by whose voice was heard."""
    clarity: Counts
    """Check-ins by mission clarity, the unrated last."""
    waste: Figure[Counts]
    """Waste noted by category; drawn from the period's participants who noted any."""


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """One week (or month) of the trend, from the first shown to the last."""

    period: str
    figures: PeriodFigures | None
    """None when the period is withheld (or had no check-ins: the two look the same)."""

    @property
    def withheld(self) -> bool:
        return self.figures is None


def period_tallies(shown: ShownCells) -> dict[str, Tally]:
    """Each shown period's check-ins, counted once for every figure that needs them."""
    return {period: shown.tally(period) for period in shown.periods}


def period_rows(shown: ShownCells, tallies: dict[str, Tally], k: int) -> tuple[PeriodRow, ...]:
    """Every period from the first shown to the last; those not shown are withheld."""
    periods = shown.periods
    if not periods:
        return ()
    rows: list[PeriodRow] = []
    for period in calendar_span(periods[0], periods[-1], shown.unit):
        if period not in shown.cells:
            rows.append(PeriodRow(period, None))
            continue
        items = tallies[period]
        cell = shown.cells[period]
        noted = sum(1 for contribution in cell.values() if contribution.tally.noted_waste)
        figures = PeriodFigures(
            participants=len(cell),
            checkins=items.checkins,
            focus_mean=items.focus_sum / items.focus_rated if items.focus_rated else None,
            salary=Rate(items.salary, items.checkins),
            cornerstone=Rate(items.cornerstone, items.checkins),
            heard_customer=Rate(items.voice[VoiceSource.CUSTOMER], items.checkins),
            voice=voices(items),
            clarity=clarity(items),
            waste=Figure(waste(items) if noted >= k else None, noted),
        )
        rows.append(PeriodRow(period, figures))
    return tuple(rows)
