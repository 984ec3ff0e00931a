"""The voice step: a quote needs someone who said it."""

from __future__ import annotations

from pathlib import Path

from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.domain.enums import VoiceSource
from focuscheck.widgets.answer_input import AnswerInput
from tests.conftest import FROZEN_NOW
from tests.ui.checkin_support import SIZE, checkin_app, journal_for, screen_name, settle


async def test_no_one_heard_turns_the_quote_off_and_saves_none(data_dir: Path, clock):
    journal = journal_for(data_dir, clock)
    form = CheckinForm(
        day=FROZEN_NOW.date(),
        value="Answered a letter",
        voice_source=VoiceSource.COLLEAGUE,
        voice_quote="They called twice",
    )
    journal.save_draft(form.at(Step.VOICE).to_draft())
    app = checkin_app(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")  # go on with the draft
        await settle(pilot)
        quote = app.screen.query_one("#quote", AnswerInput)
        assert not quote.disabled
        await pilot.click("#voice-none")
        await settle(pilot)
        assert quote.disabled
        assert quote.value == "They called twice"  # kept while it is off
        await pilot.click("#voice-colleague")  # a colleague after all: the quote is back
        await settle(pilot)
        assert not quote.disabled
        await pilot.click("#voice-none")
        await settle(pilot)
        for _step in range(5):
            if screen_name(pilot) == "SummaryScreen":
                break
            await pilot.press("ctrl+n")
            await settle(pilot)
        assert screen_name(pilot) == "SummaryScreen"
    [entry] = journal.entries()
    assert entry.voice_source is VoiceSource.NONE
    assert entry.voice_quote == ""
