"""Step 4: the value created for the customer today (the one required answer)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Static

from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.domain.checkin_words import ANSWER_HINTS
from focuscheck.i18n import N_, _
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.widgets.answer_area import AnswerArea


class ValueStep(StepScreen):
    """A few lines on how today's work creates value for the customer."""

    STEP = Step.VALUE
    ASKS = frozenset({"value"})
    HELP_TEXT: ClassVar[str] = N_(
        "One concrete thing, however small: a call returned, a form made simpler, a "
        "question answered. This is the one answer a check-in needs. Ctrl+N goes on."
    )

    def body(self) -> ComposeResult:
        yield Static(_(ANSWER_HINTS["value"]), classes="hint")
        yield AnswerArea(self.form.value, id="answer")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#answer", AnswerArea).focus()

    def collect_own(self) -> CheckinForm:
        return self.flow.form.changed(value=self.query_one("#answer", AnswerArea).text)
