"""``focuscheck checkin --plain``: the check-in as a dialogue of plain lines.

The same check-in as the terminal app's: the steps, questions and hints in the
same order (from the table, :mod:`focuscheck.domain.checkin_words`), the same
checks before a step is left, the same reflections, the same summary after the
save.  Each answer is one line: a screen reader reads a line as it comes, and
Enter always means "done".  The draft is saved after every step answered and
kept when the dialogue is stopped (Ctrl+C, or the end of the input); starting
again offers to continue it.  A day that has a check-in already is changed,
with its answers as the defaults.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from focuscheck.domain.alignment import checker
from focuscheck.domain.checkin_fields import FieldSpec
from focuscheck.domain.checkin_form import STEPS, CheckinForm, Step, asked_on
from focuscheck.domain.checkin_start import (
    already_saved,
    checked_day,
    draft_to_continue,
    starting_form,
)
from focuscheck.domain.checkin_summary import (
    CLOSING_QUESTION,
    SAVED,
    saved_detail,
    streak_line,
    week_line,
)
from focuscheck.domain.checkin_words import ANSWER_HINTS, QUESTIONS
from focuscheck.domain.clock import Clock
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.domain.reflections import (
    REFLECTIONS,
    reflection,
)
from focuscheck.domain.settings import Settings, customer_term
from focuscheck.domain.summary import day_status
from focuscheck.i18n import N_, _, ngettext
from focuscheck.plain.answers import Back, asker, back_word, yes_or_no
from focuscheck.plain.console import Console
from focuscheck.plain.mission import ask_clarity
from focuscheck.service.journal_service import JournalService

PLAIN_HINTS = {"mission": N_("From memory, in your own words, on one line.")}
"""Where the terminal app's hint speaks of several lines: every answer here is one line."""


class Outcome(IntEnum):
    """How the dialogue ended, as the command's exit status."""

    SAVED = 0
    STOPPED = 1
    """The input ended (Ctrl+D); the answers are kept as the draft."""
    INTERRUPTED = 130
    """Ctrl+C; the answers are kept as the draft."""


