"""The countdown of one question, driven by an injected monotonic clock.

The countdown never sleeps or schedules anything: the screen asks for a
:class:`Reading` as often as it likes, and tests move their own clock instead of
waiting.  A monotonic source keeps a changed wall clock (summer time, NTP) from
adding or stealing seconds in the middle of a round.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _

Monotonic = Callable[[], float]
"""Seconds from an arbitrary start that never go backwards."""

DEFAULT_SECONDS: Final = 90
EXTEND_SECONDS: Final = 30
MIN_SECONDS: Final = 10
MAX_SECONDS: Final = 3600


class TimerState(StrEnum):
    """Where a countdown stands."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class Reading:
    """What a countdown shows at one moment."""

    state: TimerState
    remaining: float
    """Seconds left, never below zero."""
    total: float
    """The length of the round including extensions."""

    def clock_face(self) -> str:
        """``m:ss``, rounding up so that ``0:00`` appears only when time is up."""
        seconds = math.ceil(self.remaining) if self.state is not TimerState.EXPIRED else 0
        return f"{seconds // 60}:{seconds % 60:02d}"


def parse_seconds(text: str) -> int:
    """Seconds per question as typed in the set-up (``90``, ``2m``, ``1:30``)."""
    value = text.strip().lower().replace(" ", "")
    try:
        if ":" in value:
            minutes, _sep, rest = value.partition(":")
            seconds = int(minutes) * 60 + int(rest)
        elif value.endswith(("min", "m")):
            seconds = int(value.rstrip("min")) * 60
        else:
            seconds = int(value.rstrip("s"))
    except ValueError:
        raise ValidationError(_("the timer takes seconds, like 90, 2m or 1:30"), "timer") from None
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise ValidationError(
            _("the timer must be between {low} seconds and {high} minutes").format(
                low=MIN_SECONDS, high=MAX_SECONDS // 60
            ),
            "timer",
        )
    return seconds


class Countdown:
    """A pausable, extendable countdown for one question."""

    def __init__(self, seconds: float, monotonic: Monotonic = time.monotonic) -> None:
        self._monotonic = monotonic
        self._total = float(seconds)
        self._used = 0.0
        """Seconds that ran before the latest start."""
        self._started_at: float | None = None
        self._ever_started = False
        self._ended = False

    def reading(self) -> Reading:
        """The state and remaining time right now."""
        used = self._used
        if self._started_at is not None:
            used += self._monotonic() - self._started_at
        remaining = max(0.0, self._total - used)
        if self._ended or remaining <= 0:
            return Reading(TimerState.EXPIRED, 0.0, self._total)
        if self._started_at is not None:
            return Reading(TimerState.RUNNING, remaining, self._total)
        state = TimerState.PAUSED if self._ever_started else TimerState.READY
        return Reading(state, remaining, self._total)

    @property
    def state(self) -> TimerState:
        return self.reading().state

    def start(self) -> None:
        """Run (or resume); an expired countdown stays expired until extended."""
        if self.state in (TimerState.READY, TimerState.PAUSED):
            self._started_at = self._monotonic()
            self._ever_started = True

    def pause(self) -> None:
        """Stop the clock, keeping the time left."""
        if self.state is TimerState.RUNNING and self._started_at is not None:
            self._used += self._monotonic() - self._started_at
            self._started_at = None

    def toggle(self) -> None:
        """Start when stopped, pause when running."""
        if self.state is TimerState.RUNNING:
            self.pause()
        else:
            self.start()

    def extend(self, seconds: float = EXTEND_SECONDS) -> None:
        """Add time; an expired countdown comes back with ``seconds`` on the clock and runs."""
        reading = self.reading()
        if reading.state is TimerState.EXPIRED:
            # Count the round as fully used, then put ``seconds`` back on the clock.
            self._used = reading.total
            self._total = reading.total + seconds
            self._ended = False
            self._started_at = self._monotonic()
        else:
            self._total += seconds

    def skip(self) -> None:
        """End the round now, as if time had run out."""
        self.pause()
        self._ended = True
