"""Step 6: something internal that adds nothing for the customer (optional)."""

from __future__ import annotations

from typing import ClassVar, Final

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, RadioSet, Static

from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.domain.checkin_words import ANSWER_HINTS, NOTHING_NOTICED
from focuscheck.domain.enums import WASTE_LABELS, WasteCategory
from focuscheck.i18n import N_, _
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.widgets.answer_input import AnswerInput
from focuscheck.widgets.marked_toggles import MarkedRadioButton

CHOICES: Final[tuple[WasteCategory | None, ...]] = (None, *WasteCategory)
"""The first choice is "nothing noticed today"."""


class WasteStep(StepScreen):
    """A category and a short note; both may stay empty."""

    STEP = Step.WASTE
    ASKS = frozenset({"waste_category", "waste_note"})
    HELP_TEXT: ClassVar[str] = N_(
        "Optional. Pick the kind of waste with the arrows and Enter or Space, and note "
        "it in a line. These notes become your improvement backlog, to bring to the "
        "team. Ctrl+N goes on."
    )

    def body(self) -> ComposeResult:
        chosen = self.form.waste_category
        with RadioSet(id="category"):
            for category in CHOICES:
                label = _(NOTHING_NOTICED) if category is None else _(WASTE_LABELS[category])
                yield MarkedRadioButton(
                    label,
                    value=category is chosen,
                    id=f"waste-{category.value if category else 'none'}",
                )
        yield Static(_(ANSWER_HINTS["waste_note"]), classes="label")
        yield AnswerInput(
            self.form.waste_note, placeholder=_("What happened, in a line"), id="note"
        )

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#category", RadioSet).focus()

    @on(Input.Submitted, "#note")
    async def _submitted(self) -> None:
        await self.action_next()

    def collect_own(self) -> CheckinForm:
        pressed = self.query_one("#category", RadioSet).pressed_index
        category = CHOICES[pressed] if 0 <= pressed < len(CHOICES) else None
        return self.flow.form.changed(
            waste_category=category, waste_note=self.query_one("#note", AnswerInput).value
        )
