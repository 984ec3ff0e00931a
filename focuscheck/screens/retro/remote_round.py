"""A round of a shared retro, as the facilitator sees it.

Members answer on their own screens.  This screen shows the question and the
countdown, writes every change of the timer into the session so members see
the same clock, and re-reads the session to count the answers that are in —
never showing them before the reveal.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Static

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _, ngettext
from focuscheck.retro.remote import SessionState, TimerShare
from focuscheck.retro.session_store import SessionStore
from focuscheck.retro.timer import Reading
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.lobby import spaced
from focuscheck.screens.retro.round_base import TimedRound


class FacilitatorRoundScreen(TimedRound[SessionState]):
    """One question of a shared retro; dismisses with the session when moving on."""

    def __init__(self, env: RetroEnvironment, session: SessionState, index: int) -> None:
        self.session = session
        """The shared session as last read or written."""
        super().__init__(env, session.prompts, index)

    def _seconds(self) -> int:
        return self.session.timer_seconds

    def compose(self) -> ComposeResult:
        with Vertical(id="round"):
            yield from self.compose_question()
            yield Static("", id="round-tally")
            yield Static(
                Text(_("Join code: {code}").format(code=spaced(self.session.code))),
                id="round-code",
            )
            with Horizontal(id="round-actions"):
                yield Button(_("Next question"), id="round-next")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._write(lambda store: store.start_round(self.session.code, self.index, self._share()))
        self.set_interval(self.env.poll_seconds, self.refresh_session)
        self._show_tally()

    def _share(self) -> TimerShare:
        reading = self.countdown.reading()
        return TimerShare(reading.state, reading.remaining, self.env.wall())

    def _write(self, change: Callable[[SessionStore], SessionState]) -> None:
        """Apply one change to the session file; a failure is shown, the round goes on."""
        try:
            self.session = change(self.env.store())
        except FocuscheckError as error:
            self.notify(str(error), severity="error", markup=False)

    def refresh_session(self) -> None:
        """Re-read the session: answers arrive from other processes."""
        try:
            self.session = self.env.store().load(self.session.code)
        except FocuscheckError as error:
            self.query_one("#round-tally", Static).update(Text(str(error)))
            return
        self._show_tally()

    def _show_tally(self) -> None:
        size = len(self.session.participants)
        done = self.session.answered(self.prompt)
        dots = "●" * done + "○" * max(0, size - done)
        line = ngettext(
            "{done} of {size} answer is in (hidden until the reveal)",
            "{done} of {size} answers are in (hidden until the reveal)",
            size,
        ).format(done=done, size=size)
        if size and done >= size:
            line += " " + _("Everyone has answered.")
        self.query_one("#round-tally", Static).update(Text(f"{dots}  {line}"))

    def timer_changed(self, reading: Reading) -> None:
        self._write(lambda store: store.share_timer(self.session.code, self._share()))

    def time_up(self, reading: Reading) -> None:
        self._write(lambda store: store.share_timer(self.session.code, self._share()))

    @on(Button.Pressed, "#round-next")
    def _next_pressed(self) -> None:
        self.action_next()

    def action_next(self) -> None:
        status = self.unanswered_status()
        self.countdown.skip()
        share = self._share()
        # One change: members see the question closed and why, in the same read.
        self._write(
            lambda store: store.update(
                self.session.code, lambda state: state.with_round_closed(share, status)
            )
        )
        self.dismiss(self.session)
