"""Step 7: how customer-focused the day was, 1–5."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.i18n import N_
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.widgets.rating_picker import RatingPicker


class FocusStep(StepScreen):
    """One rating; Enter goes on."""

    STEP = Step.FOCUS
    ASKS = frozenset({"focus"})
    HELP_TEXT: ClassVar[str] = N_(
        "Press 1 to 5, or use the arrows, then Enter. 1: the {customer} hardly came "
        "up; 5: the {customer} was in every decision. No wrong answers."
    )
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "next", N_("Next"), show=False)]

    def body(self) -> ComposeResult:
        yield RatingPicker(self.form.focus, id="focus")
        yield Static(RatingPicker.hint(), classes="hint")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#focus", RatingPicker).focus()

    def collect_own(self) -> CheckinForm:
        return self.flow.form.changed(focus=self.query_one("#focus", RatingPicker).value)
