"""Where focuscheck keeps its data: the platform's user data folder, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

ENV_DATA_DIR: Final = "FOCUSCHECK_DATA_DIR"
APP_NAME: Final = "focuscheck"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` if given, else ``$FOCUSCHECK_DATA_DIR``, else the platform default."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def default_data_dir() -> Path:
    """The platform's user data folder for focuscheck, whatever the options and environment say."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
