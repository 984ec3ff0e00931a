"""A shared retro: one facilitator and two participants, each in a process of their own.

The facilitator runs here under Pilot.  Each participant is this module run as
a separate Python process (``python -m tests.ui.test_retro_join participant
…``), driving its own copy of the retro app with Pilot; the processes meet only
through the session file in the shared data folder, as browser tabs served by
``focuscheck serve retro`` do.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, SelectionList

from focuscheck.retro.prompts import PromptKind
from focuscheck.retro.remote import Phase
from focuscheck.screens.retro.answer_form import AnswerForm
from focuscheck.screens.retro.lobby import LobbyScreen
from focuscheck.screens.retro.participant import ParticipantScreen
from focuscheck.screens.retro.remote_round import FacilitatorRoundScreen
from focuscheck.screens.retro.reveal import RevealScreen
from focuscheck.screens.retro.review import ReviewScreen
from tests.ui.retro_support import member_app, retro_app, screen_text, type_answer

ROOT = Path(__file__).resolve().parents[2]
WAIT = 40.0

#: name -> (salary answer, waste answer or None to pass, waste category line)
PARTICIPANTS: dict[str, tuple[str, str | None, int]] = {
    "Ann": ("The customer, always", None, 0),
    "Bo": ("My team lead", "Two tools for one timesheet", 3),
}


async def wait_for(pilot: Pilot[Any], condition: Callable[[], bool], what: str) -> None:
    """Let the app run until ``condition`` holds; fail with ``what`` after :data:`WAIT`."""
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.05)


async def participate(data_dir: Path, code: str, name: str, out: Path, second: bool) -> None:
    """One member's whole retro on their own screen; writes what they saw to ``out``."""
    app = member_app(data_dir, code)
    seen: dict[str, str] = {}
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await _member_flow(pilot, name, second, seen)
    except Exception as error:  # the facilitator's side reports it
        seen["error"] = f"{error!r}\n{screen_text(app)}"
    out.write_text(json.dumps(seen), encoding="utf-8")


async def _member_flow(pilot: Pilot[Any], name: str, second: bool, seen: dict[str, str]) -> None:
    app = pilot.app
    salary, waste, category = PARTICIPANTS[name]
    await pilot.pause()
    await pilot.press("enter")  # the code is filled in; the retro asks for names
    await wait_for(pilot, lambda: app.screen.query_one("#join-name").display, "name field")
    await type_answer(pilot, name)
    await wait_for(pilot, lambda: isinstance(app.screen, ParticipantScreen), "joining")
    screen = app.screen
    assert isinstance(screen, ParticipantScreen)

    def on_round(index: int) -> bool:
        state = screen.session
        return (
            state.phase is Phase.ROUND and state.round == index and bool(screen.query(AnswerForm))
        )

    await wait_for(pilot, lambda: on_round(0), "the first question")
    await pilot.pause(0.2)
    if second:
        # Answer after the other member, so the facilitator sees the count grow.
        await wait_for(
            pilot,
            lambda: screen.session.answered(screen.session.prompts[0]) == 1,
            "the first answer of the other member",
        )
        await pilot.pause(1.0)
    screen.query_one("#answer-text", Input).focus()
    await type_answer(pilot, salary)
    # Read at once: the facilitator may move on as soon as every answer is in.
    seen["after answering"] = screen_text(app)
    prompt = screen.session.prompts[0]
    assert screen.session.own_answer(screen.participant_id, prompt) is not None
    await wait_for(pilot, lambda: on_round(1), "the second question")
    await pilot.pause(0.2)
    if waste is None:
        await pilot.press("ctrl+o")
    else:
        screen.query_one("#answer-text", Input).focus()
        await type_answer(pilot, waste, choice=category)
    await wait_for(pilot, lambda: screen.session.phase is Phase.REVEAL, "the reveal")
    await pilot.pause(0.3)
    seen["at the reveal"] = screen_text(app)


def start_participant(data_dir: Path, code: str, name: str, out: Path, second: bool) -> Any:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.test_retro_join",
            "participant",
            str(data_dir),
            code,
            name,
            str(out),
            "second" if second else "first",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


async def test_two_participants_join_the_facilitator_s_retro(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    processes: list[Any] = []
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            prompts = app.screen.query_one("#setup-prompts", SelectionList)
            prompts.deselect_all()
            prompts.select(PromptKind.SALARY)
            prompts.select(PromptKind.WASTE)
            app.screen.query_one("#setup-names", Input).value = "named"
            await pilot.press("ctrl+r")
            await wait_for(pilot, lambda: isinstance(app.screen, LobbyScreen), "the lobby")
            assert app.session is not None
            code = app.session.code
            assert " ".join(code[:3]) in screen_text(app)

            outs = {name: tmp_path / f"{name}.json" for name in PARTICIPANTS}
            processes = [
                start_participant(data_dir, code, name, outs[name], second=index == 1)
                for index, name in enumerate(PARTICIPANTS)
            ]
            await wait_for(
                pilot,
                lambda: (
                    "2 members have joined: Ann, Bo" in screen_text(app)
                    or "2 members have joined: Bo, Ann" in screen_text(app)
                ),
                "two joins",
            )
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, FacilitatorRoundScreen), "round")
            await pilot.press("ctrl+s")  # the timer runs
            await wait_for(pilot, lambda: "1 of 2 answers are in" in screen_text(app), "one answer")
            assert "The customer, always" not in screen_text(app)
            await wait_for(
                pilot, lambda: "2 of 2 answers are in" in screen_text(app), "two answers"
            )
            assert "Everyone has answered." in screen_text(app)
            await pilot.pause(0.5)
            await pilot.press("ctrl+l")
            await wait_for(
                pilot,
                lambda: isinstance(app.screen, FacilitatorRoundScreen) and app.screen.index == 1,
                "the second round",
            )
            await wait_for(pilot, lambda: "2 of 2 answers are in" in screen_text(app), "waste")
            assert "Two tools" not in screen_text(app)
            await pilot.pause(0.5)
            await pilot.press("ctrl+l")
            await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen), "the check")
            await pilot.press("ctrl+k")  # the board without votes
            await wait_for(pilot, lambda: isinstance(app.screen, RevealScreen), "the reveal")
            board = screen_text(app)
            assert "1 of 2 answers name the customer" in board
            assert "My team lead — Bo" in board and "passed: 1\n" in board
            for process in processes:
                output, _ = process.communicate(timeout=WAIT)
                assert process.returncode == 0, output
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                output, _ = process.communicate()
                print(output)  # shown by pytest when the test fails
        for out in tmp_path.glob("*.json"):
            print(out.name, out.read_text(encoding="utf-8"))

    ann = json.loads(outs["Ann"].read_text(encoding="utf-8"))
    bo = json.loads(outs["Bo"].read_text(encoding="utf-8"))
    # Before the reveal each saw only their own confirmation, never the other's words.
    assert "My team lead" not in ann["after answering"]
    assert "The customer, always" not in bo["after answering"]
    # At the reveal both see the whole board, with names as the retro asked.
    assert "Your answer is in" in ann["after answering"]
    for seen in (ann["at the reveal"], bo["at the reveal"]):
        assert "The customer, always — Ann" in seen
        assert "My team lead — Bo" in seen
        assert "Two tools for one timesheet" in seen


if __name__ == "__main__" and len(sys.argv) == 7 and sys.argv[1] == "participant":
    _role, data, join_code, member, out_file, order = sys.argv[1:]
    WAIT = 30.0  # give up before the facilitator does, so the error reaches it
    asyncio.run(participate(Path(data), join_code, member, Path(out_file), order == "second"))
