"""Loading the exports a coach received: files and folders, each checked on its own.

A file that is refused gets a note saying why and the others still load.  A file
whose content was already loaded (the same export, perhaps once as JSON and once
as CSV, or under another name) is skipped with a note.

Loading streams: each file is read, checked and counted into tallies at once
(see :mod:`focuscheck.coach.folding`), and only the tallies are kept, so an
organisation's exports load in the memory of a few files.  Whoever waits is told
how far it got through ``progress``.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from focuscheck.coach.export_entry import ExportEntry
from focuscheck.coach.folding import Folded, Folding
from focuscheck.coach.progress import Progress
from focuscheck.coach.schema import ExportRejected, parse_export
from focuscheck.coach.selection import SELECTION_NAME
from focuscheck.coach.tally import Tally
from focuscheck.domain.dates import Granularity
from focuscheck.i18n import _
from focuscheck.storage.regular_file import read_regular

MAX_FILE_BYTES: Final = 50 * 1024 * 1024
SUFFIXES: Final = (".json", ".csv")
"""What a folder is searched for; a file named on its own is tried whatever its name."""


@dataclass(frozen=True, slots=True)
class LoadedExport:
    """One participant's export file, checked."""

    source: Path
    digest: str
    """The export's verified checksum: equal for the same export in JSON and CSV."""
    participant: str
    granularity: Granularity
    customer_term: str
    team: str | None
    tallies: Mapping[str, Tally]
    """The check-ins counted by the period they are dated by in the export."""

    @classmethod
    def of_entries(
        cls,
        *,
        source: Path,
        digest: str,
        participant: str,
        granularity: Granularity,
        customer_term: str,
        team: str | None,
        entries: Iterable[ExportEntry],
    ) -> LoadedExport:
        """An export holding ``entries``, counted by their period."""
        tallies: dict[str, Tally] = {}
        for entry in entries:
            tallies.setdefault(entry.period, Tally()).add(entry)
        return cls(source, digest, participant, granularity, customer_term, team, tallies)

    @property
    def checkins(self) -> int:
        return sum(tally.checkins for tally in self.tallies.values())


@dataclass(frozen=True, slots=True)
class FileNote:
    """A file that was not loaded, and why (a sentence for the coach)."""

    path: Path
    message: str


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Everything that loaded, and a note for every file that did not."""

    exports: tuple[LoadedExport, ...]
    rejected: tuple[FileNote, ...]
    duplicates: tuple[FileNote, ...]


def expand(paths: Iterable[Path]) -> Iterator[Path | FileNote]:
    """The files named and the export files inside the folders named, in a stable order.

    The coach's own stars kept in a folder (``coach-selection.json``) are not an export.
    """
    for path in paths:
        if path.is_dir():
            found = sorted(
                item
                for item in path.rglob("*")
                if item.suffix.lower() in SUFFIXES
                and item.name != SELECTION_NAME
                and item.is_file()
            )
            if not found:
                yield FileNote(path, _("no .json or .csv files in this folder"))
            yield from found
        elif path.exists():
            yield path
        else:
            yield FileNote(path, _("no such file or folder"))


PROGRESS_EVERY: Final = 0.1
"""Seconds between two reports of progress (the last file is always reported)."""


def load_exports(
    paths: Iterable[Path], progress: Callable[[Progress], None] | None = None
) -> LoadResult:
    """Check and load every export under ``paths``, telling ``progress`` how far it got."""
    # What is kept has no cycles: the collector walking every tally kept, again after
    # each file, would cost more than the counting; kept objects are frozen out of it.
    try:
        return _load(list(expand(paths)), progress)
    finally:
        gc.unfreeze()


def _load(items: list[Path | FileNote], progress: Callable[[Progress], None] | None) -> LoadResult:
    exports: list[LoadedExport] = []
    rejected: list[FileNote] = []
    duplicates: list[FileNote] = []
    seen: dict[str, Path] = {}
    files = sum(not isinstance(item, FileNote) for item in items)
    folding = Folding()
    started = told = time.monotonic()
    done = 0
    for item in items:
        if isinstance(item, FileNote):
            rejected.append(item)
            continue
        try:
            loaded = load_file(item, folding)
        except ExportRejected as error:
            rejected.append(FileNote(item, str(error)))
        else:
            if loaded.digest in seen:
                duplicates.append(
                    FileNote(
                        item,
                        _("already loaded (same content as {other}); skipped").format(
                            other=seen[loaded.digest]
                        ),
                    )
                )
            else:
                seen[loaded.digest] = item
                exports.append(loaded)
        done += 1
        gc.freeze()
        now = time.monotonic()
        if progress is not None and (now - told >= PROGRESS_EVERY or done == files):
            told = now
            progress(Progress(done, files, now - started))
    return LoadResult(tuple(exports), tuple(rejected), tuple(duplicates))


def load_file(path: Path, folding: Folding | None = None) -> LoadedExport:
    """One export file, checked; :class:`ExportRejected` with the reason if unfit."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExportRejected(_("the file is larger than 50 MB"))
        # A named pipe would make a plain read wait forever: refused at once instead.
        raw = read_regular(path)
    except IsADirectoryError:
        raise ExportRejected(_("this is a folder, not a file")) from None
    except OSError as error:
        raise ExportRejected(error.strerror or str(error)) from None
    folding = folding or Folding()
    # The full check names what is wrong with a file the quick one doubts.
    folded = folding.quick(raw) or folding.full(parse_export(raw))
    return _loaded(path, folded)


def _loaded(path: Path, folded: Folded) -> LoadedExport:
    return LoadedExport(
        source=path,
        # The checksum was just verified to be the hash of the content.
        digest=folded.checksum,
        participant=folded.participant,
        granularity=Granularity(folded.granularity),
        customer_term=folded.customer_term,
        team=folded.team,
        tallies=folded.tallies,
    )
