"""``focuscheck retro`` in a real terminal (tmux): two members, three questions, a summary."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TMUX = shutil.which("tmux")
WAIT = 30.0


class Terminal:
    """One tmux session on a private server, 100×30, running a command."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.socket = f"focuscheck-{uuid.uuid4().hex[:8]}"
        assignments = [f"{name}={value}" for name, value in env.items()]
        line = shlex.join(["env", *assignments, *command])
        self._tmux("new-session", "-d", "-s", "retro", "-x", "100", "-y", "30", line)

    def _tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, "-L", self.socket, "-f", os.devnull, *args],
            capture_output=True,
            text=True,
            timeout=WAIT,
            check=True,
        )
        return done.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "retro")

    def keys(self, *keys: str) -> None:
        """Send tmux key names (``Enter``, ``C-s``, ``Space`` …) one at a time."""
        for key in keys:
            self._tmux("send-keys", "-t", "retro", key)
            time.sleep(0.2)  # each key handled before the next, as a person types

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", "retro", "-l", text)

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + WAIT
        while True:
            shown = self.screen()
            if text in shown:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared; the screen shows:\n{shown}")
            time.sleep(0.1)

    def close(self) -> None:
        subprocess.run(
            [TMUX or "tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False
        )


@pytest.fixture
def terminal(data_dir: Path, tmp_path: Path) -> Iterator[Terminal]:
    if TMUX is None:
        pytest.skip("tmux is not installed")
    env = {
        "FOCUSCHECK_NOW": os.environ["FOCUSCHECK_NOW"],
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "HOME": os.environ["HOME"],
    }
    out = tmp_path / "notes" / "retro.md"
    out.parent.mkdir()
    command = [sys.executable, "-m", "focuscheck", "--lang", "en", "--data-dir", str(data_dir)]
    session = Terminal([*command, "retro", "--out", str(out)], env)
    try:
        yield session
    finally:
        session.close()


def test_a_retro_on_one_terminal_ends_in_a_summary(
    terminal: Terminal, data_dir: Path, tmp_path: Path
) -> None:
    terminal.wait_for("Retro opener")
    terminal.keys("BSpace")
    terminal.type("2")
    # To the list of questions; keep salary, mission and waste.
    terminal.keys("Tab", "Tab", "Tab", "Tab")
    terminal.keys("Down", "Space", "Down", "Down", "Space", "Down", "Space")
    terminal.keys("C-s")

    terminal.wait_for("Question 1 of 3")  # the set-up lists the questions too
    terminal.keys("C-s")
    terminal.wait_for("Running")
    terminal.type("The customer, who else")
    terminal.keys("Enter")
    terminal.wait_for("Member 2, your turn")
    assert "The customer, who else" not in terminal.screen()
    terminal.keys("C-o")
    terminal.wait_for("Everyone has had a turn")
    terminal.keys("Enter")

    terminal.wait_for("What are our mission and values?")
    terminal.type("Nobody has told me")
    terminal.keys("Enter", "Enter")
    terminal.wait_for("Member 2, your turn")
    terminal.keys("Enter", "Down", "Down", "Down", "Enter")
    terminal.wait_for("Everyone has had a turn")
    terminal.keys("Enter")

    terminal.wait_for("adds no value for the customer?")
    terminal.type("Two tools for one timesheet")
    terminal.keys("Enter", "Down", "Enter")
    terminal.wait_for("Member 2, your turn")
    terminal.keys("C-o")
    terminal.wait_for("Everyone has had a turn")
    terminal.keys("Enter")

    terminal.wait_for("Before the reveal: check the answers")
    terminal.keys("C-s")  # the board, and votes
    terminal.wait_for("Member 1, your votes: 3 votes left")
    terminal.keys("Space")  # on the salary answer
    terminal.wait_for("Member 1, your votes: 2 votes left")
    terminal.keys("C-s")
    terminal.wait_for("Member 2, your votes: 3 votes left")
    terminal.keys("C-s")

    terminal.wait_for("Reveal: all answers")
    terminal.wait_for("1 of 1 answer names")  # the column wraps the rest
    terminal.wait_for("1 item marked")  # the most-voted, marked already
    terminal.keys("s")
    terminal.wait_for("Actions: who does what, by when")
    terminal.keys("Tab", "Tab")  # past the text and the owner ("the team") to the due date
    terminal.type("next friday")
    terminal.keys("C-s")
    terminal.wait_for("# Retro opener 2026-11-26")
    terminal.keys("C-s")
    terminal.wait_for("Written to")
    terminal.keys("C-q")

    text = (tmp_path / "notes" / "retro.md").read_text(encoding="utf-8")
    assert "2 members (anonymous) · 90 s per question" in text
    assert "- **Salary**: The customer, who else" in text
    assert "- Nobody has told me (clarity 1 of 5)" in text
    assert "- — (clarity 4 of 5)" in text
    assert "- Two tools for one timesheet (Unclarity)" in text
    assert "- The customer, who else — the team, by 2026-11-27" in text
    assert (data_dir / "retro-actions.json").exists()
    assert not (data_dir / "journal.json").exists()


def test_the_last_answer_of_a_round_leaves_the_field_empty_for_the_room(
    terminal: Terminal,
) -> None:
    terminal.wait_for("Retro opener")
    terminal.keys("BSpace")
    terminal.type("3")
    terminal.keys("C-s")
    terminal.wait_for("Who pays my salary?")
    for number in (1, 2, 3):
        terminal.wait_for(f"{number - 1} of 3 ha")
        terminal.type(f"Secret answer {number}")
        terminal.keys("Enter")
    shown = terminal.wait_for("Everyone has had a turn")
    assert "Secret answer" not in shown
    # Still empty a moment later, while the facilitator has not moved on.
    time.sleep(1.0)
    assert "Secret answer" not in terminal.screen()
    assert "3 of 3 have had a turn" in terminal.screen()
