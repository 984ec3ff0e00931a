"""Loading the exports a coach received: files and folders, each checked on its own.

A file that is refused gets a note saying why and the others still load.  A file
whose content was already loaded (the same export, perhaps once as JSON and once
as CSV, or under another name) is skipped with a note.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from focuscheck.coach.export_entry import ExportEntry
from focuscheck.coach.schema import ExportRejected, parse_export
from focuscheck.coach.selection import SELECTION_NAME
from focuscheck.coach.tally import Tally
from focuscheck.domain.checkin_fields import CHECKIN
from focuscheck.domain.dates import Granularity
from focuscheck.domain.entry import TEXT_FIELDS
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


def load_exports(paths: Iterable[Path]) -> LoadResult:
    """Check and load every export under ``paths``."""
    exports: list[LoadedExport] = []
    rejected: list[FileNote] = []
    duplicates: list[FileNote] = []
    seen: dict[str, Path] = {}
    for item in expand(paths):
        if isinstance(item, FileNote):
            rejected.append(item)
            continue
        try:
            loaded = load_file(item)
        except ExportRejected as error:
            rejected.append(FileNote(item, str(error)))
            continue
        if loaded.digest in seen:
            duplicates.append(
                FileNote(
                    item,
                    _("already loaded (same content as {other}); skipped").format(
                        other=seen[loaded.digest]
                    ),
                )
            )
            continue
        seen[loaded.digest] = item
        exports.append(loaded)
    return LoadResult(tuple(exports), tuple(rejected), tuple(duplicates))


def load_file(path: Path) -> LoadedExport:
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
    document = parse_export(raw)
    return LoadedExport.of_entries(
        source=path,
        # The checksum was just verified to be the hash of the content.
        digest=document["checksum"],
        participant=document["participant"],
        granularity=Granularity(document["granularity"]),
        customer_term=document["customer_term"],
        team=document["team"],
        entries=(_entry(record) for record in document["entries"]),
    )


#: The fields of an anonymized entry the coach keeps as values of their own, how each
#: is read (None: as it is), and what an older version's entry, made before the field
#: was exported, counts as.
_VALUES: Final = tuple(
    (spec.name, spec.rules.checked_reader(spec), spec.rules.encode(spec.rules.empty(spec)))
    for spec in CHECKIN.exported
    if not spec.personal_text
)


def _entry(record: dict[str, Any]) -> ExportEntry:
    values = {
        name: record.get(name, older) if read is None else read(record.get(name, older))
        for name, read, older in _VALUES
    }
    return ExportEntry(
        period=record["period"],
        texts=tuple((name, record[name]) for name in TEXT_FIELDS if record.get(name)),
        tags=tuple(record.get("tags", ())),
        **values,
    )
