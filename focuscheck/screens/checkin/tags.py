"""Step 8: optional tags; Enter saves the check-in."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Static

from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.i18n import N_, _
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.widgets.answer_input import AnswerInput


class TagsStep(StepScreen):
    """A line of comma-separated tags, then the save."""

    STEP = Step.TAGS
    ASKS = frozenset({"tags"})
    HELP_TEXT: ClassVar[str] = N_(
        "Optional words to find this day again, separated by commas: a project, a "
        "team, a kind of work. Enter or Ctrl+S saves the check-in."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "next", N_("Save")),
        Binding("ctrl+s", "next", N_("Save"), show=False),
    ]

    def body(self) -> ComposeResult:
        yield AnswerInput(
            self.form.tags, placeholder=_("for example: support, onboarding"), id="tags"
        )
        yield Static(_("Separated by commas. Enter saves the check-in."), classes="hint")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#tags", AnswerInput).focus()

    @on(Input.Submitted, "#tags")
    async def _submitted(self) -> None:
        await self.action_next()

    def collect_own(self) -> CheckinForm:
        return self.flow.form.changed(tags=self.query_one("#tags", AnswerInput).value)
