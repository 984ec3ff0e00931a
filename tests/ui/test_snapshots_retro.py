"""Snapshots of the retro opener's screens, in English and Swedish, at 100×30.

The app is built with the factory ``focuscheck retro`` uses, with a timer that
stands still, a fixed shuffle and a fixed join code.  Update with
``pytest tests/ui/test_snapshots_retro.py --snapshot-update`` after checking the
change by eye (``snapshot_report.html``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, SelectionList

from focuscheck.i18n import set_language
from focuscheck.retro.actions import ActionDraft
from focuscheck.retro.prompts import PromptKind
from focuscheck.service.retro_actions import ActionsService
from tests.ui.retro_support import member_app, retro_app, type_answer

SIZE = (100, 30)
LANGUAGES = ["en", "sv"]
Compare = Callable[..., bool]
Steps = Callable[[Pilot[Any]], Awaitable[None]]
Shot = Callable[..., bool]

SALARY = ["The customer", "Our customers, in the end", "The taxpayer", "My manager"]
MISSION = [("Better care, closer to home", 3), ("", 0), ("Not sure", 0), ("", 4)]
WASTE = [
    ("Three signatures for a refund", 3),
    ("Nobody knows who decides", 1),
    ("Forms about forms", 3),
    ("Status report no one reads", 0),
]


@pytest.fixture(autouse=True)
def fixed_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every shared retro gets the code KMW-4TX."""
    letters = iter("KMW4TX" * 10)
    monkeypatch.setattr("focuscheck.retro.session_store.secrets.choice", lambda _seq: next(letters))


def make(data_dir: Path, tmp_path: Path, language: str, **overrides: Any) -> App[None]:
    """The facilitator's app, or with ``join_code`` the member's."""
    set_language(language)
    if "join_code" in overrides:
        return member_app(data_dir, **overrides)
    app, _clock = retro_app(data_dir, tmp_path, out_path=Path("retro-2026-11-26.md"), **overrides)
    return app


async def three_questions(pilot: Pilot[Any]) -> None:
    """Set up salary, mission and waste for five members, and start on this screen."""
    await pilot.pause()
    prompts = pilot.app.screen.query_one("#setup-prompts", SelectionList)
    prompts.deselect_all()
    for kind in (PromptKind.SALARY, PromptKind.MISSION, PromptKind.WASTE):
        prompts.select(kind)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def to_the_board(pilot: Pilot[Any]) -> None:
    await three_questions(pilot)
    for text in SALARY:
        await type_answer(pilot, text)
    await pilot.press("ctrl+o", "enter")
    for rounds in (MISSION, WASTE):
        for text, choice in rounds:
            await type_answer(pilot, text, choice=choice)
        await pilot.press("ctrl+l")
        await pilot.pause()
    await pilot.press("ctrl+k")  # the board without votes
    await pilot.pause()
    await pilot.press("space", "right", "right", "space", "down", "space")
    await pilot.pause()


@pytest.fixture
def shot(snap_compare: Compare, data_dir: Path, tmp_path: Path, language: str) -> Shot:
    """Compares the app in ``language`` (built with any overrides) with its snapshot."""

    def compare(run_before: Steps, **overrides: Any) -> bool:
        app = make(data_dir, tmp_path, language, **overrides)
        return snap_compare(app, terminal_size=SIZE, run_before=run_before)

    return compare


@pytest.mark.parametrize("language", LANGUAGES)
class TestOneScreen:
    def test_setup(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await pilot.pause()
            pilot.app.screen.query_one("#setup-timer", Input).value = "soon"
            await pilot.press("ctrl+s")
            await pilot.pause()

        assert shot(run)

    def test_round_with_choices(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await three_questions(pilot)
            for text in SALARY:
                await type_answer(pilot, text)
            await pilot.press("ctrl+o", "enter")
            await pilot.pause()
            await pilot.press("ctrl+s")
            await type_answer(pilot, "Better care, closer to home", choice=3)
            await type_answer(pilot, "Not sure")  # the list of choices has the focus now
            await pilot.press("down")
            await pilot.pause()

        assert shot(run)

    def test_board(self, shot: Shot) -> None:
        assert shot(to_the_board)

    def test_actions(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await to_the_board(pilot)
            await pilot.press("s")
            await pilot.pause()
            pilot.app.screen.query_one("#action-owner-1", Input).value = "Ann"
            pilot.app.screen.query_one("#action-due-1", Input).value = "yesterday"
            await pilot.press("ctrl+s")
            await pilot.pause()

        assert shot(run)

    def test_summary(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await to_the_board(pilot)
            await pilot.press("s")
            await pilot.pause()
            await pilot.press("ctrl+s")  # the marked items become the team's actions
            await pilot.pause()

        assert shot(run)

    def test_follow_up(self, shot: Shot, data_dir: Path) -> None:
        numbers = iter(["1f0c" + "0" * 28, "2b7e" + "0" * 28])
        ActionsService(data_dir, date(2026, 11, 19), new_id=lambda: next(numbers)).save_retro(
            "last",
            [
                ActionDraft("waste#0", "Ask finance about the second signature", None),
                ActionDraft("waste#2", "Book a test server", "Ann", date(2026, 11, 27)),
            ],
        )

        async def run(pilot: Pilot[Any]) -> None:
            await pilot.pause()
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.press("o")
            await pilot.pause()

        assert shot(run)


@pytest.mark.parametrize("language", LANGUAGES)
class TestShared:
    def test_lobby(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await pilot.pause()
            await pilot.press("ctrl+r")
            await pilot.pause()

        assert shot(run)

    def test_join_with_an_unknown_code(self, shot: Shot) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()

        assert shot(run, join_code="kmw 4tx")


LONG_SALARY = [
    "The customer, in the end: every krona we earn comes from people who chose us over the others",
    "The taxpayer, since most of what we build is paid for by the region and its budget",
    "My manager signs the time report, but the money comes from the patients we serve",
    "Honestly not sure any more; ask me again after the reorganisation has settled down",
]


async def to_the_voted_board(pilot: Pilot[Any]) -> None:
    """Long answers, a check before the reveal, five members' votes and the counted board."""
    await three_questions(pilot)
    for text in LONG_SALARY:
        await type_answer(pilot, text)
    await pilot.press("ctrl+o", "enter")
    for rounds in (MISSION, WASTE):
        for text, choice in rounds:
            await type_answer(pilot, text, choice=choice)
        await pilot.press("ctrl+l")
        await pilot.pause()
    await pilot.press("ctrl+s")  # the board and votes
    await pilot.pause()
    for steps in (["space"] * 3, ["down", "space", "space"], ["right", "space"], [], []):
        await pilot.press("home", *steps, "ctrl+s")
        await pilot.pause()


@pytest.mark.parametrize("language", LANGUAGES)
class TestBoardOnAProjector:
    """At 120×35, the size of a meeting room's projector window."""

    def test_board_wraps_long_answers(
        self, snap_compare: Compare, data_dir: Path, tmp_path: Path, language: str
    ) -> None:
        app = make(data_dir, tmp_path, language)
        assert snap_compare(app, terminal_size=(120, 35), run_before=to_the_voted_board)

    def test_large_mode(
        self, snap_compare: Compare, data_dir: Path, tmp_path: Path, language: str
    ) -> None:
        async def run(pilot: Pilot[Any]) -> None:
            await to_the_voted_board(pilot)
            await pilot.press("l")
            await pilot.pause()

        app = make(data_dir, tmp_path, language)
        assert snap_compare(app, terminal_size=(120, 35), run_before=run)
