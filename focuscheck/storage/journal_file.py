"""The journal file as TinyDB sees it: a Storage that reads fresh and writes atomically.

TinyDB's own JSONStorage overwrites in place (a crash can leave half a file)
and keeps state between calls.  Here one :class:`JournalStorage` lives for one
transaction: it reads the file once, lets TinyDB change the data in memory and
writes it back in one atomic replace when the transaction commits.  A parsed
copy is kept between transactions and reused only while the file's identity
(inode, size, modification time) is unchanged, so another process's write is
always seen.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_write
from focuscheck.storage.schema import Data, ShapeError, check_shape, upgrade

Signature = tuple[int, int, int]


class UnreadableFile(Exception):
    """Raised with the reason a journal file cannot be used."""


@dataclass
class FileCache:
    """The last parsed contents of a journal file and the identity they belong to."""

    signature: Signature | None = None
    data: Data | None = None

    def clear(self) -> None:
        self.signature = None
        self.data = None


def signature_of(path: Path) -> Signature:
    info = os.stat(path)
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def encode(data: Data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(raw: bytes) -> Data:
    """Parse and check journal bytes; raise :class:`UnreadableFile` with the reason."""

    if not raw.strip():
        raise UnreadableFile(_("the file is empty"))
    try:
        parsed = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise UnreadableFile(_("the file is not UTF-8 text")) from None
    except json.JSONDecodeError as error:
        raise UnreadableFile(
            _("it is not valid JSON (line {line}, column {column})").format(
                line=error.lineno, column=error.colno
            )
        ) from None
    except RecursionError:
        raise UnreadableFile(_("it is not valid JSON")) from None
    try:
        data, _changed = upgrade(check_shape(parsed))
    except ShapeError as error:
        raise UnreadableFile(str(error)) from None
    return data


def load(path: Path, cache: FileCache) -> Data:
    """The journal's data, from the cache when the file has not changed since."""
    before = signature_of(path)
    if cache.data is not None and cache.signature == before:
        return cache.data
    with open(path, "rb") as handle:
        raw = handle.read()
    data = decode(raw)
    cache.signature = before if signature_of(path) == before else None
    cache.data = data if cache.signature is not None else None
    return data


class JournalStorage(Storage):
    """TinyDB storage for one transaction on the journal file."""

    def __init__(self, path: Path, cache: FileCache) -> None:
        self._path = path
        self._cache = cache
        self._data: Data | None = None
        self.dirty = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._data is None:
            self._data = load(self._path, self._cache)
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        # Held until commit(): a transaction writes once, all or nothing.
        self._data = data
        self.dirty = True
        self._cache.clear()

    def commit(self) -> None:
        """Write the transaction's data to disk, atomically, if anything changed."""
        if not self.dirty or self._data is None:
            return
        atomic_write(self._path, encode(self._data))
        self.dirty = False
        self._cache.data = self._data
        self._cache.signature = signature_of(self._path)

    def discard(self) -> None:
        """Forget changes made in memory (the file was never touched)."""
        self._data = None
        self.dirty = False
        self._cache.clear()

    def close(self) -> None:
        self._data = None
