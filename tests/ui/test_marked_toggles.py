"""Every choice shows its state in characters, not only in colour."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import RadioSet

from focuscheck.widgets.marked_toggles import (
    MarkedCheckbox,
    MarkedRadioButton,
    MarkedSelectionList,
)
from focuscheck.widgets.rating_picker import RatingPicker
from tests.ui.browse_support import screen_text


class Choices(App[None]):
    def compose(self) -> ComposeResult:
        with RadioSet(id="voices"):
            yield MarkedRadioButton("Heard a customer", value=True, id="customer")
            yield MarkedRadioButton("No one today", id="nobody")
        yield MarkedCheckbox("Aligned", id="aligned")
        yield MarkedSelectionList[str](("Left out", "a", True), ("Kept", "b"), id="entries")
        yield RatingPicker(3, id="rating")


async def test_radio_buttons_read_chosen_and_not_chosen():
    app = Choices()
    async with app.run_test(size=(60, 20)) as pilot:
        shown = screen_text(app)
        assert "(•) Heard a customer" in shown
        assert "( ) No one today" in shown
        await pilot.click("#nobody")
        await pilot.pause()
        shown = screen_text(app)
        assert "( ) Heard a customer" in shown
        assert "(•) No one today" in shown


async def test_checkboxes_read_ticked_and_not_ticked():
    app = Choices()
    async with app.run_test(size=(60, 20)) as pilot:
        assert "[ ] Aligned" in screen_text(app)
        app.query_one("#aligned", MarkedCheckbox).value = True
        await pilot.pause()
        assert "[x] Aligned" in screen_text(app)


async def test_selection_lists_read_selected_and_not_selected():
    app = Choices()
    async with app.run_test(size=(60, 20)) as pilot:
        shown = screen_text(app)
        assert "[x] Left out" in shown and "[ ] Kept" in shown
        app.query_one("#entries", MarkedSelectionList).toggle_all()
        await pilot.pause()
        shown = screen_text(app)
        assert "[ ] Left out" in shown and "[x] Kept" in shown


async def test_the_chosen_rating_is_in_brackets():
    app = Choices()
    async with app.run_test(size=(60, 20)) as pilot:
        assert " 2  [3]  4 " in screen_text(app)
        app.query_one("#rating", RatingPicker).focus()
        await pilot.press("5")
        assert " 4  [5]" in screen_text(app)
        assert "[3]" not in screen_text(app)
