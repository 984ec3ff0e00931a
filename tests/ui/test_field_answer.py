"""Each kind of question is asked with its own widget, which shows and gives back the answer."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.widgets import Checkbox, RadioButton, RadioSet

from focuscheck.domain.checkin_fields import FieldSpec, Step
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.enums import VOICE_LABELS, WASTE_LABELS, VoiceSource, WasteCategory
from focuscheck.domain.field_kinds import Kind
from focuscheck.widgets.field_answer import field_answer
from tests.ui.browse_support import screen_text

HEARD = FieldSpec(
    "heard",
    Kind.CHOICE,
    Step.VOICE,
    "Heard again",
    vocabulary=VoiceSource,
    choice_labels=VOICE_LABELS,
    default=VoiceSource.NONE,
)
SPOTTED = FieldSpec(
    "spotted",
    Kind.CHOICE,
    Step.WASTE,
    "Spotted",
    vocabulary=WasteCategory,
    choice_labels=WASTE_LABELS,
)
MET = FieldSpec("met", Kind.FLAG, Step.VOICE, "I met a {customer} in person")
TOPICS = FieldSpec("topics", Kind.TAGS, Step.TAGS, "Topics")


class Asking(App[None]):
    def __init__(self, spec: FieldSpec, answer: Any) -> None:
        super().__init__()
        self.asked = field_answer(spec, answer, CustomerTerm("citizen"))

    def compose(self) -> ComposeResult:
        yield self.asked


async def answer_after(spec: FieldSpec, answer: Any, *keys: str) -> Any:
    app = Asking(spec, answer)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.focus_next()
        await pilot.press(*keys)
        await pilot.pause()
        return app.asked.answer


async def test_a_choice_offers_its_values_under_their_labels():
    app = Asking(HEARD, VoiceSource.COLLEAGUE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "Heard again" in shown and "A citizen directly" in shown
        assert "No answer" not in shown  # nothing picked is its default
        assert app.asked.answer is VoiceSource.COLLEAGUE


async def test_a_choice_gives_back_the_value_picked():
    assert await answer_after(HEARD, None, "enter") is VoiceSource.CUSTOMER


async def test_a_choice_that_may_stay_empty_offers_no_answer_first():
    app = Asking(SPOTTED, WasteCategory.ADMIN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        first = app.asked.query(RadioButton).first()
        assert "No answer" in screen_text(app) and app.asked.answer is WasteCategory.ADMIN
        await pilot.click(first)
        await pilot.pause()
        assert app.asked.answer is None
    assert await answer_after(SPOTTED, None, "down", "enter") is WasteCategory.ADMIN


async def test_a_flag_is_a_checkbox_under_its_label():
    app = Asking(MET, False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "I met a citizen in person" in screen_text(app)
        assert not app.asked.query(RadioSet)
        app.asked.query_one(Checkbox).focus()
        await pilot.press("space")
        assert app.asked.answer is True


async def test_tags_are_typed_on_a_line_separated_by_commas():
    assert await answer_after(TOPICS, "support", *", letters") == "support, letters"
