"""Snapshots of the history, insights, backlog, voice log and settings screens, en and sv.

The app is built with the same factory the command line uses, on a journal
seeded with the same entries every time and a frozen clock.  Update with
``pytest tests/ui/test_snapshots_browse.py --snapshot-update`` after checking
the change by eye (``snapshot_report.html``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.settings import Settings, parse_away
from tests.ui.browse_support import (
    TODAY,
    browse_app,
    pressing,
    record,
    sample_records,
    seed,
    settle,
)

SIZE = (100, 30)
LANGUAGES = ["en", "sv"]
Compare = Callable[..., bool]
RunBefore = Callable[[Pilot[Any]], Awaitable[None]]
Shot = Callable[[RunBefore], bool]


@pytest.fixture
def seeded(data_dir: Path, clock: FixedClock) -> Path:
    seed(data_dir, clock, sample_records())
    return data_dir


@pytest.fixture
def shot(snap_compare: Compare, seeded: Path, clock: FixedClock, language: str) -> Shot:
    """Compares the seeded app in ``language`` with its snapshot, after ``run_before``."""

    def compare(run_before: RunBefore) -> bool:
        app = browse_app(seeded, clock, language)
        return snap_compare(app, terminal_size=SIZE, run_before=run_before)

    return compare


@pytest.mark.parametrize("language", LANGUAGES)
class TestHistory:
    def test_list_and_entry(self, shot: Shot) -> None:
        assert shot(pressing("h"))

    def test_filtered_with_a_bad_date(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await pressing("h")(pilot)
            # The search field has the focus; a steady cursor keeps the picture the same.
            pilot.app.screen.query_one("#filter-search", Input).cursor_blink = False
            pilot.app.screen.query_one("#filter-tags", Input).value = "support"
            pilot.app.screen.query_one("#filter-until", Input).value = "blursday"
            await pilot.pause(0.5)
            await settle(pilot)

        assert shot(run)

    def test_a_long_entry_read_and_scrolled(
        self, shot: Shot, seeded: Path, clock: FixedClock
    ) -> None:
        lines = (f"{n}. Called customer {n} back about the invoice." for n in range(1, 120))
        seed(seeded, clock, [record(TODAY - timedelta(days=4), "\n".join(lines))])
        # G to the long entry, Enter to read it, two pages down.
        keys = ("h", "down", "g", *"2026-11-22", "enter", "enter", "pagedown", "pagedown")
        assert shot(pressing(*keys))

    def test_go_to_date_with_text_that_is_not_a_date(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await pressing("h", "down", "g", *"blursday", "enter")(pilot)
            pilot.app.screen.query_one("#go-to-date", Input).cursor_blink = False
            await settle(pilot)

        assert shot(run)


@pytest.mark.parametrize("language", LANGUAGES)
class TestInsights:
    def test_overview(self, shot: Shot) -> None:
        assert shot(pressing("i"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", [80, 100])
class TestInsightsAway:
    def test_calendar_marks_away_days_and_its_legend_fits(
        self, snap_compare: Compare, data_dir: Path, clock: FixedClock, language: str, width: int
    ) -> None:
        journal = seed(data_dir, clock, sample_records())
        away = parse_away(["2026-11-09..2026-11-13", "2026-11-20", "2026-11-27"])
        journal.save_settings(Settings(away=away))
        app = browse_app(data_dir, clock, language)
        assert snap_compare(app, terminal_size=(width, 30), run_before=pressing("i"))


@pytest.mark.parametrize("language", LANGUAGES)
class TestBacklogAndVoices:
    def test_backlog(self, shot: Shot) -> None:
        assert shot(pressing("i", "b"))

    def test_voice_log(self, shot: Shot) -> None:
        assert shot(pressing("i", "v"))

    def test_save_bar(self, shot: Shot) -> None:
        assert shot(pressing("i", "b", "s"))

    def test_marking_raised_asks_where(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await pressing("i", "b", "down", "r")(pilot)
            field = pilot.app.screen.query_one("#note-text", Input)
            field.cursor_blink = False
            field.value = "retro 2026-12-04"
            await settle(pilot)

        assert shot(run)

    def test_an_item_marked_raised_and_a_filter(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await pressing("i", "b", "down", "r")(pilot)
            pilot.app.screen.query_one("#note-text", Input).value = "with my manager"
            await pressing("enter", "f", "f")(pilot)
            # The "marked" message fades after a while; the picture is of the list.
            pilot.app.clear_notifications()
            await settle(pilot)

        assert shot(run)

    def test_a_quote_shared_with_the_team(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await pressing("i", "v", "t")(pilot)
            pilot.app.clear_notifications()
            await settle(pilot)

        assert shot(run)


@pytest.mark.parametrize("language", LANGUAGES)
class TestSettings:
    def test_form(self, shot: Shot) -> None:
        assert shot(pressing("s"))

    def test_a_value_that_does_not_fit(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await pressing("s")(pilot)
            field = pilot.app.screen.query_one("#control-min_group_size", Input)
            # The refused field gets the focus; a steady cursor keeps the picture the same.
            field.cursor_blink = False
            field.value = "2"
            await pilot.press("ctrl+s")
            await settle(pilot)

        assert shot(run)
