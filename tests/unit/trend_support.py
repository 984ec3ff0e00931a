"""Exports made up check-in by check-in, for the trend's comparisons and the teams."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from focuscheck.coach.loader import ExportEntry, LoadedExport
from focuscheck.domain.dates import Granularity
from focuscheck.domain.enums import VoiceSource


def checkin(week: int, **values: Any) -> ExportEntry:
    """One check-in of ISO week ``week`` of 2026; anything not given is plain."""
    fields: dict[str, Any] = {
        "period": f"2026-W{week:02d}",
        "salary_aligned": True,
        "cornerstone_aligned": True,
        "mission_clarity": 4,
        "voice_source": VoiceSource.NONE,
        "voice_shared": False,
        "waste_category": None,
        "waste_status": None,
        "focus": 3,
        "texts": (),
        "tags": (),
        **values,
    }
    return ExportEntry(**fields)


def person(
    name: str, entries: Iterable[ExportEntry], team: str | None = None, term: str = "customer"
) -> LoadedExport:
    """One participant's weekly export."""
    return LoadedExport.of_entries(
        source=Path(f"{name}.json"),
        digest=f"sha256:{name}",
        participant=f"p-{name}",
        granularity=Granularity.WEEK,
        customer_term=term,
        team=team,
        entries=entries,
    )


def team(
    label: str | None, people: int, weeks: Iterable[int] = (47, 48), **values: Any
) -> list[LoadedExport]:
    """``people`` participants of team ``label``, one check-in each in each of ``weeks``."""
    weeks = tuple(weeks)
    return [
        person(f"{label}-{index}", [checkin(week, **values) for week in weeks], label)
        for index in range(people)
    ]
