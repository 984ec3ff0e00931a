"""Answers, rounds and the reveal board: alignment counts, clarity dots, waste groups."""

from __future__ import annotations

from datetime import date

import pytest

from focuscheck.domain.alignment import checker
from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.retro.board import build_board
from focuscheck.retro.prompts import Prompt, PromptKind, custom_prompt, standard_prompt
from focuscheck.retro.session import (
    Answer,
    AnswerStatus,
    Retro,
    RetroSetup,
    make_answer,
    parse_team,
)

SALARY = standard_prompt(PromptKind.SALARY)
MISSION = standard_prompt(PromptKind.MISSION)
VOICE = standard_prompt(PromptKind.VOICE)
WASTE = standard_prompt(PromptKind.WASTE)
OURS = custom_prompt("What surprised you?")
IS_ALIGNED = checker("customer", ())


def retro(names: tuple[str, ...] = (), size: int = 5) -> Retro:
    prompts = (SALARY, MISSION, VOICE, WASTE, OURS)
    return Retro(RetroSetup(size, prompts, names=names), date(2026, 11, 26), seed=7)


def test_make_answer_cleans_text_and_keeps_only_what_the_question_asks() -> None:
    answer = make_answer(SALARY, 2, "  The \x1b[31mcustomer\u202e ", clarity=4)
    assert answer.text == "The [31mcustomer"
    assert answer.clarity is None
    mission = make_answer(MISSION, 0, "", clarity=1)
    assert mission.clarity == 1 and mission.status is AnswerStatus.GIVEN
    waste = make_answer(WASTE, 0, "Three sign-offs for a refund")
    assert waste.waste_category is WasteCategory.OTHER


@pytest.mark.parametrize(
    ("prompt", "text", "clarity"),
    [(SALARY, "   ", None), (MISSION, "", 9), (OURS, "x" * 1001, None)],
)
def test_make_answer_refuses_what_is_no_answer(
    prompt: Prompt, text: str, clarity: int | None
) -> None:
    with pytest.raises(ValidationError):
        make_answer(prompt, 0, text, clarity=clarity)


def test_team_from_size_or_names() -> None:
    assert parse_team("5", "") == (5, ())
    assert parse_team("9", "Ann, Bo,\nAnn, Cy ") == (3, ("Ann", "Bo", "Cy"))
    for bad in ("", "zero", "0", "31"):
        with pytest.raises(ValidationError):
            parse_team(bad, "")


def test_turns_passing_and_closing_a_round() -> None:
    current = retro(size=3)
    assert current.next_member(SALARY) == 0
    current = current.with_answer(make_answer(SALARY, 0, "The customer"))
    current = current.with_answer(Answer(SALARY.key, 1, AnswerStatus.PASSED))
    assert current.next_member(SALARY) == 2
    closed = current.close_round(SALARY)
    statuses = [a.status for a in closed.answers_to(SALARY)]
    assert statuses == [AnswerStatus.GIVEN, AnswerStatus.PASSED, AnswerStatus.MISSED]
    assert closed.next_member(SALARY) is None
    # A second answer from the same member replaces the first.
    again = closed.with_answer(make_answer(SALARY, 0, "Taxpayers"))
    assert [a.text for a in again.answers_to(SALARY) if a.member == 0] == ["Taxpayers"]


def filled() -> Retro:
    current = retro()
    for member, text in enumerate(["The customer", "My boss", "Our clients", "The customers"]):
        current = current.with_answer(make_answer(SALARY, member, text))
    current = current.with_answer(Answer(SALARY.key, 4, AnswerStatus.PASSED))
    for member, level in enumerate([1, 1, 3, 5]):
        current = current.with_answer(make_answer(MISSION, member, "", clarity=level))
    current = current.with_answer(make_answer(MISSION, 4, "Something about trust"))
    current = current.with_answer(
        make_answer(VOICE, 0, "Why so many forms?", voice_source=VoiceSource.CUSTOMER)
    )
    wastes = [
        (WasteCategory.RED_TAPE, "Three signatures"),
        (WasteCategory.UNCLARITY, "Who owns the backlog?"),
        (WasteCategory.RED_TAPE, "Forms for forms"),
    ]
    for member, (category, note) in enumerate(wastes):
        current = current.with_answer(make_answer(WASTE, member, note, waste_category=category))
    for prompt in current.setup.prompts:
        current = current.close_round(prompt)
    return current


