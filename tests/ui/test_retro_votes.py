"""The team votes on the board: in turn on one shared screen, or each on their own screen."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, SelectionList

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.retro.prompts import PromptKind, standard_prompt
from focuscheck.retro.remote import Phase, TimerShare
from focuscheck.retro.session import make_answer
from focuscheck.retro.session_store import SessionStore
from focuscheck.retro.timer import TimerState
from focuscheck.screens.retro.actions_form import ActionsScreen
from focuscheck.screens.retro.participant import ParticipantScreen
from focuscheck.screens.retro.remote_voting import voted_line
from focuscheck.screens.retro.reveal import RevealScreen
from focuscheck.screens.retro.review import ReviewScreen
from focuscheck.screens.retro.summary import SummaryScreen
from focuscheck.screens.retro.voting import VotingScreen
from tests.ui.retro_support import member_app, retro_app, screen_text, type_answer

SALARY = standard_prompt(PromptKind.SALARY)
ANSWERS = ["The customer", "The taxpayer", "My manager", "Our patients", "The board"]


async def five_answer_the_salary_question(pilot: Pilot[Any], names: str = "") -> None:
    await pilot.pause()
    setup = pilot.app.screen
    setup.query_one("#setup-prompts", SelectionList).deselect_all()
    setup.query_one("#setup-prompts", SelectionList).select(PromptKind.SALARY)
    setup.query_one("#setup-names", Input).value = names
    await pilot.press("ctrl+s")
    await pilot.pause()
    for text in ANSWERS:
        await type_answer(pilot, text)
    await pilot.press("enter")  # next: the check before the reveal
    await pilot.pause()


def shown_items(app: Any) -> list[str]:
    return [line for line in screen_text(app).splitlines() if "·" in line or "[" in line]


async def test_five_members_vote_in_turn_on_one_shared_screen(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await five_answer_the_salary_question(pilot)
        assert isinstance(app.screen, ReviewScreen)
        order = [item.text for item in app.screen.query_one("#review-board").board.columns[0].items]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, VotingScreen)
        # Each member votes for the answer under the cursor: the first two put all
        # three votes on the second answer, the others one each on the fourth.
        plan = {0: ["down"] * 3, 1: ["down"] * 3, 2: ["down"] * 3, 3: ["down"] * 3}
        for member in range(5):
            assert f"Member {member + 1}, your votes: 3 votes left" in screen_text(app)
            await pilot.press("home")
            if member < 2:
                await pilot.press("down", "space", "space", "space")
                assert f"Member {member + 1}, your votes: 0 votes left" in screen_text(app)
                await pilot.press("down", "space")
                assert "used your 3 votes" in screen_text(app)
                await pilot.press("up", "backspace", "space")
            elif member < 4:
                await pilot.press(*plan[member], "space")
            await pilot.press("ctrl+s")
            await pilot.pause()
        reveal = app.screen
        assert isinstance(reveal, RevealScreen)
        items = reveal.query_one("#reveal-board").board.columns[0].items
        assert [item.votes for item in items] == [6, 2, 0, 0, 0]
        assert [item.text for item in items[:2]] == [order[1], order[3]]
        # Ties keep the shuffled order of the board.
        assert [item.text for item in items[2:]] == [order[0], order[2], order[4]]
        assert reveal.retro.marked == {items[0].item_id, items[1].item_id}
        assert "2 items marked" in screen_text(app)
        await pilot.press("down", "space")  # the facilitator takes the second one out
        await pilot.pause()
        assert reveal.retro.marked == {items[0].item_id}
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        await pilot.press("ctrl+s")  # the marked item becomes the team's action
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        taken = summary.markdown.split("## Taken into the retro")[1].split("## Answers")[0]
        assert order[1] in taken and order[3] not in taken


async def test_votes_stay_hidden_until_everyone_has_voted(data_dir: Path, tmp_path: Path) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await five_answer_the_salary_question(pilot, names="Ann, Bo, Cy, Di, Ed")
        await pilot.press("ctrl+s")
        await pilot.pause()
        for name in ["Ann", "Bo", "Cy", "Di"]:
            assert f"{name}, your votes" in screen_text(app)
            await pilot.press("space", "ctrl+s")
            await pilot.pause()
            assert "vote ·" not in screen_text(app) and "votes ·" not in screen_text(app)
            assert "●" not in screen_text(app).split("Ed, your votes")[-1]
        assert "Ed, your votes" in screen_text(app)
        await pilot.press("ctrl+e")  # the facilitator ends voting before Ed
        await pilot.pause()
        assert isinstance(app.screen, RevealScreen)
        assert "4 votes ·" in screen_text(app)


async def test_hiding_an_answer_keeps_it_off_the_board_and_the_votes(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await five_answer_the_salary_question(pilot, names="Ann, Bo, Cy, Di, Ed")
        review = app.screen
        assert isinstance(review, ReviewScreen)
        # Names are left out for the check, even in a named retro.
        assert not any(name in screen_text(app) for name in ("Ann", "Bo", "Cy", "Di", "Ed"))
        await pilot.press("down", "h")
        await pilot.pause()
        hidden = next(iter(review.retro.hidden))
        text = next(a.text for a in review.retro.answers if a.item_id == hidden)
        assert f"[hidden] {text}" in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert text not in screen_text(app)
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert text not in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert text not in app.screen.markdown
        assert "1 answer hidden by the facilitator" in app.screen.markdown


async def join(pilot: Pilot[Any]) -> ParticipantScreen:
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause(0.2)
    screen = pilot.app.screen
    assert isinstance(screen, ParticipantScreen)
    return screen


async def test_remote_members_vote_on_their_own_screens(data_dir: Path) -> None:
    store = SessionStore(data_dir)
    code = store.create((SALARY,), 60, named=False, customer=CustomerTerm()).code
    app = member_app(data_dir, code)
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await join(pilot)
        people = [screen.participant_id, store.join(code)[1], store.join(code)[1]]
        store.start_round(code, 0, TimerShare(TimerState.RUNNING, 60, store.wall()))
        for who, text in zip(people, ANSWERS, strict=False):
            store.submit(code, who, make_answer(SALARY, 0, text))
        store.close_answers(code)
        await pilot.pause(0.3)
        assert "getting the board ready" in screen_text(app)
        store.start_voting(code, frozenset())
        await pilot.pause(0.3)
        assert "You have 3 votes left" in screen_text(app)
        await pilot.press("space", "space", "backspace", "down", "space")
        await pilot.pause()
        assert "You have 1 vote left" in screen_text(app)
        store.vote(code, people[1], "salary#2")
        store.finish_voting(code, people[1])
        await pilot.press("ctrl+s")
        await pilot.pause(0.2)
        assert "Your votes are in" in screen_text(app)
        state = store.load(code)
        assert len(state.votes) == 3 and state.voted == {0, 1}
        assert voted_line(state).startswith("●●○  2 of 3 members have voted")
        assert "vote ·" not in screen_text(app)
        store.reveal(code)
        await pilot.pause(0.3)
        assert store.load(code).phase is Phase.REVEAL
        final = store.load(code)
        counts = Counter(vote.item_id for vote in final.votes)
        assert sorted(counts.values()) in ([1, 1, 1], [1, 2])  # two of this member's, one more
        for answer in final.answers:
            votes = counts[answer.item_id]
            label = f"{votes} vote ·" if votes == 1 else f"{votes} votes ·"
            assert f"{label} {answer.text}" in screen_text(app)
        # The read-only board offers nothing that does not work there.
        offered = [b.binding for b in app.screen.active_bindings.values() if b.binding.show]
        assert not {"pass_turn", "change_answer", "vote"} & {b.action for b in offered}
        assert "Pass" not in {b.description for b in offered}


async def test_a_remote_member_changes_their_answer_before_the_reveal(data_dir: Path) -> None:
    store = SessionStore(data_dir)
    code = store.create((SALARY,), 60, named=False, customer=CustomerTerm()).code
    # The screen re-reads the session only when told, so the test decides what it has seen.
    app = member_app(data_dir, code, poll_seconds=3600)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await join(pilot)
        store.start_round(code, 0, TimerShare(TimerState.RUNNING, 60, store.wall()))
        await screen.refresh_session()
        await pilot.pause()
        await type_answer(pilot, "My manager")
        await pilot.pause(0.2)
        assert "Ctrl+E changes it" in screen_text(app)
        await pilot.press("ctrl+e")
        await pilot.pause()
        field = screen.query_one("#answer-text", Input)
        assert field.value == "My manager" and not field.disabled
        field.value = ""
        await type_answer(pilot, "The customer who pays for it all")
        await pilot.pause(0.2)
        state = store.load(code)
        assert state.answered(SALARY) == 1  # replaced, not counted twice
        mine = state.own_answer(screen.participant_id, SALARY)
        assert mine is not None and mine.text == "The customer who pays for it all"
        # Reopened just before the facilitator closes the answers: refused, with a reason.
        await pilot.press("ctrl+e")
        await pilot.pause()
        store.close_answers(code)
        field.value = "Too late"
        await pilot.press("enter")
        await pilot.pause()
        assert "the answers have gone to the board; they can no longer be changed" in (
            screen_text(app)
        )
        assert store.load(code).own_answer(screen.participant_id, SALARY) == mine
        await screen.refresh_session()
        assert "The answers are in." in screen_text(app)


async def test_the_facilitator_sees_how_many_have_voted_and_never_a_hidden_answer(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        prompts = app.screen.query_one("#setup-prompts", SelectionList)
        prompts.deselect_all()
        prompts.select(PromptKind.SALARY)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.session is not None
        code = app.session.code
        store = SessionStore(data_dir)
        people = [store.join(code)[1] for _ in range(3)]
        await pilot.pause(0.2)
        await pilot.press("ctrl+s", "ctrl+s")  # start the question, then the timer
        await pilot.pause(0.2)
        for who, text in zip(people, ANSWERS, strict=False):
            store.submit(code, who, make_answer(SALARY, 0, text))
        await pilot.pause(0.2)
        await pilot.press("ctrl+l")
        await pilot.pause(0.2)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert store.load(code).phase is Phase.REVIEW
        await pilot.press("h")
        await pilot.pause()
        (hidden,) = review.retro.hidden
        text = next(a.text for a in review.retro.answers if a.item_id == hidden)
        await pilot.press("ctrl+s")
        await pilot.pause(0.2)
        state = store.load(code)
        assert state.phase is Phase.VOTING and state.hidden == {hidden}
        assert text not in screen_text(app)
        assert "0 of 3 members have voted" in screen_text(app)
        target = next(item for item in sorted(state.votable()))
        store.vote(code, people[0], target)
        store.vote(code, people[0], target)
        store.finish_voting(code, people[0])
        store.finish_voting(code, people[1])
        await pilot.pause(0.3)
        assert "2 of 3 members have voted" in screen_text(app)
        assert "vote ·" not in screen_text(app) and "votes ·" not in screen_text(app)
        await pilot.press("ctrl+e")
        await pilot.pause(0.2)
        reveal = app.screen
        assert isinstance(reveal, RevealScreen)
        items = reveal.query_one("#reveal-board").board.columns[0].items
        assert [item.votes for item in items] == [2, 0]
        assert items[0].item_id == target and reveal.retro.marked == {target}
        assert text not in screen_text(app)
        assert store.load(code).phase is Phase.REVEAL
