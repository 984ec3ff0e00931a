"""Making up a missed day from home: "Check in for yesterday" when yesterday was owed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Static

from focuscheck.app import make_app
from focuscheck.domain.settings import Settings
from tests.conftest import FROZEN_NOW
from tests.ui.checkin_support import (
    SIZE,
    checkin_app,
    entry_on,
    journal_for,
    press,
    screen_name,
    settle,
    through_questions,
    type_text,
)

TODAY = FROZEN_NOW.date()
YESTERDAY = TODAY - timedelta(days=1)


def missed_line(app) -> Static:
    return app.screen.query_one("#missed", Static)


async def test_yesterday_s_missed_workday_is_made_up_from_home_and_counts(
    data_dir: Path, clock
) -> None:
    journal = journal_for(data_dir, clock)
    two_days_ago = TODAY - timedelta(days=2)
    journal.save_checkin(entry_on(two_days_ago, FROZEN_NOW - timedelta(days=2)))
    app = checkin_app(journal, clock, start="home")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Yesterday (2026-11-25) has no check-in" in str(missed_line(app).render())
        assert missed_line(app).display
        await press(pilot, "y")
        assert screen_name(pilot) == "SalaryStep"
        assert app.screen.sub_title == "Check-in for 2026-11-25"
        await through_questions(pilot)
        await type_text(pilot, "Called back a worried customer")
        for _step in range(5):
            await press(pilot, "ctrl+n")
        assert screen_name(pilot) == "SummaryScreen"
        detail = str(app.screen.query_one("#saved-detail", Static).render())
        assert detail == "Your check-in for 2026-11-25 is in your journal, made up on 2026-11-26."
        assert "2 workdays" in str(app.screen.query_one("#streak", Static).render())
    [made_up] = [entry for entry in journal.entries() if entry.date == YESTERDAY]
    assert made_up.made_up
    assert journal.entries_on(TODAY) == []


async def test_nothing_is_offered_when_yesterday_has_a_check_in(data_dir: Path, clock) -> None:
    journal = journal_for(data_dir, clock)
    journal.save_checkin(entry_on(YESTERDAY, FROZEN_NOW - timedelta(days=1)))
    app = checkin_app(journal, clock, start="home")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not missed_line(app).display
        await press(pilot, "y")
        assert screen_name(pilot) == "HomeScreen"


async def test_nothing_is_offered_when_yesterday_was_a_day_off(data_dir: Path, clock) -> None:
    journal = journal_for(data_dir, clock)
    journal.save_settings(Settings(workdays=(1, 2, 4, 5)))  # Wednesdays off
    app = checkin_app(journal, clock, start="home")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not missed_line(app).display


async def test_the_app_opened_on_a_day_checks_in_for_that_day(data_dir: Path, clock) -> None:
    journal = journal_for(data_dir, clock)
    app = make_app(journal=journal, clock=clock, language="en", start="checkin", day=YESTERDAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert screen_name(pilot) == "SalaryStep"
        assert app.screen.sub_title == "Check-in for 2026-11-25"


async def test_a_made_up_day_with_a_check_in_is_opened_to_change_it(data_dir: Path, clock) -> None:
    journal = journal_for(data_dir, clock)
    journal.save_checkin(entry_on(YESTERDAY, FROZEN_NOW, salary="Taxpayers"))
    app = make_app(journal=journal, clock=clock, language="en", start="checkin", day=YESTERDAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.sub_title == "Changing the check-in of 2026-11-25"
        assert "Taxpayers" in app.screen.form.salary
