"""A shared round the facilitator closes: who had not answered, and why, in the session file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.errors import ValidationError
from focuscheck.retro.prompts import PromptKind, standard_prompt
from focuscheck.retro.remote import TimerShare
from focuscheck.retro.session import AnswerStatus, make_answer
from focuscheck.retro.session_store import SessionStore
from focuscheck.retro.timer import TimerState

SALARY = standard_prompt(PromptKind.SALARY)
WASTE = standard_prompt(PromptKind.WASTE)
CLOSED = TimerShare(TimerState.EXPIRED, 0.0, 1_800_000_000.0)


@pytest.fixture
def store(data_dir: Path) -> SessionStore:
    return SessionStore(data_dir, lambda: 1_800_000_000.0)


def three_joined(store: SessionStore) -> tuple[str, list[str]]:
    code = store.create((SALARY, WASTE), 60, named=False, customer=CustomerTerm()).code
    members = [store.join(code)[1] for _member in range(3)]
    store.start_round(code, 0, TimerShare(TimerState.RUNNING, 60.0, 1_800_000_000.0))
    store.submit(code, members[0], make_answer(SALARY, 0, "The customer"))
    return code, members


def test_moving_on_early_records_the_members_without_an_answer_as_not_reached(
    store: SessionStore,
) -> None:
    code, _members = three_joined(store)
    state = store.update(code, lambda s: s.with_round_closed(CLOSED, AnswerStatus.MOVED_ON))
    retro = state.to_retro(date(2026, 11, 26), seed=1)
    statuses = [a.status for a in retro.answers if a.prompt_key == SALARY.key]
    assert sorted(statuses) == sorted(
        [AnswerStatus.GIVEN, AnswerStatus.MOVED_ON, AnswerStatus.MOVED_ON]
    )
    assert state.timer.state is TimerState.EXPIRED


def test_a_round_closed_after_time_ran_out_records_out_of_time(store: SessionStore) -> None:
    code, _members = three_joined(store)
    state = store.update(code, lambda s: s.with_round_closed(CLOSED, AnswerStatus.MISSED))
    statuses = [a.status for a in state.answers]
    assert statuses.count(AnswerStatus.MISSED) == 2


def test_a_member_cannot_answer_a_question_the_facilitator_closed(store: SessionStore) -> None:
    code, members = three_joined(store)
    store.update(code, lambda s: s.with_round_closed(CLOSED, AnswerStatus.MOVED_ON))
    with pytest.raises(ValidationError, match="moved on"):
        store.submit(code, members[1], make_answer(SALARY, 0, "Too late"))


def test_a_session_file_from_before_still_reads_unanswered_turns_as_out_of_time(
    store: SessionStore,
) -> None:
    code, _members = three_joined(store)
    store.start_round(code, 1, CLOSED)
    path = store.path(code)
    record = json.loads(path.read_text(encoding="utf-8"))
    assert {a["status"] for a in record["answers"]} == {"given"}  # as files were written before
    retro = store.load(code).to_retro(date(2026, 11, 26), seed=1)
    statuses = [a.status for a in retro.answers if a.prompt_key == SALARY.key]
    assert statuses.count(AnswerStatus.MISSED) == 2
