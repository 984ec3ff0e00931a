"""A grid of the last weeks: one column per week, one row per weekday, check-ins marked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from textual.content import Content
from textual.widget import Widget

from focuscheck.domain.insights import CalendarCell
from focuscheck.domain.weekdays import AWAY, CHECKED, MISSED, WEEKDAY_ABBREVIATIONS
from focuscheck.i18n import _

CELL_WIDTH = 3
LEGEND_GAP = "  "


class CalendarGrid(Widget):
    """Marks the days with a check-in; workdays without one show a faint dot, away days a dash."""

    DEFAULT_CSS = """
    CalendarGrid {
        height: auto;
        width: auto;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.cells: tuple[CalendarCell, ...] = ()
        """The days shown, Monday of the first week first."""
        self.today: date | None = None

    def show(self, cells: Sequence[CalendarCell], today: date) -> None:
        """Show ``cells`` (whole weeks, Monday first)."""
        self.cells = tuple(cells)
        self.today = today
        self.refresh(layout=True)

    def render(self) -> Content:
        weeks = [self.cells[index : index + 7] for index in range(0, len(self.cells), 7)]
        names = [_(name) for name in WEEKDAY_ABBREVIATIONS]
        width = max(len(name) for name in names)
        header = Content.assemble(
            " " * width,
            *((f"{week[0].day.isocalendar()[1]:>{CELL_WIDTH}}", "$text-muted") for week in weeks),
        )
        lines = [header]
        for weekday, name in enumerate(names):
            parts: list[str | tuple[str, str]] = [(name.ljust(width), "$text-muted")]
            for week in weeks:
                if weekday < len(week):
                    parts.append(" " * (CELL_WIDTH - 1))
                    parts.append(self._mark(week[weekday]))
            lines.append(Content.assemble(*parts))
        return Content("\n").join([*lines, *self._legend(header.cell_length)])

    def _legend(self, width: int) -> list[Content]:
        """The marks and what they mean, on as many lines as the grid's width needs."""
        items = [
            Content.assemble((CHECKED, "$text-success"), " ", _("check-in")),
            Content.assemble((MISSED, "$text-muted"), " ", _("workday without")),
            Content.assemble((AWAY, "$text-secondary"), " ", _("away")),
        ]
        lines: list[Content] = []
        for item in items:
            joined = lines[-1] + LEGEND_GAP + item if lines else item
            if lines and joined.cell_length <= width:
                lines[-1] = joined
            else:
                lines.append(item)
        return lines

    def _mark(self, cell: CalendarCell) -> tuple[str, str]:
        today = " underline" if cell.day == self.today else ""
        if cell.checked_in:
            return CHECKED, "$text-success" + today
        if cell.workday and cell.away:
            return AWAY, "$text-secondary" + today
        if cell.future or not cell.workday:
            return " ", today.strip()
        return MISSED, "$text-muted" + today
