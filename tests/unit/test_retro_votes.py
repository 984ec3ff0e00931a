"""Dot votes and hidden answers: the rules, the board they sort, the session file they live in."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focuscheck.domain.alignment import checker
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.errors import ValidationError
from focuscheck.retro.board import build_board, review_board
from focuscheck.retro.prompts import PromptKind, custom_prompt, standard_prompt
from focuscheck.retro.remote import Phase, TimerShare
from focuscheck.retro.session import Retro, RetroSetup, make_answer
from focuscheck.retro.session_store import FOLDER, SessionStore
from focuscheck.retro.summary import render_summary
from focuscheck.retro.timer import TimerState
from focuscheck.retro.votes import VOTES_PER_MEMBER
from focuscheck.screens.retro.board_view import item_text

SALARY = standard_prompt(PromptKind.SALARY)
WASTE = standard_prompt(PromptKind.WASTE)
OURS = custom_prompt("What surprised you?")
TERM = CustomerTerm()
IS_ALIGNED = checker("customer", ())


def answered(size: int = 5, names: tuple[str, ...] = ()) -> Retro:
    retro = Retro(RetroSetup(size, (SALARY, OURS), names=names), date(2026, 11, 26), seed=3)
    for member in range(size):
        retro = retro.with_answer(make_answer(SALARY, member, f"Salary answer {member}"))
        retro = retro.with_answer(make_answer(OURS, member, f"Surprise {member}"))
    return retro


def test_a_member_has_three_votes_may_stack_them_and_take_one_back() -> None:
    retro = answered()
    for _vote in range(VOTES_PER_MEMBER):
        retro = retro.with_vote(0, "salary#3")
    assert retro.votes_left(0) == 0 and retro.votes_left(1) == 3
    with pytest.raises(ValidationError, match="used your 3 votes"):
        retro.with_vote(0, "salary#1")
    retro = retro.without_vote(0, "salary#3").with_vote(0, "salary#1")
    assert retro.votes_left(0) == 0
    done = retro.with_voter_done(0)
    # Once a member has finished, their votes no longer change.
    assert done.without_vote(0, "salary#1").votes == done.votes
    assert done.next_voter() == 1


def test_the_board_sorts_each_column_by_votes_and_ties_keep_the_shuffled_order() -> None:
    retro = answered()
    shuffled = [item.item_id for item in build_board(retro, TERM, IS_ALIGNED).columns[0].items]
    favourite, runner_up = shuffled[3], shuffled[4]
    retro = retro.with_vote(0, favourite).with_vote(1, favourite).with_vote(2, runner_up)
    board = build_board(retro, TERM, IS_ALIGNED)
    assert all(item.votes is None for item in board.columns[0].items)  # not counted yet
    counted = build_board(retro.count_votes(), TERM, IS_ALIGNED).columns[0].items
    assert [item.item_id for item in counted] == [
        favourite,
        runner_up,
        *(i for i in shuffled if i not in (favourite, runner_up)),
    ]
    assert [item.votes for item in counted] == [2, 1, 0, 0, 0]


def test_counting_votes_marks_the_most_voted_and_the_facilitator_can_change_it() -> None:
    retro = answered()
    for member, item in enumerate(["salary#0", "salary#0", "custom#1", "custom#2", "salary#4"]):
        retro = retro.with_vote(member, item)
    retro = retro.with_vote(0, "custom#1").count_votes()
    # The three most voted, and everything tied with the third.
    assert retro.marked == {"salary#0", "custom#1", "custom#2", "salary#4"}
    retro = retro.toggle_mark("salary#4").toggle_mark("custom#3")
    assert retro.marked == {"salary#0", "custom#1", "custom#2", "custom#3"}


def test_hiding_an_answer_removes_it_from_every_board_and_the_summary() -> None:
    retro = answered(names=("Ann", "Bo", "Cy", "Di", "Ed")).with_marks({"custom#2"})
    retro = retro.toggle_hidden("custom#2").with_vote(0, "custom#2")
    board = build_board(retro, TERM, IS_ALIGNED)
    assert "custom#2" not in {item.item_id for column in board.columns for item in column.items}
    assert board.columns[1].hidden == 1 and retro.marked == frozenset()
    assert retro.count_votes().votes == ()
    summary = render_summary(retro, board, TERM)
    assert "Surprise 2" not in summary
    assert "1 answer hidden by the facilitator" in summary
    # The facilitator's own check still lists it, without a name, to show it again.
    checked = review_board(retro, TERM, IS_ALIGNED).columns[1].items
    assert [item.hidden for item in checked].count(True) == 1
    assert all(item.author == "" for item in checked)
    shown_again = build_board(retro.toggle_hidden("custom#2"), TERM, IS_ALIGNED).columns[1]
    assert "Surprise 2" in {item.text for item in shown_again.items}


@settings(max_examples=60, deadline=None)
@given(
    size=st.integers(min_value=1, max_value=8),
    votes=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=24),
    hidden=st.sets(st.integers(0, 7), max_size=3),
    seed=st.integers(0, 1000),
    counted=st.booleans(),
)
def test_board_and_vote_views_never_carry_an_author_in_an_anonymous_retro(
    size: int, votes: list[tuple[int, int]], hidden: set[int], seed: int, counted: bool
) -> None:
    retro = Retro(RetroSetup(size, (SALARY, WASTE)), date(2026, 11, 26), seed=seed)
    for member in range(size):
        retro = retro.with_answer(make_answer(SALARY, member, "same words"))
        retro = retro.with_answer(make_answer(WASTE, member, "same words"))
    for member in hidden:
        retro = retro.toggle_hidden(f"salary#{member}")
    for member, target in votes:
        if member < size and target < size and retro.votes_left(member):
            retro = retro.with_vote(member, f"waste#{target}")
    if counted:
        retro = retro.count_votes()
    for board in (build_board(retro, TERM, IS_ALIGNED), review_board(retro, TERM, IS_ALIGNED)):
        for column in board.columns:
            for item in column.items:
                assert item.author == ""
                shown = item_text(item, own_votes=1).plain
                assert "Member" not in shown and "#" not in shown


@pytest.fixture
def store(data_dir: Path) -> SessionStore:
    return SessionStore(data_dir)


def test_remote_votes_are_kept_in_the_session_file_and_counted_at_the_reveal(
    store: SessionStore, data_dir: Path
) -> None:
    code = store.create((SALARY,), 60, named=False, customer=TERM).code
    people = [store.join(code)[1] for _ in range(3)]
    store.start_round(code, 0, TimerShare(TimerState.RUNNING, 60, store.wall()))
    for number, who in enumerate(people):
        store.submit(code, who, make_answer(SALARY, 0, f"Answer {number}"))
    with pytest.raises(ValidationError, match="voting is closed"):
        store.vote(code, people[0], "salary#1")
    store.close_answers(code)
    state = store.start_voting(code, frozenset({"salary#2"}))
    assert state.phase is Phase.VOTING
    with pytest.raises(ValidationError, match="not on the board"):
        store.vote(code, people[0], "salary#2")
    store.vote(code, people[0], "salary#1")
    store.vote(code, people[0], "salary#1")
    store.vote(code, people[1], "salary#0")
    store.take_back_vote(code, people[0], "salary#1")
    state = store.finish_voting(code, people[0])
    with pytest.raises(ValidationError, match="finished voting"):
        store.vote(code, people[0], "salary#0")
    assert len(state.voted) == 1 and state.own_votes_left(people[0]) == 2
    raw = json.loads((data_dir / FOLDER / f"{code}.json").read_text(encoding="utf-8"))
    assert raw["hidden"] == ["salary#2"] and len(raw["votes"]) == 2 and raw["voted"] == [0]
    retro = store.reveal(code).to_retro(date(2026, 11, 26), seed=1).count_votes()
    items = build_board(retro, TERM, IS_ALIGNED).columns[0].items
    assert [item.votes for item in items] == [1, 1]
    assert {item.text for item in items} == {"Answer 0", "Answer 1"}  # "Answer 2" was hidden


def test_a_session_file_from_before_voting_still_reads(store: SessionStore, data_dir: Path) -> None:
    code = store.create((SALARY,), 60, named=False, customer=TERM).code
    path = data_dir / FOLDER / f"{code}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    for key in ("hidden", "votes", "voted"):
        del raw[key]
    path.write_text(json.dumps(raw), encoding="utf-8")
    state = store.load(code)
    assert state.votes == () and state.hidden == frozenset() and state.voted == frozenset()


def test_answers_cannot_change_once_they_have_gone_to_the_board(store: SessionStore) -> None:
    code = store.create((SALARY,), 60, named=False, customer=TERM).code
    _state, ann = store.join(code)
    store.start_round(code, 0, TimerShare(TimerState.RUNNING, 60, store.wall()))
    store.submit(code, ann, make_answer(SALARY, 0, "First thought"))
    state = store.submit(code, ann, make_answer(SALARY, 0, "Second thought"))
    assert state.answered(SALARY) == 1
    store.close_answers(code)
    with pytest.raises(ValidationError, match="can no longer be changed"):
        store.submit(code, ann, make_answer(SALARY, 0, "Third thought"))


def test_every_screen_of_a_shared_retro_lists_the_answers_in_the_same_order(
    store: SessionStore,
) -> None:
    code = store.create((SALARY,), 60, named=False, customer=TERM).code
    people = [store.join(code)[1] for _ in range(6)]
    store.start_round(code, 0, TimerShare(TimerState.RUNNING, 60, store.wall()))
    for number, who in enumerate(people):
        store.submit(code, who, make_answer(SALARY, 0, f"Answer {number}"))
    store.reveal(code)

    def order() -> list[str]:
        # Each screen reads the file in its own process.
        retro = SessionStore(store.folder.parent).load(code).to_retro(date(2026, 11, 26))
        return [item.text for item in build_board(retro, TERM, IS_ALIGNED).columns[0].items]

    assert order() == order()
    assert sorted(order()) == [f"Answer {number}" for number in range(6)]
