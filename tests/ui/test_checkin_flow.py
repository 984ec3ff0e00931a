"""The check-in flow with Pilot: forward, back, required answers, the save."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.screens.checkin.questions import CornerstoneStep, SalaryStep
from focuscheck.screens.checkin.step import StepScreen
from focuscheck.widgets.answer_input import AnswerInput
from focuscheck.widgets.step_progress import StepProgress
from tests.conftest import FROZEN_NOW
from tests.ui.checkin_support import (
    SIZE,
    checkin_app,
    journal_for,
    screen_name,
    settle,
    through_questions,
    type_text,
)


class TestForwardAndBack:
    async def test_the_first_step_shows_its_progress_and_question(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, SalaryStep)
            progress = app.screen.query_one(StepProgress)
            assert "1/8" in str(progress.render())
            assert "Who pays my salary?" in str(app.screen.query_one(".question", Static).render())

    async def test_enter_reflects_then_moves_on(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await type_text(pilot, "my manager")
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, SalaryStep)
            reflection = str(app.screen.query_one("#reflection", Static).render())
            assert "the customer who pays every salary" in reflection
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CornerstoneStep)

    async def test_escape_goes_back_with_the_answer_kept(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await type_text(pilot, "the customer")
            await pilot.press("enter", "enter")
            await settle(pilot)
            await type_text(pilot, "half an answer")
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, SalaryStep)
            assert app.screen.query_one("#answer", AnswerInput).value == "the customer"
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CornerstoneStep)
            assert app.screen.query_one("#answer", AnswerInput).value == "half an answer"

    async def test_shift_tab_from_the_first_field_goes_back(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("enter", "enter")
            await settle(pilot)
            assert isinstance(app.screen, CornerstoneStep)
            await pilot.press("shift+tab")
            await settle(pilot)
            assert isinstance(app.screen, SalaryStep)

    async def test_escape_on_the_first_step_leaves_for_home(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            assert screen_name(pilot) == "HomeScreen"


class TestRequiredAnswer:
    async def test_an_empty_value_keeps_the_person_on_the_step(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await through_questions(pilot)
            assert screen_name(pilot) == "ValueStep"
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert screen_name(pilot) == "ValueStep"
            problem = str(app.screen.query_one("#problem", Static).render())
            assert "Please write one thing" in problem

    async def test_only_spaces_do_not_count(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await through_questions(pilot)
            await type_text(pilot, "   ")
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert screen_name(pilot) == "ValueStep"


async def complete_checkin(pilot) -> None:
    """From step 4 to the summary, with a voice, a waste note, focus 4 and tags."""
    await type_text(pilot, "Called back a worried customer")
    await pilot.press("ctrl+n")
    await settle(pilot)
    await pilot.press("enter", "tab")  # a customer directly; then the quote
    await type_text(pilot, "Thanks for calling back")
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("down", "enter", "tab")  # unnecessary internal administration
    await type_text(pilot, "Three forms for one leave")
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("4", "enter")
    await settle(pilot)
    await type_text(pilot, "support, calls")
    await pilot.press("enter")
    await settle(pilot)


class TestSave:
    async def test_a_complete_check_in_is_saved_and_summarised(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await through_questions(pilot)
            await complete_checkin(pilot)
            assert screen_name(pilot) == "SummaryScreen"
            assert "Whom do you serve?" in str(app.screen.query_one("#closing", Static).render())
            assert "1 workday" in str(app.screen.query_one("#streak", Static).render())
        [entry] = journal.entries()
        assert entry.date == FROZEN_NOW.date()
        assert entry.salary == "the customer" and entry.salary_aligned
        assert entry.cornerstone_aligned
        assert entry.mission == "helping people"
        assert entry.mission_clarity == 1  # nothing configured: unclear
        assert entry.value == "Called back a worried customer"
        assert entry.voice_source is VoiceSource.CUSTOMER
        assert entry.voice_quote == "Thanks for calling back"
        assert entry.waste_category is WasteCategory.ADMIN
        assert entry.focus == 4
        assert entry.tags == ("support", "calls")
        assert journal.draft() is None

    async def test_the_step_screens_leave_no_draft_after_the_save(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await through_questions(pilot)
            assert journal.draft() is not None  # kept while moving on
            await complete_checkin(pilot)
        assert journal.draft() is None
        assert not any(isinstance(s, StepScreen) for s in app.screen_stack)
