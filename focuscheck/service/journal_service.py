"""The journal as screens and commands reach it: one service, every read and write.

The journal is opened on first use, on the journal thread, so building the
service costs nothing at start-up.  Every job runs on that one thread, in the
order asked for (see :mod:`focuscheck.service.journal_thread`); a job may call
other methods of the service, which then run at once inside it.  What went
wrong without stopping a save (a daily backup that could not be written) is
handed, once the job is over, to the one reporter the service was given: the
app shows it as a notification, the command line prints it.

Problems come as the errors of :mod:`focuscheck.service.errors`, which callers
catch without reaching into storage.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, ParamSpec, TypeVar

from focuscheck.domain.clock import Clock
from focuscheck.domain.entry import Entry
from focuscheck.service.journal_thread import JournalThread

if TYPE_CHECKING:
    from focuscheck.domain.enums import WasteStatus
    from focuscheck.domain.settings import Settings
    from focuscheck.storage.backups import Backups, RestoreResult
    from focuscheck.storage.journal import ImportResult, Journal
    from focuscheck.storage.trash import Trashed

T = TypeVar("T")
P = ParamSpec("P")

Reporter = Callable[[str], None]
"""Where warnings go: called with each one, on the thread that asked for the job."""

FIRST_RUN_DONE: Final = "first_run_done"
"""Journal state key: the first-run setup was finished or skipped."""


def print_warning(warning: str) -> None:
    """The reporter of a service given none: the warning on standard error."""
    from focuscheck.i18n import _

    print(_("Warning: {message}").format(message=warning), file=sys.stderr)


@dataclass(frozen=True)
class Glance:
    """Today at a glance, as the small state file has it."""

    days: frozenset[date]
    """Every date with a check-in."""
    settings: Settings
    first_run_done: bool
    """Whether the first-run setup was done or passed by."""
    draft: dict[str, Any] | None
    """The unfinished check-in, if one was left."""


class JournalService:
    """The one way to the journal in ``data_dir``, free of any user interface."""

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        *,
        report: Reporter | None = None,
        journal: Journal | None = None,
    ) -> None:
        self.data_dir = data_dir
        """The folder holding the journal."""
        self.clock = clock
        """Source of "now" for the journal's timestamps."""
        self.report: Reporter = report or print_warning
        """Hears every warning the journal gives (the app makes itself the reporter)."""
        self._journal = journal
        self._thread = JournalThread()

    # -- running jobs ----------------------------------------------------------

    @property
    def is_open(self) -> bool:
        """Whether the journal has been opened (a read then costs little)."""
        return self._journal is not None

    def call(self, job: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``job(*args, **kwargs)`` on the journal thread after the jobs before it; wait.

        Called from a job (a method of the service inside a function given to
        :meth:`run`), it runs at once: that job already holds the thread.
        """
        if self._thread.on_it():
            return job(*args, **kwargs)
        warnings: list[str] = []
        try:
            return self._thread.call(self._collecting(partial(job, *args, **kwargs), warnings))
        finally:
            self._tell(warnings)

    async def run(self, job: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """``job(*args, **kwargs)`` the same way, from the event loop, which goes on meanwhile.

        ``await service.run(service.delete_entry, entry_id)`` runs one method;
        a function calling several runs them together, with nothing in between.
        """
        warnings: list[str] = []
        try:
            return await self._thread.run(self._collecting(partial(job, *args, **kwargs), warnings))
        finally:
            self._tell(warnings)

    def open(self) -> None:
        """Open the journal now, so a journal that cannot be read is reported first."""
        self.call(self._opened)

    def close(self) -> None:
        """Wait for the jobs already asked for (the draft kept on quitting), then stop."""
        self._thread.close()

    def _collecting(self, job: Callable[[], T], warnings: list[str]) -> Callable[[], T]:
        def collected() -> T:
            try:
                return job()
            finally:
                if self._journal is not None:
                    warnings.extend(self._journal.warnings)
                    self._journal.warnings.clear()

        return collected

    def _tell(self, warnings: list[str]) -> None:
        for warning in warnings:
            self.report(warning)

    def _opened(self) -> Journal:
        """The journal, opened (and created if new) on first use; on the journal thread."""
        if self._journal is None:
            from focuscheck.storage.journal import Journal

            self._journal = Journal.open(self.data_dir, self.clock)
        return self._journal

    def _do(self, job: Callable[[Journal], T]) -> T:
        return self.call(lambda: job(self._opened()))

    # -- reading ---------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """All check-ins, oldest date first."""
        return self._do(lambda journal: journal.entries())

    def entries_on(self, day: date) -> list[Entry]:
        """The check-ins about ``day`` (one, or none)."""
        return self._do(lambda journal: journal.entries_on(day))

    def trash(self) -> list[Trashed]:
        """The deleted check-ins still kept, newest deletion first."""
        return self._do(lambda journal: journal.trash())

    def glance(self) -> Glance | None:
        """What home shows, from the small state file alone; None when only the journal can say.

        Safe from any thread and beside the journal thread's work: it only reads,
        and the state file is only ever replaced whole.  It opens nothing, so it
        answers before the journal has been opened (a frame's time at ten years).
        """
        from focuscheck.domain.settings import settings_from_record
        from focuscheck.storage.quick_status import read_state
        from focuscheck.storage.schema import DRAFT

        quick = read_state(self.data_dir)
        if quick is None:
            return None
        draft = quick.state.get(DRAFT)
        return Glance(
            days=quick.days,
            settings=settings_from_record(quick.settings),
            first_run_done=bool(quick.state.get(FIRST_RUN_DONE)),
            draft=draft if isinstance(draft, dict) else None,
        )

    def settings(self) -> Settings:
        """The saved settings."""
        return self._do(lambda journal: journal.settings())

    def state(self, key: str, default: Any = None) -> Any:
        """A small piece of app state kept in the journal."""
        return self._do(lambda journal: journal.state(key, default))

    def draft(self) -> dict[str, Any] | None:
        """The unfinished check-in, if one was left."""
        return self._do(lambda journal: journal.draft())

    def participant_pseudonym(self) -> str:
        """This installation's pseudonym for anonymized exports, made on first use."""
        from focuscheck.coach.pseudonym import participant_pseudonym

        return self._do(participant_pseudonym)

    # -- writing ---------------------------------------------------------------

    def save_checkin(self, entry: Entry) -> Entry:
        """Save a finished check-in and drop its draft; returns what was stored."""

        return self._do(lambda journal: journal.save_checkin(entry))

    def save_checkin_for_day(self, entry: Entry) -> Entry:
        """Save a check-in made without the draft; a draft about another day is kept."""
        from focuscheck.domain.checkin_form import form_from_draft

        def save(journal: Journal) -> Entry:
            draft = journal.draft()
            saved = journal.save_checkin(entry)
            kept = form_from_draft(draft)
            if draft is not None and kept is not None and kept.day != saved.date:
                journal.save_draft(draft)
            return saved

        return self._do(save)

    def mark_waste(
        self, entry_id: str, status: WasteStatus, note: str | None = None
    ) -> Entry | None:
        """Mark the waste of check-in ``entry_id`` ``status`` today; None if there is no such entry.

        ``note`` says where it was raised, or what changed; without one the
        earlier note stays.  A :class:`ValidationError` (nothing written) when
        the check-in noted no waste.  No new check-in: the day and the streak stay.
        """

        from focuscheck.domain.waste_status import marked

        def mark(journal: Journal) -> Entry | None:
            today = self.clock.today()
            return journal.change_entry(entry_id, lambda entry: marked(entry, status, note, today))

        return self._do(mark)

    def mark_voice_shared(self, entry_id: str, flag: bool = True) -> Entry | None:
        """Mark the quote of check-in ``entry_id`` shared with the team (or not); None if none."""
        from focuscheck.domain.waste_status import shared

        return self._do(lambda journal: journal.change_entry(entry_id, lambda e: shared(e, flag)))

    def save_draft(self, draft: dict[str, Any]) -> None:
        """Keep the answers of an unfinished check-in."""
        self._do(lambda journal: journal.save_draft(draft))

    def clear_draft(self) -> None:
        """Forget the unfinished check-in."""
        self._do(lambda journal: journal.clear_draft())

    def delete_entry(self, entry_id: str) -> bool:
        """Move the check-in to the trash; False if there was none."""
        return self._do(lambda journal: journal.delete_entry(entry_id))

    def restore_from_trash(self, wanted: str) -> Entry:
        """Bring a deleted check-in back (its id, or the start of it)."""
        return self._do(lambda journal: journal.restore_from_trash(wanted))

    def import_entries(self, entries: Iterable[Entry]) -> ImportResult:
        """Add the check-ins whose ids are new, in one write."""
        return self._do(lambda journal: journal.import_entries(entries))

    def save_settings(self, settings: Settings) -> None:
        """Replace the saved settings."""
        self._do(lambda journal: journal.save_settings(settings))

    def finish_first_run(self, settings: Settings) -> None:
        """Save the settings chosen in the first-run setup; it is not offered again."""

        def finish(journal: Journal) -> None:
            journal.save_settings(settings)
            journal.set_state(FIRST_RUN_DONE, True)

        self._do(finish)

    def set_state(self, key: str, value: Any) -> None:
        """Keep (or, with None, forget) a small piece of app state."""
        self._do(lambda journal: journal.set_state(key, value))

    def rotate_pseudonym(self) -> str:
        """A new pseudonym: later exports no longer link to earlier ones."""
        from focuscheck.coach.pseudonym import rotate_pseudonym

        return self._do(rotate_pseudonym)

    def backup_now(self) -> Path:
        """Write a manual backup now; its path."""
        return self._do(lambda journal: journal.backup_now())

    # -- a journal that cannot be read ----------------------------------------------

    @property
    def backups(self) -> Backups:
        """The rotating backups beside the journal, reached without reading the journal."""
        from focuscheck.storage.journal import Journal
        from focuscheck.storage.schema import JOURNAL_NAME

        return Journal(self.data_dir / JOURNAL_NAME, self.clock).backups

    def entries_in_backup(self, backup: Path) -> int | None:
        """How many check-ins ``backup`` holds; None when it cannot be read."""
        from focuscheck.storage.backups import entries_in

        return self.call(entries_in, backup)

    def restore_backup(self, backup: Path) -> RestoreResult:
        """Replace the journal with ``backup`` (the journal need not be readable)."""

        def restore() -> RestoreResult:
            from focuscheck.storage.journal import Journal, make_data_dir
            from focuscheck.storage.schema import JOURNAL_NAME

            make_data_dir(self.data_dir)
            result = Journal(self.data_dir / JOURNAL_NAME, self.clock).restore(backup)
            self._journal = None  # opened afresh on the next job
            return result

        return self.call(restore)


def saved_settings(data_dir: Path, clock: Clock) -> Settings:
    """The settings in ``data_dir``, read without creating or changing anything.

    A retro or a coach may run where nobody keeps a journal; the defaults are
    used then, and also when the journal cannot be read, which is left alone.
    """
    from focuscheck.domain.settings import Settings
    from focuscheck.storage.errors import StorageError
    from focuscheck.storage.journal import Journal
    from focuscheck.storage.schema import JOURNAL_NAME

    path = data_dir / JOURNAL_NAME
    if not path.is_file():
        return Settings()
    try:
        return Journal(path, clock).settings()
    except StorageError:
        return Settings()
