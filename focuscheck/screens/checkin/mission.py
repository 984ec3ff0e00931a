"""Step 3: "What are our mission and our values?" written from memory, then compared.

When the organisation has stated none, the screen says so: that is a finding,
recorded as "unclear", and the person may write them down now or keep it as
something to raise with a manager (it then joins the waste list as unclarity).
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.events import ScreenResume, ScreenSuspend
from textual.widgets import Button, Static

from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.domain.checkin_words import ANSWER_HINTS
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.reflections import NOTHING_STATED, UNCLEAR, is_raised, raised, stated
from focuscheck.i18n import N_, _
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.widgets.answer_area import AnswerArea
from focuscheck.widgets.rating_picker import RatingPicker

if TYPE_CHECKING:
    from focuscheck.screens.checkin.flow import CheckinFlow


class MissionStep(StepScreen):
    """From memory first; then the stated version beside it and a clarity rating."""

    DEFAULT_CSS = """
    MissionStep #reveal-slot {
        height: auto;
    }
    MissionStep .choices {
        height: auto;
        margin-top: 1;
    }
    MissionStep .choices Button {
        margin-right: 2;
    }
    """
    STEP = Step.MISSION
    ASKS = frozenset({"mission", "mission_clarity"})
    HELP_TEXT: ClassVar[str] = N_(
        "Write them from memory, as you would tell a new colleague, then press Ctrl+N. "
        "The organisation's own words appear beside yours, and you rate how clear they "
        "are to you, 1 to 5. If none are written down, that is recorded as unclear: "
        "write them down now, or keep it to raise with your manager."
    )

    def __init__(self, flow: CheckinFlow) -> None:
        super().__init__(flow)
        self.revealed = flow.form.mission_clarity is not None
        """Whether the stated mission is shown beside the answer."""
        self.raised = False
        """Whether the person chose to raise the missing mission with a manager."""
        self.covered = False
        """Whether another screen (settings) was opened over this one."""

    def body(self) -> ComposeResult:
        yield Static(_(ANSWER_HINTS["mission"]), classes="hint")
        yield AnswerArea(self.form.mission, id="answer")
        yield Vertical(id="reveal-slot")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#answer", AnswerArea).focus()
        if self.revealed:
            self.run_worker(self.reveal(), group="reveal", exclusive=True)

    def on_screen_suspend(self, event: ScreenSuspend) -> None:
        self.covered = True

    async def on_screen_resume(self, event: ScreenResume) -> None:
        # Back from the settings screen: the mission may be written down now.
        if self.covered and self.revealed:
            self.covered = False
            with suppress(FocuscheckError):  # unreadable: the app has said so already
                await self.flow.host.refresh_settings()
            await self.reveal()

    async def action_next(self) -> None:
        if not self.revealed:
            await self.reveal()
        else:
            await super().action_next()

    async def reveal(self) -> None:
        """Show the stated mission and values (or their absence) beside the answer."""
        from focuscheck.widgets.reflection_card import ReflectionCard

        self.revealed = True
        words = self.query_one("#answer", AnswerArea).text
        organisation = stated(self.flow.host.settings)
        slot = self.query_one("#reveal-slot", Vertical)
        rating = self._rating()
        await slot.remove_children()
        if organisation:
            await slot.mount(
                ReflectionCard(
                    words,
                    organisation,
                    words_title=_("From memory"),
                    reflection_title=_("As written down"),
                ),
                Static(_(ANSWER_HINTS["mission_clarity"]), classes="label"),
                RatingPicker(rating if rating is not None else None, id="clarity"),
                Static(RatingPicker.hint(), classes="hint"),
            )
            self.query_one("#clarity", RatingPicker).focus()
            return
        await slot.mount(
            ReflectionCard(
                words,
                _(NOTHING_STATED),
                words_title=_("From memory"),
            ),
            Horizontal(
                Button(_("Write them down now"), id="write-down"),
                Button(_("Raise it with my manager"), id="raise"),
                classes="choices",
            ),
            Static(Text(self._raise_status()), id="raise-status", classes="hint"),
        )
        self.query_one("#write-down", Button).focus()

    def _rating(self) -> int | None:
        pickers = self.query("#clarity").results(RatingPicker)
        for picker in pickers:
            return picker.value
        return self.flow.form.mission_clarity

    def _raise_status(self) -> str:
        if self.raised or is_raised(self.flow.form):
            return _("Noted as something to raise: it is on your waste list as unclarity.")
        return _("Or press Ctrl+N to go on.")

    @on(Button.Pressed, "#write-down")
    def _write_down(self) -> None:
        self.flow.form = self.collect()
        self.flow.host.action_open("settings")

    @on(Button.Pressed, "#raise")
    def _raise(self) -> None:
        self.raised = True
        self.query_one("#raise-status", Static).update(Text(self._raise_status()))
        self.notify(_("Noted. You will find it on the waste step and in your waste list."))

    def collect_own(self) -> CheckinForm:
        form = self.flow.form.changed(mission=self.query_one("#answer", AnswerArea).text)
        if not self.revealed:
            return form
        if stated(self.flow.host.settings):
            form = form.changed(mission_clarity=self._rating())
        else:
            form = form.changed(mission_clarity=UNCLEAR)
        return raised(form) if self.raised else form
