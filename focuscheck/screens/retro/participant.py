"""A member's own screen in a shared retro: the question, the clock, their answer.

The screen re-reads the session a few times a second.  It shows the current
question with the facilitator's countdown, takes this member's answer (hidden
from everyone until the reveal), and at the reveal shows the whole board.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.i18n import N_, _
from focuscheck.retro.board import build_board
from focuscheck.retro.remote import Phase, SessionState
from focuscheck.retro.session import Answer, AnswerStatus
from focuscheck.retro.timer import TimerState
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.answer_form import AnswerForm, answer_from_form
from focuscheck.screens.retro.board_view import BoardView
from focuscheck.screens.retro.countdown import CountdownDisplay
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.round_base import TICK_SECONDS


class ParticipantScreen(Screen[None]):
    """Follows the facilitator through the rounds and to the reveal."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o", "pass_turn", N_("Pass")),
    ]

    def __init__(self, env: RetroEnvironment, session: SessionState, participant_id: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.session = session
        """The session as last read."""
        self.participant_id = participant_id
        """Who this screen answers for."""
        self._shown: tuple[Phase, int] | None = None
        """The phase and round on screen, to rebuild only when they change."""

    def compose(self) -> ComposeResult:
        with Vertical(id="member"):
            yield Static("", id="round-progress")
            yield Static("", id="round-question")
            with Center():
                yield CountdownDisplay(
                    self.session.timer.reading_at(self.env.wall()), id="round-countdown"
                )
            yield Static("", id="member-status")
            yield Vertical(id="member-body")
        yield Footer()

    async def on_mount(self) -> None:
        self.set_interval(self.env.poll_seconds, self.refresh_session)
        self.set_interval(TICK_SECONDS, self.tick)
        await self._show()

    async def refresh_session(self) -> None:
        """Re-read the session file; the facilitator may have moved on."""
        try:
            self.session = self.env.store().load(self.session.code)
        except FocuscheckError as error:
            self._status(_("{reason}. Thank you for taking part!").format(reason=error))
            self.query_one(CountdownDisplay).display = False
            await self.query_one("#member-body").remove_children()
            self._shown = (Phase.CLOSED, 0)
            return
        await self._show()

    def tick(self) -> None:
        """Follow the facilitator's clock; time up closes answering, extra time reopens it."""
        reading = self.session.timer.reading_at(self.env.wall())
        self.query_one(CountdownDisplay).show(reading)
        prompt = self.session.prompt
        forms = self.query(AnswerForm)
        if forms and prompt is not None:
            answered = self.session.own_answer(self.participant_id, prompt) is not None
            forms.first().set_open(reading.state is not TimerState.EXPIRED and not answered)

    def _status(self, message: str) -> None:
        self.query_one("#member-status", Static).update(Text(message))

    async def _show(self) -> None:
        """Rebuild the body when the phase or round changed; else refresh the status."""
        state = self.session
        key = (state.phase, state.round)
        if key == self._shown:
            self._show_own_answer()
            return
        self._shown = key
        body = self.query_one("#member-body")
        # Awaited: the next round's form must not meet the last one's in the DOM.
        await body.remove_children()
        countdown = self.query_one(CountdownDisplay)
        countdown.display = state.phase is Phase.ROUND
        prompt = state.prompt
        if state.phase is Phase.LOBBY:
            self.query_one("#round-question", Static).update(Text(_("You have joined.")))
            self._status(_("Waiting for the facilitator to start the first question."))
        elif prompt is not None:
            self.query_one("#round-progress", Static).update(
                Text(
                    _("Question {number} of {count}").format(
                        number=state.round + 1, count=len(state.prompts)
                    )
                )
            )
            self.query_one("#round-question", Static).update(
                Text(prompt.question(self.env.customer))
            )
            await body.mount(AnswerForm(prompt.kind, self.env.customer, id="member-form"))
            self._show_own_answer()
        elif state.phase is Phase.REVEAL:
            retro = state.to_retro(self.env.today, self.env.seed)
            board = build_board(retro, self.env.customer, self.env.is_aligned)
            self.query_one("#round-progress", Static).update("")
            self.query_one("#round-question", Static).update(Text(_("Reveal: all answers")))
            self._status(_("The facilitator marks what goes into the retro."))
            await body.mount(BoardView(board, self.env.customer, editable=False))

    def _show_own_answer(self) -> None:
        prompt = self.session.prompt
        forms = self.query(AnswerForm)
        if prompt is None or not forms:
            return
        mine = self.session.own_answer(self.participant_id, prompt)
        if mine is None:
            if self.session.timer.reading_at(self.env.wall()).state is TimerState.EXPIRED:
                self._status(_("Time is up for this question."))
            else:
                self._status(_("Your answer is hidden from everyone until the reveal."))
                if self.focused is None:
                    forms.first().focus_text()
            return
        forms.first().set_open(False)
        if mine.status is AnswerStatus.PASSED:
            self._status(_("You passed. Wait for the next question."))
        elif mine.status is AnswerStatus.MOVED_ON:
            self._status(_("The facilitator moved on before you answered."))
        elif mine.status is AnswerStatus.MISSED:
            self._status(_("Time is up for this question."))
        else:
            self._status(
                _("Your answer is in, hidden until the reveal. Wait for the next question.")
            )

    def _send(self, answer: Answer, form: AnswerForm) -> None:
        try:
            self.session = self.env.store().submit(self.session.code, self.participant_id, answer)
        except ValidationError as error:
            form.show_error(str(error))
            return
        except FocuscheckError as error:
            form.show_error(str(error))
            return
        form.reset()
        self._show_own_answer()

    @on(AnswerForm.Submitted)
    def _submitted(self, event: AnswerForm.Submitted) -> None:
        prompt = self.session.prompt
        if prompt is None:
            return
        try:
            answer = answer_from_form(prompt, 0, event.text, event.choice)
        except ValidationError as error:
            event.form.show_error(str(error))
            return
        self._send(answer, event.form)

    @on(AnswerForm.Passed)
    def _passed(self) -> None:
        self.action_pass_turn()

    def action_pass_turn(self) -> None:
        prompt = self.session.prompt
        forms = self.query(AnswerForm)
        if prompt is not None and forms:
            self._send(Answer(prompt.key, 0, AnswerStatus.PASSED), forms.first())
