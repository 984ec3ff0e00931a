"""What a quality manager files for a management review (ISO 9001), from the review's figures.

Customer focus (5.1.2): how often the answers name the customer, and whose
voice was heard.  Awareness (7.3): the mission clarity people report.  The waste
Pareto: categories by how often waste was noted, with the cumulative share, and
how many noted items were raised and resolved, where the exports carry the
follow-up (version 2 on).  Every part keeps the figure rule of the review: the
follow-up is drawn from the participants who noted waste, as the waste is.
"""

from __future__ import annotations

from dataclasses import dataclass

from focuscheck.coach.distributions import Counts
from focuscheck.coach.tally import Tally
from focuscheck.domain.enums import WasteStatus


@dataclass(frozen=True, slots=True)
class ParetoRow:
    category: str
    count: int
    cumulative: float
    """Share of all waste noted, in percent, of this category and those above it."""


@dataclass(frozen=True, slots=True)
class FollowUp:
    """How the noted waste stands now; ``available`` False when no export carries statuses."""

    available: bool
    statuses: tuple[tuple[WasteStatus, int], ...]
    """Items by status (open, raised, resolved, dropped), in that order."""

    @property
    def tracked(self) -> int:
        """Waste items whose status the exports carry."""
        return sum(count for _status, count in self.statuses)


def pareto(waste: Counts) -> tuple[ParetoRow, ...]:
    """The categories noted, most often first (ties in the usual order), with cumulative %."""
    noted = [(key, count) for key, count in waste if count]
    everything = sum(count for _key, count in noted)
    rows: list[ParetoRow] = []
    running = 0
    for key, count in sorted(noted, key=lambda item: -item[1]):
        running += count
        rows.append(ParetoRow(key, count, 100 * running / everything))
    return tuple(rows)


def follow_up(tally: Tally) -> FollowUp:
    """The follow-up of the waste in ``tally``."""
    counts = {status: 0 for status in WasteStatus}
    for (_category, status), count in tally.waste_status.items():
        counts[status] += count
    return FollowUp(sum(counts.values()) > 0, tuple(counts.items()))
