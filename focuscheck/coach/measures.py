"""The figures a coach compares between periods and between teams, each read off a tally.

One table names them all, so the comparison, the teams side by side and the
plain sentences always speak of the same figures in the same order.  A share
is in percent (0–100); focus is a mean on its own 1–5 scale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from focuscheck.coach.tally import Tally
from focuscheck.domain.enums import VoiceSource

HIGH_CLARITY: Final = 4
"""Mission clarity at or above this counts as clear."""


class Measure(StrEnum):
    FOCUS = "focus"
    SALARY = "salary"
    CORNERSTONE = "cornerstone"
    HEARD_CUSTOMER = "heard_customer"
    HEARD_COLLEAGUE = "heard_colleague"
    HEARD_NONE = "heard_none"
    CLARITY_HIGH = "clarity_high"
    WASTE_NOTED = "waste_noted"


@dataclass(frozen=True, slots=True)
class MeasureSpec:
    """How a figure is read off a tally, and how far it must move to count as changed."""

    read: Callable[[Tally], float | None]
    is_mean: bool = False
    """A mean on the 1–5 scale rather than a share in percent."""

    @property
    def same_within(self) -> float:
        """A change smaller than this is shown as "=" (no change)."""
        return SAME_MEAN if self.is_mean else SAME_POINTS

    @property
    def worth_saying(self) -> float:
        """A change or gap at least this large may become a plain sentence."""
        return SAY_MEAN if self.is_mean else SAY_POINTS


SAME_POINTS: Final = 3.0
"""Shares closer than 3 percentage points are "=": a couple of check-ins move a share that much."""
SAME_MEAN: Final = 0.1
"""Focus means closer than 0.1 are "="."""
SAY_POINTS: Final = 5.0
"""A sentence needs a change (or a team's gap to the rest) of 5 percentage points or more."""
SAY_MEAN: Final = 0.2
"""… or 0.2 on the focus scale."""


def _percent(hits: int, total: int) -> float | None:
    return 100 * hits / total if total else None


def _focus(tally: Tally) -> float | None:
    return tally.focus_sum / tally.focus_rated if tally.focus_rated else None


def _clarity_high(tally: Tally) -> float | None:
    rated = sum(tally.clarity.values())
    high = sum(count for level, count in tally.clarity.items() if level >= HIGH_CLARITY)
    return _percent(high, rated)


def _heard(source: VoiceSource) -> Callable[[Tally], float | None]:
    return lambda tally: _percent(tally.voice[source], tally.checkins)


MEASURES: Final[dict[Measure, MeasureSpec]] = {
    Measure.FOCUS: MeasureSpec(_focus, is_mean=True),
    Measure.SALARY: MeasureSpec(lambda tally: _percent(tally.salary, tally.checkins)),
    Measure.CORNERSTONE: MeasureSpec(lambda tally: _percent(tally.cornerstone, tally.checkins)),
    Measure.HEARD_CUSTOMER: MeasureSpec(_heard(VoiceSource.CUSTOMER)),
    Measure.HEARD_COLLEAGUE: MeasureSpec(_heard(VoiceSource.COLLEAGUE)),
    Measure.HEARD_NONE: MeasureSpec(_heard(VoiceSource.NONE)),
    Measure.CLARITY_HIGH: MeasureSpec(_clarity_high),
    Measure.WASTE_NOTED: MeasureSpec(
        lambda tally: _percent(sum(tally.waste.values()), tally.checkins)
    ),
}


def read(tally: Tally) -> tuple[tuple[Measure, float | None], ...]:
    """Every measure of ``tally`` in the table's order; None where nothing was rated."""
    return tuple((measure, spec.read(tally)) for measure, spec in MEASURES.items())


def counts_only(tally: Tally) -> Tally:
    """``tally`` without its texts (shared, not copied): for figures that never show a text."""
    return tally.without_texts()
