"""What the coach's figures need of some check-ins, added up as they are read.

A tally holds counts, never the check-ins: how many there were, how many named
the customer, each distribution by category, and the free texts as groups with
a count (see :mod:`focuscheck.coach.text_groups`).  Tallies add up, so one per
participant and period is enough for every figure the review shows, and an
organisation's exports need not be held in memory to be reviewed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from focuscheck.coach.export_entry import ExportEntry
from focuscheck.coach.text_groups import REFLECTION_FIELDS, TextKey, keep_shown, text_key
from focuscheck.domain.enums import VoiceSource, WasteCategory, WasteStatus


@dataclass(slots=True)
class Tally:
    """Counts over some check-ins; an empty tally counts none."""

    checkins: int = 0
    focus_sum: int = 0
    focus_rated: int = 0
    """Check-ins with a focus rating (``focus_sum`` is over these)."""
    salary: int = 0
    """Check-ins that named the customer as who pays the salary."""
    cornerstone: int = 0
    voice_shared: int = 0
    clarity: Counter[int] = field(default_factory=Counter)
    """Mission clarity 1–5 of the rated check-ins (unrated: ``checkins`` minus the sum)."""
    voice: Counter[VoiceSource] = field(default_factory=Counter)
    waste: Counter[WasteCategory] = field(default_factory=Counter)
    waste_status: Counter[tuple[WasteCategory | None, WasteStatus]] = field(default_factory=Counter)
    """Waste noted, by category (None: none chosen) and follow-up status, where the
    export has statuses (version 2 on)."""
    texts: Counter[TextKey] = field(default_factory=Counter)
    shown_as: dict[TextKey, str] = field(default_factory=dict)
    """How each group of texts is shown: the way of writing it first in ``shown_order``."""

    def add(self, entry: ExportEntry) -> None:
        """Count one check-in."""
        self.checkins += 1
        self.salary += entry.salary_aligned
        self.cornerstone += entry.cornerstone_aligned
        self.voice_shared += entry.voice_shared
        if entry.focus is not None:
            self.focus_sum += entry.focus
            self.focus_rated += 1
        if entry.mission_clarity:
            self.clarity[entry.mission_clarity] += 1
        self.voice[entry.voice_source] += 1
        waste = entry.waste_category
        if waste is not None:
            self.waste[waste] += 1
        if entry.waste_status is not None:
            self.waste_status[waste, entry.waste_status] += 1
        category = waste.value if waste is not None else ""
        for name, text in entry.texts:
            if name in REFLECTION_FIELDS and text:
                key = text_key(name, text, category)
                self.texts[key] += 1
                keep_shown(self.shown_as, key, text)

    def merge(self, other: Tally) -> None:
        """Add ``other``'s counts to these."""
        self.checkins += other.checkins
        self.focus_sum += other.focus_sum
        self.focus_rated += other.focus_rated
        self.salary += other.salary
        self.cornerstone += other.cornerstone
        self.voice_shared += other.voice_shared
        self.clarity.update(other.clarity)
        self.voice.update(other.voice)
        self.waste.update(other.waste)
        self.waste_status.update(other.waste_status)
        self.texts.update(other.texts)
        for key, text in other.shown_as.items():
            keep_shown(self.shown_as, key, text)

    @property
    def noted_waste(self) -> bool:
        return bool(self.waste)

    @property
    def wrote(self) -> bool:
        """Whether any of the check-ins has a reflection's text."""
        return bool(self.texts)


def total(tallies: Iterable[Tally]) -> Tally:
    """One tally of all of ``tallies`` (none of them is changed)."""
    found = Tally()
    for tally in tallies:
        found.merge(tally)
    return found