def test_alignment_is_counted_with_the_check_in_s_own_check() -> None:
    column = build_board(filled(), term_for_word("customer"), IS_ALIGNED).columns[0]
    assert column.alignment is not None
    assert (column.alignment.aligned, column.alignment.other, column.alignment.silent) == (3, 1, 1)
    assert {item.text: item.aligned for item in column.items}["My boss"] is False


def test_mission_clarity_becomes_a_dot_plot() -> None:
    plot = build_board(filled(), term_for_word("customer"), IS_ALIGNED).columns[1].clarity
    assert plot is not None
    assert plot.counts == (2, 0, 1, 0, 1)
    assert plot.unrated == 1
    assert plot.mean == pytest.approx(2.5)
    assert plot.rows()[0] == (5, 1) and plot.rows()[-1] == (1, 2)


def test_waste_is_grouped_by_category_in_a_fixed_order() -> None:
    column = build_board(filled(), term_for_word("customer"), IS_ALIGNED).columns[3]
    assert [group.category for group in column.waste] == [
        WasteCategory.UNCLARITY,
        WasteCategory.RED_TAPE,
    ]
    assert [len(group.items) for group in column.waste] == [1, 2]
    assert [item.waste_category for item in column.items] == [
        WasteCategory.UNCLARITY,
        WasteCategory.RED_TAPE,
        WasteCategory.RED_TAPE,
    ]
    assert column.missed == 2


def test_anonymous_answers_are_shuffled_and_carry_no_author() -> None:
    board = build_board(filled(), term_for_word("customer"), IS_ALIGNED)
    items = board.columns[0].items
    assert all(item.author == "" for item in items)
    assert sorted(item.text for item in items) == sorted(
        ["The customer", "My boss", "Our clients", "The customers"]
    )
    # Stable for the retro: built twice, the same order.
    assert build_board(filled(), term_for_word("customer"), IS_ALIGNED).columns[0].items == items
    seeds = {
        tuple(
            i.text
            for i in build_board(_reseeded(seed), term_for_word("customer"), IS_ALIGNED)
            .columns[0]
            .items
        )
        for seed in range(12)
    }
    assert len(seeds) > 1, "the order depends on the seed, not on the turn order"


def _reseeded(seed: int) -> Retro:
    from dataclasses import replace

    return replace(filled(), seed=seed)


def test_named_retros_keep_turn_order_and_names() -> None:
    named = (
        Retro(RetroSetup(2, (SALARY,), names=("Ann", "Bo")), date(2026, 11, 26))
        .with_answer(make_answer(SALARY, 1, "Citizens"))
        .with_answer(make_answer(SALARY, 0, "Us"))
    )
    items = build_board(named, term_for_word("citizen"), checker("citizen", ())).columns[0].items
    assert [(item.author, item.text) for item in items] == [("Ann", "Us"), ("Bo", "Citizens")]


def test_marks_follow_the_items() -> None:
    current = filled()
    target = build_board(current, term_for_word("customer"), IS_ALIGNED).columns[3].items[0].item_id
    marked = build_board(current.toggle_mark(target), term_for_word("customer"), IS_ALIGNED)
    assert [item.item_id for _column, item in marked.marked()] == [target]
    assert not build_board(
        current.toggle_mark(target).toggle_mark(target), term_for_word("customer"), IS_ALIGNED
    ).marked()
