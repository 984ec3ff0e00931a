"""Messages between the screens and the app.

Screens say what they did to the journal in past-tense messages that bubble up
to the app (:class:`CheckinSaved`, :class:`EntryDeleted`, :class:`EntryRestored`,
:class:`EntryFollowedUp`, :class:`SettingsSaved`); the app reacts by telling every open screen with
:class:`JournalChanged`.  Screens never call the app for this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from focuscheck.domain.entry import Entry
    from focuscheck.domain.settings import Settings


class JournalChanged(Message, bubble=False):
    """An entry or the settings were saved or deleted; screens showing them re-read.

    The app posts one to each screen on its stack; it does not bubble, so each
    screen sees it once.
    """

    def __init__(self, entry_id: str | None = None, *, deleted: bool = False) -> None:
        super().__init__()
        self.entry_id = entry_id
        """The entry that changed, or None when it was something else (settings)."""
        self.deleted = deleted
        """True when the entry was deleted."""


class CheckinSaved(Message):
    """A check-in was saved (new or changed)."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
        """The check-in as stored."""


class EntryDeleted(Message):
    """A check-in was moved to the trash."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
        """The check-in deleted."""


class EntryRestored(Message):
    """A deleted check-in was brought back from the trash."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
        """The check-in brought back."""


class EntryFollowedUp(Message):
    """A check-in's waste was marked (raised, resolved, …) or its quote marked shared."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
        """The check-in as stored."""


class SettingsSaved(Message):
    """The settings were saved (in the settings screen or the first-run setup)."""

    def __init__(self, before: Settings, after: Settings) -> None:
        super().__init__()
        self.before = before
        """The settings as they were."""
        self.after = after
        """The settings as saved."""
