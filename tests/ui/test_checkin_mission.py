"""Step 3: the mission from memory, beside the stated one, or its absence."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.enums import WasteCategory
from focuscheck.screens.checkin.mission import MissionStep
from focuscheck.screens.settings import SettingsScreen
from focuscheck.storage.journal import Journal
from focuscheck.widgets.rating_picker import RatingPicker
from tests.ui.browse_support import screen_text
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

MISSION = "We make it easy for citizens to get help."
VALUES = ("Openness", "Respect")


def stating(journal: Journal, mission: str = "", values: tuple[str, ...] = ()) -> Journal:
    """``journal`` with the organisation's mission and values set as given."""
    journal.save_settings(replace(journal.settings(), mission=mission, values=values))
    return journal


def reflection(pilot: Pilot[Any]) -> str:
    return str(pilot.app.screen.query_one("#reflection", Static).render())


def ways_forward_shown(pilot: Pilot[Any]) -> bool:
    found = pilot.app.screen.query("#ways-forward")
    return bool(found) and found.first().display


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


class TestWhatIsMissing:
    @pytest.mark.parametrize(
        ("mission", "values", "named", "not_named"),
        [
            (MISSION, (), "No values are written down.", "No mission"),
            ("", VALUES, "No mission is written down.", "No values"),
        ],
    )
    async def test_the_one_not_written_down_is_named(
        self, data_dir: Path, clock, mission, values, named, not_named
    ):
        journal = stating(journal_for(data_dir, clock), mission, values)
        async with at_mission(journal, clock) as pilot:
            await press(pilot, "ctrl+n")
            shown = reflection(pilot)
            assert named in shown
            assert not_named not in shown
            assert (mission or "Values: Openness, Respect") in shown
            assert pilot.app.screen.focused is pilot.app.screen.query_one(RatingPicker)

    async def test_with_both_written_down_nothing_is_named_missing(self, data_dir: Path, clock):
        journal = stating(journal_for(data_dir, clock), MISSION, VALUES)
        async with at_mission(journal, clock) as pilot:
            await press(pilot, "ctrl+n")
            assert "written down." not in reflection(pilot)
            assert not ways_forward_shown(pilot)

    async def test_in_swedish_the_missing_mission_is_named(self, data_dir: Path, clock):
        journal = stating(journal_for(data_dir, clock), "", VALUES)
        app = checkin_app(journal, clock, language="sv")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await press(pilot, "enter", "enter")
            await press(pilot, "enter", "enter")
            await press(pilot, "ctrl+n")
            assert "Ingen mission finns nedskriven." in reflection(pilot)
            await press(pilot, "1")
            assert ways_forward_shown(pilot)


class TestUnclearWhenRated:
    @pytest.mark.parametrize(("rating", "offered"), [("1", True), ("2", True), ("3", False)])
    async def test_a_clarity_of_1_or_2_offers_the_ways_forward(
        self, data_dir: Path, clock, rating: str, offered: bool
    ):
        journal = stating(journal_for(data_dir, clock), MISSION, VALUES)
        async with at_mission(journal, clock) as pilot:
            await press(pilot, "ctrl+n")
            await press(pilot, rating)
            assert ways_forward_shown(pilot) is offered

    async def test_the_ways_forward_come_into_view_each_time_they_appear(
        self, data_dir: Path, clock
    ):
        journal = stating(journal_for(data_dir, clock), MISSION, VALUES)
        async with at_mission(journal, clock) as pilot:
            await press(pilot, "ctrl+n")
            for rating, shown in (("1", True), ("4", False), ("2", True)):
                await press(pilot, rating)
                assert ("Raise it with my manager" in screen_text(pilot.app)) is shown

    async def test_raising_an_unclear_mission_puts_it_on_the_waste_list(
        self, data_dir: Path, clock
    ):
        journal = stating(journal_for(data_dir, clock), MISSION, VALUES)
        async with at_mission(journal, clock) as pilot:
            await press(pilot, "ctrl+n")
            await press(pilot, "1")
            await pilot.click("#raise")
            await settle(pilot)
            form = pilot.app.screen.collect()
            assert form.mission_clarity == 1
            assert form.waste_category is WasteCategory.UNCLARITY
            assert form.waste_note == (
                "Ask my manager: what do our mission and values mean for my work?"
            )
            await press(pilot, "3")
            assert ways_forward_shown(pilot), "a way taken stays in view"

    async def test_raising_it_with_the_mission_missing_names_the_mission(
        self, data_dir: Path, clock
    ):
        journal = stating(journal_for(data_dir, clock), "", VALUES)
        async with at_mission(journal, clock) as pilot:
            await press(pilot, "ctrl+n")
            await press(pilot, "2")
            await pilot.click("#raise")
            await settle(pilot)
            form = pilot.app.screen.collect()
            assert form.waste_note == "Ask my manager: what is our mission? It is not written down."

    async def test_writing_the_missing_mission_down_saves_it_and_shows_it(
        self, data_dir: Path, clock
    ):
        journal = stating(journal_for(data_dir, clock), "", VALUES)
        async with at_mission(journal, clock) as pilot:
            await press(pilot, "ctrl+n")
            await press(pilot, "1")
            await pilot.click("#write-down")
            await settle(pilot)
            settings = pilot.app.screen
            assert isinstance(settings, SettingsScreen)
            settings.query_one("#setting-mission").query_one(TextArea).text = MISSION
            await press(pilot, "ctrl+s")
            await press(pilot, "escape")
            assert isinstance(pilot.app.screen, MissionStep)
            assert journal.settings().mission == MISSION
            assert MISSION in reflection(pilot)
            assert "No mission" not in reflection(pilot)
            assert pilot.app.screen.collect().mission_clarity == 1
