"""Both languages, and the configured word for the customer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.widgets import Static

from tests.ui.checkin_support import SIZE, checkin_app, journal_for, settle, type_text


class TestSwedish:
    async def test_the_questions_and_keys_are_swedish(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock, language="sv")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            question = str(app.screen.query_one(".question", Static).render())
            assert question == "Vem betalar min lön?"
            assert "Steg 1/8" in str(app.screen.query_one("#progress", Static).render())
            descriptions = {binding.description for _key, binding in app.screen._bindings}
            assert "Nästa" in descriptions
            await type_text(pilot, "kunden")
            await pilot.press("enter")
            await settle(pilot)
            reflection = str(app.screen.query_one("#reflection", Static).render())
            assert "kunden" in reflection

    async def test_the_home_screen_is_swedish(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock, language="sv", start="home")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "torsdag" in str(app.screen.query_one("#today", Static).render())
            assert "Ingen avstämning" in str(app.screen.query_one("#status", Static).render())


class TestCustomerWord:
    async def test_prompts_use_the_configured_word(self, data_dir: Path, clock):
        journal = journal_for(data_dir, clock)
        journal.save_settings(replace(journal.settings(), customer_term="patient"))
        app = checkin_app(journal, clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await type_text(pilot, "the patients")
            await pilot.press("enter")
            await settle(pilot)
            reflection = str(app.screen.query_one("#reflection", Static).render())
            assert "the patient who pays it" in reflection
            for _step in range(3):
                await pilot.press("enter")
                await settle(pilot)
            await pilot.press("ctrl+n", "ctrl+n")
            await settle(pilot)
            question = str(app.screen.query_one(".question", Static).render())
            assert "value for the patient" in question
