"""Whatever a person types is shown as text: markup, links, escapes, huge pastes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Static

from focuscheck.widgets.user_text import literal, printable
from tests.ui.checkin_support import SIZE, checkin_app, journal_for, settle

TRICKY = [
    "[bold red]x[/]",
    "[link=http://x]y[/link]",
    "[@click=app.quit]bye[/]",
]


class TestLiteralDisplay:
    @pytest.mark.parametrize("text", TRICKY)
    async def test_markup_is_shown_as_typed(self, data_dir: Path, clock, text: str):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press(*text)
            await pilot.press("enter")
            await settle(pilot)
            shown = app.screen.query_one("#words", Static).render()
            assert str(shown) == text
            assert app.is_running

    async def test_a_pasted_escape_sequence_is_made_visible(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            app.screen.query_one("#answer").post_message(events.Paste("\x1b[2Jgone?"))
            await settle(pilot)
            assert app.screen.query_one("#answer").value == "␛[2Jgone?"
            await pilot.press("enter")
            await settle(pilot)
            assert "\x1b" not in str(app.screen.query_one("#words", Static).render())

    async def test_a_huge_paste_is_cut_with_a_note_and_refused_kindly(self, data_dir: Path, clock):
        app = checkin_app(journal_for(data_dir, clock), clock)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            app.screen.query_one("#answer").post_message(events.Paste("x" * 100_000))
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            shown = str(app.screen.query_one("#words", Static).render())
            assert "more characters not shown" in shown
            await pilot.press("enter")
            await settle(pilot)
            assert type(app.screen).__name__ == "SalaryStep"
            assert "too long" in str(app.screen.query_one("#problem", Static).render())


class TestPrintable:
    def test_controls_become_symbols_and_bidi_goes(self):
        assert printable("a\x1b[2Jb\x07\u202ec\n") == "a␛[2Jb␇c\n"

    def test_literal_cuts_long_text(self):
        text = literal("y" * 50, limit=10)
        assert text.plain.startswith("y" * 10 + "\n…")
        assert "40" in text.plain
