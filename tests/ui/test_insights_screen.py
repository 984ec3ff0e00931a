"""The insights screen, and the backlog and voice log opened from it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.enums import WasteCategory
from focuscheck.screens.backlog import BacklogScreen, VoiceLogScreen
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.screens.insights import InsightsScreen
from focuscheck.storage.journal import Journal
from focuscheck.widgets.bar_chart import BarChart
from focuscheck.widgets.calendar_grid import CalendarGrid
from focuscheck.widgets.save_bar import SaveBar
from tests.ui.browse_support import (
    TODAY,
    browse_app,
    open_screen,
    sample_records,
    screen_text,
    seed,
    settle,
)

SIZE = (100, 30)


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    return seed(data_dir, clock, sample_records())


async def test_shows_streak_calendar_trends_and_waste(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "i", InsightsScreen)
        assert isinstance(screen, InsightsScreen)
        figures = screen.figures
        assert figures is not None
        # Mon 23 – Thu 26 in a row, and Tue 17 – Fri 20 before the weekend.
        assert figures.streak == 8
        summary = str(screen.query_one("#insights-summary", Static).render())
        assert "Streak: 8 workdays" in summary
        assert "8 check-ins in the last 12 weeks" in summary
        calendar = screen.query_one(CalendarGrid)
        marked = {cell.day for cell in calendar.cells if cell.checked_in}
        assert TODAY in marked and len(marked) == 8
        waste = dict(
            (bar.label, bar.value) for bar in screen.query_one("#insights-waste", BarChart).bars
        )
        assert waste["Unnecessary internal administration"] == 1
        assert waste["Rigidity"] == 0
        assert [count for _category, count in figures.waste] == [
            1
            if category is not WasteCategory.RIGIDITY and category is not WasteCategory.OTHER
            else 0
            for category in WasteCategory
        ]
        shown = screen_text(app)
        assert "Per week" in shown and "Focus" in shown and "Clarity" in shown
        assert "■" in shown


async def test_backlog_lists_the_waste_and_saves_markdown(
    journal: Journal, data_dir: Path, clock: FixedClock, tmp_path: Path
):
    target = tmp_path / "backlog.md"
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "i", InsightsScreen)
        screen = await open_screen(pilot, "b", BacklogScreen)
        assert screen.query_one("#list-table", DataTable).row_count == 3
        assert "3 items noted" in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        bar = screen.query_one(SaveBar)
        assert bar.is_open
        field = screen.query_one("#save-path", Input)
        assert field.value == "~/focuscheck-backlog-2026-11-26.md"
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert not bar.is_open
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Improvement backlog")
    assert "## Open items (3)" in text
    assert "· Rules for their own sake (red tape): Three signatures for a refund" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_saving_over_a_file_asks_and_no_keeps_it(
    journal: Journal, data_dir: Path, clock: FixedClock, tmp_path: Path
):
    target = tmp_path / "voices.md"
    target.write_text("keep me", encoding="utf-8")
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "i", InsightsScreen)
        screen = await open_screen(pilot, "v", VoiceLogScreen)
        await pilot.press("s")
        screen.query_one("#save-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "keep me"
        assert screen.query_one(SaveBar).is_open, "the path is still there to change"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Voice log")
    assert "It's \\*much\\* faster now" in text
    assert "Love it" in text


async def test_a_folder_that_does_not_exist_is_named_and_nothing_is_lost(
    journal: Journal, data_dir: Path, clock: FixedClock, tmp_path: Path
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "i", InsightsScreen)
        screen = await open_screen(pilot, "b", BacklogScreen)
        await pilot.press("s")
        wanted = str(tmp_path / "nowhere" / "backlog.md")
        screen.query_one("#save-path", Input).value = wanted
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one(SaveBar).is_open
        assert screen.query_one("#save-path", Input).value == wanted
        assert any("There is no folder" in str(note.message) for note in app._notifications)


async def test_voice_log_shows_quotes_literally(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "i", InsightsScreen)
        screen = await open_screen(pilot, "v", VoiceLogScreen)
        assert screen.items[0].quote.startswith("It's *much*")
        detail = str(screen.query_one("#list-detail-body", Static).render())
        assert "It's *much* faster now\n- thanks" in detail
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InsightsScreen)


async def test_swedish(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock, language="sv")
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "i", InsightsScreen)
        shown = screen_text(app)
        assert "Insikter" in shown
        assert "Svit: 8 arbetsdagar" in shown
        assert "Per vecka" in shown and "Tydlighet" in shown
        assert "Onödig intern administration" in shown
        await pilot.press("b")
        await settle(pilot)
        shown = screen_text(app)
        assert "Förbättringslista" in shown and "3 punkter antecknade" in shown


async def test_an_empty_journal_still_draws(data_dir: Path, clock: FixedClock):
    seed(data_dir, clock, [])
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "i", InsightsScreen)
        assert isinstance(screen, InsightsScreen)
        assert screen.figures is not None and screen.figures.total == 0
        assert "Streak: 0 workdays" in screen_text(app)
        await pilot.press("b")
        await settle(pilot)
        assert "Nothing here yet." in screen_text(app)


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("width", [18, 24, 39])
def test_the_calendar_legend_wraps_to_the_grid_width(language: str, width: int) -> None:
    from focuscheck.i18n import set_language
    from focuscheck.widgets.calendar_grid import CalendarGrid

    set_language(language)
    lines = CalendarGrid()._legend(width)
    assert all(line.cell_length <= width for line in lines)
    shown = "  ".join(line.plain for line in lines)
    assert [mark for mark in "■·–" if mark in shown] == ["■", "·", "–"]
