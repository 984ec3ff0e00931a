"""The Markdown summary: its content, literal answers, and never overwriting silently."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from focuscheck.domain.alignment import checker
from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.enums import WasteCategory
from focuscheck.i18n import set_language
from focuscheck.retro.board import build_board
from focuscheck.retro.prompts import PromptKind, standard_prompt
from focuscheck.retro.session import Answer, AnswerStatus, Retro, RetroSetup, make_answer
from focuscheck.retro.summary import (
    SummaryExists,
    default_summary_path,
    next_free_path,
    plain,
    render_summary,
    write_summary,
)

SALARY = standard_prompt(PromptKind.SALARY)
MISSION = standard_prompt(PromptKind.MISSION)
WASTE = standard_prompt(PromptKind.WASTE)
IS_ALIGNED = checker("customer", ())


def sample(names: tuple[str, ...] = ()) -> Retro:
    setup = RetroSetup(3, (SALARY, MISSION, WASTE), names=names, timer_seconds=60)
    current = Retro(setup, date(2026, 11, 26), seed=3)
    current = current.with_answer(make_answer(SALARY, 0, "The *customer* <b>"))
    current = current.with_answer(make_answer(SALARY, 1, "# My manager"))
    current = current.with_answer(Answer(SALARY.key, 2, AnswerStatus.PASSED))
    current = current.with_answer(make_answer(MISSION, 0, "", clarity=2))
    current = current.with_answer(make_answer(MISSION, 1, "", clarity=4))
    current = current.with_answer(
        make_answer(WASTE, 0, "Approval chains", waste_category=WasteCategory.RED_TAPE)
    )
    for prompt in setup.prompts:
        current = current.close_round(prompt)
    return current


def render(current: Retro, opening: tuple[str, ...] = ()) -> str:
    return render_summary(
        current,
        build_board(current, term_for_word("customer"), IS_ALIGNED),
        term_for_word("customer"),
        opening,
    )


def test_summary_holds_figures_answers_and_marks() -> None:
    current = sample()
    waste_item = (
        build_board(current, term_for_word("customer"), IS_ALIGNED).columns[2].items[0].item_id
    )
    text = render(current.toggle_mark(waste_item), ("12 check-ins from 5 participants",))
    assert text.startswith("# Retro opener 2026-11-26\n")
    assert "3 members (anonymous) · 60 s per question" in text
    assert "## What our check-ins said" in text and "- 12 check-ins from 5 participants" in text
    assert "**Who pays my salary?** 1 of 2 answers name the customer" in text
    assert "1 unclear  ·" in text and "2          ●" in text and "average 3.0" in text
    assert (
        "**What internal thing adds no value for the customer?** Rules for their own sake" in text
    )
    assert (
        "## Taken into the retro\n\n- **Waste**: Approval chains (Rules for their own sake" in text
    )
    assert "*passed: 1*" in text
    assert "*passed: 0 · out of time: 2*" in text
    assert "anyone's personal journal" in text


def test_answers_are_literal_markdown() -> None:
    text = render(sample())
    assert r"The \*customer\* \<b\>" in text
    assert r"- \# My manager" in text
    assert "<b>" not in text
    assert plain("- a\n2. b [x](y)") == r"\- a / 2. b \[x\](y)"
    assert plain("1) first") == r"1\) first"


def test_names_appear_only_when_given() -> None:
    assert "— *Ann*" not in render(sample())
    named = render(sample(names=("Ann", "Bo", "Cy")))
    assert "3 members (Ann, Bo, Cy)" in named
    assert "- The \\*customer\\* \\<b\\> — *Ann*" in named
    assert "Nothing was marked." in named


def test_summary_in_swedish() -> None:
    set_language("sv")
    text = render(sample())
    assert text.startswith("# Retroinledning 2026-11-26")
    assert "Vem betalar min lön?" in text


def test_default_name_and_next_free_name(tmp_path: Path) -> None:
    path = default_summary_path(tmp_path, date(2026, 11, 26))
    assert path.name == "retro-2026-11-26.md"
    assert next_free_path(path) == path
    path.write_text("old", encoding="utf-8")
    (tmp_path / "retro-2026-11-26-2.md").write_text("old", encoding="utf-8")
    assert next_free_path(path).name == "retro-2026-11-26-3.md"


def test_writing_never_replaces_a_file_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "retro.md"
    assert write_summary(path, "first\n") == path
    with pytest.raises(SummaryExists) as caught:
        write_summary(path, "second\n")
    assert caught.value.suggestion.name == "retro-2.md"
    assert "exists already" in str(caught.value)
    assert path.read_text(encoding="utf-8") == "first\n"
    write_summary(path, "second\n", overwrite=True)
    assert path.read_text(encoding="utf-8") == "second\n"


def test_a_folder_that_refuses_gives_a_message(tmp_path: Path) -> None:
    from focuscheck.retro.summary import SummaryWriteError

    with pytest.raises(SummaryWriteError) as caught:
        write_summary(tmp_path / "missing" / "retro.md", "x")
    assert "cannot write" in str(caught.value)
