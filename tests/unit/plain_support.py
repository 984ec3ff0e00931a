"""Driving the plain check-in with typed lines, as a person at a terminal would."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from focuscheck.domain.clock import FixedClock
from focuscheck.plain.checkin_dialogue import Outcome, PlainCheckin
from focuscheck.plain.console import Console
from focuscheck.service.journal_service import JournalService

CTRL_C = object()
"""Typed in a script: Ctrl+C at that point."""

#: One answer per question, in the order the steps ask them (no mission written down).
WHOLE_CHECKIN: tuple[str, ...] = (
    "The customer",  # who pays my salary
    "Customer focus",  # the cornerstone
    "We help people get well",  # mission, from memory
    "no",  # raise the missing mission with my manager?
    "Called back a customer about her invoice",  # value
    "1",  # voice: a customer directly
    "Thank you, now I understand",  # what I heard
    "red_tape",  # waste
    "Three signatures for a refund",  # waste note
    "4",  # focus
    "support, billing",  # tags
)


class Script:
    """Lines typed one by one; the input ends (Ctrl+D) after the last."""

    def __init__(self, lines: Iterable[object]) -> None:
        self.lines = list(lines)
        self.printed: list[str] = []
        self.prompts = 0

    def read(self, prompt: str) -> str:
        self.printed.append(prompt)
        self.prompts += 1
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        if line is CTRL_C:
            raise KeyboardInterrupt
        assert isinstance(line, str)
        return line

    def write(self, text: str) -> None:
        self.printed.append(text + "\n")

    @property
    def output(self) -> str:
        return "".join(self.printed)


def talk(
    service: JournalService, clock: FixedClock, lines: Iterable[object], day: date | None = None
) -> tuple[Outcome, Script]:
    """Run the plain check-in on ``lines``; how it ended and what it printed."""
    script = Script(lines)
    outcome = PlainCheckin(service, clock, Console(script.read, script.write), day).run()
    return outcome, script
