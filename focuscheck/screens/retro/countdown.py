"""The countdown of a round, in large digits with its state in words."""

from __future__ import annotations

from typing import Final

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Digits, Static

from focuscheck.i18n import N_, _
from focuscheck.retro.timer import Reading, TimerState

_STATE_TEXT: Final[dict[TimerState, str]] = {
    TimerState.READY: N_("Ready: the facilitator starts the timer"),
    TimerState.RUNNING: N_("Running"),
    TimerState.PAUSED: N_("Paused"),
    TimerState.EXPIRED: N_("Time is up"),
}


class CountdownDisplay(Vertical):
    """Large ``m:ss`` digits over a line saying whether the clock runs."""

    DEFAULT_CSS = """
    CountdownDisplay { width: auto; height: auto; align-horizontal: center; }
    CountdownDisplay Digits { width: auto; }
    CountdownDisplay #countdown-state { width: auto; color: $text-muted; }
    CountdownDisplay.-expired Digits { color: $error; }
    CountdownDisplay.-expired #countdown-state { color: $error; text-style: bold; }
    CountdownDisplay.-paused Digits { color: $warning; }
    """

    def __init__(self, reading: Reading, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.reading = reading
        """What the display shows now."""

    def compose(self) -> ComposeResult:
        yield Digits(self.reading.clock_face(), id="countdown-digits")
        yield Static(Text(_(_STATE_TEXT[self.reading.state])), id="countdown-state")

    def show(self, reading: Reading) -> None:
        """Show ``reading``; cheap to call several times a second (only changes repaint)."""
        if reading.clock_face() != self.reading.clock_face():
            self.query_one(Digits).update(reading.clock_face())
        if reading.state is not self.reading.state:
            self.query_one("#countdown-state", Static).update(Text(_(_STATE_TEXT[reading.state])))
        self.set_class(reading.state is TimerState.EXPIRED, "-expired")
        self.set_class(reading.state is TimerState.PAUSED, "-paused")
        self.reading = reading
