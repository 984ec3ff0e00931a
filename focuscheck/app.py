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
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from focuscheck.domain.clock import Clock
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _, current_language, ngettext, set_language
from focuscheck.screens.keys import TakesTyping, translate_bindings
from focuscheck.screens.messages import JournalChanged
from focuscheck.screens.writer import JournalWriter

if TYPE_CHECKING:
    from focuscheck.domain.settings import Settings
    from focuscheck.storage.errors import JournalUnreadable
    from focuscheck.storage.journal import Journal


T = TypeVar("T")


class Start(StrEnum):
    """The screen the app opens on."""

    HOME = "home"
    CHECKIN = "checkin"


#: Screens built by other parts of the app: action -> (module, class, arguments it takes).
OTHER_SCREENS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "history": ("focuscheck.screens.history", "HistoryScreen", ("journal", "clock")),
    "insights": ("focuscheck.screens.insights", "InsightsScreen", ("journal", "clock")),
    "settings": ("focuscheck.screens.settings", "SettingsScreen", ("journal",)),
    "export": ("focuscheck.screens.export", "ExportScreen", ("journal", "clock")),
}


class FocuscheckApp(App[None]):
    """focuscheck in the terminal."""

    CSS_PATH = "app.tcss"
    TITLE = "focuscheck"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", N_("Help")),
        Binding("question_mark", "help", N_("Help"), show=False),
    ]

    def __init__(
        self,
        *,
        clock: Clock,
        data_dir: Path | None = None,
        journal: Journal | None = None,
        start: Start = Start.HOME,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        if journal is None and data_dir is None:
            raise ValueError("give the journal or the folder it lives in")
        self.clock = clock
        """Source of "today" for every screen."""
        self.data_dir = data_dir if data_dir is not None else journal.path.parent  # type: ignore[union-attr]
        """The folder holding the journal."""
        self.start = start
        """The screen the app opened on."""
        self.writer = JournalWriter()
        """Runs journal writes in order, off the UI thread."""
        self._journal = journal
        self._journal_lock = threading.Lock()
        self._reported_unreadable = False
        self._language_setting: str | None = None
        self._settings: Settings | None = None

    # -- services for the screens ---------------------------------------------

    @property
    def journal(self) -> Journal:
        """The journal, opened on first use (blocking; screens use it from workers)."""
        with self._journal_lock:
            if self._journal is None:
                from focuscheck.storage.journal import Journal

                self._journal = Journal.open(self.data_dir, self.clock)
            return self._journal

    @property
    def journal_ready(self) -> bool:
        """Whether the journal has been opened (reading it then costs little)."""
        return self._journal is not None

    @property
    def settings(self) -> Settings:
        """The saved settings as last read (defaults until the journal has been read)."""
        from focuscheck.domain.settings import Settings

        return self._settings if self._settings is not None else Settings()

    async def read(self, job: Callable[[Journal], T]) -> T:
        """Run ``job`` on the journal in the journal thread (never beside a write)."""
        try:
            return await self.writer.run(lambda: job(self.journal))
        finally:
            self._show_warnings()

    def _show_warnings(self) -> None:
        # A save that stood but could not do everything (the daily backup, say).
        if self._journal is None:
            return
        while self._journal.warnings:
            warning = self._journal.warnings.pop(0)
            self.notify(warning, title=_("Saved, with a warning"), severity="warning", timeout=12)

    async def refresh_settings(self) -> Settings:
        """Read the settings again and follow them (theme, language)."""
        self._settings = await self.read(lambda journal: journal.settings())
        self.apply_settings()
        return self._settings

    def start_checkin(self, entry: Entry | None = None) -> None:
        """Open the check-in flow on ``entry``; None means today's (offering a draft if any)."""
        from focuscheck.screens.checkin.flow import CheckinFlow

        self.push_screen(CheckinFlow.create(self, entry).first_screen())

    def journal_changed(self, entry_id: str | None = None, *, deleted: bool = False) -> None:
        """Tell every open screen that the journal changed, so each can re-read it."""
        self.run_worker(self._load_settings(), group="settings", exclusive=True)
        for screen in self.screen_stack:
            screen.post_message(JournalChanged(entry_id, deleted=deleted))

    def delete_entry(self, entry: Entry, then: Callable[[bool], None] | None = None) -> None:
        """Ask, then move ``entry`` to the trash; ``then`` hears whether it was deleted."""
        from focuscheck.screens.dialogs import ConfirmDialog
        from focuscheck.storage.trash import KEEP_DAYS, SHORT_ID

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_worker(self._delete(entry, then), group="delete")
            elif then is not None:
                then(False)

        self.push_screen(
            ConfirmDialog(
                _("Delete the check-in of {date}?").format(date=entry.date.isoformat()),
                ngettext(
                    "It moves to the trash and is kept there for {days} day: "
                    "U in History brings it back, and so does "
                    "focuscheck trash restore {id}",
                    "It moves to the trash and is kept there for {days} days: "
                    "U in History brings it back, and so does "
                    "focuscheck trash restore {id}",
                    KEEP_DAYS,
                ).format(days=KEEP_DAYS, id=entry.id[:SHORT_ID]),
                yes=_("Delete"),
                no=_("Keep it"),
                danger=True,
            ),
            answered,
        )

    async def _delete(self, entry: Entry, then: Callable[[bool], None] | None) -> None:
        from focuscheck.storage.trash import KEEP_DAYS

        try:
            deleted = await self.read(lambda journal: journal.delete_entry(entry.id))
        except FocuscheckError as error:
            self.report_error(error)
            deleted = False
        if deleted:
            message = ngettext(
                "Deleted the check-in of {date}. It is in the trash for {days} day; "
                "press U in History to undo.",
                "Deleted the check-in of {date}. It is in the trash for {days} days; "
                "press U in History to undo.",
                KEEP_DAYS,
            ).format(date=entry.date.isoformat(), days=KEEP_DAYS)
            self.notify(message, timeout=12, markup=False)
            self.journal_changed(entry.id, deleted=True)
        if then is not None:
            then(deleted)

    def undo_delete(self, entry: Entry, then: Callable[[bool], None] | None = None) -> None:
        """Bring ``entry`` back from the trash; ``then`` hears whether it came back."""
        self.run_worker(self._undo_delete(entry, then), group="delete")

    async def _undo_delete(self, entry: Entry, then: Callable[[bool], None] | None) -> None:
        from focuscheck.storage.trash import TrashRefused

        back = False
        try:
            await self.read(lambda journal: journal.restore_from_trash(entry.id))
        except TrashRefused as error:
            self.notify(
                str(error), title=_("Not brought back"), severity="error", timeout=12, markup=False
            )
        except FocuscheckError as error:
            self.report_error(error)
        else:
            back = True
            self.notify(
                _("Brought back the check-in of {date}.").format(date=entry.date.isoformat())
            )
            self.journal_changed(entry.id)
        if then is not None:
            then(back)

    def report_error(self, error: FocuscheckError) -> None:
        """Show a storage or validation problem; an unreadable journal gets a dialog, once."""
        from focuscheck.storage.errors import JournalUnreadable

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
            self.start_checkin()
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
        from focuscheck.storage.backups import entries_in

        backup = error.newest_backup
        if backup is None:
            self.push_screen(
                MessageDialog(_("The journal cannot be read"), str(error)),
                lambda _result: self.exit(),
            )
            return
        count = await self.writer.run(lambda: entries_in(backup)) or 0
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
        from focuscheck.storage.backups import RestoreResult
        from focuscheck.storage.journal import Journal
        from focuscheck.storage.schema import JOURNAL_NAME

        def restore() -> RestoreResult:
            result = Journal(self.data_dir / JOURNAL_NAME, self.clock).restore(backup)
            with self._journal_lock:
                self._journal = None
            return result

        try:
            result = await self.writer.run(restore)
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
        try:
            journal = self.journal
        except FocuscheckError as error:
            self.report_error(error)
            return
        arguments = {"journal": journal, "clock": self.clock}
        self.push_screen(getattr(module, class_name)(*(arguments[item] for item in wanted)))

    def action_home(self) -> None:
        """Go back to the home screen."""
        from focuscheck.screens.home import HomeScreen

        while len(self.screen_stack) > 2 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.switch_screen(HomeScreen())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield SystemCommand(
            _("Check in"), _("Start or reopen today's check-in"), self.start_checkin
        )
        yield SystemCommand(_("Home"), _("Today's status and streak"), self.action_home)
        for name, title, detail in (
            ("history", N_("History"), N_("Browse, search, edit and delete your check-ins")),
            ("insights", N_("Insights"), N_("Trends, the improvement backlog and the voice log")),
            ("settings", N_("Settings"), N_("Your word for the customer, mission and values")),
            ("export", N_("Export"), N_("Preview and write an anonymized export")),
        ):
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
) -> FocuscheckApp:
    """The app as the command line and the tests build it."""
    if language:
        set_language(language)
    return FocuscheckApp(clock=clock, data_dir=data_dir, journal=journal, start=Start(start))
