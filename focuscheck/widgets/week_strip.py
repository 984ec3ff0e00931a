"""The last seven days at a glance: one mark per day, done or not."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Final

from rich.text import Text
from textual.widgets import Static

from focuscheck.domain.weekdays import AWAY, MISSED, WEEKDAY_ABBREVIATIONS
from focuscheck.i18n import _

DONE: Final = "●"


class WeekStrip(Static):
    """Weekday names over marks: ● a check-in, · none, – away; today is underlined."""

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

    def show_days(
        self, days: Sequence[tuple[date, bool]], away: Collection[date] = frozenset()
    ) -> None:
        """Show ``days`` (oldest first, each with whether it has a check-in); ``away``: leave."""
        names = Text()
        marks = Text()
        for day, done in days:
            style = "underline" if day == self.today else ""
            names.append(f"{_(WEEKDAY_ABBREVIATIONS[day.weekday()]):^5}", style=style)
            if done:
                marks.append(f"{DONE:^5}", style="bold green")
            elif day in away:
                marks.append(f"{AWAY:^5}", style="italic")
            else:
                marks.append(f"{MISSED:^5}", style="dim")
        self.update(Text("\n").join([names, marks]) if days else Text(""))
