"""The journal's problems as screens and commands catch them, without reaching into storage.

Each has a message fit to show a person; :class:`JournalUnreadable` also names
the backup that can be restored.
"""

from __future__ import annotations

from focuscheck.storage.errors import JournalUnreadable, StorageError
from focuscheck.storage.trash import TrashRefused

__all__ = ["JournalUnreadable", "StorageError", "TrashRefused"]
