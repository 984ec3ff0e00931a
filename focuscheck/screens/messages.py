"""Messages the app sends to every open screen."""

from __future__ import annotations

from textual.message import Message


class JournalChanged(Message, bubble=False):
    """An entry or the settings were saved or deleted; screens showing them re-read.

    The app posts one to each screen on its stack (see
    ``FocuscheckApp.journal_changed``); it does not bubble, so each screen sees it once.
    """

    def __init__(self, entry_id: str | None = None, *, deleted: bool = False) -> None:
        super().__init__()
        self.entry_id = entry_id
        """The entry that changed, or None when it was something else (settings)."""
        self.deleted = deleted
        """True when the entry was deleted."""
