"""Drafts, reopening today's check-in, editing and deleting, and failed saves."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Static

from focuscheck.domain.checkin_form import Step, blank_form
from focuscheck.screens.checkin.questions import SalaryStep
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.storage.errors import JournalWriteError
from focuscheck.storage.journal import Journal
from focuscheck.widgets.answer_area import AnswerArea
from focuscheck.widgets.answer_input import AnswerInput
from tests.conftest import FROZEN_NOW
from tests.ui.browse_support import screen_text
from tests.ui.checkin_support import (
    SIZE,
    checkin_app,
    entry_on,
    journal_for,
    screen_name,
    settle,
    through_questions,
    type_text,
)


async def leave_half_way(journal: Journal, clock) -> None:
    """Answer step 1, reach step 2, type there, and quit."""
    app = checkin_app(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_text(pilot, "the taxpayers")
        await pilot.press("enter", "enter")
        await settle(pilot)
        await type_text(pilot, "quality")
        await pilot.press("ctrl+q")
        await settle(pilot)


class TestDrafts:
    async def test_quitting_half_way_keeps_a_draft(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        await leave_half_way(journal, clock)
        draft = journal.draft()
        assert draft is not None
        assert draft["salary"] == "the taxpayers"
        assert draft["cornerstone"] == "quality"
        assert draft["step"] == 1
        assert journal.entries() == []

    async def test_typing_is_kept_as_a_draft_without_leaving_the_step(
        self, data_dir: Path, clock, monkeypatch: pytest.MonkeyPatch
    ):
        """A closed terminal cannot save on the way out: typing is kept after a pause."""
        from focuscheck.screens.checkin import step

        monkeypatch.setattr(step, "AUTOSAVE_AFTER", 0.2)
        journal = journal_for(data_dir, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await type_text(pilot, "the citizens")
            await pilot.pause(0.5)
            await settle(pilot)
            draft = journal.draft()
            assert draft is not None
            assert draft["salary"] == "the citizens"
            assert draft["step"] == 0

    async def test_the_draft_is_offered_and_resumed(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        await leave_half_way(journal, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press("y")
            await settle(pilot)
            assert screen_name(pilot) == "CornerstoneStep"
            assert app.screen.query_one("#answer", AnswerInput).value == "quality"
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.query_one("#answer", AnswerInput).value == "the taxpayers"

    async def test_enter_on_the_draft_dialog_continues(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        await leave_half_way(journal, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press("enter")
            await settle(pilot)
            assert screen_name(pilot) == "CornerstoneStep"
            assert app.screen.query_one("#answer", AnswerInput).value == "quality"
        assert journal.draft() is not None

    async def test_starting_afresh_asks_again_and_no_keeps_the_draft(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        await leave_half_way(journal, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog)
            assert "Throw away" in app.screen.question
            await pilot.press("enter")  # the safe answer: keep it
            await settle(pilot)
            assert screen_name(pilot) == "CornerstoneStep"
            assert app.screen.query_one("#answer", AnswerInput).value == "quality"
        assert journal.draft() is not None

    async def test_starting_afresh_forgets_the_draft_once_confirmed(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        await leave_half_way(journal, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
            await pilot.press("y")
            await settle(pilot)
            assert isinstance(app.screen, SalaryStep)
            assert app.screen.query_one("#answer", AnswerInput).value == ""
        assert journal.draft() is None

    async def test_home_says_when_a_draft_is_waiting(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        await leave_half_way(journal, clock)
        app = checkin_app(journal, clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            line = app.screen.query_one("#draft", Static)
            assert line.display
            assert "unfinished check-in for 2026-11-26" in str(line.render())
            await pilot.press("c")
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog)

    async def test_home_says_nothing_of_drafts_when_none_waits(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert not app.screen.query_one("#draft", Static).display

    async def test_a_damaged_draft_is_ignored(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        journal.save_draft({"version": 1, "day": "not a day", "salary": 3})
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, SalaryStep)

    async def test_a_blank_check_in_leaves_no_draft(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+q")
        assert journal.draft() is None
        assert blank_form(FROZEN_NOW.date()).is_blank()


class TestEdit:
    async def test_today_s_check_in_reopens_for_editing(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        saved = journal.save_entry(entry_on(FROZEN_NOW.date(), FROZEN_NOW, salary="citizens"))
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.screen.query_one("#answer", AnswerInput).value == "citizens"
            assert "Changing the check-in" in app.screen.sub_title
            await pilot.press("enter", "enter", "enter")
            await settle(pilot)
            await pilot.press("ctrl+n", "ctrl+n")
            await settle(pilot)
            assert screen_name(pilot) == "ValueStep"
            area = app.screen.query_one("#answer", AnswerArea)
            assert area.text == "Helped a caller"
            area.text = "Helped two callers"
            for _step in range(5):
                await pilot.press("ctrl+n")
                await settle(pilot)
            assert screen_name(pilot) == "SummaryScreen"
        [entry] = journal.entries()
        assert entry.id == saved.id
        assert entry.value == "Helped two callers"
        assert entry.salary == "citizens"

    async def test_reopening_puts_the_cursor_at_the_end_and_the_first_key_appends(
        self, data_dir: Path, clock
    ):
        journal = journal_for(data_dir, clock)
        journal.save_entry(entry_on(FROZEN_NOW.date(), FROZEN_NOW, salary="the customer"))
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            answer = app.screen.query_one("#answer", AnswerInput)
            assert answer.selection.is_empty
            assert answer.cursor_position == len("the customer")
            await pilot.press("s")
            assert answer.value == "the customers"

    async def test_a_reopened_long_answer_takes_typing_at_its_end(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        journal.save_entry(entry_on(FROZEN_NOW.date(), FROZEN_NOW, value="Helped a caller"))
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            flow = app.screen.flow
            flow.show(flow.form.at(Step.VALUE))
            await settle(pilot)
            area = app.screen.query_one("#answer", AnswerArea)
            await pilot.press("!")
            assert area.text == "Helped a caller!"

    async def test_an_older_entry_opens_through_start_checkin(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        old = journal.save_entry(entry_on(FROZEN_NOW.date() - timedelta(days=3), FROZEN_NOW))
        app = checkin_app(journal, clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            app.start_checkin(old)
            await settle(pilot)
            assert isinstance(app.screen, SalaryStep)
            assert old.date.isoformat() in app.screen.sub_title
            await pilot.press("escape")
            await settle(pilot)
            assert screen_name(pilot) == "HomeScreen"
        assert journal.draft() is None  # nothing changed, nothing kept


class TestDelete:
    @pytest.mark.parametrize(("key", "kept"), [("y", 0), ("n", 1), ("escape", 1)])
    async def test_deleting_asks_first(self, data_dir: Path, clock, key: str, kept: int):
        journal = journal_for(data_dir, clock)
        entry = journal.save_entry(entry_on(FROZEN_NOW.date(), FROZEN_NOW))
        app = checkin_app(journal, clock, start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("h")
            await settle(pilot)
            await pilot.press("down", "d")
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog)
            assert entry.date.isoformat() in screen_text(app)
            await pilot.press(key)
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            status = str(app.screen.query_one("#status", Static).render())
        assert len(journal.entries()) == kept
        assert ("No check-in yet" in status) == (kept == 0)


class TestFailedSave:
    async def test_a_failed_save_keeps_every_answer(
        self, data_dir: Path, clock, monkeypatch: pytest.MonkeyPatch
    ):
        journal = journal_for(data_dir, clock)

        def refuse(entry):
            raise JournalWriteError("Could not save: the disk is full.")

        monkeypatch.setattr(journal, "save_checkin", refuse)
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await through_questions(pilot)
            await type_text(pilot, "Fixed the billing letter")
            for _step in range(5):
                await pilot.press("ctrl+n")
                await settle(pilot)
            assert screen_name(pilot) == "TagsStep"
            assert "disk is full" in str(app.screen.query_one("#problem", Static).render())
        draft = journal.draft()
        assert draft is not None
        assert draft["value"] == "Fixed the billing letter"
