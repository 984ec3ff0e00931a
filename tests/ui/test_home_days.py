"""The home screen on days off and away days: no nagging, and leave shown in the week."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual.widgets import Static

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.settings import Settings, parse_away
from focuscheck.widgets.week_strip import WeekStrip
from tests.ui.checkin_support import SIZE, checkin_app, entry_on, journal_for, settle

STOCKHOLM = timezone(timedelta(hours=1))
#: Tuesday 1 December 2026, inside the leave below.
IN_LEAVE = datetime(2026, 12, 1, 10, 0, tzinfo=STOCKHOLM)
SUNDAY = datetime(2026, 11, 29, 10, 0, tzinfo=STOCKHOLM)


def text_of(app: object, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("now", "language", "status"),
    [
        (IN_LEAVE, "en", "You are away until 2026-12-04; no check-in is owed."),
        (IN_LEAVE, "sv", "Du är ledig till och med 2026-12-04, så ingen avstämning behövs."),
        (SUNDAY, "en", "Today is a day off; no check-in is owed."),
        (SUNDAY, "sv", "I dag är ingen arbetsdag, så ingen avstämning behövs."),
    ],
)
async def test_home_says_no_check_in_is_owed_on_a_day_off_or_away(
    data_dir: Path, now: datetime, language: str, status: str
):
    clock = FixedClock(now)
    journal = journal_for(data_dir, clock)
    journal.save_settings(Settings(away=parse_away(["2026-11-30..2026-12-04"])))
    app = checkin_app(journal, clock, language=language, start="home")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert text_of(app, "#status") == status
        assert "C" in text_of(app, "#prompt") and "two or three minutes" not in text_of(
            app, "#prompt"
        )


async def test_the_week_marks_away_days_apart_from_missed_workdays(data_dir: Path):
    clock = FixedClock(IN_LEAVE)
    journal = journal_for(data_dir, clock)
    journal.save_entry(entry_on(date(2026, 11, 25), IN_LEAVE))
    journal.save_settings(Settings(away=parse_away(["2026-11-30..2026-12-04"])))
    app = checkin_app(journal, clock, start="home")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        names, marks = str(app.screen.query_one(WeekStrip).render()).splitlines()
        assert names.split() == ["Wed", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue"]
        assert marks.split() == ["●", "·", "·", "·", "·", "–", "–"]
