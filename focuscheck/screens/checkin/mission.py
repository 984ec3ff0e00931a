"""Step 3: "What are our mission and our values?" written from memory, then compared.

Whatever of the two the organisation has not written down is named.  When
neither is, that is a finding, recorded as "unclear"; otherwise the person
rates how clear they are.  Both findings, nothing written down and a clarity
of 1 or 2, offer the same two ways forward: write them down now, or keep it
as something to raise with a manager (it then joins the waste list as unclarity).
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
from focuscheck.domain.reflections import (
    NOTHING_STATED,
    UNCLEAR,
    UNCLEAR_UP_TO,
    as_written,
    is_raised,
    raised,
    stated,
)
from focuscheck.i18n import N_, _
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.widgets.answer_area import AnswerArea
from focuscheck.widgets.rating_picker import RatingPicker

if TYPE_CHECKING:
    from focuscheck.screens.checkin.flow import CheckinFlow


class WaysForward(Vertical):
    """Write them down now, or raise it with a manager: brought into view when they appear.

    They appear below the rating when it is low, often below the fold; the first
    time they are laid out is when their place is known, so they scroll into view then.
    """

    def on_resize(self) -> None:
        self.scroll_visible(animate=False)


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
    MissionStep #ways-forward {
        height: auto;
    }
    """
    STEP = Step.MISSION
    ASKS = frozenset({"mission", "mission_clarity"})
    HELP_TEXT: ClassVar[str] = N_(
        "Write them from memory, as you would tell a new colleague, then press Ctrl+N. "
        "The organisation's own words appear beside yours, and you rate how clear they "
        "are to you, 1 to 5; whatever is not written down is named. If nothing is "
        "written down, that is recorded as unclear. Both that and a clarity of 1 or 2 "
        "are findings: write them down now, or keep it to raise with your manager."
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
        settings = self.flow.host.settings
        slot = self.query_one("#reveal-slot", Vertical)
        rating = self._rating()
        await slot.remove_children()
        if stated(settings):
            await slot.mount(
                ReflectionCard(
                    words,
                    as_written(settings),
                    words_title=_("From memory"),
                    reflection_title=_("As written down"),
                ),
                Static(_(ANSWER_HINTS["mission_clarity"]), classes="label"),
                RatingPicker(rating if rating is not None else None, id="clarity"),
                Static(RatingPicker.hint(), classes="hint"),
                self._ways_forward(
                    _("Unclear is a finding too. What would you like to do?"),
                ),
            )
            self._offer_ways_forward()
            self.query_one("#clarity", RatingPicker).focus()
            return
        await slot.mount(
            ReflectionCard(
                words,
                _(NOTHING_STATED),
                words_title=_("From memory"),
            ),
            self._ways_forward(),
        )
        self.query_one("#write-down", Button).focus()

    def _ways_forward(self, lead: str = "") -> WaysForward:
        """Write them down now, or raise it with a manager; ``lead`` says why, if needed."""
        parts: list[Static | Horizontal] = [Static(Text(lead), classes="label")] if lead else []
        parts += [
            Horizontal(
                Button(_("Write them down now"), id="write-down"),
                Button(_("Raise it with my manager"), id="raise"),
                classes="choices",
            ),
            Static(Text(self._raise_status()), id="raise-status", classes="hint"),
        ]
        return WaysForward(*parts, id="ways-forward")

    @on(RatingPicker.Changed, "#clarity")
    def _offer_ways_forward(self) -> None:
        """Offer the ways forward while the clarity is low (or once one was taken)."""
        ways = self.query_one("#ways-forward", WaysForward)
        rating = self._rating()
        ways.display = self._kept_to_raise() or (rating is not None and rating <= UNCLEAR_UP_TO)
        if ways.display:
            ways.scroll_visible(animate=False)

    def _rating(self) -> int | None:
        pickers = self.query("#clarity").results(RatingPicker)
        for picker in pickers:
            return picker.value
        return self.flow.form.mission_clarity

    def _kept_to_raise(self) -> bool:
        """Whether it is kept to raise with a manager, on this visit or an earlier one."""
        return self.raised or is_raised(self.flow.form)

    def _raise_status(self) -> str:
        if self._kept_to_raise():
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
        return raised(form, self.flow.host.settings) if self.raised else form
