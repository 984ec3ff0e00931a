"""The terminal app: which screen comes first, and the services screens share.

Wiring only.  The first screen is composed before the journal is read (that
happens on a thread right after the first paint), and every other screen module
is imported when it is first opened, so start-up costs little more than
Textual's own.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Final

from textual import events, on
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from focuscheck.domain.clock import Clock
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.themes import DEFAULT_THEME
from focuscheck.i18n import (
    N_,
    _,
    current_language,
    language_from_environment,
    ngettext,
    set_language,
)
from focuscheck.screens.keys import TakesTyping, translate_bindings
from focuscheck.screens.messages import (
    CheckinSaved,
    EntryDeleted,
    EntryFollowedUp,
    EntryRestored,
    JournalChanged,
    SettingsSaved,
)
from focuscheck.screens.palette import PaletteApp
from focuscheck.service.journal_service import JournalService

if TYPE_CHECKING:
    from focuscheck.domain.settings import Settings
    from focuscheck.service.errors import JournalUnreadable
    from focuscheck.storage.journal import Journal


class Start(StrEnum):
    """The screen the app opens on."""

    HOME = "home"
    CHECKIN = "checkin"


#: Screens built by other parts of the app: action -> (module, class, arguments it takes).
OTHER_SCREENS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "history": ("focuscheck.screens.history", "HistoryScreen", ("service", "clock")),
    "insights": ("focuscheck.screens.insights", "InsightsScreen", ("service", "clock")),
    "settings": ("focuscheck.screens.settings", "SettingsScreen", ("service",)),
    "export": ("focuscheck.screens.export", "ExportScreen", ("service", "clock")),
    "backlog": ("focuscheck.screens.backlog", "BacklogScreen", ("service", "clock")),
    "voices": ("focuscheck.screens.backlog", "VoiceLogScreen", ("service", "clock")),
}
#: The other screens as the command palette offers them: action -> (title, what it is for).
PALETTE_SCREENS: Final[dict[str, tuple[str, str]]] = {
    "history": (N_("History"), N_("Browse, search, edit and delete your check-ins")),
    "insights": (N_("Insights"), N_("Trends, the improvement backlog and the voice log")),
    "backlog": (N_("Improvement backlog"), N_("The waste you noticed, to take to the team")),
    "voices": (N_("Voice log"), N_("Whose voices you heard, in their own words")),
    "settings": (N_("Settings"), N_("Your word for the customer, mission and values")),
    "export": (N_("Export"), N_("Preview and write an anonymized export")),
}


class FocuscheckApp(PaletteApp):
    """focuscheck in the terminal."""

    CSS_PATH = "app.tcss"
    TITLE = "focuscheck"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", N_("Help")),
        Binding("question_mark", "help", N_("Help"), show=False),
    ]

    def __init__(
        self, *, service: JournalService, start: Start = Start.HOME, day: date | None = None
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.service = service
        """The one way to the journal; runs journal work in order, off the UI thread."""
        self.clock = service.clock
        """Source of "today" for every screen."""
        self.data_dir = service.data_dir
        """The folder holding the journal."""
        self.start = start
        """The screen the app opened on."""
        self.start_day = day
        """The day the check-in it opens on is about (None: today)."""
        service.report = self._report_warning  # the app is where warnings are shown
        self._ui_thread = threading.get_ident()
        self._reported_unreadable = False
        self._language_setting: str | None = None
        self._settings: Settings | None = None

    # -- services for the screens ---------------------------------------------

    @property
    def settings(self) -> Settings:
        """The saved settings as last read (defaults until the journal has been read)."""
        from focuscheck.domain.settings import Settings

        return self._settings if self._settings is not None else Settings()

    def _report_warning(self, warning: str) -> None:
        """The service's one reporter: a save that stood but could not do everything."""
        if threading.get_ident() == self._ui_thread:
            self._show_warning(warning)
        else:
            self.call_from_thread(self._show_warning, warning)

    def _show_warning(self, warning: str) -> None:
        self.notify(warning, title=_("Saved, with a warning"), severity="warning", timeout=12)

    async def refresh_settings(self) -> Settings:
        """Read the settings again and follow them (theme, language)."""
        self._settings = await self.service.run(self.service.settings)
        self.apply_settings()
        return self._settings

    def start_checkin(self, entry: Entry | None = None, *, day: date | None = None) -> None:
        """Open the check-in flow on ``entry``; None: ``day``'s, or today's (offering a draft)."""
        from focuscheck.screens.checkin.flow import CheckinFlow

        self.push_screen(CheckinFlow.create(self, self, entry, day=day).first_screen())

    def journal_changed(self, entry_id: str | None = None, *, deleted: bool = False) -> None:
        """Tell every open screen that the journal changed, so each can re-read it."""
        self.run_worker(self._load_settings(), group="settings", exclusive=True)
        for screen in self.screen_stack:
            screen.post_message(JournalChanged(entry_id, deleted=deleted))

    # -- what the screens did ----------------------------------------------------

    @on(CheckinSaved)
    def _checkin_saved(self, event: CheckinSaved) -> None:
        self.journal_changed(event.entry.id)

    @on(EntryDeleted)
    def _entry_deleted(self, event: EntryDeleted) -> None:
        self.journal_changed(event.entry.id, deleted=True)

    @on(EntryRestored)
    def _entry_restored(self, event: EntryRestored) -> None:
        self.journal_changed(event.entry.id)

    @on(EntryFollowedUp)
    def _entry_followed_up(self, event: EntryFollowedUp) -> None:
        self.journal_changed(event.entry.id)

    @on(SettingsSaved)
    def _settings_saved(self, event: SettingsSaved) -> None:
        """Follow a new theme or language at once; the settings are read again."""
        self.journal_changed()
        before, after = event.before, event.after
        if after.theme != before.theme:
            if after.theme in self.available_themes:
                self.theme = after.theme
            elif not after.theme:
                self.theme = DEFAULT_THEME
        wanted = after.language or language_from_environment()
        if after.language != before.language and wanted != current_language():
            set_language(wanted)
            self.relanguage()

    def report_error(self, error: FocuscheckError) -> None:
        """Show a storage or validation problem; an unreadable journal gets a dialog, once."""
        from focuscheck.service.errors import JournalUnreadable

        if isinstance(error, JournalUnreadable):
            if not self._reported_unreadable:
                self._reported_unreadable = True
                self._offer_backup(error)
            return
        self.notify(str(error), title=_("Not saved"), severity="error", timeout=12)

    def apply_settings(self) -> None:
        """Follow the saved theme, and the saved language when it was changed in the app."""
        settings = self.settings
        theme = settings.theme
        if theme and theme in self.available_themes and theme != self.theme:
            self.theme = theme
        if self._language_setting is None:
            # The first look: the language was already chosen (--lang, settings, locale).
            self._language_setting = settings.language
        elif settings.language != self._language_setting:
            self._language_setting = settings.language
            if settings.language and settings.language != current_language():
                set_language(settings.language)
                self.relanguage()

    def relanguage(self) -> None:
        """The language changed: footers and the screens that can, follow it."""
        translate_bindings(self)
        for screen in self.screen_stack:
            renew = getattr(screen, "relanguage", None)
            if callable(renew):
                renew()
            else:
                translate_bindings(screen)
        self.refresh_bindings()

    # -- start-up ---------------------------------------------------------------

    def on_mount(self) -> None:
        # Pushed rather than made the default screen: every screen on the stack can then
        # be switched for another (the check-in moves from step to step that way).
        if self.start is Start.CHECKIN:
            self.start_checkin(day=self.start_day)
        else:
            from focuscheck.screens.home import HomeScreen

            self.push_screen(HomeScreen())
        # After the first paint: reading the journal must not delay it.
        self.call_after_refresh(self._open_journal)

    def _open_journal(self) -> None:
        self.run_worker(self._load_settings(), group="settings", exclusive=True)

    async def _load_settings(self) -> None:
        try:
            await self.refresh_settings()
        except FocuscheckError as error:
            self.report_error(error)

    def _offer_backup(self, error: JournalUnreadable) -> None:
        self.run_worker(self._offer_restore(error), group="restore")

    async def _offer_restore(self, error: JournalUnreadable) -> None:
        """Ask whether to restore the newest backup that can be read; quit if not."""
        from focuscheck.screens.dialogs import ConfirmDialog, MessageDialog

        backup = error.newest_backup
        if backup is None:
            self.push_screen(
                MessageDialog(_("The journal cannot be read"), str(error)),
                lambda _result: self.exit(),
            )
            return
        count = await self.service.run(self.service.entries_in_backup, backup) or 0
        what = ngettext(
            "Do you want to restore it? It holds {count} check-in. The journal that cannot "
            "be read is not deleted: it is kept in the backups folder.",
            "Do you want to restore it? It holds {count} check-ins. The journal that cannot "
            "be read is not deleted: it is kept in the backups folder.",
            count,
        ).format(count=count)

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_worker(self._restore(backup), group="restore")
            else:
                self.exit()

        self.push_screen(
            ConfirmDialog(
                _("The journal cannot be read"),
                f"{error}\n\n{what}",
                yes=_("Restore this backup"),
                no=_("Quit"),
            ),
            answered,
        )

    async def _restore(self, backup: Path) -> None:
        try:
            result = await self.service.run(self.service.restore_backup, backup)
            await self.refresh_settings()
        except FocuscheckError as error:
            self.push_screen(_message(_("The backup cannot be restored"), str(error)))
            return
        self._reported_unreadable = False
        restored = _("Restored the journal from {path}.").format(path=backup.name)
        if result.kept is not None:
            restored += " " + _("The journal it replaced is kept as {path}.").format(
                path=result.kept
            )
        self.notify(restored, timeout=12, markup=False)
        self.journal_changed()

    # -- actions ----------------------------------------------------------------

    def action_help(self) -> None:
        """Open the help of the screen on top."""
        from focuscheck.screens.help import HelpScreen

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        from focuscheck.domain.settings import customer_term

        title = getattr(screen, "HELP_TITLE", "") or self.TITLE
        body = getattr(screen, "HELP_TEXT", "") or getattr(screen, "HELP", "") or ""
        customer = customer_term(self.settings)
        self.push_screen(HelpScreen(_(str(title)), customer.fill_forms(_(str(body)))))

    async def action_quit(self) -> None:
        """Quit; a check-in in progress is kept as a draft first."""
        keep = getattr(self.screen, "keep_now", None)
        if callable(keep):
            keep()
        self.exit()

    def on_key(self, event: events.Key) -> None:
        """A letter that was on its way to the screen before this one goes to this one.

        Keys typed straight after the one that opened a screen are still queued
        for the screen that was showing; none of its keys may act on them.
        """
        screen = self.screen
        if (
            event.is_printable
            and event.character
            and isinstance(screen, TakesTyping)
            and screen.take_typing(event.character)
        ):
            event.stop()
            event.prevent_default()

    def action_checkin(self) -> None:
        """Start or reopen today's check-in."""
        self.start_checkin()

    def action_open(self, name: str) -> None:
        """Open one of the other screens (history, insights, settings, export)."""
        module_name, class_name, wanted = OTHER_SCREENS[name]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            self.notify(_("This screen is not available yet."), severity="warning")
            return
        arguments = {"service": self.service, "clock": self.clock}
        self.push_screen(getattr(module, class_name)(*(arguments[item] for item in wanted)))

    def action_home(self) -> None:
        """Go back to the home screen."""
        from focuscheck.screens.home import HomeScreen

        while len(self.screen_stack) > 2 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.switch_screen(HomeScreen())

    def choose_theme(self, name: str) -> None:
        """Show the app in theme ``name`` and save it, as the settings screen would."""
        super().choose_theme(name)
        self.run_worker(self._save_theme(name), group="theme", exclusive=True)

    async def _save_theme(self, name: str) -> None:
        from focuscheck.domain.settings import set_value

        try:
            before = await self.service.run(self.service.settings)
            after = set_value(before, "theme", [name])
            await self.service.run(self.service.save_settings, after)
        except FocuscheckError as error:
            self.report_error(error)
            return
        self.notify(_("Theme {name} saved.").format(name=name), markup=False)
        self.post_message(SettingsSaved(before, after))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield SystemCommand(
            _("Check in"), _("Start or reopen today's check-in"), self.start_checkin
        )
        yield SystemCommand(_("Home"), _("Today's status and streak"), self.action_home)
        for name, (title, detail) in PALETTE_SCREENS.items():
            yield SystemCommand(_(title), _(detail), _opener(self, name))
        yield SystemCommand(_("Help"), _("What this screen is for, and its keys"), self.action_help)
        yield SystemCommand(_("Theme"), _("Change the colours"), self.action_change_theme)
        yield SystemCommand(
            _("Quit"), _("Leave focuscheck (what you typed is kept)"), self.action_quit
        )


def _opener(app: FocuscheckApp, name: str) -> Callable[[], None]:
    return lambda: app.action_open(name)


def _message(title: str, body: str) -> Screen[None]:
    from focuscheck.screens.dialogs import MessageDialog

    return MessageDialog(title, body)


def make_app(
    *,
    clock: Clock,
    data_dir: Path | None = None,
    journal: Journal | None = None,
    language: str | None = None,
    start: Start | str = Start.HOME,
    day: date | None = None,
) -> FocuscheckApp:
    """The app as the command line and the tests build it, with the journal service it uses.

    Give the folder of the journal (opened on first use, after the first paint),
    or a journal already open (tests).
    """
    if language:
        set_language(language)
    if data_dir is None:
        if journal is None:
            raise ValueError("give the journal or the folder it lives in")
        data_dir = journal.data_dir
    service = JournalService(data_dir, clock, journal=journal)
    return FocuscheckApp(service=service, start=Start(start), day=day)
