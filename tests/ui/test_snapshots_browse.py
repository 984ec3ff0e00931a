"""Snapshots of the history, insights, backlog, voice log and settings screens, en and sv.

The app is built with the same factory the command line uses, on a journal
seeded with the same entries every time and a frozen clock.  Update with
``pytest tests/ui/test_snapshots_browse.py --snapshot-update`` after checking
the change by eye (``snapshot_report.html``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from focuscheck.domain.clock import FixedClock
from tests.ui.browse_support import browse_app, sample_records, seed, settle

SIZE = (100, 30)
LANGUAGES = ["en", "sv"]
Compare = Callable[..., bool]


def opening(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Wait for the home screen, press ``keys`` (one screen each), wait for each to load."""

    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run


@pytest.fixture
def seeded(data_dir: Path, clock: FixedClock) -> Path:
    seed(data_dir, clock, sample_records())
    return data_dir


@pytest.mark.parametrize("language", LANGUAGES)
class TestHistory:
    def test_list_and_entry(
        self, snap_compare: Compare, seeded: Path, clock: FixedClock, language: str
    ) -> None:
        app = browse_app(seeded, clock, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=opening("h"))

    def test_filtered_with_a_bad_date(
        self, snap_compare: Compare, seeded: Path, clock: FixedClock, language: str
    ) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await opening("h")(pilot)
            pilot.app.screen.query_one("#filter-tags", Input).value = "support"
            pilot.app.screen.query_one("#filter-until", Input).value = "blursday"
            await pilot.pause(0.5)
            await settle(pilot)

        app = browse_app(seeded, clock, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=run)


@pytest.mark.parametrize("language", LANGUAGES)
class TestInsights:
    def test_overview(
        self, snap_compare: Compare, seeded: Path, clock: FixedClock, language: str
    ) -> None:
        app = browse_app(seeded, clock, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=opening("i"))


@pytest.mark.parametrize("language", LANGUAGES)
class TestBacklogAndVoices:
    def test_backlog(
        self, snap_compare: Compare, seeded: Path, clock: FixedClock, language: str
    ) -> None:
        app = browse_app(seeded, clock, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=opening("i", "b"))

    def test_voice_log(
        self, snap_compare: Compare, seeded: Path, clock: FixedClock, language: str
    ) -> None:
        app = browse_app(seeded, clock, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=opening("i", "v"))

    def test_save_bar(
        self, snap_compare: Compare, seeded: Path, clock: FixedClock, language: str
    ) -> None:
        app = browse_app(seeded, clock, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=opening("i", "b", "s"))


@pytest.mark.parametrize("language", LANGUAGES)
class TestSettings:
    def test_form(
        self, snap_compare: Compare, seeded: Path, clock: FixedClock, language: str
    ) -> None:
        app = browse_app(seeded, clock, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=opening("s"))

    def test_a_value_that_does_not_fit(
        self, snap_compare: Compare, seeded: Path, clock: FixedClock, language: str
    ) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await opening("s")(pilot)
            pilot.app.screen.query_one("#control-min_group_size", Input).value = "2"
            await pilot.press("ctrl+s")
            await settle(pilot)

        app = browse_app(seeded, clock, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=run)
