"""A journal held in memory, for tests and benchmarks.

:class:`MemoryJournal` stands in for the journal's files: pass it as the
``storage`` of :class:`~focuscheck.storage.journal.Journal`.  Each file is kept
as the bytes it would hold on disk and parsed afresh on every read, so a
change that is never written leaves no trace, exactly as on disk.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from focuscheck.storage.journal_file import FileCache, decode, encode
from focuscheck.storage.quick_status import Fingerprint
from focuscheck.storage.schema import Data

_YEAR_FILE: Final = re.compile(r"^entries-(\d{4})\.json$")
_WRITE_ID: Final = re.compile(rb'"write":"([0-9a-f]{32})"')


class MemoryJournal:
    """The bytes of one journal's files, by file name."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        """What each file would hold."""
        self.commits = 0
        """How many files have been written; lets a test count writes."""
        self._written: dict[str, int] = {}

    def cache(self, path: Path) -> FileCache:
        return FileCache()  # nothing is kept between reads

    def exists(self, path: Path) -> bool:
        return path.name in self.files

    def years(self, data_dir: Path) -> dict[int, Path]:
        found = {
            int(m.group(1)): data_dir / name for name in self.files if (m := _YEAR_FILE.match(name))
        }
        return dict(sorted(found.items()))

    def read(self, path: Path) -> Data:
        try:
            return decode(self.files[path.name])
        except KeyError:
            raise FileNotFoundError(path) from None

    def write(self, path: Path, data: Data) -> None:
        self.files[path.name] = encode(data)
        self.commits += 1
        self._written[path.name] = self.commits

    def fingerprint(self, path: Path) -> Fingerprint | None:
        raw = self.files.get(path.name)
        match = None if raw is None else _WRITE_ID.search(raw[:160])
        if raw is None or match is None:
            return None
        return [match.group(1).decode("ascii"), len(raw), self._written[path.name]]

    def remove(self, path: Path) -> None:
        self.files.pop(path.name, None)

    def forget(self) -> None:
        pass
