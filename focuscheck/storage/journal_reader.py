"""Reading the journal's files: the state file, and each year file decoded once per version.

Reads take no lock: files are only ever replaced whole.  Each year file's
entries are decoded once while the file stays the same (see
:class:`~focuscheck.storage.journal_file.FileCache`), and a file that cannot be
used is reported with :class:`JournalUnreadable`, which names the newest
backup that can be restored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from focuscheck.domain.clock import Clock
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _
from focuscheck.storage.backups import Backups
from focuscheck.storage.changes import Records, apply, years_in
from focuscheck.storage.errors import JournalUnreadable
from focuscheck.storage.journal_file import Files, UnreadableFile
from focuscheck.storage.journal_view import View, ids_of, pending_steps
from focuscheck.storage.layout import year_name
from focuscheck.storage.migration import join, split
from focuscheck.storage.schema import ENTRIES, Data, is_single_file
from focuscheck.storage.stored_entry import entry_from_stored


class JournalReader:
    """The files of one journal as they are now, parsed and decoded once per version."""

    def __init__(self, path: Path, clock: Clock, backups: Backups, files: Files) -> None:
        self.path = path
        """The state file, ``journal.json``; the year files sit beside it."""
        self.data_dir = path.parent
        self.clock = clock
        self.backups = backups
        self.files = files
        self._checked: dict[Path, Records] = {}
        """Per year file, the records last checked against the entry format."""

    def read(self, path: Path) -> Data:
        """The data of the journal file at ``path``; :class:`JournalUnreadable` if unusable."""
        try:
            return self.files.read(path)
        except FileNotFoundError:
            raise self.unreadable(_("the file is missing"), path) from None
        except UnreadableFile as error:
            raise self.unreadable(str(error), path) from None
        except OSError as error:
            raise self.unreadable(error.strerror or str(error), path) from None

    def unreadable(self, reason: str, path: Path | None = None) -> JournalUnreadable:
        """The error for a journal file that cannot be used, naming the backup to restore."""
        usable, newest = self.backups.first_usable(), self.backups.newest()
        skipped = newest if usable is not None and newest != usable else None
        return JournalUnreadable(path or self.path, reason, usable, skipped)

    def state_table(self, name: str) -> dict[str, dict[str, Any]]:
        """A table of the state file (or an old single file): no year file is read."""
        table = self.read(self.path).get(name, {})
        return table if isinstance(table, dict) else {}

    def view(self) -> View:
        return self.view_of(self.read(self.path))

    def view_of(self, state: Data) -> View:
        """The journal as the state file ``state`` and the year files show it now."""
        if is_single_file(state):
            self.decode_all(state.get(ENTRIES, {}), self.path)
            whole = split(state)[1]
            return View(state, whole, set(whole), {y: ids_of(r) for y, r in whole.items()})
        years: dict[int, Records] = {}
        ids: dict[int, dict[str, str]] = {}
        for year, path in self.year_paths().items():
            data = self.read(path)
            years[year] = data.get(ENTRIES, {})
            ids[year] = self._ids_in(path, data)
        steps = pending_steps(state)
        overlaid = years_in(steps)
        for year in overlaid:
            years[year] = apply(years.get(year, {}), steps, year)
            ids[year] = ids_of(years[year])
        return View(state, dict(sorted(years.items())), overlaid, ids)

    def _ids_in(self, path: Path, data: Data) -> dict[str, str]:
        """Each entry id of a year file's ``data`` and its document id, once per version."""
        cache = self.files.cache(path)
        if cache.data is data and cache.ids is not None:
            return cache.ids
        ids = ids_of(data.get(ENTRIES, {}))
        if cache.data is data:
            cache.ids = ids
        return ids

    def year_paths(self) -> dict[int, Path]:
        return self.files.years(self.data_dir)

    def year_path(self, year: int) -> Path:
        return self.data_dir / year_name(year)

    def decode_all(self, records: Records, path: Path) -> list[Entry]:
        """The entries of ``records`` from the file at ``path``; refused if one is broken."""
        return [self._decode(doc_id, record, path) for doc_id, record in records.items()]

    def _decode(self, doc_id: str, record: dict[str, Any], path: Path) -> Entry:
        try:
            return entry_from_stored(record, now=self.clock.now())
        except ValidationError as error:
            raise self.unreadable(
                _("stored entry {number} breaks the entry format ({reason})").format(
                    number=doc_id, reason=error
                ),
                path,
            ) from None

    def entries(self) -> list[Entry]:
        """Every entry, year by year."""
        view = self.view()
        return [entry for year in view.years for entry in self.year_entries(view, year)]

    def year_entries(self, view: View, year: int) -> list[Entry]:
        """The entries of ``year``, decoded once per version of its file."""
        path = self.year_path(year)
        if year in view.overlaid:
            return self.decode_all(view.years[year], path)
        cache = self.files.cache(path)
        data = self.read(path)
        if cache.data is data and cache.entries is not None:
            return cache.entries
        entries = self.decode_all(data[ENTRIES], path)
        if cache.data is data:
            cache.entries, cache.checked = entries, True
        return entries

    def check_year(self, view: View, year: int) -> None:
        """Refuse to rewrite a year file holding an entry that breaks the entry format."""
        path = self.year_path(year)
        if year in view.overlaid or year not in view.years:
            self.decode_all(view.years.get(year, {}), path)
            return
        if self.files.cache(path).checked:
            return
        # Written by another focuscheck since: check what differs from the records checked last.
        records = view.years[year]
        known = self._checked.get(path, {})
        for doc_id, record in records.items():
            if known.get(doc_id) != record:
                self._decode(doc_id, record, path)
        self._checked[path] = dict(records)

    def whole(self) -> Data:
        """The whole journal in the single-file shape backups keep."""
        view = self.view()
        for year in view.years:
            self.year_entries(view, year)
        if is_single_file(view.state):
            return join(*split(view.state))
        return join(view.state, view.years)
