"""Helpers shared by the robustness tests."""

from __future__ import annotations

from pathlib import Path

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.storage.atomic import TEMP_SUFFIX


def make_entry(
    clock: FixedClock, value: str = "Called the customer back", **changes: object
) -> Entry:
    """A valid check-in for today."""
    now = clock.now()
    entry = Entry(id=new_id(), date=clock.today(), created_at=now, updated_at=now, value=value)
    return entry.with_changes(**changes)


def temp_files(*folders: Path) -> list[str]:
    """Temporary files of an atomic write found in ``folders``."""
    return sorted(
        path.name
        for folder in folders
        if folder.is_dir()
        for path in folder.iterdir()
        if path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)
    )
