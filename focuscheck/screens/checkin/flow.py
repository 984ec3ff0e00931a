"""One check-in in progress: its form, the moves between its steps, drafts and the save.

The first step is on screen before the journal is read.  A thread then looks
for today's entry and for a draft; a draft is offered, today's entry is opened
for editing, unless the person has already started typing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from textual.app import App
from textual.screen import Screen

from focuscheck.domain.checkin_form import (
    STEPS,
    CheckinForm,
    Step,
    blank_form,
    form_from_entry,
)
from focuscheck.domain.checkin_start import already_saved, draft_to_continue
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.i18n import _
from focuscheck.screens.messages import CheckinSaved

if TYPE_CHECKING:
    from focuscheck.screens.checkin.step import StepScreen
    from focuscheck.screens.host import Host

#: The screen class of each step: (module, class); imported when first shown.
STEP_SCREENS: Final[dict[Step, tuple[str, str]]] = {
    Step.SALARY: ("focuscheck.screens.checkin.questions", "SalaryStep"),
    Step.CORNERSTONE: ("focuscheck.screens.checkin.questions", "CornerstoneStep"),
    Step.MISSION: ("focuscheck.screens.checkin.mission", "MissionStep"),
    Step.VALUE: ("focuscheck.screens.checkin.value", "ValueStep"),
    Step.VOICE: ("focuscheck.screens.checkin.voice", "VoiceStep"),
    Step.WASTE: ("focuscheck.screens.checkin.waste", "WasteStep"),
    Step.FOCUS: ("focuscheck.screens.checkin.focus", "FocusStep"),
    Step.TAGS: ("focuscheck.screens.checkin.tags", "TagsStep"),
}


class CheckinFlow:
    """Moves through the steps of one check-in and saves it at the end."""

    def __init__(
        self, app: App[Any], host: Host, form: CheckinForm, *, chosen: bool = False
    ) -> None:
        self.app = app
        """The running app, which shows the steps."""
        self.host = host
        """The same app as the services it gives (the journal, the clock, the settings)."""
        self.form = form
        """The answers so far; replaced (never mutated) as the person moves on."""
        self.original = form
        """The answers as they were when the flow opened (nothing to keep if unchanged)."""
        self.chosen = chosen
        """True when a particular entry was opened (from history), not "today's"."""
        self.looked_up = False
        """Whether the journal was searched for today's entry and a draft."""
        self.saving = False
        """True while the final save runs (a second save key press is ignored)."""
        self.finished = False
        """True once saved: the draft is no longer wanted."""

    @classmethod
    def create(
        cls, app: App[Any], host: Host, entry: Entry | None, *, day: date | None = None
    ) -> CheckinFlow:
        """A flow on ``entry`` (None: ``day``'s, or today's); looks for a draft once on screen."""
        if entry is not None:
            return cls(app, host, form_from_entry(entry), chosen=True)
        return cls(app, host, blank_form(day or host.clock.today()))

    @property
    def total(self) -> int:
        return len(STEPS)

    def first_screen(self) -> Screen[None]:
        return self.screen_for(self.form)

    def screen_for(self, form: CheckinForm) -> StepScreen:
        module_name, class_name = STEP_SCREENS[form.current]
        screen_class: type[StepScreen] = getattr(importlib.import_module(module_name), class_name)
        return screen_class(self)

    # -- looking up today's entry and the draft --------------------------------

    def on_screen(self) -> None:
        """A step is on screen: the first time, look for today's entry and a draft."""
        if not self.looked_up:
            self.looked_up = True
            self.app.call_after_refresh(self._look_up)

    def _look_up(self) -> None:
        self.app.run_worker(self._read_journal(), group="checkin-look-up")

    async def _read_journal(self) -> None:
        day, editing = self.form.day, self.form.editing
        service = self.host.service

        def read() -> tuple[object, list[Entry]]:
            return service.draft(), ([] if editing else service.entries_on(day))

        try:
            draft, today = await service.run(read)
        except FocuscheckError as error:
            self.host.report_error(error)
            return
        self._settle(draft, today[0] if today else None)

    def _settle(self, raw_draft: object, today: Entry | None) -> None:
        untouched = not self.dirty and self.form.step == 0
        if today is not None and untouched:
            self.show(form_from_entry(today), original=True)
            self.app.notify(already_saved(today.date, self.host.clock.today()))
        draft = draft_to_continue(raw_draft, today)
        if draft is not None and self._wants(draft):
            self._offer_draft(draft)

    def _wants(self, draft: CheckinForm) -> bool:
        """A new check-in takes any draft (one is kept at a time); an entry, its own."""
        return not self.chosen or draft.entry_id == self.form.entry_id

    @property
    def dirty(self) -> bool:
        """Whether anything was typed or changed since the flow opened."""
        return self.form.at(0) != self.original.at(0)

    def _offer_draft(self, draft: CheckinForm) -> None:
        from focuscheck.screens.dialogs import ConfirmDialog

        def answered(resume: bool | None) -> None:
            if resume:
                self.show(draft)
            else:
                self._confirm_discard(draft)

        self.app.push_screen(
            ConfirmDialog(
                _("Continue where you left off?"),
                _("You left a check-in for {date} unfinished, at step {number}/{total}.").format(
                    date=draft.day.isoformat(), number=draft.step + 1, total=self.total
                ),
                yes=_("Continue it"),
                no=_("Start afresh"),
                safe_yes=True,
            ),
            answered,
        )

    def _confirm_discard(self, draft: CheckinForm) -> None:
        """Starting afresh throws typed answers away, so it is asked once more."""
        from focuscheck.screens.dialogs import ConfirmDialog

        def answered(discard: bool | None) -> None:
            if discard:
                self.discard_draft()
            else:
                self.show(draft)

        self.app.push_screen(
            ConfirmDialog(
                _("Throw away the unfinished check-in?"),
                _("The answers you typed for {date} will be gone.").format(
                    date=draft.day.isoformat()
                ),
                yes=_("Throw it away"),
                no=_("Keep it"),
                danger=True,
            ),
            answered,
        )

    # -- moving between steps -----------------------------------------------------

    def show(self, form: CheckinForm, *, original: bool = False) -> None:
        """Put ``form`` on screen at its step, replacing the step shown now."""
        from focuscheck.screens.checkin.step import StepScreen

        self.form = form
        if original:
            self.original = form
        current = self.app.screen
        if isinstance(current, StepScreen) and current.flow is self:
            self.app.switch_screen(self.screen_for(form))

    def next(self, form: CheckinForm) -> None:
        """Leave the current step forward with ``form``; the last step saves."""
        problem = form.check_step(form.current)
        self.form = form
        if problem is not None:
            self._point_at(problem)
            return
        if form.step + 1 < self.total:
            self.keep_draft()
            self.show(form.at(form.step + 1))
        else:
            self.save()

    def back(self, form: CheckinForm) -> None:
        """Go one step back with ``form``; before the first step, leave the check-in."""
        self.form = form
        if form.step == 0:
            self.leave()
        else:
            self.keep_draft()
            self.show(form.at(form.step - 1))

    def leave(self) -> None:
        """Close the check-in, keeping a draft of what was typed."""
        if self.dirty and not self.finished:
            self.keep_draft()
            self.app.notify(_("Your answers are kept; they will be offered next time."))
        self.close()

    def close(self) -> None:
        """Take the check-in off the screen: back to what was under it, or home.

        The bottom of the stack is Textual's empty default screen, never shown.
        """
        from focuscheck.screens.home import HomeScreen

        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            self.app.switch_screen(HomeScreen())

    def _point_at(self, problem: ValidationError) -> None:
        from focuscheck.screens.checkin.step import StepScreen

        step = self.form.step_for(problem)
        if step is not self.form.current:
            self.show(self.form.at(step))
        self.app.notify(str(problem), title=_("One more thing"), severity="warning")
        current = self.app.screen
        if isinstance(current, StepScreen) and current.flow is self:
            current.show_problem(str(problem))

    # -- drafts and the save ------------------------------------------------------------

    def keep_draft(self) -> None:
        """Save the answers so far as the draft, in the background."""
        if self.finished or not self.dirty:
            return
        draft = self.form.to_draft()
        self.app.run_worker(self._write(self.host.service.save_draft, draft), group="draft")

    def discard_draft(self) -> None:
        """Forget the draft in the journal."""
        self.app.run_worker(self._write(self.host.service.clear_draft), group="draft")

    def keep_draft_now(self) -> None:
        """Save the answers so far as the draft and wait for it (the app is closing)."""
        self.host.service.save_draft(self.form.to_draft())

    async def _write(self, job: Callable[..., object], *args: object) -> None:
        try:
            await self.host.service.run(job, *args)
        except FocuscheckError as error:
            self.host.report_error(error)

    def save(self) -> None:
        """Validate and save the check-in; the summary follows, or a clear message."""
        if self.saving or self.finished:
            return
        problem = self.form.first_problem()
        if problem is not None:
            self._point_at(problem[1])
            return
        self.saving = True
        self.app.run_worker(self._save(self.form), group="save", exclusive=True)

    async def _save(self, form: CheckinForm) -> None:
        from focuscheck.domain.alignment import checker

        settings = self.host.settings
        is_aligned = checker(settings.customer_term, settings.customer_synonyms)
        service = self.host.service
        try:
            entry = form.build(now=self.host.clock.now(), is_aligned=is_aligned)
            saved = await service.run(service.save_checkin_for_day, entry)
        except ValidationError as error:
            self.saving = False
            self._point_at(error)
            return
        except FocuscheckError as error:
            self.saving = False
            # Keep every answer, on screen and as the draft, so nothing typed is lost.
            self.keep_draft()
            self.host.report_error(error)
            current = self.app.screen
            if hasattr(current, "show_problem"):
                current.show_problem(str(error))
            return
        self.saving = False
        self.finished = True
        self.form = form_from_entry(saved).at(form.step)
        self.app.post_message(CheckinSaved(saved))
        self._show_summary(saved)

    def _show_summary(self, entry: Entry) -> None:
        from focuscheck.screens.summary import SummaryScreen

        self.app.switch_screen(SummaryScreen(entry))
