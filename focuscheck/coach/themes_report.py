"""Which themes a report shows: the starred groups, or with none a short sample per kind.

A printed report has to stay short, so without stars each kind shows only its
most frequent groups.  The mission as understood is a section of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from focuscheck.coach.theme_wording import REPORT_PER_KIND
from focuscheck.coach.themes import KINDS, MISSION, Group, Kind, Themes


@dataclass(frozen=True, slots=True)
class ReportThemes:
    """The groups a report lists, by kind."""

    starred: bool
    """Whether these are the coach's stars (else the most frequent of each kind)."""
    kinds: tuple[tuple[Kind, tuple[Group, ...]], ...]
    """Each kind but the mission with groups to list, in kind order."""
    mission: tuple[Group, ...]


def report_themes(themes: Themes) -> ReportThemes:
    """The groups of ``themes`` a report lists."""
    starred = bool(themes.starred)

    def listed(kind: Kind) -> tuple[Group, ...]:
        groups = themes.of_kind(kind)
        if starred:
            return tuple(group for group in groups if themes.is_starred(group))
        return groups[:REPORT_PER_KIND]

    kinds = tuple((kind, listed(kind)) for kind in KINDS if kind != MISSION)
    return ReportThemes(
        starred, tuple((kind, groups) for kind, groups in kinds if groups), listed(MISSION)
    )
