"""``retro-actions.json`` in the data folder: the actions retros took away, in TinyDB's layout.

The file is read fresh for every change, changed through TinyDB in memory (the
journal's :class:`~focuscheck.storage.journal_file.TransactionTables`) and
replaced atomically, all under a cross-process lock beside it; readers take no
lock because the file is only ever replaced whole.  A ``_meta`` document holds
the format and its version.

A file that cannot be read is never overwritten: reading says why, and the
next change moves it aside (``retro-actions.damaged-YYYY-MM-DD.json``) before
a new list is started, so whoever repairs it still has every byte.  A file of
a newer version is refused, read and write alike, and left exactly as it is.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final, Generic, TypeVar, cast

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.table import Table

from focuscheck.domain import json_text
from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_write, ensure_private_dir
from focuscheck.storage.errors import StorageError
from focuscheck.storage.journal_file import TransactionTables
from focuscheck.storage.regular_file import prepare_lock_file, read_regular
from focuscheck.storage.schema import META, Data
from focuscheck.storage.transaction import LOCK_TIMEOUT, lock_file_error

ACTIONS_NAME: Final = "retro-actions.json"
FORMAT: Final = "focuscheck-retro-actions"
VERSION: Final = 1
TABLE: Final = "actions"

T = TypeVar("T")
RecordCheck = Callable[[dict[str, Any]], object]
"""Raises ValueError for a record that is not an action."""


class ActionsUnreadable(StorageError):
    """The actions file is there but cannot be used; it has not been changed."""

    def __init__(self, path: Path, reason: str, *, newer: bool = False) -> None:
        self.path = path
        self.reason = reason
        self.newer = newer
        """Written by a newer focuscheck: refused, never moved aside."""
        super().__init__(
            _(
                "Cannot read the retro actions {path}: {reason}. The file has not been changed."
            ).format(path=path, reason=reason)
        )


@dataclass(frozen=True)
class Changed(Generic[T]):
    """What a change gave back, and where a damaged file was put, if one was."""

    result: T
    kept_aside: Path | None = None


def new_data() -> Data:
    return {META: {"1": {"format": FORMAT, "schema_version": VERSION}}, TABLE: {}}


def encode(data: Data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def decode(raw: bytes, path: Path, check: RecordCheck) -> Data:
    """The file's tables; ActionsUnreadable with the reason when they are not an actions list."""
    try:
        parsed = json_text.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ActionsUnreadable(path, _("the file is not UTF-8 text")) from None
    except (ValueError, RecursionError):
        raise ActionsUnreadable(path, _("it is not valid JSON")) from None
    tables = parsed.get(META) if isinstance(parsed, dict) else None
    meta = tables.get("1") if isinstance(tables, dict) else None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ActionsUnreadable(path, _("it holds JSON, but not a list of retro actions"))
    version = meta.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ActionsUnreadable(
            path,
            _(
                "it was written by a newer focuscheck (version {found}; this one reads {known})"
            ).format(found=version, known=VERSION),
            newer=True,
        )
    table = parsed.get(TABLE, {})
    try:
        if version != VERSION or not isinstance(table, dict):
            raise ValueError
        for doc_id, record in table.items():
            if not doc_id.isdigit() or not isinstance(record, dict):
                raise ValueError
            check(record)
    except (ValueError, TypeError, KeyError):
        raise ActionsUnreadable(path, _("an action in it is damaged")) from None
    return {META: parsed[META], TABLE: table}


def aside_path(path: Path, day: date) -> Path:
    """A free name beside ``path`` for keeping a damaged file: ``….damaged-DAY.json``."""
    stem = f"{path.stem}.damaged-{day.isoformat()}"
    candidate, number = path.with_name(f"{stem}{path.suffix}"), 1
    while os.path.lexists(candidate):
        number += 1
        candidate = path.with_name(f"{stem}-{number}{path.suffix}")
    return candidate


class ActionsFile:
    """The actions file of one data folder."""

    def __init__(self, data_dir: Path, check: RecordCheck) -> None:
        self.path = data_dir / ACTIONS_NAME
        """The file itself."""
        self.check = check
        """Tells a stored action from a damaged record."""
        self._lock_path = Path(f"{self.path}.lock")
        self._lock = FileLock(str(self._lock_path), timeout=LOCK_TIMEOUT, mode=0o600)

    def _read(self) -> Data:
        try:
            raw = read_regular(self.path)
        except FileNotFoundError:
            return new_data()
        except OSError as error:
            raise ActionsUnreadable(self.path, error.strerror or str(error)) from None
        return decode(raw, self.path, self.check)

    def records(self) -> list[dict[str, Any]]:
        """Every stored record; an empty list when there is no file yet."""
        return list(self._read()[TABLE].values())

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            ensure_private_dir(self.path.parent)
            prepare_lock_file(self._lock_path)
        except OSError as error:
            raise lock_file_error(self._lock_path, error) from None
        try:
            self._lock.acquire()
        except Timeout:
            raise StorageError(
                _("The retro actions are busy in another focuscheck; try again.")
            ) from None
        try:
            yield
        finally:
            self._lock.release()

    def change(self, job: Callable[[Table], T], today: date) -> Changed[T]:
        """Run ``job`` on the actions table and write what it changed, in one atomic replace.

        A damaged file is moved aside first (see the module notes); ``today`` names it.
        """
        with self._locked():
            kept: Path | None = None
            try:
                data = self._read()
            except ActionsUnreadable as error:
                if error.newer or not self.path.exists():
                    raise
                kept = aside_path(self.path, today)
                try:
                    os.rename(self.path, kept)
                except OSError as failure:
                    raise _write_error(self.path, failure) from None
                data = new_data()
            db = TinyDB(data, storage=TransactionTables)
            result = job(db.table(TABLE))
            tables = cast(TransactionTables, db.storage)
            if tables.dirty or kept is not None:
                try:
                    atomic_write(self.path, encode(tables.data))
                except OSError as error:
                    raise _write_error(self.path, error) from None
            return Changed(result, kept)


def _write_error(path: Path, error: OSError) -> StorageError:
    return StorageError(
        _("Could not save the retro actions to {path}: {reason}. The file was not changed.").format(
            path=path, reason=error.strerror or str(error)
        )
    )
