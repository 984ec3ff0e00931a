"""Prompts, and the pool draw that does not repeat the last retros' choices."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import set_language
from focuscheck.retro.draw import HISTORY_NAME, REMEMBER, choose, draw_question, read_history
from focuscheck.retro.prompts import (
    POOL,
    PromptKind,
    custom_prompt,
    drawn_prompt,
    prompt_from_record,
    prompt_to_record,
    standard_prompt,
)
from focuscheck.retro.setup import SetupForm, build_setup


def test_prompts_use_the_customer_word_in_the_current_language() -> None:
    value = standard_prompt(PromptKind.VALUE)
    assert (
        value.question(term_for_word("patient"))
        == "What did I do lately that creates value for the patient?"
    )
    set_language("sv")
    assert (
        standard_prompt(PromptKind.SALARY).question(term_for_word("kund")) == "Vem betalar min lön?"
    )
    assert value.question(term_for_word("brukare")) == (
        "Vad har jag gjort på sistone som skapar mervärde för brukaren?"
    )
    assert (
        drawn_prompt("waiting").question(term_for_word("kund")) == "Var fick kunderna vänta på oss?"
    )


def test_a_custom_prompt_is_shown_exactly_as_typed_and_not_translated() -> None:
    prompt = custom_prompt("  What would {customer} [b]say[/b]?\x1b[2J ")
    assert prompt.question(term_for_word("patient")) == "What would {customer} [b]say[/b]?[2J"
    with pytest.raises(ValidationError):
        custom_prompt("   ")
    with pytest.raises(ValidationError):
        custom_prompt("x" * 201)


def test_prompts_survive_their_stored_form() -> None:
    for prompt in (standard_prompt(PromptKind.WASTE), custom_prompt("Ours"), drawn_prompt("proud")):
        assert prompt_from_record(json.loads(json.dumps(prompt_to_record(prompt)))) == prompt
    with pytest.raises(ValidationError):
        prompt_from_record({"kind": "drawn", "key": "drawn:nonsense"})
    with pytest.raises(ValidationError):
        prompt_from_record(["not", "a", "prompt"])


def test_choose_avoids_recent_draws_until_the_pool_runs_dry() -> None:
    keys = list(POOL)
    history = keys[:REMEMBER]
    for seed in range(50):
        assert choose(history, random.Random(seed)) not in history
    # Everything recent (an artificially long history): anything but the very last.
    for seed in range(50):
        assert choose(keys, random.Random(seed)) != keys[0]


def test_draws_are_remembered_in_the_data_folder(data_dir: Path) -> None:
    drawn = [draw_question(data_dir, random.Random(seed)) for seed in range(REMEMBER)]
    assert len(set(drawn)) == REMEMBER, "no repeats within the remembered window"
    assert read_history(data_dir) == list(reversed(drawn))
    record = json.loads((data_dir / HISTORY_NAME).read_text(encoding="utf-8"))
    assert record["drawn"][0] == drawn[-1]
    assert (data_dir / HISTORY_NAME).stat().st_mode & 0o777 == 0o600
    # The next draw avoids all of them.
    assert draw_question(data_dir, random.Random(99)) not in drawn[1:]


def test_a_broken_history_only_costs_a_possible_repeat(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / HISTORY_NAME).write_text("{not json", encoding="utf-8")
    assert read_history(data_dir) == []
    key = draw_question(data_dir, random.Random(1))
    assert read_history(data_dir) == [key]


def test_setup_form_builds_the_prompts_in_order_and_draws_last(data_dir: Path) -> None:
    calls: list[str] = []

    def draw() -> str:
        calls.append("drawn")
        return "waiting"

    form = SetupForm(
        team_size="4",
        kinds=(PromptKind.WASTE, PromptKind.SALARY),
        custom="What surprised you?",
        draw=True,
    )
    setup = build_setup(form, draw)
    assert [p.kind for p in setup.prompts] == [
        PromptKind.SALARY,
        PromptKind.WASTE,
        PromptKind.CUSTOM,
        PromptKind.DRAWN,
    ]
    assert setup.team_size == 4 and setup.anonymous and calls == ["drawn"]


def test_a_form_with_a_mistake_does_not_use_up_a_pool_question() -> None:
    def draw() -> str:
        raise AssertionError("drawn although the form was wrong")

    with pytest.raises(ValidationError) as caught:
        build_setup(SetupForm(timer="forever", draw=True), draw)
    assert caught.value.field == "timer"
    with pytest.raises(ValidationError) as caught:
        build_setup(SetupForm(kinds=()), draw)
    assert caught.value.field == "prompts"
