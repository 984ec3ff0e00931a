"""Ctrl+P: the command palette on every screen, with the app's commands in its language."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input, Select

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.settings import Settings
from focuscheck.domain.themes import DEFAULT_THEME
from focuscheck.i18n import N_, set_language
from focuscheck.screens.backlog import BacklogScreen
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.screens.home import HomeScreen
from focuscheck.screens.insights import InsightsScreen
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.settings import SettingsScreen
from focuscheck.storage.journal import Journal
from tests.ui.browse_support import browse_app, open_screen, screen_text, seed, settle

SIZE = (100, 30)


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    return seed(data_dir, clock, [])


async def choose(pilot: Pilot[None], typed: str) -> None:
    """Open the palette, type ``typed`` and take the best match."""
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*typed)
    await settle(pilot)
    await pilot.press("down", "enter")
    await settle(pilot)


@pytest.mark.parametrize("key", ["", "c", "h", "i", "s", "e"])
async def test_ctrl_p_opens_the_palette_on_every_screen(
    journal: Journal, data_dir: Path, clock: FixedClock, key: str
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        if key:
            await pilot.press(key)
            await settle(pilot)
        assert "^p Commands" in screen_text(app)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        shown = screen_text(app)
        assert "Search for commands…" in shown
        assert "Check in" in shown and "Theme" in shown


async def test_the_palette_opens_a_screen(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose(pilot, "insights")
        assert isinstance(app.screen, InsightsScreen)
        await choose(pilot, "backlog")
        assert isinstance(app.screen, BacklogScreen)
        await choose(pilot, "home")
        assert isinstance(app.screen, HomeScreen)
        await choose(pilot, "check in")
        assert isinstance(app.screen, StepScreen)


async def test_choosing_a_theme_in_the_palette_saves_it(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose(pilot, "theme")
        assert isinstance(app.screen, CommandPalette)
        assert "Search for themes…" in screen_text(app)
        await pilot.press(*"nord", "down", "enter")
        await settle(pilot)
        assert app.theme == "nord"
        assert journal.settings().theme == "nord"
        # A theme's name typed straight into the palette finds it too.
        await choose(pilot, "dracula")
        assert app.theme == "dracula"
        assert journal.settings().theme == "dracula"


async def test_the_palette_speaks_swedish(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock, language="sv")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "^p Kommandon" in screen_text(app)
        await pilot.press("ctrl+p")
        await settle(pilot)
        shown = screen_text(app)
        assert "Sök bland kommandon…" in shown
        for english in ("Theme", "Quit", "Keys", "Screenshot", "Search for"):
            assert english not in shown
        assert "Stäm av" in shown and "Tema" in shown
        await pilot.press(*"xyzzy")
        await settle(pilot)
        await pilot.pause(0.6)
        assert "Inga träffar" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        await choose(pilot, "inställningar")
        assert isinstance(app.screen, SettingsScreen)


async def test_a_stored_unknown_theme_falls_back_to_the_default(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    journal.save_settings(Settings(theme="../../etc"))  # as an older version could save it
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert app.theme == DEFAULT_THEME
        theme = screen.query_one("#control-theme", Select)
        assert theme.value == ""


def test_translating_bindings_keeps_the_ones_added_at_run_time():
    class Bare(App[None]):
        BINDINGS: ClassVar[list[BindingType]] = [Binding("f1", "help", N_("Help"))]

    app = Bare()  # Textual gives it the palette's key as it is created
    app.bind("f9", "bell", description="Ring")
    set_language("sv")
    translate_bindings(app)
    translate_bindings(app)
    keys = {key: binding for key, binding in app._bindings}
    assert keys["f1"].description == "Hjälp"
    assert keys["ctrl+p"].action == "command_palette"
    assert keys["f9"].action == "bell"


async def test_a_theme_chosen_over_the_settings_is_kept_when_they_are_saved(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        team = screen.query_one("#control-team", Input)
        team.value = "Blue"  # typed, not saved yet
        await choose(pilot, "nord")
        assert app.screen is screen
        assert screen.query_one("#control-theme", Select).value == "nord"
        assert team.value == "Blue"
        await pilot.press("ctrl+s")
        await settle(pilot)
    saved = journal.settings()
    assert (saved.theme, saved.team) == ("nord", "Blue")
