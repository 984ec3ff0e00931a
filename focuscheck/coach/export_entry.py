"""One check-in as the coach receives it: a period, ratings and scrubbed text."""

from __future__ import annotations

from dataclasses import dataclass

from focuscheck.domain.enums import VoiceSource, WasteCategory, WasteStatus


@dataclass(frozen=True, slots=True)
class ExportEntry:
    """One check-in as the coach receives it: a period, ratings and scrubbed text.

    Its values are the exported fields of the check-in's table that are not text
    (a test holds the two in agreement).
    """

    period: str
    salary_aligned: bool
    cornerstone_aligned: bool
    mission_clarity: int | None
    voice_source: VoiceSource
    voice_shared: bool
    waste_category: WasteCategory | None
    waste_status: WasteStatus | None
    """None in an entry that noted no waste, and in every entry of a version 1 export."""
    focus: int | None
    texts: tuple[tuple[str, str], ...]
    """(field, text) for each non-empty free-text field."""
    tags: tuple[str, ...]
