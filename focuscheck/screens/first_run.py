"""The first-run setup: language, the word for the customer, mission and values, name.

Short and skippable: every answer is optional, Esc skips the rest, and
everything can be changed later in the settings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar, Final

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from focuscheck.domain.customer_term import guess_swedish
from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.domain.settings import Settings, forms_are_known, set_value
from focuscheck.i18n import N_, _, current_language, set_language
from focuscheck.screens.host import host
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.messages import SettingsSaved
from focuscheck.widgets.answer_area import AnswerArea
from focuscheck.widgets.answer_input import AnswerInput

#: Languages offered, each named in its own language (never translated).
LANGUAGE_NAMES: Final = (("en", "English"), ("sv", "Svenska"))
#: Fields of the profile page: (input id, setting name).
PROFILE_FIELDS: Final = (
    ("customer-term", "customer_term"),
    ("mission", "mission"),
    ("values", "values"),
    ("display-name", "display_name"),
)


class FirstRunScreen(Screen[None]):
    """Two short pages: the language, then the profile."""

    # Fits 100×30 without scrolling, the buttons always in sight below the form.
    DEFAULT_CSS = """
    FirstRunScreen #first-run {
        padding: 0 2;
        height: 1fr;
    }
    FirstRunScreen #first-run .field-label {
        color: $text;
    }
    FirstRunScreen #first-run .hint {
        margin-bottom: 1;
    }
    FirstRunScreen #first-run #customer-forms {
        margin-bottom: 0;
    }
    FirstRunScreen #mission {
        height: 5;
    }
    FirstRunScreen #first-run-actions {
        height: auto;
        padding: 0 2;
    }
    FirstRunScreen #first-run-actions > .hint {
        width: 1fr;
        padding-top: 1;
    }
    FirstRunScreen #first-run-actions > Button {
        margin-left: 2;
    }
    FirstRunScreen OptionList#language {
        width: 30;
        height: auto;
    }
    """
    HELP_TITLE: ClassVar[str] = N_("Welcome")
    HELP_TEXT: ClassVar[str] = N_(
        "A one-time setup. Choose your language, then the word you use for the people "
        "you serve, and, if you know them, your organisation's mission and values. "
        "All optional: Esc skips, Ctrl+S saves, and the settings screen changes it later."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "finish", N_("Save")),
        Binding("escape", "skip", N_("Skip")),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.page = "language"
        """The page on screen: "language" or "profile"."""
        self.language = ""
        """The language chosen on the first page ("" until chosen)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="first-run", can_focus=False):
            yield Static(Text(_("Welcome to focuscheck"), style="bold"), classes="question")
            if self.page == "language":
                yield from self._language_page()
            else:
                yield from self._profile_page()
        if self.page == "profile":
            with Horizontal(id="first-run-actions"):
                yield Static(Text(_("Ctrl+S saves · Esc skips")), classes="hint")
                yield Button(_("Skip"), id="first-run-skip")
                yield Button(_("Save"), id="first-run-save", variant="primary")
        yield Footer()

    def _language_page(self) -> ComposeResult:
        yield Static(Text(_("Which language would you like?")), classes="label")
        options = [Option(name, id=code) for code, name in LANGUAGE_NAMES]
        yield OptionList(*options, id="language")

    def _profile_page(self) -> ComposeResult:
        yield Static(
            Text(_("A few optional answers make the daily questions yours. Esc skips.")),
            classes="hint",
        )
        yield Static(Text(_("What do you call the people you serve?")), classes="field-label")
        yield AnswerInput(
            placeholder=_("customer, end user, citizen, patient, student, donor…"),
            id="customer-term",
        )
        forms = Static("", id="customer-forms", classes="hint", markup=False)
        forms.display = False
        yield forms
        yield Static(
            Text(_("Your organisation's mission or purpose, if written down")),
            classes="field-label",
        )
        yield AnswerArea(id="mission")
        yield Static(Text(_("Its values, separated by commas")), classes="field-label")
        yield AnswerInput(placeholder=_("for example: openness, respect, courage"), id="values")
        yield Static(
            Text(_("Your name (stays on this machine, never exported)")), classes="field-label"
        )
        yield AnswerInput(id="display-name")

    def on_mount(self) -> None:
        self.sub_title = _("First run")
        if self.page == "language":
            options = self.query_one("#language", OptionList)
            codes = [code for code, _name in LANGUAGE_NAMES]
            options.highlighted = (
                codes.index(current_language()) if current_language() in codes else 0
            )
            options.focus()

    @on(OptionList.OptionSelected, "#language")
    async def _language_chosen(self, event: OptionList.OptionSelected) -> None:
        self.language = event.option.id or ""
        set_language(self.language)
        host(self).relanguage()
        self.page = "profile"
        translate_bindings(self)
        self.sub_title = _("First run")
        await self.recompose()
        self.query_one("#customer-term", AnswerInput).focus()

    @on(Input.Changed, "#customer-term")
    def _customer_term_changed(self, event: Input.Changed) -> None:
        """In Swedish, show the guessed forms of a word whose forms are not known."""
        word = event.value.strip()
        hint = ""
        if current_language() == "sv" and not forms_are_known(word):
            forms = guess_swedish(word)
            hint = _(
                "Swedish forms (a guess): {forms}. If one is wrong, correct it in the settings."
            ).format(forms=", ".join((forms.definite, forms.plural, forms.definite_plural)))
        shown = self.query_one("#customer-forms", Static)
        shown.update(hint)
        shown.display = bool(hint)

    @on(Button.Pressed, "#first-run-save")
    def _save_pressed(self) -> None:
        self.action_finish()

    @on(Button.Pressed, "#first-run-skip")
    def _skip_pressed(self) -> None:
        self.action_skip()

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    def _settings(self, base: Settings) -> Settings:
        settings = base
        if self.language:
            settings = replace(settings, language=self.language)
        if self.page != "profile":
            return settings
        for widget_id, name in PROFILE_FIELDS:
            widget = self.query_one(f"#{widget_id}")
            raw = widget.text if isinstance(widget, AnswerArea) else widget.value  # type: ignore[attr-defined]
            if not raw.strip():
                continue
            values = [part for part in raw.split(",")] if name == "values" else [raw]
            settings = set_value(settings, name, values)
        return settings

    def action_finish(self) -> None:
        """Save what was given and close the setup."""
        app = host(self)
        try:
            settings = self._settings(app.settings)
        except ValidationError as error:
            self.notify(str(error), severity="warning")
            return
        self.run_worker(self._save(settings), group="first-run")

    def action_skip(self) -> None:
        """Close the setup; only a chosen language is kept."""
        settings = host(self).settings
        if self.language:
            settings = replace(settings, language=self.language)
        self.run_worker(self._save(settings), group="first-run")

    async def _save(self, settings: Settings) -> None:
        app = host(self)
        before = app.settings
        try:
            await app.service.run(app.service.finish_first_run, settings)
        except FocuscheckError as error:
            app.report_error(error)
            return
        self.dismiss(None)
        # Straight to the app: the closed setup is no longer there to pass it on.
        self.app.post_message(SettingsSaved(before, settings))
