"""One row of small columns per measure, one column per week, on a fixed scale.

Unlike a sparkline, which stretches whatever range the data has, each row here
has a stated scale (ratings 1–5 from zero, counts from zero), so a week of
3.9 next to a week of 4.0 looks the same height, and a week without data
shows a dot rather than a low bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from textual.content import Content
from textual.widget import Widget

_LEVELS: Final = " ▁▂▃▄▅▆▇█"
CELL: Final = 3
LABEL_WIDTH: Final = 10
NO_DATA: Final = "·"


@dataclass(frozen=True, slots=True)
class WeekRow:
    """One measure over the weeks."""

    label: str
    values: tuple[float | None, ...]
    """One per week, oldest first; None where the week has no data."""
    top: float
    """The value that fills a column."""
    summary: str
    """The figure for the whole period, shown at the end of the row."""
    style: str = "$primary"


def column(value: float | None, top: float) -> str:
    """The block character for ``value`` on a 0…``top`` scale; a dot for no data."""
    if value is None:
        return NO_DATA
    if value <= 0 or top <= 0:
        return " "
    return _LEVELS[max(1, min(8, round(8 * value / top)))]


class WeekChart(Widget):
    """Several measures per week, aligned under a header of ISO week numbers."""

    DEFAULT_CSS = """
    WeekChart {
        height: auto;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.weeks: tuple[date, ...] = ()
        """The Monday of each week shown, oldest first."""
        self.rows: tuple[WeekRow, ...] = ()

    def show(self, weeks: Sequence[date], rows: Sequence[WeekRow]) -> None:
        self.weeks = tuple(weeks)
        self.rows = tuple(rows)
        self.refresh(layout=True)

    def render(self) -> Content:
        header = Content.assemble(
            " " * LABEL_WIDTH,
            *((f"{monday.isocalendar()[1]:>{CELL}}", "$text-muted") for monday in self.weeks),
        )
        lines = [header]
        for row in self.rows:
            label = (
                row.label if len(row.label) <= LABEL_WIDTH else row.label[: LABEL_WIDTH - 1] + "…"
            )
            parts: list[str | tuple[str, str]] = [label.ljust(LABEL_WIDTH)]
            for value in row.values:
                mark = column(value, row.top)
                style = "$text-muted" if value is None else row.style
                parts.append(
                    (" " + (mark * (CELL - 1) if value is not None else f" {mark}"), style)
                )
            parts.append(("  " + row.summary, "bold"))
            lines.append(Content.assemble(*parts))
        return Content("\n").join(lines)
