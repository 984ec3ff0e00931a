"""The facilitator's set-up: team, timer, questions, and where the retro runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Input,
    Label,
    Select,
    SelectionList,
    Static,
)
from textual.widgets.selection_list import Selection

from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.i18n import N_, _
from focuscheck.retro.draw import draw_question
from focuscheck.retro.prompts import STANDARD_KINDS, PromptKind, standard_prompt
from focuscheck.retro.session import RetroSetup
from focuscheck.retro.setup import PRESETS, Preset, SetupForm, build_setup
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.widgets.answer_input import AnswerInput
from focuscheck.widgets.marked_toggles import MarkedCheckbox, MarkedSelectionList

HELP = N_(
    "Set up the opener of your retrospective. A preset fills in the questions and the "
    "seconds per question: all six questions, or the quick opener (the three questions "
    "and waste, 60 seconds each). Give the team size, or the members' names "
    "if answers should carry them (empty names keep every answer anonymous). Choose the "
    "questions, add one of your own, and perhaps draw one more from the pool. Start on "
    "this screen when the team shares one keyboard; start a remote retro when each "
    "member answers on their own screen with a code."
)

_FIELD_OF_ERROR = {
    "team": "#setup-team",
    "timer": "#setup-timer",
    "custom": "#setup-custom",
    "prompts": "#setup-prompts",
}


class SetupScreen(Screen[None]):
    """The first screen of ``focuscheck retro``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start(False)", N_("Start here")),
        Binding("ctrl+r", "start(True)", N_("Start remote")),
        Binding("ctrl+o", "join", N_("Join a retro")),
        Binding("f1", "help", N_("Help")),
    ]

    @dataclass
    class Confirmed(Message):
        """The facilitator started a retro with this set-up."""

        setup: RetroSetup
        remote: bool

    class JoinChosen(Message):
        """Someone wants to join another facilitator's retro."""

    def __init__(self, env: RetroEnvironment) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        """Folders, day and customer word."""
        self._preset = Preset.FULL
        """The preset last put into the form."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="setup"):
            yield Static(Text(_("Retro opener")), id="setup-title")
            yield Static(
                Text(
                    self.env.customer.fill(
                        _("Put the {customer} at the centre of your retrospective.")
                    )
                ),
                id="setup-intro",
            )
            start = SetupForm.from_preset(self._preset)
            with Grid(id="setup-grid"):
                yield Label(_("Preset"))
                yield Select(
                    [(spec.describe(), preset) for preset, spec in PRESETS.items()],
                    value=self._preset,
                    allow_blank=False,
                    id="setup-preset",
                    compact=True,
                )
                yield Label(_("Team size"))
                yield AnswerInput(start.team_size, id="setup-team", type="integer", compact=True)
                yield Label(_("Names (optional)"))
                yield Input(
                    placeholder=_("Ann, Bo, … (empty: anonymous)"), id="setup-names", compact=True
                )
                yield Label(_("Seconds per question"))
                yield AnswerInput(start.timer, id="setup-timer", compact=True)
                yield Label(_("Our own question"))
                yield Input(placeholder=_("(optional)"), id="setup-custom", compact=True)
            yield Label(_("Questions"), classes="setup-heading")
            yield MarkedSelectionList[PromptKind](
                *(
                    Selection(
                        Content(standard_prompt(kind).question(self.env.customer)),
                        kind,
                        kind in start.kinds,
                    )
                    for kind in STANDARD_KINDS
                ),
                id="setup-prompts",
                compact=True,
            )
            yield MarkedCheckbox(
                _("Draw one more question from the pool (no repeats from recent retros)"),
                id="setup-draw",
                compact=True,
            )
            yield Static("", id="setup-error")
            with Horizontal(id="setup-buttons"):
                yield Button(_("Start on this screen"), variant="primary", id="setup-local")
                yield Button(_("Start a remote retro"), id="setup-remote")
                yield Button(_("Join a retro"), id="setup-join")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#setup-team", Input).focus()

    def form(self) -> SetupForm:
        """What the form holds now."""
        return SetupForm(
            team_size=self.query_one("#setup-team", Input).value,
            names=self.query_one("#setup-names", Input).value,
            timer=self.query_one("#setup-timer", Input).value,
            kinds=tuple(self.query_one("#setup-prompts", SelectionList).selected),
            custom=self.query_one("#setup-custom", Input).value,
            draw=self.query_one("#setup-draw", Checkbox).value,
        )

    def show_error(self, message: str, field: str | None = None) -> None:
        self.query_one("#setup-error", Static).update(Text(message))
        if field in _FIELD_OF_ERROR:
            self.query_one(_FIELD_OF_ERROR[field]).focus()

    @on(Select.Changed, "#setup-preset")
    def _preset_chosen(self, event: Select.Changed) -> None:
        if not isinstance(event.value, Preset) or event.value is self._preset:
            return
        self._preset = event.value
        form = SetupForm.from_preset(event.value)
        self.query_one("#setup-timer", Input).value = form.timer
        prompts: SelectionList[PromptKind] = self.query_one("#setup-prompts", SelectionList)
        prompts.deselect_all()
        for kind in form.kinds:
            prompts.select(kind)

    @on(Button.Pressed, "#setup-local")
    def _local(self) -> None:
        self.action_start(False)

    @on(Button.Pressed, "#setup-remote")
    def _remote(self) -> None:
        self.action_start(True)

    @on(Button.Pressed, "#setup-join")
    def _join(self) -> None:
        self.action_join()

    @on(Input.Submitted)
    def _enter(self) -> None:
        self.focus_next()

    def action_start(self, remote: bool) -> None:
        """Check the form and start; a mistake is shown under the form and nothing starts."""
        try:
            setup = build_setup(
                self.form(), lambda: draw_question(self.env.data_dir, self.env.draw_rng)
            )
        except ValidationError as error:
            self.show_error(str(error), error.field)
            return
        except FocuscheckError as error:
            self.show_error(str(error))
            return
        self.show_error("")
        self.post_message(self.Confirmed(setup, remote))

    def action_join(self) -> None:
        self.post_message(self.JoinChosen())

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(_("Retro opener"), _(HELP)))
