"""A journal held in memory, for tests and benchmarks.

:class:`MemoryJournal` stands in for the journal file: pass it as the
``storage`` of :class:`~focuscheck.storage.journal.Journal` and every
transaction gets a :class:`MemoryJournalStorage` over it.  The data is kept
as the same bytes the file would hold and parsed afresh by each transaction,
so a change that is never committed leaves no trace, exactly as on disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from focuscheck.storage.journal_file import FileCache, decode, encode
from focuscheck.storage.schema import Data, new_journal


class MemoryJournal:
    """The bytes of one journal, shared by the transactions that open it."""

    def __init__(self, data: Data | None = None) -> None:
        self.raw: bytes = encode(data if data is not None else new_journal())
        """What the journal file would hold."""
        self.commits = 0
        """How many transactions have written; lets a test count writes."""

    def __call__(self, path: Path, cache: FileCache) -> MemoryJournalStorage:
        """A storage for one transaction (``path`` and ``cache`` are not needed here)."""
        return MemoryJournalStorage(self)

    def data(self) -> Data:
        """The journal's current contents, parsed."""
        return decode(self.raw)


class MemoryJournalStorage(Storage):
    """TinyDB storage for one transaction on a :class:`MemoryJournal`."""

    def __init__(self, home: MemoryJournal) -> None:
        self._home = home
        self._data: Data | None = None
        self.dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._data is None:
            self._data = self._home.data()
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        # Held until commit(), like the file storage: one write per transaction.
        self._data = data
        self.dirty = True

    def commit(self) -> None:
        """Make the transaction's changes the journal's contents."""
        if not self.dirty or self._data is None:
            return
        self._home.raw = encode(self._data)
        self._home.commits += 1
        self.dirty = False

    def discard(self) -> None:
        """Forget the changes made in this transaction."""
        self._data = None
        self.dirty = False

    def close(self) -> None:
        self._data = None
