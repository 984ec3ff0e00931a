"""A question the table adds to a step is asked there with its kind's widget, no screen edited."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import TextArea

from focuscheck.domain.checkin_form import Step
from focuscheck.widgets.field_answer import FieldAnswer
from focuscheck.widgets.rating_picker import RatingPicker
from tests.ui.browse_support import screen_text
from tests.ui.checkin_support import (
    checkin_app,
    journal_for,
    press,
    screen_name,
    settle,
    through_questions,
    type_text,
)
from tests.unit.more_questions_support import use_more_questions

SIZE = (100, 40)


@pytest.fixture(autouse=True)
def more_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    use_more_questions(monkeypatch)


def asked_here(app) -> list[str]:
    return [asked.spec.name for asked in app.screen.query(FieldAnswer)]


async def test_the_new_questions_are_asked_on_their_steps_and_saved(data_dir: Path, clock):
    journal = journal_for(data_dir, clock)
    journal.save_settings(replace(journal.settings(), customer_term="citizen"))
    app = checkin_app(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await through_questions(pilot)
        assert screen_name(pilot) == "ValueStep"
        assert asked_here(app) == ["promise"]
        shown = screen_text(app)
        assert "A promise to the citizen" in shown
        assert "One thing you will do for the citizen tomorrow." in shown
        await type_text(pilot, "Helped a caller")
        await pilot.press("tab")
        await type_text(pilot, "Call Mrs Berg")
        await press(pilot, "ctrl+n")
        assert screen_name(pilot) == "VoiceStep"
        assert asked_here(app) == []
        draft = journal.draft()
        assert draft is not None and draft["promise"] == "Call Mrs Berg"
        await press(pilot, "escape")
        assert app.screen.query_one("#ask-promise TextArea", TextArea).text == "Call Mrs Berg"
        await press(pilot, "ctrl+n")
        await press(pilot, "ctrl+n")
        await press(pilot, "ctrl+n")
        assert screen_name(pilot) == "FocusStep"
        assert asked_here(app) == ["energy"]
        assert "Energy left at the end of the day" in screen_text(app)
        await press(pilot, "4", "tab", "2")
        await press(pilot, "ctrl+n")
        assert screen_name(pilot) == "TagsStep"
        await press(pilot, "escape")
        assert app.screen.query_one("#ask-energy RatingPicker", RatingPicker).value == 2
        await press(pilot, "ctrl+n")
        await press(pilot, "ctrl+n")
        assert screen_name(pilot) == "SummaryScreen"
    [entry] = journal.entries()
    assert (entry.value, entry.promise, entry.focus, entry.energy) == (
        "Helped a caller",
        "Call Mrs Berg",
        4,
        2,
    )
    assert journal.draft() is None


async def test_a_draft_gives_the_new_answer_back_in_its_widget(data_dir: Path, clock):
    journal = journal_for(data_dir, clock)
    app = checkin_app(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await through_questions(pilot)
        await type_text(pilot, "Helped a caller")
        await pilot.press("tab")
        await type_text(pilot, "Call Mrs Berg")
        await press(pilot, "ctrl+q")
    app = checkin_app(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "y")
        assert screen_name(pilot) == "ValueStep"
        assert app.screen.query_one("#ask-promise TextArea", TextArea).text == "Call Mrs Berg"


async def test_editing_a_saved_entry_shows_its_new_answers(data_dir: Path, clock):
    from focuscheck.domain.entry_format import entry_from_record

    journal = journal_for(data_dir, clock)
    record = {"date": clock.today().isoformat(), "value": "Helped", "energy": 3}
    journal.save_entry(entry_from_record(record, now=clock.now(), is_aligned=lambda _text: False))
    app = checkin_app(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        flow = app.screen.flow
        assert flow.form.editing
        flow.show(flow.form.at(Step.FOCUS))
        await settle(pilot)
        assert screen_name(pilot) == "FocusStep"
        assert app.screen.query_one("#ask-energy RatingPicker", RatingPicker).value == 3
