"""Writing a file a person asked for (a backlog, a voice log) somewhere of their choosing.

Such files may hold what the person wrote about their work, so they are
written like the journal: atomically and readable by the owner only.  An
existing file is never replaced unless the person said so.
"""

from __future__ import annotations

from pathlib import Path

from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_write
from focuscheck.storage.errors import StorageError


class ExportExists(StorageError):
    """The chosen file exists and replacing it was not asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _("{path} already exists; choose another name or replace it (--force).").format(
                path=path
            )
        )
        self.path = path


def write_text_file(path: Path, text: str, *, force: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path``, mode 0600; returns the path written.

    Raises :class:`ExportExists` when the file exists and ``force`` is false, and
    :class:`StorageError` with a readable reason when the file cannot be written.
    """
    path = path.expanduser()
    if path.is_dir():
        raise StorageError(_("{path} is a folder; give a file name.").format(path=path))
    if path.exists() and not force:
        raise ExportExists(path)
    if not path.parent.is_dir():
        raise StorageError(_("There is no folder {folder}.").format(folder=path.parent))
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as error:
        raise StorageError(
            _("Could not write {path}: {reason}.").format(
                path=path, reason=error.strerror or str(error)
            )
        ) from None
    return path
