"""A whole retro opener of five members on one shared screen, driven by the keyboard."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, SelectionList

from focuscheck.retro.prompts import PromptKind
from focuscheck.retro.session import AnswerStatus
from focuscheck.retro.timer import TimerState
from focuscheck.screens.retro.actions_form import ActionsScreen
from focuscheck.screens.retro.answer_form import AnswerForm
from focuscheck.screens.retro.reveal import RevealScreen
from focuscheck.screens.retro.round import RoundScreen
from focuscheck.screens.retro.setup import SetupScreen
from focuscheck.screens.retro.summary import SummaryScreen
from tests.ui.retro_support import retro_app, screen_text, type_answer, until_shown

SALARY_ANSWERS = ["The customer", "Our customers, in the end", "The taxpayer", "My manager"]


async def test_five_members_from_set_up_to_summary(data_dir: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    app, clock = retro_app(data_dir, notes)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, SetupScreen)
        prompts = setup.query_one("#setup-prompts", SelectionList)
        for kind in (PromptKind.CORNERSTONE, PromptKind.VALUE, PromptKind.VOICE):
            prompts.deselect(kind)
        setup.query_one("#setup-timer", Input).value = "60"
        setup.query_one("#setup-custom", Input).value = "What surprised you this sprint?"
        await pilot.press("ctrl+s")
        await pilot.pause()

        # Round 1, the salary question: four answers and a pass.
        round_screen = app.screen
        assert isinstance(round_screen, RoundScreen)
        assert "Who pays my salary?" in screen_text(app)
        assert "1:00" in round_screen.countdown.reading().clock_face()
        await pilot.press("ctrl+s")
        assert round_screen.countdown.state is TimerState.RUNNING
        for number, text in enumerate(SALARY_ANSWERS, start=1):
            assert f"Member {number}, your turn" in screen_text(app)
            await type_answer(pilot, text)
            # Handed in, and gone from the screen before the next member types.
            assert text not in screen_text(app)
            assert "●" * number in screen_text(app)
        await pilot.press("ctrl+o")  # member 5 passes
        assert "Everyone has had a turn" in screen_text(app)
        assert round_screen.countdown.state is TimerState.PAUSED
        await pilot.press("enter")  # the Next button has the focus
        await pilot.pause()

        # Round 2, mission: clarity picked from a list; time runs out, is extended, runs out.
        round_screen = app.screen
        assert isinstance(round_screen, RoundScreen) and round_screen.index == 1
        await pilot.press("ctrl+s")
        await type_answer(pilot, "Better care, closer to home", choice=3)
        await type_answer(pilot, "", choice=0)
        await type_answer(pilot, "No idea", choice=0)
        clock.advance(61)
        await until_shown(pilot, "Time is up; 2 members have not answered")
        assert round_screen.countdown.state is TimerState.EXPIRED
        form = round_screen.query_one(AnswerForm)
        assert form.query_one(Input).disabled
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert round_screen.countdown.reading().remaining == 30
        assert "Member 4, your turn" in screen_text(app)
        await type_answer(pilot, "", choice=4)
        clock.advance(31)
        await until_shown(pilot, "Time is up; 1 member has not answered")
        await pilot.press("ctrl+l")
        await pilot.pause()

        # Round 3, waste by category.
        wastes = [
            ("Three signatures for a refund", 3),
            ("Nobody knows who decides", 1),
            ("Forms about forms", 3),
            ("Weekly status report no one reads", 0),
        ]
        for text, category in wastes:
            await type_answer(pilot, text, choice=category)
        await pilot.press("ctrl+o")
        await pilot.press("enter")
        await pilot.pause()

        # Round 4, the team's own question; everyone answers.
        assert "What surprised you this sprint?" in screen_text(app)
        for number in range(5):
            await type_answer(pilot, f"Surprise number {number + 1}")
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press("ctrl+k")  # the board without votes
        await pilot.pause()

        # The reveal.
        reveal = app.screen
        assert isinstance(reveal, RevealScreen)
        retro = reveal.retro
        statuses = [a.status for a in retro.answers if a.prompt_key == "mission"]
        assert statuses.count(AnswerStatus.MISSED) == 1 and statuses.count(AnswerStatus.GIVEN) == 4
        board = screen_text(app)
        assert "3 of 4 answers name the customer" in board
        assert "1 unclear  ●●" in board and "4          ●" in board and "5 clear    ●" in board
        assert "passed: 0 · out of time: 1" in board
        assert (
            "Unnecessary internal administration 1 · Unclarity 1 · Rules for their own sake"
            in board
        )
        lists = list(reveal.query(OptionList))
        assert [len(options.options) for options in lists] == [4, 4, 4, 5]
        # Mark the first salary answer, then the first two waste items.
        await pilot.press("space")
        await pilot.press("right", "right")
        await pilot.press("space", "down", "space")
        await pilot.pause()
        assert len(reveal.retro.marked) == 3
        assert "3 items marked to take into the retro" in screen_text(app)
        marked_waste = [
            str(options.get_option_at_index(i).prompt) for options in lists[2:3] for i in (0, 1)
        ]
        await pilot.press("s")
        await pilot.pause()

        # The marked items become actions of the whole team, as offered.
        assert isinstance(app.screen, ActionsScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()

        # The summary, written next to the team's notes.
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        written = notes / "retro-2026-11-26.md"
        assert "Written to" in screen_text(app)
        text = written.read_text(encoding="utf-8")

    assert text.startswith("# Retro opener 2026-11-26\n\n5 members (anonymous) · 60 s per question")
    assert "**Who pays my salary?** 3 of 4 answers name the customer" in text
    for answer in [*SALARY_ANSWERS, "Better care, closer to home", "Surprise number 5"]:
        assert f"- {answer}" in text
    assert "- No idea (clarity 1 of 5)" in text
    taken = text.split("## Taken into the retro")[1].split("## Actions")[0]
    assert taken.count("\n- ") == 3
    assert "**Salary**" in taken and taken.count("**Waste**") == 2
    for line in marked_waste:
        assert line.split(": ", 1)[1] in taken
    assert "*passed: 1*\n" in text
    assert "*passed: 0 · out of time: 1*" in text
    # Nothing went into anyone's journal: the data folder holds no journal.
    assert not (data_dir / "journal.json").exists()


async def test_the_last_answer_of_a_round_is_gone_from_the_field_too(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, SetupScreen)
        setup.query_one("#setup-team", Input).value = "3"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        for number in (1, 2, 3):
            await type_answer(pilot, f"Answer of member {number}")
            field = app.screen.query_one(AnswerForm).query_one(Input)
            assert field.value == ""
        assert "Everyone has had a turn" in screen_text(app)
        assert "Answer of member 3" not in screen_text(app)
