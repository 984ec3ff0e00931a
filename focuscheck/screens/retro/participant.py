"""A member's own screen in a shared retro: the question, the clock, their answer, the board.

The screen re-reads the session a few times a second.  It shows the current
question with the facilitator's countdown, takes this member's answer (hidden
from everyone until the reveal, and open to change until the round closes),
lets the member vote on the board, and at the reveal shows the board with the
team's votes.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _
from focuscheck.retro.board import build_board
from focuscheck.retro.remote import Phase, SessionState
from focuscheck.retro.session import Answer, AnswerStatus
from focuscheck.retro.timer import TimerState
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.answer_form import AnswerForm, answer_from_form
from focuscheck.screens.retro.board_view import BoardMode, BoardView
from focuscheck.screens.retro.countdown import CountdownDisplay
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.member_votes import MemberVotes
from focuscheck.screens.retro.round_base import TICK_SECONDS


class ParticipantScreen(Screen[None]):
    """Follows the facilitator through the rounds, the votes and the reveal."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o", "pass_turn", N_("Pass")),
        Binding("ctrl+e", "change_answer", N_("Change my answer")),
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
        self.changing = False
        """The member reopened their answer to change it."""

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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only what works now: passing or changing an answer while the round is open."""
        if action == "pass_turn":
            return self._answering()
        if action == "change_answer":
            return self._own() is not None and self._round_open() and not self.changing
        return True

    def _round_open(self) -> bool:
        reading = self.session.timer.reading_at(self.env.wall())
        return self.session.prompt is not None and reading.state is not TimerState.EXPIRED

    def _own(self) -> Answer | None:
        prompt = self.session.prompt
        return None if prompt is None else self.session.own_answer(self.participant_id, prompt)

    def _answering(self) -> bool:
        """Whether the form takes an answer now."""
        return self._round_open() and (self._own() is None or self.changing)

    async def refresh_session(self) -> None:
        """Re-read the session file; the facilitator may have moved on."""
        try:
            self.session = self.env.store().load(self.session.code)
        except FocuscheckError as error:
            self._status(_("{reason}. Thank you for taking part!").format(reason=error))
            self.query_one(CountdownDisplay).display = False
            await self.query_one("#member-body").remove_children()
            self._shown = (Phase.CLOSED, 0)
            self.refresh_bindings()
            return
        await self._show()

    def tick(self) -> None:
        """Follow the facilitator's clock; time up closes answering, extra time reopens it."""
        reading = self.session.timer.reading_at(self.env.wall())
        self.query_one(CountdownDisplay).show(reading)
        forms = self.query(AnswerForm)
        if forms and self.session.prompt is not None:
            forms.first().set_open(self._answering())
        self.refresh_bindings()

    def _status(self, message: str) -> None:
        self.query_one("#member-status", Static).update(Text(message))

    def _heading(self, progress: str, question: str) -> None:
        self.query_one("#round-progress", Static).update(Text(progress))
        self.query_one("#round-question", Static).update(Text(question))

    async def _show(self) -> None:
        """Rebuild the body when the phase or round changed; else refresh the status."""
        state = self.session
        key = (state.phase, state.round)
        if key == self._shown:
            self._show_own_answer()
            for votes in self.query(MemberVotes):
                votes.follow(state)
            return
        self._shown = key
        self.changing = False
        body = self.query_one("#member-body")
        # Awaited: the next round's form must not meet the last one's in the DOM.
        await body.remove_children()
        self.query_one(CountdownDisplay).display = state.phase is Phase.ROUND
        prompt = state.prompt
        if state.phase is Phase.LOBBY:
            self._heading("", _("You have joined."))
            self._status(_("Waiting for the facilitator to start the first question."))
        elif prompt is not None:
            progress = _("Question {number} of {count}").format(
                number=state.round + 1, count=len(state.prompts)
            )
            self._heading(progress, prompt.question(self.env.customer))
            await body.mount(AnswerForm(prompt.kind, self.env.customer, id="member-form"))
            self._show_own_answer()
        elif state.phase is Phase.REVIEW:
            self._heading("", _("The answers are in."))
            self._status(_("The facilitator is getting the board ready."))
        elif state.phase is Phase.VOTING:
            self._heading("", _("Vote on the board"))
            self._status("")
            await body.mount(MemberVotes(self.env, state, self.participant_id))
        elif state.phase is Phase.REVEAL:
            retro = state.to_retro(self.env.today)
            board = build_board(retro, self.env.customer, self.env.is_aligned)
            self._heading("", _("Reveal: all answers"))
            self._status(_("The facilitator marks what goes into the retro."))
            view = BoardView(board, self.env.customer, mode=BoardMode.READ)
            await body.mount(view)
            view.focus()
        self.refresh_bindings()

    def _show_own_answer(self) -> None:
        forms = self.query(AnswerForm)
        if self.session.prompt is None or not forms:
            return
        mine = self._own()
        if self.changing:
            return
        if mine is None:
            if not self._round_open():
                self._status(_("Time is up for this question."))
            else:
                self._status(_("Your answer is hidden from everyone until the reveal."))
                if self.focused is None:
                    forms.first().focus_text()
            return
        forms.first().set_open(False)
        if mine.status is AnswerStatus.PASSED:
            self._status(
                _("You passed. Wait for the next question, or Ctrl+E to answer after all.")
            )
        elif mine.status is AnswerStatus.MOVED_ON:
            self._status(_("The facilitator moved on before you answered."))
        elif mine.status is AnswerStatus.MISSED:
            self._status(_("Time is up for this question."))
        else:
            self._status(
                _(
                    "Your answer is in, hidden until the reveal. Ctrl+E changes it while "
                    "the question is open."
                )
            )

    def _send(self, answer: Answer, form: AnswerForm) -> None:
        try:
            self.session = self.env.store().submit(self.session.code, self.participant_id, answer)
        except FocuscheckError as error:
            form.show_error(str(error))
            return
        self.changing = False
        form.reset()
        self._show_own_answer()
        self.refresh_bindings()

    @on(AnswerForm.Submitted)
    def _submitted(self, event: AnswerForm.Submitted) -> None:
        prompt = self.session.prompt
        if prompt is None:
            event.form.show_error(_("that question is closed; the retro has moved on"))
            return
        try:
            answer = answer_from_form(prompt, 0, event.text, event.choice)
        except FocuscheckError as error:
            event.form.show_error(str(error))
            return
        self._send(answer, event.form)

    @on(AnswerForm.Passed)
    def _passed(self) -> None:
        self.action_pass_turn()

    def action_pass_turn(self) -> None:
        prompt = self.session.prompt
        forms = self.query(AnswerForm)
        if prompt is not None and forms and self._answering():
            self._send(Answer(prompt.key, 0, AnswerStatus.PASSED), forms.first())

    def action_change_answer(self) -> None:
        """Reopen the form with the answer as handed in, to change it before the reveal."""
        mine = self._own()
        forms = self.query(AnswerForm)
        if mine is None or not forms or not self._round_open():
            return
        form = forms.first()
        self.changing = True
        form.set_open(True)
        form.query_one("#answer-text", Input).value = mine.text
        chosen = mine.clarity or mine.voice_source or mine.waste_category
        values = [value for _label, value in form.choices]
        if chosen is not None and chosen in values:
            form.query_one("#answer-choice", OptionList).highlighted = values.index(chosen)
        form.focus_text()
        self._status(_("Change your answer and hand it in again; it replaces the one before."))
        self.refresh_bindings()
