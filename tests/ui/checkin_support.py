"""Shared set-up for the check-in tests: the app as the CLI builds it, and key helpers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from focuscheck.app import FocuscheckApp, make_app
from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_format import entry_from_record
from focuscheck.service.journal_service import FIRST_RUN_DONE
from focuscheck.storage.journal import Journal

SIZE = (100, 30)


def journal_for(data_dir: Path, clock: FixedClock, *, onboarded: bool = True) -> Journal:
    """An empty journal; ``onboarded`` skips the first-run setup."""
    journal = Journal.open(data_dir, clock)
    if onboarded:
        journal.set_state(FIRST_RUN_DONE, True)
    return journal


def with_mission(journal: Journal) -> None:
    """Give the organisation a stated mission and values."""
    settings = replace(
        journal.settings(),
        mission="We make it easy for citizens to get help.",
        values=("Openness", "Respect"),
    )
    journal.save_settings(settings)


def entry_on(day: date, now: datetime, **fields: Any) -> Entry:
    """A valid entry about ``day``."""
    record: dict[str, Any] = {"date": day.isoformat(), "value": "Helped a caller", **fields}
    return entry_from_record(record, now=now, is_aligned=lambda _text: False)


def checkin_app(
    journal: Journal, clock: FixedClock, *, language: str = "en", start: str = "checkin"
) -> FocuscheckApp:
    return make_app(journal=journal, clock=clock, language=language, start=start)


async def settle(pilot: Pilot[Any]) -> None:
    """Let workers (journal reads and writes) finish and the screen catch up."""
    app = pilot.app
    for _round in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


async def press(pilot: Pilot[Any], *keys: str) -> None:
    """Press ``keys`` and wait for what they set off."""
    await pilot.press(*keys)
    await settle(pilot)


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type ``text`` key by key (spaces included)."""
    await pilot.press(*text)


def screen_name(pilot: Pilot[Any]) -> str:
    return type(pilot.app.screen).__name__


async def through_questions(pilot: Pilot[Any]) -> None:
    """Answer steps 1–3 (salary, cornerstone, mission from memory) and stop at step 4."""
    await type_text(pilot, "the customer")
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await type_text(pilot, "customer focus")
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await type_text(pilot, "helping people")
    await pilot.press("ctrl+n")
    await settle(pilot)
    await pilot.press("ctrl+n")
    await settle(pilot)
