"""What the coach's figures need of some check-ins, added up as they are read.

A tally holds counts, never the check-ins: how many there were, how many named
the customer, each distribution by category, and the free texts as groups with
a count (see :mod:`focuscheck.coach.text_groups`).  Tallies add up, so one per
participant and period is enough for every figure the review shows, and an
organisation's exports need not be held in memory to be reviewed.

An organisation has hundreds of thousands of tallies (one per export and
period), so a tally is stored as two small dictionaries, never as a counter per
figure: ``rows`` counts the check-ins by their :data:`Row` (every rated or chosen
value of a check-in, together), and ``written`` counts the texts by
:class:`Written` (the group and how it was written).  The figures —
``checkins``, ``clarity``, ``voice``, ``texts``, ``shown_as`` … — are worked out
from those two when asked for.  The loader hands every tally the same row and
text objects for the same values, so most of a tally's memory is the two
dictionaries' slots.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import chain
from typing import Any, NamedTuple

from focuscheck.coach.export_entry import ExportEntry
from focuscheck.coach.text_groups import REFLECTION_FIELDS, TextKey, keep_shown, text_key
from focuscheck.domain.enums import VoiceSource, WasteCategory, WasteStatus


class Row(NamedTuple):
    """Every value of one check-in the figures count, other than its texts."""

    salary_aligned: bool
    cornerstone_aligned: bool
    voice_shared: bool
    focus: int | None
    mission_clarity: int | None
    voice_source: VoiceSource
    waste_category: WasteCategory | None
    waste_status: WasteStatus | None


class Written(NamedTuple):
    """A text in its group, as one participant wrote it."""

    key: TextKey
    text: str


def row_of(entry: ExportEntry) -> Row:
    """The values of ``entry`` a tally counts."""
    return Row(
        entry.salary_aligned,
        entry.cornerstone_aligned,
        entry.voice_shared,
        entry.focus,
        entry.mission_clarity,
        entry.voice_source,
        entry.waste_category,
        entry.waste_status,
    )


def written_of(entry: ExportEntry) -> list[Written]:
    """The reflections of ``entry``, each in its group."""
    category = entry.waste_category.value if entry.waste_category is not None else ""
    return [
        Written(text_key(name, text, category), text)
        for name, text in entry.texts
        if name in REFLECTION_FIELDS and text
    ]


class Tally:
    """Counts over some check-ins; an empty tally counts none."""

    __slots__ = ("_packed", "_rows", "_shown", "_split", "_written")

    def __init__(self) -> None:
        self._rows: dict[Row, int] | None = {}
        self._written: dict[Written, int] | None = {}
        self._packed: tuple[Any, ...] = ()
        """Once packed: rows and counts, then texts and counts, one after the other."""
        self._split = 0
        """Where the texts start in ``_packed``."""
        self._shown: dict[TextKey, str] | None = None
        """``shown_as`` once worked out, until the next count: it is read once per group."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tally):
            return NotImplemented
        return dict(self.rows) == dict(other.rows) and dict(self.written) == dict(other.written)

    def __repr__(self) -> str:
        return f"Tally(rows={dict(self.rows)!r}, written={dict(self.written)!r})"

    @property
    def rows(self) -> Mapping[Row, int]:
        """Check-ins by their values."""
        return self._rows if self._rows is not None else dict(self._row_counts())

    @property
    def written(self) -> Mapping[Written, int]:
        """Reflections by group and wording, in the order first written."""
        return self._written if self._written is not None else dict(self._written_counts())

    @classmethod
    def of(cls, rows: dict[Row, int], written: dict[Written, int]) -> Tally:
        """A tally of these counts, packed (the dictionaries are not kept)."""
        tally = cls()
        tally._rows, tally._written = rows, written
        return tally.pack()

    def without_texts(self) -> Tally:
        """A tally of these check-ins without their texts: for figures that never show one."""
        return Tally.of(dict(self._row_counts()), {})

    def _row_counts(self) -> Iterable[tuple[Row, int]]:
        if self._rows is not None:
            return self._rows.items()
        packed, split = self._packed, self._split
        return zip(packed[0:split:2], packed[1:split:2], strict=True)

    def _written_counts(self) -> Iterable[tuple[Written, int]]:
        if self._written is not None:
            return self._written.items()
        packed, split = self._packed, self._split
        return zip(packed[split::2], packed[split + 1 :: 2], strict=True)

    def pack(self) -> Tally:
        """Keep these counts in the least memory until the next count (returns the tally)."""
        if self._rows is not None and self._written is not None:
            self._packed = (*chain.from_iterable(self._rows.items()),)
            self._split = len(self._packed)
            self._packed += (*chain.from_iterable(self._written.items()),)
            self._rows = self._written = None
        return self

    def _counted(self) -> tuple[dict[Row, int], dict[Written, int]]:
        """The counts, ready to change."""
        self._shown = None
        if self._rows is None or self._written is None:
            self._rows, self._written = dict(self.rows), dict(self.written)
            self._packed = ()
        return self._rows, self._written

    def add(self, entry: ExportEntry) -> None:
        """Count one check-in."""
        self.count(row_of(entry), written_of(entry))

    def count(self, row: Row, written: Iterable[Written] = (), times: int = 1) -> None:
        """Count ``times`` check-ins with the values ``row`` and the reflections ``written``."""
        rows, texts = self._counted()
        rows[row] = rows.get(row, 0) + times
        for item in written:
            texts[item] = texts.get(item, 0) + times

    def merge(self, other: Tally, *, texts: bool = True) -> None:
        """Add ``other``'s counts to these (without its texts when ``texts`` is false)."""
        rows, written = self._counted()
        for row, count in other._row_counts():
            rows[row] = rows.get(row, 0) + count
        if texts:
            for item, count in other._written_counts():
                written[item] = written.get(item, 0) + count

    @property
    def checkins(self) -> int:
        if self._rows is None:
            return sum(self._packed[1 : self._split : 2])
        return sum(self._rows.values())

    @property
    def focus_sum(self) -> int:
        return sum(row.focus * count for row, count in self._row_counts() if row.focus is not None)

    @property
    def focus_rated(self) -> int:
        """Check-ins with a focus rating (``focus_sum`` is over these)."""
        return sum(count for row, count in self._row_counts() if row.focus is not None)

    @property
    def salary(self) -> int:
        """Check-ins that named the customer as who pays the salary."""
        return sum(count for row, count in self._row_counts() if row.salary_aligned)

    @property
    def cornerstone(self) -> int:
        return sum(count for row, count in self._row_counts() if row.cornerstone_aligned)

    @property
    def voice_shared(self) -> int:
        return sum(count for row, count in self._row_counts() if row.voice_shared)

    @property
    def clarity(self) -> Counter[int]:
        """Mission clarity 1–5 of the rated check-ins (unrated: ``checkins`` minus the sum)."""
        found: Counter[int] = Counter()
        for row, count in self._row_counts():
            if row.mission_clarity:
                found[row.mission_clarity] += count
        return found

    @property
    def voice(self) -> Counter[VoiceSource]:
        found: Counter[VoiceSource] = Counter()
        for row, count in self._row_counts():
            found[row.voice_source] += count
        return found

    @property
    def waste(self) -> Counter[WasteCategory]:
        found: Counter[WasteCategory] = Counter()
        for row, count in self._row_counts():
            if row.waste_category is not None:
                found[row.waste_category] += count
        return found

    @property
    def waste_status(self) -> Counter[tuple[WasteCategory | None, WasteStatus]]:
        """Waste noted, by category (None: none chosen) and follow-up status, where the
        export has statuses (version 2 on)."""
        found: Counter[tuple[WasteCategory | None, WasteStatus]] = Counter()
        for row, count in self._row_counts():
            if row.waste_status is not None:
                found[row.waste_category, row.waste_status] += count
        return found

    @property
    def texts(self) -> Counter[TextKey]:
        """The reflections by group."""
        found: Counter[TextKey] = Counter()
        for item, count in self._written_counts():
            found[item.key] += count
        return found

    @property
    def shown_as(self) -> dict[TextKey, str]:
        """How each group of texts is shown: the way of writing it first in ``shown_order``."""
        if self._shown is None:
            self._shown = {}
            for item, _count in self._written_counts():
                keep_shown(self._shown, item.key, item.text)
        return self._shown

    @property
    def noted_waste(self) -> bool:
        return any(row.waste_category is not None for row, _count in self._row_counts())

    @property
    def wrote(self) -> bool:
        """Whether any of the check-ins has a reflection's text."""
        return self._split < len(self._packed) if self._written is None else bool(self._written)


def total(tallies: Iterable[Tally]) -> Tally:
    """One tally of all of ``tallies`` (none of them is changed)."""
    found = Tally()
    for tally in tallies:
        found.merge(tally)
    return found
