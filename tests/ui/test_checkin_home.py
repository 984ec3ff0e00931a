"""The home screen, the first run, help, and the wiring to the other screens."""

from __future__ import annotations

import importlib.util
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Button, Static

from focuscheck.app import OTHER_SCREENS
from focuscheck.domain.settings import Settings
from focuscheck.screens.first_run import FirstRunScreen
from focuscheck.screens.help import HelpScreen
from focuscheck.service.journal_service import FIRST_RUN_DONE
from tests.conftest import FROZEN_NOW
from tests.ui.checkin_support import SIZE, checkin_app, entry_on, journal_for, screen_name, settle


class TestHome:
    async def test_status_and_streak(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        journal.save_entry(entry_on(FROZEN_NOW.date(), FROZEN_NOW))
        app = checkin_app(journal, clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "done" in str(app.screen.query_one("#status", Static).render())
            assert "1 workday" in str(app.screen.query_one("#streak", Static).render())
            await pilot.press("c")
            await settle(pilot)
            assert screen_name(pilot) == "SalaryStep"
            assert "Changing" in app.screen.sub_title

    async def test_home_shows_at_once_and_fills_its_status_when_the_read_returns(
        self, data_dir: Path, clock, monkeypatch: pytest.MonkeyPatch
    ):
        journal = journal_for(data_dir, clock)
        journal.save_entry(entry_on(FROZEN_NOW.date() - timedelta(days=1), FROZEN_NOW))
        released = threading.Event()
        entries = journal.entries

        def entries_once_released():
            released.wait(timeout=30)
            return entries()

        monkeypatch.setattr(journal, "entries", entries_once_released)
        app = checkin_app(journal, clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            try:
                await pilot.pause()
                assert screen_name(pilot) == "HomeScreen"
                shown = {
                    name: str(app.screen.query_one(f"#{name}", Static).render())
                    for name in ("today", "status", "prompt")
                }
                assert shown == {
                    "today": "Today is Thursday 2026-11-26.",
                    "status": "Reading your journal…",
                    "prompt": "",
                }
                assert app.screen.query_one("#week").display
            finally:
                released.set()
            await settle(pilot)
            assert str(app.screen.query_one("#status", Static).render()) == "No check-in yet today."
            assert "1 workday" in str(app.screen.query_one("#streak", Static).render())
            assert "Press C to check in" in str(app.screen.query_one("#prompt", Static).render())

    async def test_home_fills_from_the_state_file_while_the_journal_is_still_being_read(
        self, data_dir: Path, clock, monkeypatch: pytest.MonkeyPatch
    ):
        journal = journal_for(data_dir, clock)
        journal.save_settings(Settings(display_name="Kim"))
        journal.save_checkin(entry_on(FROZEN_NOW.date() - timedelta(days=1), FROZEN_NOW))
        released = threading.Event()
        entries = journal.entries

        def entries_once_released():
            released.wait(timeout=30)
            return entries()

        monkeypatch.setattr(journal, "entries", entries_once_released)
        app = checkin_app(journal, clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            try:
                await settle(pilot)
                shown = {
                    name: str(app.screen.query_one(f"#{name}", Static).render())
                    for name in ("greeting", "status", "streak")
                }
                assert shown == {
                    "greeting": "Hello, Kim!",
                    "status": "No check-in yet today.",
                    "streak": "Streak: 1 workday in a row.",
                }
            finally:
                released.set()

    async def test_help_opens_with_f1_and_closes_with_escape(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("f1")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            assert "streak" in str(app.screen.query_one("#help-body", Static).render())
            await pilot.press("escape")
            await settle(pilot)
            assert screen_name(pilot) == "HomeScreen"

    async def test_question_mark_types_into_an_answer(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("w", "h", "o", "?")
            assert app.screen.query_one("#answer").value == "who?"

    @pytest.mark.parametrize(
        ("name", "key"), [("history", "h"), ("insights", "i"), ("settings", "s"), ("export", "e")]
    )
    async def test_keys_open_the_other_screens(self, data_dir: Path, clock, name: str, key: str):
        module, class_name, _arguments = OTHER_SCREENS[name]
        app = checkin_app(journal_for(data_dir, clock), clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press(key)
            await settle(pilot)
            if importlib.util.find_spec(module) is None:
                assert screen_name(pilot) == "HomeScreen"
            else:
                assert screen_name(pilot) == class_name


class TestFirstRun:
    async def test_a_new_journal_gets_the_setup(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock, onboarded=False)
        app = checkin_app(journal, clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, FirstRunScreen)
            await pilot.press("enter")  # English, highlighted
            await settle(pilot)
            await pilot.press(*"citizen")
            await pilot.press("enter", "tab")
            await pilot.press(*"Openness, Respect")
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert screen_name(pilot) == "HomeScreen"
        settings = journal.settings()
        assert settings.customer_term == "citizen"
        assert settings.values == ("Openness", "Respect")
        assert journal.state(FIRST_RUN_DONE) is True

    async def test_choosing_swedish_switches_at_once(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock, onboarded=False)
        app = checkin_app(journal, clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("down", "enter")
            await settle(pilot)
            labels = [str(w.render()) for w in app.screen.query(".field-label").results(Static)]
            assert "Vad kallar du dem du är till för?" in labels
            await pilot.press("escape")
            await settle(pilot)
            assert "Ingen avstämning" in str(app.screen.query_one("#status", Static).render())
        assert journal.settings().language == "sv"

    @pytest.mark.parametrize("language", ["en", "sv"])
    async def test_the_setup_fits_100_by_30_with_its_save_button_in_sight(
        self, data_dir: Path, clock, language: str
    ):
        journal = journal_for(data_dir, clock, onboarded=False)
        app = checkin_app(journal, clock, language=language, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("enter")  # the language of the app, highlighted
            await settle(pilot)
            await pilot.press(*"xyz")  # Swedish: a word whose forms are guessed and shown
            await settle(pilot)
            form = app.screen.query_one("#first-run", VerticalScroll)
            assert form.max_scroll_y == 0, "the form must fit without scrolling"
            save = app.screen.query_one("#first-run-save", Button)
            assert app.screen.region.contains_region(save.region)
            await pilot.click("#first-run-save")
            await settle(pilot)
            assert screen_name(pilot) == "HomeScreen"
        assert journal.settings().customer_term == "xyz"

    async def test_skipping_is_remembered(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock, onboarded=False)
        app = checkin_app(journal, clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            assert screen_name(pilot) == "HomeScreen"
        assert journal.state(FIRST_RUN_DONE) is True


class TestWithoutATerminal:
    @pytest.mark.parametrize("args", [[], ["checkin"]])
    def test_a_clear_message_instead_of_the_screens(self, args: list[str]):
        import subprocess
        import sys

        result = subprocess.run(
            [sys.executable, "-m", "focuscheck", "--lang", "en", *args],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        assert result.returncode == 1
        assert "needs a terminal" in result.stderr
        assert "Traceback" not in result.stderr
