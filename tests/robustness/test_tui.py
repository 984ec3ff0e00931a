"""The terminal app under abuse: hostile text on every screen, a full disk, a second writer."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from focuscheck.domain.clock import FixedClock
from focuscheck.screens.history import HistoryScreen
from focuscheck.screens.insights import InsightsScreen
from focuscheck.screens.summary import SummaryScreen
from focuscheck.storage.journal import Journal
from tests.robustness.faults import Step, inject
from tests.ui.browse_support import open_screen, record, seed, settle
from tests.ui.checkin_support import checkin_app, journal_for, through_questions, type_text
from tests.unit.cli_support import write_json

WIDE: Final = (220, 60)
#: Inert only if shown as typed: an action and a link no part of the app uses.
MARKUP: Final = "[@click=app.pwned]click me[/] [link=https://evil.example]your bank[/link] [/]"
ESCAPES: Final = "\x1b[2J\x1b]8;;https://evil.example\x1b\\spoof\x1b]8;;\x1b\\\u202eright-to-left"
HOSTILE: Final = f"{MARKUP} {ESCAPES}"


@dataclass(frozen=True)
class Rendered:
    """What a screen shows: its text, and every link and click action in its styles."""

    text: str
    links: set[str]
    actions: set[str]


def rendered(app: App[Any]) -> Rendered:
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), legacy_windows=False)
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    assert update is not None
    text, links, actions = [], set(), set()
    for segment in console.render(update):
        if segment.control:
            continue  # the cursor moves Textual itself emits between lines
        text.append(segment.text)
        style = segment.style
        if style is not None:
            if style.link:
                links.add(style.link)
            click = (style.meta or {}).get("@click")
            if click:
                actions.add(str(click))
    return Rendered("".join(text), links, actions)


def assert_inert(app: App[Any]) -> Rendered:
    """Nothing the person typed became a link, an action or a terminal control."""
    shown = rendered(app)
    assert not any("evil.example" in link for link in shown.links)
    assert not any("pwned" in action for action in shown.actions)
    assert "\x1b" not in shown.text
    assert "\u202e" not in shown.text
    return shown


def hostile_journal(data_dir: Path, clock: FixedClock) -> Journal:
    """Hostile text in every free-text field, a tag, and the settings the screens show."""
    fields = {
        "salary": HOSTILE,
        "cornerstone": HOSTILE,
        "mission": HOSTILE,
        "voice_source": "customer",
        "voice_quote": HOSTILE,
        "waste_category": "red_tape",
        "waste_note": HOSTILE,
        "focus": 3,
        "tags": ["[/]", "[@click=app.pwned]t[/]"],
    }
    today = clock.today()
    journal = seed(data_dir, clock, [record(today, HOSTILE, **fields)])
    settings = replace(
        journal.settings(), organisation=MARKUP, mission=HOSTILE, values=(MARKUP, "Respect")
    )
    journal.save_settings(settings)
    return journal


async def test_hostile_text_is_shown_literally_and_inert_on_every_screen(
    data_dir: Path, clock: FixedClock
) -> None:
    from focuscheck.app import make_app

    journal = hostile_journal(data_dir, clock)
    app = make_app(clock=clock, data_dir=data_dir, language="en")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert_inert(app)
        await open_screen(pilot, "h", HistoryScreen)
        assert MARKUP in assert_inert(app).text
        await pilot.press("escape")
        await open_screen(pilot, "i", InsightsScreen)
        assert_inert(app)
        for key in ("b", "v"):  # the improvement backlog and the voice log
            await pilot.press(key)
            await settle(pilot)
            assert MARKUP in assert_inert(app).text, key
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("escape")
        for key in ("e", "s"):  # export preview, settings (the organisation's name)
            await pilot.press(key)
            await settle(pilot)
            shown = assert_inert(app)
            assert key == "e" or MARKUP in shown.text
            await pilot.press("escape")
            await settle(pilot)
        app.push_screen(SummaryScreen(journal.entries()[0]))
        await settle(pilot)
        assert_inert(app)
        assert app.is_running


async def test_a_full_disk_at_the_final_save_keeps_every_answer(
    data_dir: Path, clock: FixedClock, monkeypatch: Any
) -> None:
    journal = journal_for(data_dir, clock)
    app = checkin_app(journal, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await through_questions(pilot)
        await type_text(pilot, "Fixed the billing letter")
        for _step in range(4):
            await pilot.press("ctrl+n")
            await settle(pilot)
        assert type(app.screen).__name__ == "TagsStep"
        before = journal.path.read_bytes()
        with inject(monkeypatch, Step.WRITE, 28):
            await pilot.press("ctrl+n")
            await settle(pilot)
            # Still on the last step, saying why; the draft could not be written either.
            assert type(app.screen).__name__ == "TagsStep"
            problem = str(app.screen.query_one("#problem", Static).render())
            assert "No space left on device" in problem
        assert journal.path.read_bytes() == before
        # Space is back: the same answers save with one more key.
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
    assert [entry.value for entry in Journal.open(data_dir, clock).entries()] == [
        "Fixed the billing letter"
    ]


async def test_the_app_and_a_command_line_import_both_keep_their_entries(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    journal = journal_for(data_dir, clock)
    app = checkin_app(journal, clock)
    imported = [record(clock.today().replace(day=day), f"Imported day {day}") for day in (2, 3, 4)]
    source = write_json(tmp_path / "in.json", imported)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await through_questions(pilot)
        await type_text(pilot, "Saved from the app")
        # While the app is open, another process imports into the same journal.
        done = subprocess.run(
            [sys.executable, "-m", "focuscheck", "import", str(source)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        for _step in range(5):
            await pilot.press("ctrl+n")
            await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        await _home_then_history(pilot)
        shown = rendered(app).text
        assert "Imported day 3" in shown
    values = {entry.value for entry in Journal.open(data_dir, clock).entries()}
    assert values == {"Saved from the app", "Imported day 2", "Imported day 3", "Imported day 4"}


async def _home_then_history(pilot: Pilot[Any]) -> None:
    await pilot.press("h")  # the summary's way home
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "HomeScreen"
    await open_screen(pilot, "h", HistoryScreen)
