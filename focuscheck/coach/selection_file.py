"""``coach-selection.json``: the coach's stars, kept beside the exports they were set on.

The file is written atomically, like every file focuscheck writes.  A file that
cannot be read is never replaced: the stars set meanwhile are kept for the
session, and the coach is told why.  The same holds for a folder that cannot
be written to.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Sequence
from pathlib import Path

from focuscheck.coach.selection import SELECTION_NAME, Selection, SelectionDamaged
from focuscheck.coach.text_groups import TextKey
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_write
from focuscheck.storage.regular_file import read_regular

READ_ONLY_ERRORS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


class SelectionUnreadable(FocuscheckError):
    """The selection file exists and cannot be read; the message says why and names it."""


class SelectionNotSaved(FocuscheckError):
    """The selection could not be written; the message says why."""


def selection_path(paths: Sequence[Path]) -> Path:
    """Where the stars for exports loaded from ``paths`` are kept: in the first folder named.

    When only files are named, the folder of the first file.
    """
    folder = next((path for path in paths if path.is_dir()), None)
    if folder is None:
        folder = paths[0].parent if paths else Path()
    return folder / SELECTION_NAME


def read_selection(path: Path) -> Selection:
    """The stars kept in ``path`` (none when there is no such file).

    :class:`SelectionUnreadable` when the file is there and cannot be read.
    """
    try:
        raw = read_regular(path)
    except FileNotFoundError:
        return Selection()
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from None
    try:
        return Selection.from_document(json.loads(raw.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _unreadable(path, _("it is not valid JSON")) from None
    except SelectionDamaged as error:
        raise _unreadable(path, str(error)) from None


def write_selection(path: Path, selection: Selection) -> None:
    """Keep ``selection`` in ``path`` (atomic); :class:`SelectionNotSaved` if it cannot be."""
    text = json.dumps(selection.to_document(), ensure_ascii=False, indent=2) + "\n"
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as error:
        if error.errno in READ_ONLY_ERRORS:
            message = _("The stars cannot be saved: {folder} is read-only.")
        else:
            message = _("The stars cannot be saved in {folder}: {reason}.")
        raise SelectionNotSaved(
            message.format(folder=path.parent, reason=error.strerror or str(error))
        ) from None


def _unreadable(path: Path, reason: str) -> SelectionUnreadable:
    return SelectionUnreadable(
        _("{path} cannot be read ({reason}); it is left as it is.").format(path=path, reason=reason)
    )


class SelectionStore:
    """The stars of one review: read once, written after each change while that is possible."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        """The selection file; None keeps the stars for the session only."""
        self.problem: str | None = None
        """Why the stars cannot be saved; None while they are (or need not be)."""
        self.selection = Selection()
        """The stars as they stand."""
        self._writable = path is not None
        if path is None:
            return
        try:
            self.selection = read_selection(path)
        except SelectionUnreadable as error:
            self._writable = False
            self.problem = str(error)

    def toggle(self, key: TextKey) -> str | None:
        """Star or unstar ``key``'s group and save; a message when it could not be saved."""
        self.selection = self.selection.toggled(key)
        if self.path is None or not self._writable:
            return self.problem
        try:
            write_selection(self.path, self.selection)
        except SelectionNotSaved as error:
            self.problem = str(error)
            return self.problem
        self.problem = None
        return None
