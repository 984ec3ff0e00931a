"""Where focuscheck keeps its data: the platform's user data folder, unless told otherwise.

:func:`data_folder` answers with a plain string, without ``pathlib`` or
``typing``: ``focuscheck prompt`` asks before every shell prompt.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Final

ENV_DATA_DIR: Final = "FOCUSCHECK_DATA_DIR"
APP_NAME: Final = "focuscheck"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` if given, else ``$FOCUSCHECK_DATA_DIR``, else the platform default."""
    from pathlib import Path

    asked = _asked(override)
    return default_data_dir() if asked is None else Path(asked).expanduser()


def data_folder(override: str | os.PathLike[str] | None = None) -> str:
    """:func:`data_dir` as a string (``~`` expanded the way ``os.path`` does)."""
    asked = _asked(override)
    return _default_data_folder() if asked is None else os.path.expanduser(asked)


def _asked(override: str | os.PathLike[str] | None) -> str | None:
    """The folder ``--data-dir`` or ``$FOCUSCHECK_DATA_DIR`` names, as given; None for neither."""
    if override:
        return os.fspath(override)
    return os.environ.get(ENV_DATA_DIR, "").strip() or None


def default_data_dir() -> Path:
    """The platform's user data folder for focuscheck, whatever the options and environment say."""
    from pathlib import Path

    return Path(_default_data_folder())


def _default_data_folder() -> str:
    import platformdirs

    return platformdirs.user_data_dir(APP_NAME, appauthor=False)
