"""Entries read back from the journal's files, through the entry format's one decoder."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_format import entry_from_record


def entry_from_stored(record: dict[str, Any], *, now: datetime) -> Entry:
    """The entry ``record`` holds; raises the entry format's ValidationError when it is invalid.

    Alignment is not re-judged when reading, nor rules added since it was saved:
    what was stored stays as it was.
    """
    return entry_from_record(record, now=now, is_aligned=_never, stored=True)


def _never(_text: str) -> bool:
    return False
