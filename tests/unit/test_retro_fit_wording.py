"""How the retro words what it shows: presets, closed rounds, "lately", notes in parentheses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.domain.alignment import checker
from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.enums import WASTE_LABELS, VoiceSource, WasteCategory
from focuscheck.domain.parentheses import in_parentheses, tally
from focuscheck.i18n import _, set_language
from focuscheck.retro.board import build_board
from focuscheck.retro.prompts import RETRO_VOICE_LABELS, PromptKind, standard_prompt, voice_label
from focuscheck.retro.session import Answer, AnswerStatus, Retro, RetroSetup, make_answer
from focuscheck.retro.setup import PRESETS, Preset, SetupForm, build_setup
from focuscheck.retro.summary import render_summary, silent_line
from focuscheck.screens.retro.board_view import item_text

CUSTOMER = term_for_word("customer")
IS_ALIGNED = checker("customer", ())
SALARY = standard_prompt(PromptKind.SALARY)
VOICE = standard_prompt(PromptKind.VOICE)
WASTE = standard_prompt(PromptKind.WASTE)
CATALOG = Path(__file__).parents[2] / "focuscheck/i18n/locale/sv/LC_MESSAGES/focuscheck.po"
RETRO_SOURCES = ("focuscheck/retro/", "focuscheck/screens/retro/", "focuscheck/cli/retro_cmds.py")


def no_draw() -> str:
    raise AssertionError("no question is drawn")


def one_round(*answers: Answer, size: int = 5) -> Retro:
    retro = Retro(RetroSetup(size, (SALARY, VOICE, WASTE)), date(2026, 11, 26), seed=3)
    for answer in answers:
        retro = retro.with_answer(answer)
    return retro


class TestPresets:
    def test_the_quick_preset_asks_the_three_questions_and_waste_for_60_seconds(self) -> None:
        setup = build_setup(SetupForm.from_preset(Preset.QUICK), no_draw)
        assert [p.kind for p in setup.prompts] == [
            PromptKind.SALARY,
            PromptKind.CORNERSTONE,
            PromptKind.MISSION,
            PromptKind.WASTE,
        ]
        assert setup.timer_seconds == 60

    def test_the_full_preset_is_the_form_as_it_opens(self) -> None:
        assert SetupForm.from_preset(Preset.FULL) == SetupForm()

    def test_every_preset_names_its_seconds_in_both_languages(self) -> None:
        set_language("sv")
        assert [spec.describe() for spec in PRESETS.values()] == [
            "Alla sex frågorna, 90 s var",
            "Snabb: de tre frågorna och slöseri, 60 s var",
        ]


class TestClosedRounds:
    def test_a_round_closed_before_time_is_up_records_the_facilitator_moving_on(self) -> None:
        assert AnswerStatus.unanswered(time_was_up=False) is AnswerStatus.MOVED_ON
        assert AnswerStatus.unanswered(time_was_up=True) is AnswerStatus.MISSED

    def test_members_not_reached_are_counted_apart_from_those_out_of_time(self) -> None:
        retro = one_round(make_answer(SALARY, 0, "The customer"))
        retro = retro.with_answer(Answer(SALARY.key, 1, AnswerStatus.PASSED))
        retro = retro.close_round(SALARY, AnswerStatus.MOVED_ON)
        column = build_board(retro, CUSTOMER, IS_ALIGNED).columns[0]
        assert (column.passed, column.missed, column.moved_on) == (1, 0, 3)
        assert column.alignment is not None and column.alignment.silent == 4
        assert silent_line(column) == "passed: 1 · not answered when the facilitator moved on: 3"

    def test_a_round_whose_time_ran_out_says_out_of_time(self) -> None:
        retro = one_round(make_answer(SALARY, 0, "The customer")).close_round(SALARY)
        column = build_board(retro, CUSTOMER, IS_ALIGNED).columns[0]
        assert silent_line(column) == "passed: 0 · out of time: 4"

    def test_the_summary_in_swedish_tells_both_apart(self) -> None:
        set_language("sv")
        retro = one_round(Answer(SALARY.key, 0, AnswerStatus.MISSED))
        retro = retro.close_round(SALARY, AnswerStatus.MOVED_ON)
        text = render_summary(retro, build_board(retro, CUSTOMER, IS_ALIGNED), CUSTOMER)
        line = "*stod över: 0 · hann inte: 1 · hade inte svarat när samtalsledaren gick vidare: 4*"
        assert line in text


class TestLately:
    @pytest.mark.parametrize("language", ["en", "sv"])
    def test_the_retro_s_voice_choices_ask_about_lately_not_today(self, language: str) -> None:
        set_language(language)
        labels = [voice_label(source, CUSTOMER) for source in RETRO_VOICE_LABELS]
        assert len(labels) == len(VoiceSource)
        assert labels[-1] == {"en": "No one lately", "sv": "Ingen på sistone"}[language]
        assert not [label for label in labels if "today" in label or "i dag" in label]

    def test_an_answer_that_heard_no_one_reads_lately_on_the_board(self) -> None:
        retro = one_round(make_answer(VOICE, 0, "", voice_source=VoiceSource.NONE))
        assert build_board(retro, CUSTOMER, IS_ALIGNED).columns[1].items[0].detail == (
            "No one lately"
        )

    def test_no_retro_string_asks_about_today(self) -> None:
        with CATALOG.open("rb") as po:
            catalog = read_po(po, locale="sv")
        found = [
            message
            for message in catalog
            if message.id
            and any(path.startswith(RETRO_SOURCES) for path, _line in message.locations)
        ]
        assert len(found) > 100
        # A due date is checked against today: that is a date, not a question about the day.
        for message in (m for m in found if "{date}" not in str(m.id)):
            texts = [message.id, message.string]
            flat = " ".join(t if isinstance(t, str) else " ".join(t) for t in texts).lower()
            assert "today" not in flat and "i dag" not in flat, message.id


class TestParentheses:
    @given(st.text(max_size=40))
    def test_a_note_in_parentheses_never_nests(self, note: str) -> None:
        wrapped = in_parentheses(note)
        assert wrapped.count("(") == 1 and wrapped.count(")") == 1
        assert wrapped.startswith("(") and wrapped.endswith(")")

    def test_a_count_follows_a_label_that_has_its_own_parentheses(self) -> None:
        assert tally("1 (unclear)", 3) == "1 (unclear): 3"

    @pytest.mark.parametrize("language", ["en", "sv"])
    @pytest.mark.parametrize("category", list(WasteCategory))
    def test_no_waste_label_is_wrapped_in_a_second_pair(
        self, language: str, category: WasteCategory
    ) -> None:
        set_language(language)
        answer = make_answer(WASTE, 0, "Forms about forms", waste_category=category)
        retro = one_round(answer).toggle_mark(answer.item_id)
        board = build_board(retro, CUSTOMER, IS_ALIGNED)
        summary = render_summary(retro, board, CUSTOMER)
        item = board.columns[2].items[0]
        shown = [summary, item_text(item).plain, in_parentheses(item.detail)]
        label = _(WASTE_LABELS[category])
        assert label.split(" (")[0] in summary
        for text in shown:
            assert "((" not in text and "))" not in text
            assert ") (" not in text
