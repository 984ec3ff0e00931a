"""Following waste up in the backlog screen, and marking quotes shared in the voice log."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.enums import WasteStatus
from focuscheck.screens.backlog import BacklogScreen, VoiceLogScreen
from focuscheck.screens.insights import InsightsScreen
from focuscheck.screens.note_dialog import NoteDialog
from focuscheck.storage.journal import Journal
from tests.ui.browse_support import (
    TODAY,
    browse_app,
    open_screen,
    record,
    screen_text,
    seed,
    settle,
)

SIZE = (100, 30)
NOTED = date(2026, 11, 20)


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    return seed(
        data_dir,
        clock,
        [
            record(
                NOTED,
                "Refund for a customer",
                waste_category="red_tape",
                waste_note="Approval takes three signatures",
            ),
            record(date(2026, 11, 18), "Planning", waste_category="unclarity"),
            record(date(2026, 11, 17), "Calls", voice_source="customer", voice_quote="Faster!"),
        ],
    )


def stored(journal: Journal) -> Any:
    """The check-in that noted the three signatures, as stored now."""
    return next(entry for entry in journal.entries() if entry.date == NOTED)


async def backlog_screen(pilot: Pilot[Any]) -> BacklogScreen:
    await open_screen(pilot, "i", InsightsScreen)
    screen = await open_screen(pilot, "b", BacklogScreen)
    assert isinstance(screen, BacklogScreen)
    return screen


async def answer(pilot: Pilot[Any], note: str) -> None:
    """Write ``note`` in the open note dialog and mark the item."""
    assert isinstance(pilot.app.screen, NoteDialog)
    pilot.app.screen.query_one("#note-text", Input).value = note
    await pilot.press("enter")
    await settle(pilot)


async def test_marking_an_item_raised_asks_where_and_keeps_the_day(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    before = stored(journal)
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await backlog_screen(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert "Where, when or with whom did you raise it?" in screen_text(app)
        await answer(pilot, "retro 2026-12-04")
        assert app.screen is screen
        assert screen.items[0].status is WasteStatus.RAISED
        detail = str(screen.query_one("#list-detail-body", Static).render())
        assert "Raised 2026-11-26: retro 2026-12-04" in detail
        assert "Raised" in screen_text(app)
    entry = stored(journal)
    assert (entry.waste_status, entry.waste_raised_on) == (WasteStatus.RAISED, TODAY)
    assert entry.waste_raised_where == "retro 2026-12-04"
    assert (entry.date, entry.created_at) == (NOTED, before.created_at)


async def test_resolving_says_what_changed_and_reopening_undoes_it(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await backlog_screen(pilot)
        await pilot.press("c")
        await settle(pilot)
        await answer(pilot, "One signature is enough now")
        assert screen.items[0].status is WasteStatus.RESOLVED
        assert stored(journal).waste_outcome == "One signature is enough now"
        await pilot.press("o")
        await settle(pilot)
        assert screen.items[0].status is WasteStatus.OPEN
    entry = stored(journal)
    assert (entry.waste_status, entry.waste_closed_on) == (WasteStatus.OPEN, None)


async def test_escape_in_the_note_dialog_marks_nothing(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    before = stored(journal)
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await backlog_screen(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
    assert stored(journal) == before


async def test_the_filter_shows_one_status_at_a_time_then_all(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await backlog_screen(pilot)
        await pilot.press("r")
        await settle(pilot)
        await answer(pilot, "with my manager")
        table = screen.query_one("#list-table", DataTable)
        await pilot.press("f")
        await settle(pilot)
        assert table.row_count == 1 and "1 item, status: Open" in screen_text(app)
        await pilot.press("f")
        await settle(pilot)
        assert [item.note for item in screen.items] == ["Approval takes three signatures"]
        for _status in range(3):
            await pilot.press("f")
            await settle(pilot)
        assert table.row_count == 2 and "2 items noted" in screen_text(app)


async def test_the_voice_log_marks_a_quote_shared_with_the_team(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "i", InsightsScreen)
        screen = await open_screen(pilot, "v", VoiceLogScreen)
        assert isinstance(screen, VoiceLogScreen)
        await pilot.press("t")
        await settle(pilot)
        assert screen.items[0].shared
        assert "shared with the team" in str(screen.query_one("#list-detail-body", Static).render())
        await pilot.press("t")
        await settle(pilot)
        assert not screen.items[0].shared
    assert not any(entry.voice_shared for entry in journal.entries())


async def test_marking_in_swedish(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock, language="sv")
    async with app.run_test(size=SIZE) as pilot:
        await backlog_screen(pilot)
        assert "Öppen" in screen_text(app)
        await pilot.press("r")
        await settle(pilot)
        assert "Var, när eller med vem lyfte du det?" in screen_text(app)
        await answer(pilot, "retron 4 december")
        assert "Lyft" in screen_text(app)
