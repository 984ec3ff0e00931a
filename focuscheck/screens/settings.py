"""Settings: every setting ``focuscheck config`` knows, as a form.

The form is driven by :data:`focuscheck.domain.settings.SPECS` and goes through
the same ``set_value``/``unset_value`` as the command line.  Saving checks every
field first: a value that does not fit is named next to its field and nothing
is saved, and what was typed stays in the form to be fixed.
"""

from __future__ import annotations

from typing import ClassVar, Final

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Static

from focuscheck.domain.customer_term import swedish_forms_from
from focuscheck.domain.day_text import away_note
from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.domain.settings import (
    SPECS,
    SWEDISH_FORM_SETTINGS,
    Settings,
    SettingSpec,
    set_value,
    unset_value,
)
from focuscheck.i18n import N_, _, current_language
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.screens.host import host
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.messages import JournalChanged, SettingsSaved
from focuscheck.service.journal_service import JournalService
from focuscheck.widgets.setting_field import SettingField

#: The setting whose field tells which away period is under way or next.
AWAY_SETTING: Final = "away"

SETTINGS_HELP = N_(
    "Everything you can set, the same as `focuscheck config` on the command line.\n\n"
    "Tab and Shift+Tab move between fields. Lists (other words for the customer, "
    "values, names to scrub) take one item per line; in names to scrub a comma also "
    "separates two names. Workdays take day names such as mon tue wed thu fri.\n\n"
    "Ctrl+S saves. A value that does not fit is named under its field and nothing "
    "is saved until it is fixed. Esc goes back (you are asked if something is unsaved)."
)


