"""Where each part of the journal lives in the data folder (standard library only).

``journal.json`` is the small state file; entries live in one file per year,
``entries-YYYY.json``, by the entry's date.  Kept free of TinyDB and of the
rest of the app so that ``focuscheck status`` can find the files quickly.
"""

from __future__ import annotations

import os
import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Final

STATE_NAME: Final = "journal.json"
_YEAR_FILE: Final = re.compile(r"^entries-(\d{4})\.json$")


def year_name(year: int) -> str:
    """The file name of the entries of ``year``."""
    return f"entries-{year:04d}.json"


def year_files(data_dir: Path) -> dict[int, Path]:
    """The year files in ``data_dir``, by year (none when the folder cannot be listed)."""
    return {year: data_dir / name for year, name in year_names(data_dir).items()}


def year_names(data_dir: str | os.PathLike[str]) -> dict[int, str]:
    """The names of the year files in ``data_dir``, by year, without ``pathlib``."""
    try:
        names = os.listdir(data_dir)
    except OSError:
        return {}
    found: dict[int, str] = {}
    for name in names:
        match = _YEAR_FILE.match(name)
        if match is not None:
            found[int(match.group(1))] = name
    return dict(sorted(found.items()))
