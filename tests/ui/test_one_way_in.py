"""Screens reach the journal one way: the app's service, typed; they tell the app with messages."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.settings import Settings
from focuscheck.screens.history import HistoryScreen
from focuscheck.screens.home import HomeScreen
from focuscheck.screens.host import Host, host
from focuscheck.screens.messages import CheckinSaved
from focuscheck.screens.settings import SettingsScreen
from focuscheck.storage.backups import Backups
from focuscheck.storage.journal import Journal
from tests.ui.browse_support import browse_app, open_screen, sample_records, seed, settle
from tests.ui.checkin_support import entry_on

SIZE = (100, 30)


async def test_screens_get_the_app_s_one_service_typed(data_dir: Path, clock: FixedClock) -> None:
    seed(data_dir, clock, sample_records())
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        history = await open_screen(pilot, "h", HistoryScreen)
        assert isinstance(history, HistoryScreen)
        assert isinstance(app, Host)
        assert host(history) is app
        assert history.service is app.service


async def test_settings_are_saved_off_the_ui_thread(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = seed(data_dir, clock, [])
    saved_on: list[int] = []
    save_settings = Journal.save_settings

    def recording(self: Journal, settings: Settings) -> None:
        saved_on.append(threading.get_ident())
        save_settings(self, settings)

    monkeypatch.setattr(Journal, "save_settings", recording)
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        screen.query_one("#control-display_name", Input).value = "Anna"
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert journal.settings().display_name == "Anna"
    assert saved_on and threading.get_ident() not in saved_on


async def test_a_warning_from_a_save_is_shown_through_the_one_reporter(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(data_dir, clock, [])

    def no_room(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, os.strerror(28))

    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        monkeypatch.setattr(Backups, "has_daily", lambda _self, _day: False)
        monkeypatch.setattr(Backups, "write_daily", no_room)
        screen.query_one("#control-display_name", Input).value = "Anna"
        await pilot.press("ctrl+s")
        await settle(pilot)
        warned = [
            note.message for note in app._notifications if note.title == "Saved, with a warning"
        ]
    assert len(warned) == 1
    assert "No space" in warned[0]


async def test_a_saved_checkin_has_home_read_the_journal_again(
    data_dir: Path, clock: FixedClock
) -> None:
    seed(data_dir, clock, [])
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        status = app.screen.query_one("#status", Static)
        assert "No check-in yet" in str(status.render())
        saved = app.service.save_checkin(entry_on(clock.today(), clock.now()))
        app.post_message(CheckinSaved(saved))
        await settle(pilot)
        assert "done" in str(status.render())
