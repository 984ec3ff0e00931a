"""Writing an export file: owner-only, atomically, and never over a file by surprise."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from focuscheck.coach.export_format import ExportFormat
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _
from focuscheck.storage.atomic import atomic_write

ANONYMIZED_NAME: Final = "focuscheck-anonymized"
FULL_NAME: Final = "focuscheck-export"


class ExportExists(FocuscheckError):
    """The target file exists and replacing it was not asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(_("{path} already exists").format(path=path))
        self.path = path


class ExportWriteFailed(FocuscheckError):
    """The file could not be written; nothing was left half-written."""


def default_path(anonymized: bool, export_format: ExportFormat) -> Path:
    """The file name used when none is given, in the current folder."""
    stem = ANONYMIZED_NAME if anonymized else FULL_NAME
    return Path(f"{stem}.{export_format.value}")


def write_export(path: Path, text: str, *, overwrite: bool = False) -> Path:
    """Write ``text`` to ``path`` (0600, atomic); :class:`ExportExists` unless ``overwrite``."""
    if path.is_dir():
        raise ExportWriteFailed(_("{path} is a folder").format(path=path))
    if path.exists() and not overwrite:
        raise ExportExists(path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportWriteFailed(_("the folder {folder} does not exist").format(folder=folder))
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as error:
        raise ExportWriteFailed(
            _("could not write {path}: {reason}").format(
                path=path, reason=error.strerror or str(error)
            )
        ) from None
    return path
