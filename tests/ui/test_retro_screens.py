"""The retro's smaller paths: set-up mistakes, the pool draw, --from, help, saving safely."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, SelectionList

from focuscheck.retro.draw import read_history
from focuscheck.retro.prompts import POOL, PromptKind
from focuscheck.retro.session_store import FOLDER
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.screens.help import HelpScreen
from focuscheck.screens.retro.lobby import LobbyScreen
from focuscheck.screens.retro.opening import OpeningScreen
from focuscheck.screens.retro.reveal import RevealScreen
from focuscheck.screens.retro.round import RoundScreen
from focuscheck.screens.retro.setup import SetupScreen
from focuscheck.screens.retro.summary import SummaryScreen
from tests.ui.retro_support import retro_app, screen_text, type_answer
from tests.unit.coach_support import write_team


async def start_alone_on_salary(pilot: Pilot[Any]) -> None:
    """Set up a team of one asked only the salary question, and start."""
    await pilot.pause()
    setup = pilot.app.screen
    setup.query_one("#setup-team", Input).value = "1"
    setup.query_one("#setup-prompts", SelectionList).deselect_all()
    setup.query_one("#setup-prompts", SelectionList).select(PromptKind.SALARY)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_set_up_defaults_are_not_selected_and_typing_adds_to_them(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        team = app.screen.query_one("#setup-team", Input)
        assert app.focused is team
        assert team.selection.is_empty and team.cursor_position == 1
        await pilot.press("backspace", "8")
        assert team.value == "8"


async def test_set_up_mistakes_are_shown_and_nothing_starts(data_dir: Path, tmp_path: Path) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        setup = app.screen
        setup.query_one("#setup-team", Input).value = "40"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "a team has from 1 to 30 members" in screen_text(app)
        assert app.focused is setup.query_one("#setup-team", Input)
        setup.query_one("#setup-team", Input).value = "3"
        setup.query_one("#setup-prompts", SelectionList).deselect_all()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "choose at least one question" in screen_text(app)
        assert isinstance(app.screen, SetupScreen)


async def test_a_drawn_question_is_asked_last_and_remembered(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.query_one("#setup-prompts", SelectionList).deselect_all()
        app.screen.query_one("#setup-prompts", SelectionList).select(PromptKind.VALUE)
        app.screen.query_one("#setup-draw", Checkbox).value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.retro is not None
        prompts = app.retro.setup.prompts
        assert [p.kind for p in prompts] == [PromptKind.VALUE, PromptKind.DRAWN]
        drawn = prompts[1].key.partition(":")[2]
        assert read_history(data_dir) == [drawn]
        assert drawn in POOL


async def test_from_exports_opens_with_what_the_check_ins_said(
    data_dir: Path, tmp_path: Path
) -> None:
    write_team(tmp_path / "exports", 5)
    app, _clock = retro_app(data_dir, tmp_path, from_folder=tmp_path / "exports")
    async with app.run_test(size=(100, 30)) as pilot:
        await start_alone_on_salary(pilot)
        assert isinstance(app.screen, OpeningScreen)
        shown = screen_text(app)
        assert "What our check-ins said" in shown
        assert "30 check-ins from 5 participants" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        await type_answer(pilot, "The customer")
        await pilot.press("enter")  # next: the check before the reveal
        await pilot.pause()
        await pilot.press("ctrl+k")  # the board without votes
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        assert "## What our check-ins said" in summary.markdown
        assert "- 30 check-ins from 5 participants" in summary.markdown


async def test_help_explains_the_screen(data_dir: Path, tmp_path: Path) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Start on this screen when the team shares one keyboard" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)


async def test_an_existing_summary_is_never_replaced_silently(
    data_dir: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    existing = notes / "retro-2026-11-26.md"
    existing.write_text("last week's notes\n", encoding="utf-8")
    app, _clock = retro_app(data_dir, notes)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_alone_on_salary(pilot)
        await pilot.press("ctrl+o", "enter")
        await pilot.pause()
        await pilot.press("ctrl+k")  # the board without votes
        await pilot.pause()
        assert isinstance(app.screen, RevealScreen)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#summary-path", Input).value.endswith("retro-2026-11-26-2.md")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert existing.read_text(encoding="utf-8") == "last week's notes\n"
        assert "passed: 1" in (notes / "retro-2026-11-26-2.md").read_text(encoding="utf-8")
        # Replacing on purpose works too.
        app.screen.query_one("#summary-path", Input).value = str(existing)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert existing.read_text(encoding="utf-8").startswith("# Retro opener")


async def test_cancelling_the_lobby_ends_the_shared_session(data_dir: Path, tmp_path: Path) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, LobbyScreen)
        assert list((data_dir / FOLDER).glob("*.json"))
        await pilot.press("ctrl+s")  # nobody has joined: it does not start
        await pilot.pause()
        assert isinstance(app.screen, LobbyScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert not list((data_dir / FOLDER).glob("*.json"))
