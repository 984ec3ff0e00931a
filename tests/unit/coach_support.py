"""Check-ins, journals and team exports made up for the coach tests."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from focuscheck.coach.export_format import ExportOptions, build_anonymized, document_json
from focuscheck.coach.pseudonym import new_pseudonym
from focuscheck.domain.dates import Granularity
from focuscheck.domain.entry import Entry, new_id
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.settings import Settings

ZONE = timezone(timedelta(hours=1))
#: Thursday of ISO week 48 of 2026 (the frozen "today" of the tests).
TODAY = date(2026, 11, 26)


def entry(
    day: date = TODAY, value: str = "Helped a customer with an invoice", **fields: Any
) -> Entry:
    """One check-in about ``day``."""
    stamp = datetime(day.year, day.month, day.day, 16, 30, tzinfo=ZONE)
    values: dict[str, Any] = {
        "salary": "The customer",
        "cornerstone": "Customer focus",
        "salary_aligned": True,
        "cornerstone_aligned": True,
        "mission_clarity": 4,
        "voice_source": VoiceSource.CUSTOMER,
        "focus": 4,
        **fields,
    }
    return Entry(id=new_id(), date=day, created_at=stamp, updated_at=stamp, value=value, **values)


def week_of_entries(weeks_back: int = 0, per_week: int = 3, **fields: Any) -> list[Entry]:
    """``per_week`` check-ins on the Monday, Tuesday … of a week ``weeks_back`` before today's."""
    monday = TODAY - timedelta(days=TODAY.weekday() + 7 * weeks_back)
    return [entry(monday + timedelta(days=offset), **fields) for offset in range(per_week)]


def export_document(
    entries: list[Entry],
    settings: Settings | None = None,
    options: ExportOptions | None = None,
    participant: str | None = None,
) -> dict[str, Any]:
    """The anonymized document for ``entries``."""
    built = build_anonymized(
        entries, settings or Settings(), participant or new_pseudonym(), options or ExportOptions()
    )
    return built.document


def write_team(
    folder: Path,
    people: int,
    *,
    weeks: int = 2,
    granularity: Granularity = Granularity.WEEK,
    waste_for: int | None = None,
    text: bool = True,
) -> list[Path]:
    """Exports of ``people`` participants, each with check-ins in the last ``weeks`` weeks.

    ``waste_for`` participants (all by default) note waste in the unclarity category.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for person in range(people):
        notes_waste = waste_for is None or person < waste_for
        entries = [
            item
            for back in range(weeks)
            for item in week_of_entries(
                back,
                value=f"Participant {person} made the form shorter in week {back}",
                waste_category=WasteCategory.UNCLARITY if notes_waste else None,
                waste_note="Nobody knew who decides" if notes_waste else "",
                focus=3 + person % 3,
            )
        ]
        options = ExportOptions(granularity=granularity, include_text=text)
        document = export_document(entries, Settings(team="Nord"), options)
        path = folder / f"export-{person:02d}.json"
        path.write_text(document_json(document), encoding="utf-8")
        paths.append(path)
    return paths


def rewrite(path: Path, change: Any) -> None:
    """Load the JSON in ``path``, let ``change`` edit it in place, write it back."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
