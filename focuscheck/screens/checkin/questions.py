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
    """The form field the answer goes to."""
    ALIGNED: ClassVar[str]
    """Reflection when the answer names the customer (``N_``, with ``{customer}``)."""
    NOT_ALIGNED: ClassVar[str]
    """Reflection when it does not; encouraging, never scolding."""
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
            placeholder=_("Your answer, in your own words"),
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
        from focuscheck.domain.alignment import checker
        from focuscheck.widgets.reflection_card import ReflectionCard

        answer = self._answer()
        settings = self.flow.host.settings
        aligned = checker(settings.customer_term, settings.customer_synonyms)(answer)
        customer = self.customer
        reflection = customer.fill(_(self.ALIGNED if aligned else self.NOT_ALIGNED))
        if aligned:
            recorded = _("Noted with today's check-in: your answer names the {customer}.")
        else:
            recorded = _("Noted with today's check-in. Tomorrow is another chance to ask it.")
        slot = self.query_one("#reflection-slot", Vertical)
        await slot.remove_children()
        await slot.mount(ReflectionCard(answer, reflection + "\n\n" + customer.fill(recorded)))
        self.reflected = answer

    def collect_own(self) -> CheckinForm:
        return self.flow.form.changed(**{self.FIELD: self._answer()})


class SalaryStep(QuestionStep):
    """Step 1: Who pays my salary?"""

    STEP = Step.SALARY
    FIELD = "salary"
    ASKS = frozenset({FIELD})
    QUESTION = N_("Who pays my salary?")
    ALIGNED = N_(
        "Yes. Whatever the payslip says, in the end it is the {customer} who pays it. "
        "Worth carrying into today's work."
    )
    NOT_ALIGNED = N_(
        "A thought to take with you: whatever the payslip says, in the end it is the "
        "{customer} who pays every salary here."
    )


class CornerstoneStep(QuestionStep):
    """Step 2: What is the cornerstone of quality management?"""

    STEP = Step.CORNERSTONE
    FIELD = "cornerstone"
    ASKS = frozenset({FIELD})
    QUESTION = N_("What is the cornerstone of quality management?")
    ALIGNED = N_(
        "Exactly: the {customer}. Quality management rests on focus on the {customer}; "
        "everything else is built on top of it."
    )
    NOT_ALIGNED = N_(
        "Good to think about. Quality management has one cornerstone: the {customer}, "
        "and focus on the {customer}. Everything else is built on top of it."
    )
