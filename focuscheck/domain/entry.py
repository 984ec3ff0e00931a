"""One daily check-in, as a typed, immutable value.

Its fields are those of :data:`~focuscheck.domain.checkin_fields.CHECKIN`; a test
holds the two in agreement (names, and the value of a field left out).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Final

from focuscheck.domain.checkin_fields import CHECKIN
from focuscheck.domain.entry_values import new_id
from focuscheck.domain.enums import VoiceSource, WasteCategory, WasteStatus

#: Every field of the public entry format, in the documented order.
FIELDS: Final = CHECKIN.names

#: Free-text fields; what anonymisation scrubs and search looks in.
TEXT_FIELDS: Final = CHECKIN.text_names

__all__ = ["FIELDS", "TEXT_FIELDS", "Entry", "made_up_on", "new_id"]


def made_up_on(created_at: datetime, day: date) -> date | None:
    """The day a check-in about ``day`` was made up on, when it was saved later; else None."""
    made = created_at.date()
    return made if made > day else None


@dataclass(frozen=True, slots=True)
class Entry:
    """A check-in about one local date."""

    id: str
    """Random UUID, stable across edits, imports and exports."""
    date: date
    """The local date the check-in is about."""
    created_at: datetime
    """When it was first saved (aware)."""
    updated_at: datetime
    """When it was last changed (aware)."""
    value: str
    """How today's work creates value for the customer; never empty."""
    salary: str = ""
    cornerstone: str = ""
    mission: str = ""
    salary_aligned: bool = False
    """Whether the answer to "Who pays my salary?" names the customer."""
    cornerstone_aligned: bool = False
    """Whether the answer about quality management's cornerstone names the customer."""
    mission_clarity: int | None = None
    """1–5; None when not rated; 1 when the mission was unclear or missing."""
    voice_source: VoiceSource = VoiceSource.NONE
    voice_quote: str = ""
    voice_shared: bool = False
    """Whether the quote was shared with the team (marked in the voice log)."""
    waste_category: WasteCategory | None = None
    waste_note: str = ""
    waste_status: WasteStatus | None = None
    """Where the waste stands; None when the entry noted none (see :mod:`.waste_status`)."""
    waste_raised_on: dt.date | None = None
    """The day the waste was marked raised."""
    waste_raised_where: str = ""
    """Where and with whom it was raised."""
    waste_closed_on: dt.date | None = None
    """The day it was marked resolved or dropped."""
    waste_outcome: str = ""
    """What changed, or why it was dropped."""
    focus: int | None = None
    """How customer-focused the day was, 1–5."""
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def made_up(self) -> bool:
        """Whether it was saved for an earlier day (a missed day made up later)."""
        return made_up_on(self.created_at, self.date) is not None

    def with_changes(self, **changes: object) -> Entry:
        """A copy with ``changes`` applied (validate it again before saving)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def text(self) -> str:
        """All free text of the entry, for search."""
        return "\n".join([*(getattr(self, name) for name in TEXT_FIELDS), *self.tags])
