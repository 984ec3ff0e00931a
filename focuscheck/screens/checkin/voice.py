"""Step 5: whose voice was heard today, and optionally what they said."""

from __future__ import annotations

from typing import ClassVar, Final

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, RadioSet, Static

from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.domain.checkin_words import ANSWER_HINTS
from focuscheck.domain.enums import VOICE_LABELS, VoiceSource
from focuscheck.i18n import N_, _
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.widgets.answer_input import AnswerInput
from focuscheck.widgets.marked_toggles import MarkedRadioButton

SOURCES: Final = (VoiceSource.CUSTOMER, VoiceSource.COLLEAGUE, VoiceSource.NONE)


class VoiceStep(StepScreen):
    """Three choices and a line for a quote or paraphrase."""

    STEP = Step.VOICE
    ASKS = frozenset({"voice_source", "voice_quote"})
    HELP_TEXT: ClassVar[str] = N_(
        "Choose with the arrows and Enter or Space: the {customer} directly, a colleague "
        "who meets them (support, sales, front desk), or no one. Tab to the line below "
        "to note what you heard. Ctrl+N goes on."
    )

    def body(self) -> ComposeResult:
        customer = self.customer
        chosen = self.form.voice_source
        with RadioSet(id="source"):
            for source in SOURCES:
                yield MarkedRadioButton(
                    customer.fill(_(VOICE_LABELS[source])),
                    value=source is chosen,
                    id=f"voice-{source.value}",
                )
        yield Static(_(ANSWER_HINTS["voice_quote"]), classes="label")
        yield AnswerInput(
            self.form.voice_quote, placeholder=_("In their words, as you remember them"), id="quote"
        )

    def on_mount(self) -> None:
        super().on_mount()
        self._follow_source()
        self.query_one("#source", RadioSet).focus()

    @on(RadioSet.Changed, "#source")
    def _follow_source(self) -> None:
        """No one heard: the quote cannot be saved, so its line is off (what it holds is kept)."""
        self.query_one("#quote", AnswerInput).disabled = self._source() is VoiceSource.NONE

    @on(Input.Submitted, "#quote")
    async def _submitted(self) -> None:
        await self.action_next()

    def _source(self) -> VoiceSource | None:
        pressed = self.query_one("#source", RadioSet).pressed_index
        return SOURCES[pressed] if 0 <= pressed < len(SOURCES) else None

    def collect_own(self) -> CheckinForm:
        return self.flow.form.changed(
            voice_source=self._source(), voice_quote=self.query_one("#quote", AnswerInput).value
        )
