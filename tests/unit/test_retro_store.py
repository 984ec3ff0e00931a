"""Shared retro sessions: codes, joining, hidden answers, the timer, expiry and locking."""

from __future__ import annotations

import json
import multiprocessing
from datetime import date
from pathlib import Path

import pytest

from focuscheck.domain.customer_term import CustomerTerm, swedish_forms_from
from focuscheck.domain.errors import ValidationError
from focuscheck.retro.prompts import PromptKind, standard_prompt
from focuscheck.retro.remote import Phase, TimerShare
from focuscheck.retro.session import Answer, AnswerStatus, make_answer
from focuscheck.retro.session_store import (
    CODE_ALPHABET,
    EXPIRY,
    FOLDER,
    SessionError,
    SessionStore,
    format_code,
    normalize_code,
)
from focuscheck.retro.timer import TimerState

TERM = CustomerTerm()
SALARY = standard_prompt(PromptKind.SALARY)
WASTE = standard_prompt(PromptKind.WASTE)


class Wall:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def store(data_dir: Path, wall: Wall) -> SessionStore:
    return SessionStore(data_dir, wall)


def test_codes_are_short_unambiguous_and_forgiving_to_type(store: SessionStore) -> None:
    state = store.create((SALARY,), 90, named=False, customer=TERM)
    assert len(state.code) == 6 and set(state.code) <= set(CODE_ALPHABET)
    shown = format_code(state.code)
    assert shown[3] == "-"
    assert normalize_code(f"  {shown.lower()} ") == state.code
    for bad in ("", "ABC", "../../etc", "KMW-4TO", "KMW4TX7"):
        with pytest.raises(ValidationError):
            normalize_code(bad)


def test_session_file_is_private_and_documented(store: SessionStore, data_dir: Path) -> None:
    state = store.create((SALARY, WASTE), 60, named=True, customer=TERM)
    path = data_dir / FOLDER / f"{state.code}.json"
    assert path.stat().st_mode & 0o777 == 0o600
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == "focuscheck-retro-session" and raw["version"] == 2
    assert raw["prompts"][0] == {"key": "salary", "kind": "salary", "text": "Who pays my salary?"}
    assert store.load(format_code(state.code)) == state


def test_join_submit_and_answers_stay_with_their_round(store: SessionStore) -> None:
    state = store.create((SALARY, WASTE), 60, named=False, customer=TERM)
    _state, ann = store.join(state.code, "ignored in an anonymous retro")
    _state, bo = store.join(state.code)
    with pytest.raises(ValidationError, match="closed"):
        store.submit(state.code, ann, make_answer(SALARY, 0, "The customer"))
    store.start_round(state.code, 0, TimerShare(TimerState.RUNNING, 60, 0))
    store.submit(state.code, ann, make_answer(SALARY, 0, "The customer"))
    store.submit(state.code, ann, make_answer(SALARY, 0, "The customers"))  # changes it
    state = store.submit(state.code, bo, Answer(SALARY.key, 0, AnswerStatus.PASSED))
    assert state.answered(SALARY) == 2
    assert [p.name for p in state.participants] == ["", ""]
    mine = state.own_answer(ann, SALARY)
    assert mine is not None and mine.text == "The customers" and mine.member == 0
    assert state.own_answer(bo, SALARY) == Answer(SALARY.key, 1, AnswerStatus.PASSED)
    with pytest.raises(ValidationError, match="not part"):
        store.submit(state.code, "stranger", make_answer(SALARY, 0, "Me"))
    with pytest.raises(ValidationError, match="closed"):
        store.submit(state.code, ann, make_answer(WASTE, 0, "Forms"))
    store.share_timer(state.code, TimerShare(TimerState.EXPIRED, 0, 0))
    with pytest.raises(ValidationError, match="time is up"):
        store.submit(state.code, ann, make_answer(SALARY, 0, "Late"))


def test_reveal_turns_the_session_into_a_retro(store: SessionStore) -> None:
    state = store.create((SALARY, WASTE), 60, named=True, customer=TERM)
    _s, ann = store.join(state.code, "Ann")
    _s, bo = store.join(state.code, "Bo")
    store.start_round(state.code, 0, TimerShare())
    store.submit(state.code, bo, make_answer(SALARY, 0, "Taxpayers"))
    store.start_round(state.code, 1, TimerShare())
    store.submit(state.code, ann, make_answer(WASTE, 0, "Forms"))
    state = store.reveal(state.code)
    assert state.phase is Phase.REVEAL
    retro = state.to_retro(date(2026, 11, 26), seed=1)
    assert retro.setup.names == ("Ann", "Bo") and retro.setup.team_size == 2
    statuses = {(a.prompt_key, a.member): a.status for a in retro.answers}
    assert statuses[("salary", 0)] is AnswerStatus.MISSED
    assert statuses[("salary", 1)] is AnswerStatus.GIVEN
    assert statuses[("waste", 1)] is AnswerStatus.MISSED
    with pytest.raises(ValidationError, match="reveal"):
        store.join(state.code, "Late")


def test_timer_share_counts_down_for_participants() -> None:
    share = TimerShare(TimerState.RUNNING, 60, at=100)
    assert share.reading_at(130).remaining == 30
    assert share.reading_at(170).state is TimerState.EXPIRED
    paused = TimerShare(TimerState.PAUSED, 42, at=100)
    assert paused.reading_at(999).remaining == 42


def test_unknown_broken_and_stale_sessions(store: SessionStore, wall: Wall, data_dir: Path) -> None:
    with pytest.raises(SessionError, match="no retro"):
        store.load("KMW-4TX")
    old = store.create((SALARY,), 60, named=False, customer=TERM)
    wall.now += EXPIRY + 1
    with pytest.raises(SessionError, match="expired"):
        store.load(old.code)
    broken = data_dir / FOLDER / "AAAAAA.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(SessionError, match="cannot be read"):
        store.load("AAAAAA")
    fresh = store.create((SALARY,), 60, named=False, customer=TERM)  # clears what is stale
    assert not store.path(old.code).exists()
    assert store.load(fresh.code).code == fresh.code
    store.close(fresh.code)
    with pytest.raises(SessionError):
        store.load(fresh.code)


def _join_many(data_dir: str, code: str, count: int) -> None:
    store = SessionStore(Path(data_dir))
    for _ in range(count):
        store.join(code)


def test_joins_from_several_processes_are_never_lost(data_dir: Path) -> None:
    store = SessionStore(data_dir)
    code = store.create((SALARY,), 60, named=False, customer=TERM).code
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_join_many, args=(str(data_dir), code, 5)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert len(store.load(code).participants) == 15


def test_a_session_carries_the_facilitator_s_word_for_the_customer(store: SessionStore) -> None:
    term = CustomerTerm("brukare", swedish_forms_from("brukare", definite="brukaren"))
    state = store.create((SALARY,), 60, named=False, customer=term, synonyms=("klient",))
    again = store.load(state.code)
    assert again.customer == term
    assert again.synonyms == ("klient",)
