"""What every facilitated round shows: the question, large, and its countdown.

The facilitator starts and pauses the timer (Ctrl+S), adds thirty seconds
(Ctrl+G) and moves on (Ctrl+L), whether the team answers on this screen or on
their own.  The keys are Ctrl combinations because a member is usually typing
in the answer field, and none of them is one a browser keeps for itself.
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center
from textual.screen import Screen
from textual.widgets import Static

from focuscheck.i18n import N_, _
from focuscheck.retro.prompts import Prompt
from focuscheck.retro.session import AnswerStatus
from focuscheck.retro.timer import Countdown, Reading, TimerState
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.countdown import CountdownDisplay
from focuscheck.screens.retro.environment import RetroEnvironment

ResultT = TypeVar("ResultT")

TICK_SECONDS = 0.25

ROUND_HELP = N_(
    "The question stays on screen while the countdown runs. Ctrl+S starts or pauses "
    "the timer, Ctrl+G adds 30 seconds (also after time is up), Ctrl+L ends the "
    "question and goes on to the next. Answers are hidden as soon as they are handed "
    "in and shown together on the board after the last question."
)


class TimedRound(Screen[ResultT], Generic[ResultT]):
    """A question with a countdown the facilitator controls."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "toggle_timer", N_("Start/pause")),
        Binding("ctrl+g", "extend", N_("+30 s")),
        Binding("ctrl+l", "next", N_("Next question")),
        Binding("f1", "help", N_("Help")),
    ]

    def __init__(self, env: RetroEnvironment, prompts: tuple[Prompt, ...], index: int) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.prompt = prompts[index]
        """The question of this round."""
        self.index = index
        self.count = len(prompts)
        self.countdown = Countdown(self._seconds(), env.monotonic)
        """The round's timer; its clock is the environment's, so tests move time."""
        self._expired_seen = False

    def _seconds(self) -> int:
        raise NotImplementedError

    def compose_question(self) -> ComposeResult:
        yield Static(
            Text(_("Question {number} of {count}").format(number=self.index + 1, count=self.count)),
            id="round-progress",
        )
        yield Static(Text(self.prompt.question(self.env.customer)), id="round-question")
        with Center():
            yield CountdownDisplay(self.countdown.reading(), id="round-countdown")

    def on_mount(self) -> None:
        self.set_interval(TICK_SECONDS, self.tick)

    def tick(self) -> None:
        """Bring the countdown up to date; notice the moment time runs out."""
        reading = self.countdown.reading()
        self.query_one(CountdownDisplay).show(reading)
        if reading.state is TimerState.EXPIRED and not self._expired_seen:
            self._expired_seen = True
            self.time_up(reading)

    def unanswered_status(self) -> AnswerStatus:
        """How members without an answer are recorded if the question closes now."""
        return AnswerStatus.unanswered(self.countdown.state is TimerState.EXPIRED)

    def timer_changed(self, reading: Reading) -> None:
        """Called after the facilitator starts, pauses, extends or skips."""

    def time_up(self, reading: Reading) -> None:
        """Called once when the countdown reaches zero."""

    def action_toggle_timer(self) -> None:
        self.countdown.toggle()
        self._after_change()

    def action_extend(self) -> None:
        was_expired = self.countdown.state is TimerState.EXPIRED
        self.countdown.extend()
        self._expired_seen = False
        self._after_change()
        if was_expired:
            self.reopened()

    def reopened(self) -> None:
        """Called when extra time brings an expired round back."""

    def _after_change(self) -> None:
        reading = self.countdown.reading()
        self.query_one(CountdownDisplay).show(reading)
        self.timer_changed(reading)
        self.tick()

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(_("A round"), _(ROUND_HELP)))
