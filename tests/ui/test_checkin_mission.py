"""Step 3: the mission from memory, beside the stated one, or its absence."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from focuscheck.domain.enums import WasteCategory
from focuscheck.screens.checkin.mission import MissionStep
from focuscheck.widgets.rating_picker import RatingPicker
from tests.ui.checkin_support import (
    SIZE,
    checkin_app,
    journal_for,
    screen_name,
    settle,
    type_text,
    with_mission,
)


async def to_mission(pilot) -> None:
    await pilot.press("enter", "enter")
    await settle(pilot)
    await pilot.press("enter", "enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, MissionStep)


class TestUnconfiguredMission:
    async def test_it_says_so_and_records_unclear(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await to_mission(pilot)
            await type_text(pilot, "no idea")
            await pilot.press("ctrl+n")
            await settle(pilot)
            reflection = str(app.screen.query_one("#reflection", Static).render())
            assert "Nothing is written down" in reflection
            assert app.screen.collect().mission_clarity == 1

    async def test_raising_it_puts_it_on_the_waste_list(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await to_mission(pilot)
            await pilot.press("ctrl+n")
            await settle(pilot)
            await pilot.click("#raise")
            await settle(pilot)
            form = app.screen.collect()
            assert form.waste_category is WasteCategory.UNCLARITY
            assert "manager" in form.waste_note
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert screen_name(pilot) == "ValueStep"

    async def test_writing_it_down_opens_the_settings(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await to_mission(pilot)
            await pilot.press("ctrl+n")
            await settle(pilot)
            await pilot.click("#write-down")
            await settle(pilot)
            # The settings screen, once it exists; a clear note until then.
            assert screen_name(pilot) == "SettingsScreen" or app._notifications


class TestStatedMission:
    async def test_the_stated_mission_is_shown_and_rated(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        with_mission(journal)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await to_mission(pilot)
            await type_text(pilot, "help citizens")
            await pilot.press("ctrl+n")
            await settle(pilot)
            stated = str(app.screen.query_one("#reflection", Static).render())
            assert "easy for citizens to get help" in stated
            assert "Openness, Respect" in stated
            assert app.screen.focused is app.screen.query_one(RatingPicker)
            await pilot.press("4")
            assert app.screen.collect().mission_clarity == 4
            await pilot.press("left")
            assert app.screen.collect().mission_clarity == 3
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert screen_name(pilot) == "ValueStep"
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.query_one(RatingPicker).value == 3
