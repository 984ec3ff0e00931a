"""The last seven days at a glance: one mark per day, done or not."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from rich.text import Text
from textual.widgets import Static

from focuscheck.domain.weekdays import MISSED, WEEKDAY_ABBREVIATIONS
from focuscheck.i18n import _

DONE: Final = "●"


class WeekStrip(Static):
    """Weekday names over marks: ● a check-in, · none; today is underlined."""

    DEFAULT_CSS = """
    WeekStrip { height: 2; width: auto; }
    """

    def __init__(
        self,
        days: Sequence[tuple[date, bool]] = (),
        *,
        today: date | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, markup=False)
        self.today = today
        """The day to underline."""
        self.show_days(days)

    def show_days(self, days: Sequence[tuple[date, bool]]) -> None:
        """Show ``days`` (oldest first, each with whether it has a check-in)."""
        names = Text()
        marks = Text()
        for day, done in days:
            style = "underline" if day == self.today else ""
            names.append(f"{_(WEEKDAY_ABBREVIATIONS[day.weekday()]):^5}", style=style)
            marks.append(f"{DONE if done else MISSED:^5}", style="bold green" if done else "dim")
        self.update(Text("\n").join([names, marks]) if days else Text(""))
