"""Steps 1 and 2: "Who pays my salary?" and "What is the cornerstone of quality management?"

After the answer a reflection appears beside the person's own words.  Whether
the answer names the customer is recorded with the entry; the reflection is
warm either way: the point is to remember, not to be graded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.domain.checkin_words import ANSWER_HINTS
from focuscheck.i18n import N_, _
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.widgets.answer_input import AnswerInput

if TYPE_CHECKING:
    from focuscheck.screens.checkin.flow import CheckinFlow


class QuestionStep(StepScreen):
    """A one-line answer, then a reflection on it; Enter reflects, Enter again goes on."""

    DEFAULT_CSS = """
    QuestionStep #reflection-slot {
        height: auto;
    }
    """
    FIELD: ClassVar[str]
    """The form field the answer goes to (its reflection is in ``domain.reflections``)."""
    HELP_TEXT: ClassVar[str] = N_(
        "Answer in your own words and press Enter: a short reflection appears beside "
        "them. Press Enter again to go on, Esc to go back."
    )

    def __init__(self, flow: CheckinFlow) -> None:
        super().__init__(flow)
        self.reflected: str | None = None
        """The answer the reflection on screen was written for (None: not shown)."""

    def body(self) -> ComposeResult:
        yield AnswerInput(
            getattr(self.form, self.FIELD),
            placeholder=_(ANSWER_HINTS[self.FIELD]),
            id="answer",
        )
        yield Static(_("Enter: see a reflection · Enter again: next step"), classes="hint")
        yield Vertical(id="reflection-slot")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#answer", AnswerInput).focus()
        if getattr(self.form, self.FIELD).strip():
            self.run_worker(self.reflect(), group="reflect", exclusive=True)

    @on(Input.Submitted, "#answer")
    async def _submitted(self) -> None:
        await self.action_next()

    async def action_next(self) -> None:
        if self.reflected != self._answer():
            await self.reflect()
        else:
            await super().action_next()

    def _answer(self) -> str:
        return self.query_one("#answer", AnswerInput).value

    async def reflect(self) -> None:
        """Show (or renew) the reflection beside the answer as it stands."""
        from focuscheck.domain.reflections import reflection
        from focuscheck.widgets.reflection_card import ReflectionCard

        answer = self._answer()
        said = reflection(self.FIELD, answer, self.flow.host.settings)
        slot = self.query_one("#reflection-slot", Vertical)
        await slot.remove_children()
        await slot.mount(ReflectionCard(answer, said))
        self.reflected = answer

    def collect_own(self) -> CheckinForm:
        return self.flow.form.changed(**{self.FIELD: self._answer()})


class SalaryStep(QuestionStep):
    """Step 1: Who pays my salary?"""

    STEP = Step.SALARY
    FIELD = "salary"
    ASKS = frozenset({FIELD})


class CornerstoneStep(QuestionStep):
    """Step 2: What is the cornerstone of quality management?"""

    STEP = Step.CORNERSTONE
    FIELD = "cornerstone"
    ASKS = frozenset({FIELD})