class PlainCheckin:
    """One check-in, asked line by line on ``console``."""

    def __init__(
        self, service: JournalService, clock: Clock, console: Console, day: date | None = None
    ) -> None:
        self.service = service
        self.clock = clock
        self.console = console
        self.day = day
        """The day asked for; None: today, or the day of a draft left unfinished."""
        self.settings: Settings = Settings()
        self.customer: CustomerTerm = customer_term(self.settings)
        self.form = CheckinForm(day=clock.today())
        """The answers so far."""
        self.original = self.form
        """The answers when the dialogue started: nothing to keep while they are unchanged."""
        self.draft_waits = False
        """Whether an unfinished check-in is kept in the journal (and stays there)."""

    # -- the dialogue -------------------------------------------------------------

    def run(self) -> Outcome:
        """Ask every step and save; returns how it ended."""
        today = self.clock.today()
        day = checked_day(self.day or today, today)
        self.settings = self.service.settings()
        self.customer = customer_term(self.settings)
        try:
            self.form = self.original = self._start(day, today)
            self._introduce()
            saved = self._steps()
        except (EOFError, KeyboardInterrupt) as stop:
            self.console.say()
            self._keep_on_stopping()
            return Outcome.INTERRUPTED if isinstance(stop, KeyboardInterrupt) else Outcome.STOPPED
        self._summarise(saved, today)
        return Outcome.SAVED

    def _start(self, day: date, today: date) -> CheckinForm:
        found = self.service.entries_on(day)
        saved = found[0] if found else None
        form = starting_form(day, saved)
        if saved is not None:
            self.console.say(already_saved(day, today))
        draft = draft_to_continue(self.service.draft(), saved)
        self.draft_waits = draft is not None
        if draft is None:
            return form
        if self._continue_draft(draft):
            self.original = draft  # nothing new to keep until something changes
            return draft
        return form

    def _continue_draft(self, draft: CheckinForm) -> bool:
        """Offer the unfinished check-in; throwing it away is asked once more."""
        say = self.console.say
        say(_("Continue where you left off?"))
        say(
            _("You left a check-in for {date} unfinished, at step {number}/{total}.").format(
                date=draft.day.isoformat(), number=draft.step + 1, total=len(STEPS)
            )
        )
        if yes_or_no(self.console, default=True):
            return True
        say(_("Throw away the unfinished check-in?"))
        say(_("The answers you typed for {date} will be gone.").format(date=draft.day.isoformat()))
        if yes_or_no(self.console, default=False):
            self.service.clear_draft()
            self.draft_waits = False
            return False
        return True

    def _introduce(self) -> None:
        say, day = self.console.say, self.form.day.isoformat()
        if self.form.editing:
            say(_("Changing the check-in of {date}").format(date=day))
        else:
            say(_("Check-in for {date}").format(date=day))
        say(
            ngettext(
                "{count} step, one question at a time.",
                "{count} steps, one question at a time.",
                len(STEPS),
            ).format(count=len(STEPS))
        )
        say(
            _(
                "Answer on one line and press Enter. Enter alone keeps the answer shown "
                "after “Now:”, a single - clears it, and < or “{back}” goes back one step."
            ).format(back=back_word())
        )
        say(_("Ctrl+C or Ctrl+D stops at any time; your answers are kept for next time."))

    def _steps(self) -> Entry:
        """Ask the steps in order from the form's current one; the last one saves."""
        while True:
            step = self.form.current
            try:
                answered = self._ask_step(self.form)
            except Back:
                self._go_back()
                continue
            problem = answered.check_step(step)
            if problem is None and step is Step.VOICE:
                problem = answered.unheard_quote()
            self.form = answered
            if problem is not None:
                self.console.say(str(problem))
                self._go_to(problem)
                continue
            if answered.step + 1 < len(STEPS):
                self._keep_draft()
                self.form = answered.at(answered.step + 1)
                continue
            saved = self._save()
            if saved is not None:
                return saved

    def _go_back(self) -> None:
        if self.form.step == 0:
            self.console.say(_("This is the first step."))
            return
        self._keep_draft()
        self.form = self.form.at(self.form.step - 1)

    def _go_to(self, problem: ValidationError) -> None:
        self.form = self.form.at(self.form.step_for(problem))

    # -- one step ----------------------------------------------------------------

    def _ask_step(self, form: CheckinForm) -> CheckinForm:
        """The step's questions, each answered and kept in :attr:`form` as it is answered."""
        self.console.say()
        number = _("Step {number}/{total}").format(number=form.step + 1, total=len(STEPS))
        self.console.say(f"{number}: {self.customer.fill(_(QUESTIONS[form.current]))}")
        for spec in asked_on(form.current):
            form = self.form = self._ask(form, spec)
        return form

    def _ask(self, form: CheckinForm, spec: FieldSpec) -> CheckinForm:
        if spec.name == "mission_clarity":
            return ask_clarity(self.console, form, self.settings, spec)
        self._introduce_question(spec)
        answer = asker(spec, self.customer).ask(self.console, form.answer(spec.name))
        form = form.changed(**{spec.name: answer})
        if spec.name in REFLECTIONS and str(answer).strip():
            self.console.say(
                _("Reflection: {text}").format(
                    text=reflection(spec.name, answer, self.settings).replace("\n\n", " ")
                )
            )
        return form

    def _introduce_question(self, spec: FieldSpec) -> None:
        hint = PLAIN_HINTS.get(spec.name) or ANSWER_HINTS.get(spec.name)
        if hint:
            self.console.say(self.customer.fill(_(hint)))
            return
        if spec.label:
            self.console.say(self.customer.fill(_(spec.label)))
        if spec.hint:
            self.console.say(self.customer.fill(_(spec.hint)))

    # -- drafts and the save --------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Whether anything was typed or changed since the dialogue started."""
        return self.form.at(0) != self.original.at(0)

    def _keep_draft(self) -> None:
        if self.dirty:
            self.service.save_draft(self.form.to_draft())
            self.draft_waits = True

    def _keep_on_stopping(self) -> None:
        self._keep_draft()
        if self.draft_waits:
            self.console.say(_("Your answers are kept; they will be offered next time."))
        else:
            self.console.say(_("Stopped. Nothing was typed, so there is nothing to keep."))

    def _save(self) -> Entry | None:
        """The check-in saved; None when a step must be answered again first."""
        problem = self.form.first_problem()
        if problem is not None:
            self.console.say(str(problem[1]))
            self.form = self.form.at(problem[0])
            return None
        is_aligned = checker(self.settings.customer_term, self.settings.customer_synonyms)
        try:
            entry = self.form.build(now=self.clock.now(), is_aligned=is_aligned)
            return self.service.save_checkin_for_day(entry)
        except ValidationError as error:
            self.console.say(str(error))
            self._go_to(error)
            return None
        except FocuscheckError:
            self._keep_draft()
            self.console.say(_("Your answers are kept; they will be offered next time."))
            raise

    def _summarise(self, entry: Entry, today: date) -> None:
        status = day_status(self.service.entries(), self.settings, today)
        say = self.console.say
        say()
        say(_(SAVED))
        say(saved_detail(entry))
        say(streak_line(status.streak))
        say(week_line(status.last_week))
        say(_(CLOSING_QUESTION))


def run_plain_checkin(
    service: JournalService, clock: Clock, day: date | None = None, console: Console | None = None
) -> Outcome:
    """The plain check-in on standard input and output (or ``console``)."""
    return PlainCheckin(service, clock, console or Console(), day).run()
