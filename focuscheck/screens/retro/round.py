"""A round on one shared screen: members answer in turn on the same keyboard.

An answer disappears from the screen the moment it is handed in, the last
member's too; only a row of dots shows how many are in.  The round ends when
the facilitator moves on (Ctrl+L, or the Next button once everyone has had a
turn); members who had no turn by then are recorded as out of time when the
countdown had run out, and otherwise as not reached before the facilitator
moved on.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Static

from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.session import Answer, AnswerStatus, Retro
from focuscheck.retro.timer import Reading
from focuscheck.screens.retro.answer_form import AnswerForm, answer_from_form
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.round_base import TimedRound


class RoundScreen(TimedRound[Retro]):
    """One question answered in turn; dismisses with the retro including this round."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o", "pass_turn", N_("Pass")),
    ]

    def __init__(self, env: RetroEnvironment, retro: Retro, index: int) -> None:
        self.retro = retro
        """The retro so far, with this round's answers as they come in."""
        super().__init__(env, retro.setup.prompts, index)

    def _seconds(self) -> int:
        return self.retro.setup.timer_seconds

    def compose(self) -> ComposeResult:
        with Vertical(id="round"):
            yield from self.compose_question()
            yield Static("", id="round-turn")
            yield Static("", id="round-tally")
            yield AnswerForm(self.prompt.kind, self.env.customer, id="round-form")
            with Horizontal(id="round-actions"):
                yield Button(_("Next question"), id="round-next")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._show_turn()

    def _show_turn(self) -> None:
        setup = self.retro.setup
        member = self.retro.next_member(self.prompt)
        done = len(self.retro.answers_to(self.prompt))
        tally = "●" * done + "○" * (setup.team_size - done)
        self.query_one("#round-tally", Static).update(
            Text(
                tally
                + "  "
                + ngettext(
                    "{done} of {size} has had a turn", "{done} of {size} have had a turn", done
                ).format(done=done, size=setup.team_size)
            )
        )
        form = self.query_one(AnswerForm)
        turn = self.query_one("#round-turn", Static)
        if member is None:
            self.countdown.pause()
            form.set_open(False)
            turn.update(Text(_("Everyone has had a turn. Next question: Enter or Ctrl+L.")))
            self.query_one("#round-next", Button).focus()
            return
        if self._expired_seen:
            return
        turn.update(
            Text(
                _("{member}, your turn. Your answer is hidden as soon as you hand it in.").format(
                    member=setup.member_label(member)
                )
            )
        )
        form.set_open(True)
        form.reset()

    def _record(self, answer: Answer) -> None:
        self.retro = self.retro.with_answer(answer)
        # Before anything else: the room must not read the answer while the turn moves on.
        self.query_one(AnswerForm).reset()
        self._show_turn()

    @on(AnswerForm.Submitted)
    def _submitted(self, event: AnswerForm.Submitted) -> None:
        member = self.retro.next_member(self.prompt)
        if member is None or self._expired_seen:
            return
        try:
            answer = answer_from_form(self.prompt, member, event.text, event.choice)
        except ValidationError as error:
            event.form.show_error(str(error))
            return
        self._record(answer)

    @on(AnswerForm.Passed)
    def _passed(self) -> None:
        self.action_pass_turn()

    def action_pass_turn(self) -> None:
        member = self.retro.next_member(self.prompt)
        if member is not None and not self._expired_seen:
            self._record(Answer(self.prompt.key, member, AnswerStatus.PASSED))

    @on(Button.Pressed, "#round-next")
    def _next_pressed(self) -> None:
        self.action_next()

    def action_next(self) -> None:
        status = self.unanswered_status()
        self.countdown.skip()
        self.dismiss(self.retro.close_round(self.prompt, status))

    def time_up(self, reading: Reading) -> None:
        left = self.retro.setup.team_size - len(self.retro.answers_to(self.prompt))
        if left <= 0:
            return
        self.query_one(AnswerForm).set_open(False)
        self.query_one("#round-turn", Static).update(
            Text(
                ngettext(
                    "Time is up; {count} member has not answered. "
                    "Ctrl+G adds 30 s, Ctrl+L moves on.",
                    "Time is up; {count} members have not answered. "
                    "Ctrl+G adds 30 s, Ctrl+L moves on.",
                    left,
                ).format(count=left)
            )
        )
        self.query_one("#round-next", Button).focus()

    def reopened(self) -> None:
        self._show_turn()