class SettingsScreen(Screen[None]):
    """Edit the settings and the organisation profile."""

    DEFAULT_CSS = """
    SettingsScreen #settings-form {
        height: 1fr;
        padding: 0 1;
    }
    SettingsScreen #settings-actions {
        height: auto;
        padding: 0 1;
        align-horizontal: right;
    }
    SettingsScreen #settings-status {
        width: 1fr;
        padding: 1 1 0 0;
        color: $text-muted;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", N_("Back")),
        Binding("ctrl+s", "save", N_("Save")),
    ]
    HELP_TITLE: ClassVar[str] = N_("Settings")
    """Title of this screen's help (F1, shown by the app)."""
    HELP_TEXT: ClassVar[str] = SETTINGS_HELP

    def __init__(self, service: JournalService) -> None:
        super().__init__()
        translate_bindings(self)
        self.service = service
        """Where the settings are read from and saved to."""
        self.saved: Settings | None = None
        """The settings as last read or saved; None until read."""

    def compose(self) -> ComposeResult:
        yield Header()
        if self.saved is None:
            yield Static(_("Reading the settings…"), id="settings-status", markup=False)
        else:
            with VerticalScroll(id="settings-form"):
                for spec in shown_specs():
                    yield SettingField(spec, self.saved, id=f"setting-{spec.name}")
            with Horizontal(id="settings-actions"):
                yield Static("", id="settings-status", markup=False)
                yield Button(_("Save"), id="settings-save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.title = _("Settings")
        self.load()

    @work(thread=True, exclusive=True, group="settings-load")
    def load(self) -> None:
        """Read the settings off the UI thread, then build the form."""
        try:
            settings = self.service.settings()
        except FocuscheckError as error:
            self.app.call_from_thread(self._show_status, str(error), True)
            return
        self.app.call_from_thread(self._loaded, settings)

    def _loaded(self, settings: Settings) -> None:
        if self.saved is not None:
            # Built already (or being built again in a new language): follow, never rebuild.
            self._follow(settings)
            return
        self.saved = settings
        self._rebuild()

    def on_journal_changed(self, _event: JournalChanged) -> None:
        """Settings saved elsewhere (a theme chosen in the palette): show them."""
        if self.saved is not None:
            self.load()

    def _follow(self, settings: Settings) -> None:
        """Show newly saved ``settings`` in every field the person has not changed."""
        self.saved = settings
        for field in self.fields():
            # A form being built again (a new language) shows ``saved`` once it is built.
            if field.query(".setting-error") and not field.changed():
                field.mark_saved(settings)

    @work(exclusive=True, group="settings-build")
    async def _rebuild(self, status: str = "") -> None:
        """Build the form (again) from the saved settings, in the current language."""
        await self.recompose()
        fields = self.fields()
        if fields:
            fields[0].focus_control()
        self._show_notes()
        if status:
            self._show_status(status)

    def _show_status(self, message: str, problem: bool = False) -> None:
        status = self.query_one("#settings-status", Static)
        status.update(Text(message, style="bold red" if problem else ""))

    def _show_notes(self) -> None:
        """Under "Away": the period under way or the next one, as saved."""
        if self.saved is None:
            return
        note = away_note(self.saved.away, host(self).clock.today())
        for field in self.fields():
            if field.spec.name == AWAY_SETTING:
                field.show_note(note)

    def fields(self) -> list[SettingField]:
        """The field of every setting, in the order of the form."""
        return list(self.query(SettingField))

    def changed(self) -> bool:
        """Whether anything differs from the saved settings."""
        return any(field.changed() for field in self.fields())

    @on(Input.Changed, "#control-customer_term")
    def _customer_term_changed(self, event: Input.Changed) -> None:
        """Offer the Swedish forms of a newly typed word: the known ones, or a guess to correct."""
        if self.saved is None or event.value.strip() == self.saved.customer_term:
            return
        word = event.value.strip()
        forms = swedish_forms_from(word) if word else None
        for field in self.fields():
            form = SWEDISH_FORM_SETTINGS.get(field.spec.name)
            if form is not None:
                field.set_text(getattr(forms, form) if forms is not None else "")

    # -- saving -------------------------------------------------------------

    @on(Button.Pressed, "#settings-save")
    def _save_pressed(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        if self.saved is None:
            return
        result = self.collect(self.saved)
        if result is None:
            self._show_status(_("Nothing was saved: fix the fields marked in red."), True)
            return
        self._save(self.saved, result)

    @work(thread=True, exclusive=True, group="settings-save")
    def _save(self, before: Settings, after: Settings) -> None:
        """Save off the UI thread: a journal busy in another process must not freeze the form."""
        try:
            self.service.save_settings(after)
        except FocuscheckError as error:
            self.app.call_from_thread(self._not_saved, str(error))
            return
        self.app.call_from_thread(self._saved, before, after)

    def _not_saved(self, message: str) -> None:
        self.notify(message, title=_("Not saved"), severity="error", markup=False)

    def _saved(self, before: Settings, after: Settings) -> None:
        self.saved = after
        for field in self.fields():
            field.mark_saved(after)
        self._show_notes()
        self._show_status(_("Saved."))
        self.notify(_("Settings saved."))
        # The app follows a new theme or language at once and tells the other screens.
        self.post_message(SettingsSaved(before, after))

    def collect(self, start: Settings) -> Settings | None:
        """``start`` with every changed field applied; None (errors shown) if one does not fit."""
        result = start
        failed: list[SettingField] = []
        for field in self.fields():
            field.show_error("")
            if not field.changed():
                continue
            try:
                result = _apply(result, field.spec, field.raw_values())
            except ValidationError as error:
                field.show_error(str(error))
                failed.append(field)
        if failed:
            failed[0].focus_control()
            return None
        return result

    def relanguage(self) -> None:
        """The language changed: build the form again in the new one."""
        translate_bindings(self)
        self.title = _("Settings")
        self.refresh_bindings()
        self._rebuild(_("Saved."))

    # -- leaving ------------------------------------------------------------

    def action_back(self) -> None:
        if not self.changed():
            self.dismiss()
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss()

        self.app.push_screen(
            ConfirmDialog(
                _("Leave without saving?"),
                _("Your changes to the settings have not been saved."),
                yes=_("Leave"),
                no=_("Stay"),
                danger=True,
            ),
            answered,
        )


def shown_specs() -> list[SettingSpec]:
    """The settings the form offers: the Swedish forms of the customer word only in Swedish."""
    swedish = current_language() == "sv"
    return [spec for spec in SPECS if swedish or spec.name not in SWEDISH_FORM_SETTINGS]


def _apply(settings: Settings, spec: SettingSpec, raw: list[str]) -> Settings:
    """``settings`` with ``spec`` set from ``raw``; an empty value means the default."""
    if not any(item.strip() for item in raw):
        return unset_value(settings, spec.name)
    return set_value(settings, spec.name, [item for item in raw if item.strip()])
