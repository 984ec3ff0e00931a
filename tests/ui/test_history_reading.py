"""Reading history: the whole entry, keys that move through the list, going to a date."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.text import MAX_TEXT
from focuscheck.screens.date_dialog import GoToDateDialog
from focuscheck.screens.history import HistoryScreen
from focuscheck.storage.journal import Journal
from focuscheck.widgets.entry_card import AT_ONCE, REST_AFTER, EntryDetail
from focuscheck.widgets.entry_table import EntryTable
from tests.ui.browse_support import (
    TODAY,
    browse_app,
    open_screen,
    record,
    sample_records,
    screen_text,
    seed,
    settle,
)

SIZE = (100, 30)
LONG_VALUE = " ".join(f"word{number}" for number in range(4_000))[:MAX_TEXT]
"""A value answer as long as an answer may be, each word different."""


def detail_text(screen: HistoryScreen) -> str:
    return str(screen.query_one("#entry-detail-body", Static).render())


def cursor_date(screen: HistoryScreen) -> str:
    entry = screen.highlighted()
    assert entry is not None
    return entry.date.isoformat()


def notes(screen: HistoryScreen) -> list[str]:
    return [str(note.message) for note in screen.app._notifications]


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    return seed(data_dir, clock, sample_records())


@pytest.fixture
def many(data_dir: Path, clock: FixedClock) -> Journal:
    """Sixty daily check-ins: more than a page of the list."""
    days = [TODAY - timedelta(days=back) for back in range(60)]
    return seed(data_dir, clock, [record(day, f"Helped on {day}") for day in days])


class TestTheWholeEntry:
    async def test_enter_shows_a_long_entry_whole_and_page_down_reaches_its_end(
        self, data_dir: Path, clock: FixedClock
    ):
        seed(data_dir, clock, [record(TODAY, LONG_VALUE)])
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            assert isinstance(screen, HistoryScreen)
            await pilot.press("down", "enter")
            await settle(pilot)
            detail = screen.query_one(EntryDetail)
            assert screen.focused is detail
            assert LONG_VALUE in detail_text(screen)
            assert "not shown" not in detail_text(screen)
            for _page in range(200):
                await pilot.press("pagedown")
                if detail.scroll_y >= detail.max_scroll_y:
                    break
            await settle(pilot)
            assert detail.max_scroll_y > 0
            assert LONG_VALUE.rsplit(" ", 1)[-1] in screen_text(app)
            await pilot.press("pageup")
            assert detail.scroll_y < detail.max_scroll_y

    async def test_while_the_cursor_runs_a_long_answer_shows_its_start_then_all_of_it(
        self, data_dir: Path, clock: FixedClock
    ):
        seed(data_dir, clock, [record(TODAY, LONG_VALUE)])
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            assert isinstance(screen, HistoryScreen)
            detail = screen.query_one(EntryDetail)
            assert LONG_VALUE[: AT_ONCE - 10] in detail_text(screen)
            await pilot.pause(REST_AFTER + 0.2)
            assert detail.in_full
            assert LONG_VALUE in detail_text(screen)
            assert screen.focused is not detail

    async def test_enter_in_the_entry_goes_back_to_the_list(
        self, journal: Journal, data_dir, clock
    ):
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            table = screen.query_one(EntryTable)
            await pilot.press("down", "enter")
            assert screen.focused is screen.query_one(EntryDetail)
            await pilot.press("enter")
            assert screen.focused is table

    @pytest.mark.parametrize(
        ("language", "in_list", "in_entry"),
        [
            ("en", ["Read in full", "Go to date"], ["PgDn Scroll", "To the list", "Help"]),
            ("sv", ["Läs allt", "Gå till datum"], ["PgDn Rulla", "Till listan", "Hjälp"]),
        ],
    )
    async def test_the_footer_names_the_reading_keys(
        self,
        journal: Journal,
        data_dir: Path,
        clock: FixedClock,
        language: str,
        in_list: list[str],
        in_entry: list[str],
    ):
        app = browse_app(data_dir, clock, language=language)
        async with app.run_test(size=SIZE) as pilot:
            await open_screen(pilot, "h", HistoryScreen)
            await pilot.press("down")
            await pilot.pause()
            footer = screen_text(app).splitlines()[-1]
            assert all(words in footer for words in in_list), footer
            await pilot.press("enter")
            await pilot.pause()
            footer = screen_text(app).splitlines()[-1]
            assert all(words in footer for words in in_entry), footer


class TestMovingThroughTheList:
    async def test_end_goes_to_the_oldest_and_home_to_the_newest(
        self, many: Journal, data_dir, clock
    ):
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            assert isinstance(screen, HistoryScreen)
            await pilot.press("down", "end")
            await pilot.pause()
            assert cursor_date(screen) == (TODAY - timedelta(days=59)).isoformat()
            assert screen.query_one(EntryDetail).entry == screen.highlighted()
            await pilot.press("home")
            await pilot.pause()
            assert cursor_date(screen) == TODAY.isoformat()

    async def test_page_down_and_page_up_move_by_a_page(self, many: Journal, data_dir, clock):
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            assert isinstance(screen, HistoryScreen)
            table = screen.query_one(EntryTable)
            await pilot.press("down", "pagedown")
            await pilot.pause()
            page = table.cursor_row
            assert 10 < page < 59
            await pilot.press("pagedown")
            await pilot.pause()
            assert table.cursor_row > page
            await pilot.press("pageup", "pageup")
            await pilot.pause()
            assert table.cursor_row == 0


class TestGoToDate:
    async def go_to(self, screen: HistoryScreen, pilot, text: str) -> None:
        await pilot.press("down", "g")
        await pilot.pause()
        assert isinstance(screen.app.screen, GoToDateDialog)
        await pilot.press(*text, "enter")
        await settle(pilot)

    async def test_g_goes_to_the_check_in_of_the_day_typed(self, journal: Journal, data_dir, clock):
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            assert isinstance(screen, HistoryScreen)
            await self.go_to(screen, pilot, "last friday")
            assert app.screen is screen
            assert cursor_date(screen) == "2026-11-20"
            assert screen.focused is screen.query_one(EntryTable)
            assert notes(screen) == []

    async def test_g_goes_to_the_nearest_earlier_check_in_and_says_so(
        self, journal: Journal, data_dir, clock
    ):
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            assert isinstance(screen, HistoryScreen)
            await self.go_to(screen, pilot, "2026-11-22")
            assert cursor_date(screen) == "2026-11-20"
            assert notes(screen) == [
                "No check-in on 2026-11-22; this is the nearest one before it, 2026-11-20."
            ]

    async def test_g_says_when_no_check_in_is_that_early(self, journal: Journal, data_dir, clock):
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            assert isinstance(screen, HistoryScreen)
            await self.go_to(screen, pilot, "2026-01-01")
            assert cursor_date(screen) == TODAY.isoformat()
            assert notes(screen) == ["No check-in on or before 2026-01-01 in the list."]

    async def test_text_that_is_not_a_date_is_named_in_the_dialog(
        self, journal: Journal, data_dir, clock
    ):
        app = browse_app(data_dir, clock, language="sv")
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            assert isinstance(screen, HistoryScreen)
            await self.go_to(screen, pilot, "blursday")
            dialog = app.screen
            assert isinstance(dialog, GoToDateDialog)
            problem = str(dialog.query_one("#go-to-problem", Static).render())
            assert problem.startswith("Kan inte läsa 'blursday' som ett datum")
            field = dialog.query_one("#go-to-date", Input)
            field.value = ""
            await pilot.press(*"i går", "enter")
            await settle(pilot)
            assert app.screen is screen
            assert cursor_date(screen) == "2026-11-25"

    async def test_escape_closes_the_dialog_and_leaves_the_cursor(
        self, journal: Journal, data_dir, clock
    ):
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            assert isinstance(screen, HistoryScreen)
            await pilot.press("down", "down", "g")
            await pilot.pause()
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is screen
            assert cursor_date(screen) == "2026-11-25"

    async def test_g_in_the_search_field_is_just_a_letter(self, journal: Journal, data_dir, clock):
        app = browse_app(data_dir, clock)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "h", HistoryScreen)
            await pilot.press("g")
            await pilot.pause()
            assert app.screen is screen
            assert screen.query_one("#filter-search", Input).value == "g"
