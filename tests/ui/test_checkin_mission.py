"""Step 3: the mission from memory, beside the stated one, or its absence."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Static

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.enums import WasteCategory
from focuscheck.screens.checkin.mission import MissionStep
from focuscheck.storage.journal import Journal
from focuscheck.widgets.rating_picker import RatingPicker
from tests.ui.checkin_support import (
    SIZE,
    checkin_app,
    journal_for,
    press,
    screen_name,
    settle,
    type_text,
    with_mission,
)


@asynccontextmanager
async def at_mission(journal: Journal, clock: FixedClock) -> AsyncIterator[Pilot[Any]]:
    """The check-in running on ``journal``, moved on to step 3."""
    app = checkin_app(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")
        await settle(pilot)
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MissionStep)
        yield pilot


class TestUnconfiguredMission:
    async def test_it_says_so_and_records_unclear(self, data_dir: Path, clock):
        async with at_mission(journal_for(data_dir, clock), clock) as pilot:
            await type_text(pilot, "no idea")
            await press(pilot, "ctrl+n")
            reflection = str(pilot.app.screen.query_one("#reflection", Static).render())
            assert "Nothing is written down" in reflection
            assert pilot.app.screen.collect().mission_clarity == 1

    async def test_raising_it_puts_it_on_the_waste_list(self, data_dir: Path, clock):
        async with at_mission(journal_for(data_dir, clock), clock) as pilot:
            await press(pilot, "ctrl+n")
            await pilot.click("#raise")
            await settle(pilot)
            form = pilot.app.screen.collect()
            assert form.waste_category is WasteCategory.UNCLARITY
            assert "manager" in form.waste_note
            await press(pilot, "ctrl+n")
            assert screen_name(pilot) == "ValueStep"

    async def test_writing_it_down_opens_the_settings(self, data_dir: Path, clock):
        async with at_mission(journal_for(data_dir, clock), clock) as pilot:
            await press(pilot, "ctrl+n")
            await pilot.click("#write-down")
            await settle(pilot)
            # The settings screen, once it exists; a clear note until then.
            assert screen_name(pilot) == "SettingsScreen" or pilot.app._notifications


class TestStatedMission:
    async def test_the_stated_mission_is_shown_and_rated(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        with_mission(journal)
        async with at_mission(journal, clock) as pilot:
            screen = pilot.app.screen
            await type_text(pilot, "help citizens")
            await press(pilot, "ctrl+n")
            stated = str(screen.query_one("#reflection", Static).render())
            assert "easy for citizens to get help" in stated
            assert "Openness, Respect" in stated
            assert screen.focused is screen.query_one(RatingPicker)
            await pilot.press("4")
            assert screen.collect().mission_clarity == 4
            await pilot.press("left")
            assert screen.collect().mission_clarity == 3
            await press(pilot, "ctrl+n")
            assert screen_name(pilot) == "ValueStep"
            await press(pilot, "escape")
            assert pilot.app.screen.query_one(RatingPicker).value == 3
