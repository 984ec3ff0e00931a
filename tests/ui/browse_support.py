"""Shared by the history, insights, backlog and settings tests: a seeded journal and the app."""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen

from focuscheck.app import FocuscheckApp, make_app
from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry_format import entry_from_record
from focuscheck.service.journal_service import FIRST_RUN_DONE
from focuscheck.storage.journal import Journal

TODAY = date(2026, 11, 26)
HOSTILE_VALUE = "[bold red]x[/] [link=http://example.com]y[/link] [@click=app.quit]q[/]"


def record(day: date, value: str, **fields: Any) -> dict[str, Any]:
    """A check-in in the public entry format (only ``date`` and ``value`` needed)."""
    return {"date": day.isoformat(), "value": value, **fields}


def sample_records() -> list[dict[str, Any]]:
    """Eight check-ins over two weeks, with every kind of voice and waste, and hostile text."""
    days = [TODAY - timedelta(days=back) for back in (0, 1, 2, 3, 6, 7, 8, 9)]
    return [
        record(
            days[0],
            HOSTILE_VALUE,
            focus=5,
            mission_clarity=4,
            voice_source="customer",
            voice_quote="It's *much* faster now\n- thanks",
            tags=["support"],
        ),
        record(
            days[1],
            "Answered the support queue before lunch",
            focus=4,
            voice_source="colleague",
            voice_quote="Customers ask about invoices",
            waste_category="admin",
            waste_note="Same form filled in twice",
            tags=["support", "billing"],
        ),
        record(days[2], "Fixed the invoice bug", focus=3, mission_clarity=3),
        record(
            days[3],
            "Called back a customer",
            focus=4,
            waste_category="red_tape",
            waste_note="Three signatures for a refund",
        ),
        record(days[4], "Planning", focus=2, mission_clarity=2, waste_category="unclarity"),
        record(days[5], "Wrote the FAQ", focus=3, voice_source="customer", voice_quote="Love it"),
        record(days[6], "Team meeting", focus=2),
        record(days[7], "Onboarding a new colleague", focus=3, tags=["people"]),
    ]


def seed(data_dir: Path, clock: FixedClock, records: Sequence[dict[str, Any]]) -> Journal:
    """A journal in ``data_dir`` holding ``records``, the first-run setup already done."""
    journal = Journal.open(data_dir, clock)
    now = clock.now()
    journal.import_entries(
        [entry_from_record(raw, now=now, is_aligned=lambda _text: False) for raw in records]
    )
    journal.set_state(FIRST_RUN_DONE, True)
    return journal


def browse_app(data_dir: Path, clock: FixedClock, language: str = "en") -> FocuscheckApp:
    """The app as the command line builds it."""
    return make_app(clock=clock, data_dir=data_dir, language=language)


async def settle(pilot: Pilot[Any]) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def pressing(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """A ``run_before`` for snapshots: wait for the app, press ``keys``, waiting after each."""

    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run


async def open_screen(pilot: Pilot[Any], key: str, kind: type[Screen[Any]]) -> Screen[Any]:
    """Press ``key`` on the home screen and wait until a ``kind`` screen shows its data."""
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, kind), f"expected {kind.__name__}, got {type(screen).__name__}"
    return screen


def screen_text(app: App[Any]) -> str:
    """What the terminal shows now, as plain text."""
    width, height = app.size
    console = Console(
        width=width, height=height, file=io.StringIO(), record=True, legacy_windows=False
    )
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return console.export_text(styles=False)
