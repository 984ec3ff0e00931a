"""The check-in form: steps, checks, drafts and the entry it builds."""

from __future__ import annotations

import pytest

from focuscheck.domain.checkin_form import (
    STEPS,
    CheckinForm,
    Step,
    blank_form,
    form_from_draft,
    form_from_entry,
)
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import MAX_TEXT
from tests.conftest import FROZEN_NOW
from tests.unit.more_questions_support import use_more_questions

TODAY = FROZEN_NOW.date()


def filled() -> CheckinForm:
    return CheckinForm(
        day=TODAY,
        salary="the customer",
        value="Answered a letter",
        voice_source=VoiceSource.COLLEAGUE,
        waste_category=WasteCategory.RIGIDITY,
        focus=3,
        tags="letters, #support, letters",
    ).at(Step.TAGS)


def test_eight_steps_in_the_brief_s_order():
    assert STEPS[:3] == (Step.SALARY, Step.CORNERSTONE, Step.MISSION)
    assert len(STEPS) == 8


def test_a_blank_form_is_blank_until_something_is_typed():
    form = blank_form(TODAY)
    assert form.is_blank()
    assert not form.changed(salary="x").is_blank()
    assert form.at(5).is_blank()  # moving on alone is not an answer


def test_value_is_required_and_length_is_checked():
    form = blank_form(TODAY)
    problem = form.check_step(Step.VALUE)
    assert problem is not None and problem.field == "value"
    long = form.changed(value="x" * (MAX_TEXT + 1))
    assert "too long" in str(long.check_step(Step.VALUE))
    assert form.check_step(Step.SALARY) is None
    found = form.first_problem()
    assert found is not None and found[0] is Step.VALUE


def test_a_value_of_invisible_characters_only_counts_as_empty():
    form = blank_form(TODAY).changed(value="\u200b\u2060 \ufeff")
    problem = form.check_step(Step.VALUE)
    assert problem is not None and problem.field == "value"
    assert form.changed(value="\u200bHelped\u200b").check_step(Step.VALUE) is None


def test_the_draft_round_trips():
    form = filled()
    assert form_from_draft(form.to_draft()) == form


def test_a_damaged_draft_keeps_what_it_can():
    draft = filled().to_draft() | {"focus": 9, "voice_source": "aliens", "step": "x"}
    form = form_from_draft(draft)
    assert form is not None
    assert form.focus is None and form.voice_source is None and form.step == 0
    assert form.value == "Answered a letter"
    assert form_from_draft({"version": 99}) is None
    assert form_from_draft("nonsense") is None


def test_build_makes_an_entry_with_alignment_and_clean_tags():
    entry = filled().build(now=FROZEN_NOW, is_aligned=lambda text: "customer" in text)
    assert entry.salary_aligned and not entry.cornerstone_aligned
    assert entry.tags == ("letters", "support")
    assert entry.voice_source is VoiceSource.COLLEAGUE
    assert entry.created_at == FROZEN_NOW


def test_a_quote_with_no_one_heard_stays_in_the_draft_but_is_never_saved():
    form = filled().changed(voice_source=VoiceSource.NONE, voice_quote="Still here")
    assert form_from_draft(form.to_draft()) == form
    assert form.build(now=FROZEN_NOW, is_aligned=lambda _text: False).voice_quote == ""
    chosen = form.changed(voice_source=VoiceSource.CUSTOMER)
    assert chosen.build(now=FROZEN_NOW, is_aligned=lambda _text: False).voice_quote == "Still here"


def test_editing_keeps_the_entry_id():
    entry = filled().build(now=FROZEN_NOW, is_aligned=lambda _text: False)
    form = form_from_entry(entry)
    assert form.editing and form.entry_id == entry.id
    assert form.build(now=FROZEN_NOW, is_aligned=lambda _text: False).id == entry.id


class TestQuestionsWithoutAnAttribute:
    """A question the table adds to a step needs no line in the form."""

    @pytest.fixture(autouse=True)
    def more_questions(self, monkeypatch: pytest.MonkeyPatch) -> None:
        use_more_questions(monkeypatch)

    def test_a_blank_form_holds_their_empty_answers(self):
        form = blank_form(TODAY)
        assert (form.answer("promise"), form.answer("energy")) == ("", None)
        assert form.is_blank()

    def test_an_answer_to_one_counts_as_typed(self):
        form = blank_form(TODAY).changed(promise="Call Mrs Berg", energy=2)
        assert (form.answer("promise"), form.answer("energy")) == ("Call Mrs Berg", 2)
        assert not form.is_blank()
        assert form.changed(promise="").answer("energy") == 2

    def test_the_draft_keeps_them(self):
        form = filled().changed(promise="Call Mrs Berg", energy=2)
        assert form.to_draft()["promise"] == "Call Mrs Berg"
        assert form_from_draft(form.to_draft()) == form

    def test_the_entry_carries_them_and_editing_shows_them(self):
        form = filled().changed(promise="Call Mrs Berg", energy=2)
        entry = form.build(now=FROZEN_NOW, is_aligned=lambda _text: False)
        assert (entry.promise, entry.energy) == ("Call Mrs Berg", 2)
        assert form_from_entry(entry).answer("promise") == "Call Mrs Berg"

    def test_their_step_checks_them_and_a_problem_goes_back_to_it(self):
        form = filled().changed(promise="x" * (MAX_TEXT + 1))
        problem = form.check_step(Step.VALUE)
        assert problem is not None and problem.field == "promise"
        assert form.step_for(problem) is Step.VALUE
        with pytest.raises(ValidationError) as raised:
            form.build(now=FROZEN_NOW, is_aligned=lambda _text: False)
        assert form.step_for(raised.value) is Step.VALUE

    def test_an_unknown_name_is_refused(self):
        with pytest.raises(TypeError):
            blank_form(TODAY).changed(nonsense="x")


def test_a_quote_heard_from_no_one_is_named_for_the_line_by_line_check_ins():
    form = blank_form(TODAY).changed(voice_quote="Thanks")
    for source in (None, VoiceSource.NONE):
        problem = form.changed(voice_source=source).unheard_quote()
        assert problem is not None and problem.field == "voice_source"
        # the app greys it out instead, and the step may be left
        assert form.changed(voice_source=source).check_step(Step.VOICE) is None
    assert form.changed(voice_source=VoiceSource.CUSTOMER).unheard_quote() is None
    assert blank_form(TODAY).changed(voice_source=VoiceSource.NONE).unheard_quote() is None
