"""A quick look at one setting before the app starts: the language to speak."""

from __future__ import annotations

import json
import os

from focuscheck.storage.regular_file import read_regular
from focuscheck.storage.schema import JOURNAL_NAME, SETTINGS


def saved_language(data_dir: str | os.PathLike[str]) -> str | None:
    """The language saved in the journal's settings, or None (missing, unreadable, unset)."""
    from focuscheck.i18n import normalize_language

    try:
        data = json.loads(read_regular(os.path.join(data_dir, JOURNAL_NAME)))
        record = next(iter(data[SETTINGS].values()))
        return normalize_language(record.get("language"))
    except (
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        StopIteration,
        RecursionError,
    ):
        return None
