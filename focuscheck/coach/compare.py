"""This period against the previous one of the same length, figure by figure.

The periods compared are the latest of the trend (the span from the first shown
period to the last) and as many before them: "the last 4 weeks against the 4
before".  Each side is counted over its shown periods only, so it adds up cells
the trend already shows and reveals nothing withheld; a side with no shown
period has no figures, and then no change is worked out from it.  A change
smaller than the measure's threshold (see :mod:`focuscheck.coach.measures`) is
"=".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from focuscheck.coach.cells import ShownCells
from focuscheck.coach.measures import MEASURES, Measure, counts_only, read
from focuscheck.coach.tally import Tally, total
from focuscheck.domain.dates import Granularity
from focuscheck.i18n import _

WEEKS_PER_MONTH: Final = 4
"""A month asked of weekly exports is compared as four weeks (and said so)."""
DEFAULT_LENGTH: Final = {Granularity.WEEK: 4, Granularity.MONTH: 1}
_LENGTH: Final = re.compile(r"\s*(\d{1,3})\s*([wm])\s*", re.IGNORECASE)


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a comparison: some consecutive periods of the trend."""

    first: str
    last: str
    shown: int
    """How many of its periods are shown (the rest are withheld and count nowhere)."""
    participants: int
    checkins: int
    values: tuple[tuple[Measure, float | None], ...] | None
    """Every measure; None when no period of the side is shown."""

    def value(self, measure: Measure) -> float | None:
        return dict(self.values or ()).get(measure)


@dataclass(frozen=True, slots=True)
class Change:
    """One measure on both sides."""

    measure: Measure
    before: float | None
    after: float | None

    @property
    def direction(self) -> Direction | None:
        """↑, ↓ or =; None when either side has no value."""
        if self.before is None or self.after is None:
            return None
        difference = self.after - self.before
        if abs(difference) < MEASURES[self.measure].same_within:
            return Direction.SAME
        return Direction.UP if difference > 0 else Direction.DOWN

    @property
    def size(self) -> float:
        """How large the change is, in percentage points (a focus point counts as 25)."""
        if self.before is None or self.after is None:
            return 0.0
        scale = 25.0 if MEASURES[self.measure].is_mean else 1.0
        return abs(self.after - self.before) * scale


@dataclass(frozen=True, slots=True)
class Comparison:
    """The latest ``length`` periods against the ``length`` before them."""

    length: int
    unit: Granularity
    previous: Side
    recent: Side
    changes: tuple[Change, ...]

    @property
    def available(self) -> bool:
        """Whether both sides have figures."""
        return self.previous.values is not None and self.recent.values is not None


def comparisons(
    shown: ShownCells, span: Sequence[str], tallies: Mapping[str, Tally], k: int
) -> tuple[Comparison, ...]:
    """One comparison for every length from one period to half the span."""
    light = {period: counts_only(tally) for period, tally in tallies.items()}
    found = []
    for length in range(1, len(span) // 2 + 1):
        recent = _side(shown, span[-length:], light, k)
        previous = _side(shown, span[-2 * length : -length], light, k)
        changes = tuple(
            Change(measure, previous.value(measure), recent.value(measure)) for measure in MEASURES
        )
        found.append(Comparison(length, shown.unit, previous, recent, changes))
    return tuple(found)


def _side(shown: ShownCells, periods: Sequence[str], tallies: Mapping[str, Tally], k: int) -> Side:
    counted = [period for period in periods if period in shown.cells]
    people = {person for period in counted for person in shown.cells[period]}
    tally = total(tallies[period] for period in counted)
    values = read(tally) if counted and len(people) >= k else None
    return Side(periods[0], periods[-1], len(counted), len(people), tally.checkins, values)


def parse_length(text: str, unit: Granularity) -> int:
    """The number of periods in ``4w`` or ``1m``; ValueError with a sentence when unfit."""
    found = _LENGTH.fullmatch(text)
    if not found or int(found[1]) < 1:
        raise ValueError(_("give a number of weeks or months, such as 4w or 1m"))
    count, kind = int(found[1]), found[2].lower()
    if unit is Granularity.MONTH:
        if kind == "w":
            raise ValueError(_("the exports are by month: compare months, such as 1m"))
        return count
    return count * WEEKS_PER_MONTH if kind == "m" else count
