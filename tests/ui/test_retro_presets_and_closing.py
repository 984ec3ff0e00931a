"""The quick preset in the set-up, and rounds closed early against rounds out of time."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select, SelectionList

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.i18n import set_language
from focuscheck.retro.prompts import PromptKind, standard_prompt
from focuscheck.retro.remote import TimerShare
from focuscheck.retro.session import AnswerStatus, make_answer
from focuscheck.retro.session_store import SessionStore
from focuscheck.retro.setup import Preset
from focuscheck.retro.timer import TimerState
from focuscheck.screens.retro.lobby import LobbyScreen
from focuscheck.screens.retro.participant import ParticipantScreen
from focuscheck.screens.retro.remote_round import FacilitatorRoundScreen
from focuscheck.screens.retro.reveal import RevealScreen
from focuscheck.screens.retro.round import RoundScreen
from focuscheck.screens.retro.setup import SetupScreen
from tests.ui.retro_support import (
    member_app,
    retro_app,
    screen_text,
    type_answer,
    until_shown,
)

SIZE = (100, 30)
SALARY = standard_prompt(PromptKind.SALARY)


async def test_choosing_the_quick_preset_sets_four_questions_of_60_seconds(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("shift+tab", "enter", "down", "enter")
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, SetupScreen)
        assert setup.query_one("#setup-preset", Select).value is Preset.QUICK
        assert setup.query_one("#setup-timer", Input).value == "60"
        assert setup.query_one("#setup-prompts", SelectionList).selected == [
            PromptKind.SALARY,
            PromptKind.CORNERSTONE,
            PromptKind.MISSION,
            PromptKind.WASTE,
        ]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        assert app.screen.countdown.reading().clock_face() == "1:00"
        assert "Question 1 of 4" in screen_text(app)


async def test_the_quick_preset_in_swedish_names_its_questions_and_timer(
    data_dir: Path, tmp_path: Path
) -> None:
    set_language("sv")
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("shift+tab", "enter")
        await pilot.pause()
        assert "Snabb: de tre frågorna och slöseri, 60 s var" in screen_text(app)


async def local_round_closed(data_dir: Path, tmp_path: Path, *, run_out: bool) -> str:
    """One salary round for five: one answer, then Ctrl+L; the board as shown."""
    app, clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        prompts = app.screen.query_one("#setup-prompts", SelectionList)
        prompts.deselect_all()
        prompts.select(PromptKind.SALARY)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+s")  # the timer runs
        await type_answer(pilot, "The customer")
        if run_out:
            clock.advance(91)
            await until_shown(pilot, "Time is up")
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press("ctrl+k")  # the board without a vote
        await pilot.pause()
        assert isinstance(app.screen, RevealScreen)
        statuses = {a.status for a in app.screen.retro.answers if a.member > 0}
        assert statuses == {AnswerStatus.MISSED if run_out else AnswerStatus.MOVED_ON}
        return screen_text(app)


async def test_moving_on_before_time_is_up_is_not_called_out_of_time(
    data_dir: Path, tmp_path: Path
) -> None:
    board = await local_round_closed(data_dir, tmp_path, run_out=False)
    assert "passed: 0 · not answered when the facilitator moved on: 4" in board
    assert "out of time" not in board


async def test_moving_on_after_time_ran_out_counts_members_out_of_time(
    data_dir: Path, tmp_path: Path
) -> None:
    board = await local_round_closed(data_dir, tmp_path, run_out=True)
    assert "passed: 0 · out of time: 4" in board
    assert "moved on" not in board


async def test_a_shared_round_closed_early_is_recorded_as_moved_on(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        prompts = app.screen.query_one("#setup-prompts", SelectionList)
        prompts.deselect_all()
        prompts.select(PromptKind.SALARY)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, LobbyScreen) and app.session is not None
        store = SessionStore(data_dir)
        code = app.session.code
        _state, first = store.join(code)
        store.join(code)
        await pilot.pause(0.2)
        await pilot.press("ctrl+s")
        await pilot.pause(0.2)
        assert isinstance(app.screen, FacilitatorRoundScreen)
        await pilot.press("ctrl+s")  # the timer runs
        store.submit(code, first, make_answer(SALARY, 0, "The customer"))
        await pilot.pause(0.2)
        await pilot.press("ctrl+l")
        await pilot.pause(0.3)
        await pilot.press("ctrl+k")  # the board without a vote
        await pilot.pause(0.3)
        assert isinstance(app.screen, RevealScreen)
        board = screen_text(app)
    assert "passed: 0 · not answered when the facilitator moved on: 1" in board
    assert "out of time" not in board


async def test_a_member_whose_question_was_closed_early_is_told_the_facilitator_moved_on(
    data_dir: Path,
) -> None:
    store = SessionStore(data_dir)
    code = store.create((SALARY,), 60, named=False, customer=CustomerTerm()).code
    app = member_app(data_dir, code)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantScreen)
        store.start_round(code, 0, TimerShare(TimerState.RUNNING, 60, store.wall()))
        await pilot.pause(0.3)
        closed = TimerShare(TimerState.EXPIRED, 0.0, store.wall())
        store.update(code, lambda s: s.with_round_closed(closed, AnswerStatus.MOVED_ON))
        await pilot.pause(0.3)
        shown = screen_text(app)
    assert "The facilitator moved on before you answered." in shown
    assert "Time is up for this question." not in shown
