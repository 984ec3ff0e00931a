"""What every step of the check-in shares: progress, question, keys, and leaving it.

A step reads its widgets into the form when it is left, in either direction,
so going back never loses what was typed.  A step screen asks the questions it
names in ``ASKS`` with widgets of its own; every other question the table puts
on its step follows them, asked with the widget of its kind
(:mod:`focuscheck.widgets.field_answer`).
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, Any, ClassVar, Final

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Static

from focuscheck.domain.checkin_form import CheckinForm, Step, asked_on
from focuscheck.domain.checkin_words import QUESTIONS
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.settings import customer_term
from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings
from focuscheck.widgets.step_progress import StepProgress

#: Seconds after the last keystroke before what was typed is kept as the draft.
AUTOSAVE_AFTER: Final = 2.0

if TYPE_CHECKING:
    from focuscheck.domain.checkin_fields import FieldSpec
    from focuscheck.domain.customer_term import CustomerTerm
    from focuscheck.screens.checkin.flow import CheckinFlow

STEP_HELP = N_(
    "One question per step. Ctrl+N goes on, Esc goes back (nothing typed is lost), "
    "Shift+Tab goes back from the first field. Leaving half-way keeps a draft that "
    "is offered next time."
)


class StepScreen(Screen[None]):
    """A screen holding one step of the check-in."""

    DEFAULT_CSS = """
    StepScreen #step {
        padding: 1 2;
        height: 1fr;
    }
    StepScreen .problem {
        color: $warning;
        margin-top: 1;
        height: auto;
    }
    StepScreen RadioSet {
        width: 100%;
        margin-bottom: 1;
    }
    """
    STEP: ClassVar[Step]
    ASKS: ClassVar[frozenset[str]] = frozenset()
    """The questions of the step (table field names) this screen asks with its own widgets."""
    HELP_TITLE: ClassVar[str] = N_("Daily check-in")
    HELP_TEXT: ClassVar[str] = STEP_HELP
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "next", N_("Next")),
        Binding("escape", "back", N_("Back")),
        Binding("shift+tab", "back_or_previous", N_("Back"), show=False),
    ]

    def __init__(self, flow: CheckinFlow) -> None:
        super().__init__()
        translate_bindings(self)
        self.flow = flow
        """The check-in this step belongs to."""
        self.form = flow.form
        """The answers as they were when this step was shown."""
        self._autosave: Timer | None = None

    @property
    def customer(self) -> CustomerTerm:
        """The configured word for the customer."""
        return customer_term(self.flow.host.settings)

    def question(self) -> str:
        return self.customer.fill(_(QUESTIONS[self.STEP]))

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="step", can_focus=False):
            yield self.progress()
            yield Static(Text(self.question()), classes="question")
            yield from self.body()
            yield from self.more_questions()
            yield Static("", id="problem", classes="problem")
        yield Footer()

    def progress(self) -> Static:
        return StepProgress(self.form.step + 1, self.flow.total, id="progress")

    def body(self) -> ComposeResult:
        """The step's own widgets."""
        yield from ()

    def more_questions(self) -> ComposeResult:
        """A widget for each question of the step this screen does not ask itself."""
        others = self.other_questions()
        if not others:
            return
        from focuscheck.widgets.field_answer import field_answer

        customer = self.customer
        for spec in others:
            yield field_answer(spec, self.form.answer(spec.name), customer)

    def other_questions(self) -> tuple[FieldSpec, ...]:
        """The questions of the step that are not in :attr:`ASKS`, in the table's order."""
        return tuple(spec for spec in asked_on(self.STEP) if spec.name not in self.ASKS)

    def collect(self) -> CheckinForm:
        """The flow's form with this step's answers read from the widgets."""
        form = self.collect_own()
        answers: dict[str, Any] = {}
        if self.other_questions():
            from focuscheck.widgets.field_answer import FieldAnswer

            answers = {asked.spec.name: asked.answer for asked in self.query(FieldAnswer)}
        return form.changed(**answers) if answers else form

    def collect_own(self) -> CheckinForm:
        """The flow's form with the answers of this screen's own widgets (:attr:`ASKS`)."""
        return self.flow.form

    def on_mount(self) -> None:
        if self.form.editing:
            self.sub_title = _("Changing the check-in of {date}").format(
                date=self.form.day.isoformat()
            )
        else:
            self.sub_title = _("Check-in for {date}").format(date=self.form.day.isoformat())
        self.flow.on_screen()

    def show_problem(self, message: str) -> None:
        """Show why the step cannot be left, under the answers."""
        self.query_one("#problem", Static).update(Text(message))

    async def action_next(self) -> None:
        """Go to the next step (the last one saves)."""
        self.flow.next(self.collect())

    def action_back(self) -> None:
        """Go to the previous step, or leave the check-in from the first."""
        self.flow.back(self.collect())

    def action_back_or_previous(self) -> None:
        """Shift+Tab: the previous field, or the previous step from the first field."""
        chain = self.focus_chain
        if not chain or self.focused is chain[0]:
            self.action_back()
        else:
            self.focus_previous()

    def on_input_changed(self) -> None:
        self._typed()

    def on_text_area_changed(self) -> None:
        self._typed()

    def _typed(self) -> None:
        # A closed terminal gives no chance to save on the way out, so what is typed
        # becomes the draft a moment after typing stops, not only when the step changes.
        if self._autosave is not None:
            self._autosave.stop()
        self._autosave = self.set_timer(AUTOSAVE_AFTER, self._keep_typed)

    def _keep_typed(self) -> None:
        self._autosave = None
        if self.flow.finished or self.flow.saving:
            return
        self.flow.form = self.collect()
        self.flow.keep_draft()

    def keep_now(self) -> None:
        """Save what is on screen as the draft and wait for it (the app is closing)."""
        self.flow.form = self.collect()
        if self.flow.finished or not self.flow.dirty:
            return
        # Quitting: there is nowhere left to report a failure; the draft of the
        # previous step is still in the journal.
        with suppress(FocuscheckError):
            self.flow.keep_draft_now()
