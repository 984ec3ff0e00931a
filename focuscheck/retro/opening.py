"""``retro --from FOLDER``: what the team's check-ins said, before the first question.

The exports are loaded and aggregated exactly as the coach's review does it,
with the same minimum group size, so a retro never shows a figure the coach
would withhold.  ``--since`` keeps the check-ins of periods that end on or after
that day (a week or month is kept whole: exports carry no finer dates).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from focuscheck.coach import wording
from focuscheck.coach.aggregate import Counts, Figure, Rate, Review, review
from focuscheck.coach.loader import LoadedExport, load_exports
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.parentheses import tally
from focuscheck.i18n import _
from focuscheck.retro.prompts import PromptKind, standard_prompt


def period_bounds(period: str) -> tuple[date, date]:
    """First and last day of an exported period: ``2026-11-23``, ``2026-W48`` or ``2026-11``."""
    if "W" in period:
        year, week = period.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return first, first + timedelta(days=6)
    numbers = [int(part) for part in period.split("-")]
    if len(numbers) == 3:
        day = date(numbers[0], numbers[1], numbers[2])
        return day, day
    first_day = date(numbers[0], numbers[1], 1)
    last = calendar.monthrange(first_day.year, first_day.month)[1]
    return first_day, first_day.replace(day=last)


def within(exports: Sequence[LoadedExport], since: date | None, today: date) -> list[LoadedExport]:
    """The exports with only the check-ins of periods that touch ``since`` … ``today``."""
    kept: list[LoadedExport] = []
    for export in exports:
        tallies = {
            period: tally
            for period, tally in export.tallies.items()
            if (since is None or period_bounds(period)[1] >= since)
            and period_bounds(period)[0] <= today
        }
        kept.append(replace(export, tallies=tallies))
    return kept


def _rate_line(label: str, figure: Figure[Rate], found: Review) -> str:
    if figure.value is None:
        return f"{label}: {wording.withheld(figure, found)}"
    return f"{label}: {wording.rate_text(figure.value)}"


def _counts_line(
    label: str, figure: Figure[Counts], found: Review, name: Callable[[str], str]
) -> str:
    if figure.value is None:
        return f"{label}: {wording.withheld(figure, found)}"
    parts = [tally(name(key), count) for key, count in figure.value if count]
    return f"{label}: " + (" · ".join(parts) if parts else "–")


def summarize(found: Review, customer: CustomerTerm) -> tuple[str, ...]:
    """The review as a few plain sentences for the opening screen and the summary."""
    if not found.enough:
        return (wording.too_few(found),)
    word = customer
    lines = [
        _("Period: {coverage}").format(coverage=wording.coverage(found)),
        _("{checkins} check-ins from {people} participants").format(
            checkins=found.checkins.value, people=found.participants
        ),
        _rate_line(
            word.fill(
                _("Answers naming the {customer} to “{question}”"),
                question=standard_prompt(PromptKind.SALARY).question(word),
            ),
            found.salary,
            found,
        ),
        _rate_line(
            word.fill(
                _("Answers naming the {customer} to “{question}”"),
                question=standard_prompt(PromptKind.CORNERSTONE).question(word),
            ),
            found.cornerstone,
            found,
        ),
        _counts_line(_("Mission clarity"), found.mission_clarity, found, wording.clarity_label),
        _counts_line(
            _("Voice heard"), found.voice, found, lambda key: wording.voice_label(key, word)
        ),
        _counts_line(_("Waste noticed"), found.waste, found, wording.waste_label),
    ]
    return tuple(lines)


def load_opening(
    folder: Path, since: date | None, today: date, min_group: int, customer: CustomerTerm
) -> tuple[str, ...]:
    """The opening digest of the exports in ``folder``; FocuscheckError when none loads."""
    result = load_exports([folder])
    if not result.exports:
        reasons = "; ".join(f"{note.path.name}: {note.message}" for note in result.rejected[:3])
        raise FocuscheckError(
            _("no anonymized export could be loaded from {folder}{reasons}").format(
                folder=folder, reasons=f" ({reasons})" if reasons else ""
            )
        )
    found = review(within(result.exports, since, today), min_group, customer)
    return (wording.load_summary(result), *summarize(found, customer))
