"""The history screen: list, search and filters, the full entry, edit and delete."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest
from textual import events
from textual.widgets import DataTable, Input, Static

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.screens.help import HelpScreen
from focuscheck.screens.history import HistoryScreen
from focuscheck.service.journal_service import FIRST_RUN_DONE
from focuscheck.storage.journal import Journal
from focuscheck.widgets.entry_card import EntryDetail
from focuscheck.widgets.filter_bar import DEBOUNCE
from tests.ui.browse_support import (
    HOSTILE_VALUE,
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


def table_dates(screen: HistoryScreen) -> list[str]:
    return [entry.date.isoformat() for entry in screen.shown]


def count_line(screen: HistoryScreen) -> str:
    return str(screen.query_one("#history-count", Static).render())


def detail_text(screen: HistoryScreen) -> str:
    return str(screen.query_one("#entry-detail-body", Static).render())


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    return seed(data_dir, clock, sample_records())


async def test_lists_every_entry_newest_first(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        dates = table_dates(screen)
        assert dates == sorted(dates, reverse=True)
        assert len(dates) == 8
        assert screen.query_one("#history-table", DataTable).row_count == 8
        assert count_line(screen) == "8 of 8 check-ins"


async def test_highlighted_entry_is_shown_in_full_and_literally(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        detail = screen.query_one(EntryDetail)
        assert detail.entry is not None and detail.entry.date == TODAY
        assert HOSTILE_VALUE in detail_text(screen)
        shown = screen_text(app)
        assert "[bold red]x[/]" in shown
        assert "It's *much* faster now" in shown
        await pilot.press("down", "down")
        await pilot.pause()
        assert detail.entry is not None and detail.entry.date == TODAY - timedelta(days=1)
        assert "Same form filled in twice" in detail_text(screen)


async def test_typing_right_after_opening_history_searches_and_never_edits_or_deletes(
    journal: Journal, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
):
    app = browse_app(data_dir, clock)
    opened: list[Entry | None] = []
    monkeypatch.setattr(app, "start_checkin", opened.append)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("h", *"Acme", "d", "e", "delete")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        assert screen.query_one("#filter-search", Input).value == "Acmede"
        assert opened == []
        assert len(journal.entries()) == 8


async def test_edit_and_delete_wait_until_a_row_is_chosen(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert screen.focused is screen.query_one("#filter-search", Input)
        assert screen.check_action("delete", ()) is None
        assert screen.check_action("edit", ()) is None
        await pilot.press("down")
        assert screen.focused is screen.query_one("#history-table", DataTable)
        assert screen.check_action("delete", ()) is True
        await pilot.press("slash")
        assert isinstance(screen.focused, Input)


async def test_search_waits_for_a_pause_then_filters(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        await pilot.press(*"invoice")
        assert isinstance(screen.focused, Input)
        assert len(screen.shown) == 8, "nothing filters before the pause"
        await pilot.pause(DEBOUNCE + 0.2)
        await settle(pilot)
        # "invoice" is in one value and in one quote; search is case-insensitive.
        assert table_dates(screen) == ["2026-11-25", "2026-11-24"]
        assert count_line(screen) == "2 of 8 check-ins"


async def test_tag_and_date_filters_combine(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        screen.query_one("#filter-tags", Input).value = "#support"
        screen.query_one("#filter-since", Input).value = "yesterday"
        await pilot.pause(DEBOUNCE + 0.2)
        assert table_dates(screen) == ["2026-11-26", "2026-11-25"]
        screen.query_one("#filter-since", Input).value = ""
        screen.query_one("#filter-tags", Input).value = ""
        screen.query_one("#filter-until", Input).value = "last week"
        await pilot.pause(DEBOUNCE + 0.2)
        assert table_dates(screen) == ["2026-11-20", "2026-11-19", "2026-11-18", "2026-11-17"]
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert len(screen.shown) == 8


async def test_a_date_that_cannot_be_read_is_named_and_ignored(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        await pilot.click("#filter-since")
        await pilot.press(*"blursday", "enter")
        await pilot.pause()
        problem = str(screen.query_one("#filter-problem", Static).render())
        assert "From:" in problem and "blursday" in problem
        assert screen.query_one("#filter-since", Input).has_class("-invalid")
        assert len(screen.shown) == 8
        assert screen.query_one("#filter-since", Input).value == "blursday", "what was typed stays"


async def test_delete_asks_first_and_keeps_the_entry_on_no(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        await pilot.press("down", "down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is screen
        assert len(journal.entries()) == 8


async def test_delete_on_yes_removes_the_entry_everywhere(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        await pilot.press("down", "down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is screen
        remaining = {entry.date.isoformat() for entry in journal.entries()}
        assert "2026-11-25" not in remaining and len(remaining) == 7
        assert "2026-11-25" not in table_dates(screen)
        assert count_line(screen) == "7 of 7 check-ins"


async def test_deleting_moves_the_entry_to_the_trash_and_the_message_says_where(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "h", HistoryScreen)
        await pilot.press("down", "down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "moves to the trash and is kept there for 30 days" in app.screen.message
        await pilot.press("y")
        await settle(pilot)
        shown = [str(note.message) for note in app._notifications]
    assert shown[-1] == (
        "Deleted the check-in of 2026-11-25. It is in the trash for 30 days; "
        "press U in History to undo."
    )
    assert [item.entry.date.isoformat() for item in journal.trash()] == ["2026-11-25"]


async def test_undo_with_u_brings_the_deleted_entry_back(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        assert "Undo delete" not in screen_text(app)
        await pilot.press("down", "down", "d")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert "Undo delete" in screen_text(app)
        assert "2026-11-25" not in table_dates(screen)
        await pilot.press("u")
        await settle(pilot)
        assert "2026-11-25" in table_dates(screen)
        assert count_line(screen) == "8 of 8 check-ins"
        assert "Undo delete" not in screen_text(app)
        shown = [str(note.message) for note in app._notifications]
    assert shown[-1] == "Brought back the check-in of 2026-11-25."
    assert len(journal.entries()) == 8 and journal.trash() == []


async def test_deleting_the_only_check_in_stays_in_history_and_u_brings_it_back(
    data_dir: Path, clock: FixedClock
):
    journal = seed(data_dir, clock, sample_records()[:1])
    # Imported from the command line, the app's setup never run.
    journal.set_state(FIRST_RUN_DONE, False)
    (only,) = journal.entries()
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        await pilot.press("down", "d")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        # An empty journal is not a new one: the first-run setup stays away.
        assert app.screen is screen
        assert journal.entries() == []
        await pilot.press("u")
        await settle(pilot)
        assert app.screen is screen
    assert [entry.id for entry in journal.entries()] == [only.id]


async def test_edit_opens_the_checkin_on_the_highlighted_entry(
    journal: Journal, data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
):
    app = browse_app(data_dir, clock)
    opened: list[Entry | None] = []
    monkeypatch.setattr(app, "start_checkin", opened.append)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "h", HistoryScreen)
        await pilot.press("down", "down", "down", "e")
        await pilot.pause()
        assert [entry.date.isoformat() for entry in opened if entry] == ["2026-11-24"]


async def test_edit_shows_the_real_checkin_flow(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        history = await open_screen(pilot, "h", HistoryScreen)
        await pilot.press("down", "e")
        await settle(pilot)
        assert app.screen is not history
        assert type(app.screen).__module__.startswith("focuscheck.screens.checkin")


async def test_swedish(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock, language="sv")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        shown = screen_text(app)
        assert "Historik" in shown
        assert "Datum" in shown and "Sök" in shown and "Taggar" in shown
        assert count_line(screen) == "8 av 8 avstämningar"
        await pilot.press("down")  # to the list, where its keys are in the footer
        await pilot.pause()
        assert "Radera" in screen_text(app)  # the footer speaks Swedish too


async def test_ten_years_load_in_the_background_and_filter_quickly(
    data_dir: Path, clock: FixedClock
):
    days = [TODAY - timedelta(days=back) for back in range(3650)]
    seed(data_dir, clock, [record(day, f"Day {day.isoformat()} helped someone") for day in days])
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        assert len(screen.shown) == 3650
        started = time.perf_counter()
        screen.query_one("#filter-search", Input).value = "2019-03"
        await pilot.pause(DEBOUNCE + 0.1)
        await settle(pilot)
        assert len(screen.shown) == 31
        assert time.perf_counter() - started < 3.0


async def test_f1_shows_this_screens_help(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "h", HistoryScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "D deletes it (you are asked first)" in app.screen.body
        assert "Your check-ins, newest first." in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)


async def test_a_save_elsewhere_shows_up(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        seed(data_dir, clock, [record(TODAY - timedelta(days=30), "Imported from the CLI")])
        app.journal_changed()
        await settle(pilot)
        assert len(screen.shown) == 9
        assert "2026-10-27" in table_dates(screen)


async def test_a_huge_paste_into_the_search_is_refused_whole(data_dir: Path, clock: FixedClock):
    seed(data_dir, clock, [record(TODAY, "word " * 4_000)])
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(screen, HistoryScreen)
        search = screen.query_one("#filter-search", Input)
        search.focus()
        app.post_message(events.Paste("[bold]x[/]\x1b[2J" * 10_000))
        await pilot.pause(DEBOUNCE + 0.2)
        await settle(pilot)
        assert search.value == "", "a paste longer than the field is refused whole"
        assert len(screen.shown) == 1
        assert "\x1b" not in screen_text(app)
