"""The installed ``focuscheck`` in a real terminal (tmux): check-ins and History, key by key."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FROZEN_NOW

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]

WAIT = 30.0


class Terminal:
    """One tmux server with one 100×30 window running a command."""

    def __init__(self, environment: dict[str, str]) -> None:
        self.socket = f"focuscheck-e2e-{uuid.uuid4().hex[:8]}"
        self.environment = environment

    def _tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        )

    def start(self, *command: str) -> None:
        settings = [f"-e{name}={value}" for name, value in self.environment.items()]
        shell = " ".join(f"'{part}'" for part in command)
        self._tmux("new-session", "-d", "-s", "main", "-x", "100", "-y", "30", *settings, shell)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "main").stdout

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", "main", "-l", text)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", "-t", "main", key)
            time.sleep(0.15)  # one screen's worth of time between keys

    def wait_until_closed(self) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            found = self._tmux("display-message", "-p", "-t", "main", "#{pane_dead}")
            # Gone (the session closed with the app) or kept but dead: either way, quit.
            if found.returncode != 0 or found.stdout.strip() == "1":
                return
            time.sleep(0.05)
        raise AssertionError("focuscheck did not quit")

    def close(self) -> None:
        self._tmux("kill-server")


@pytest.fixture
def environment(data_dir: Path) -> dict[str, str]:
    return {
        "FOCUSCHECK_DATA_DIR": str(data_dir),
        "FOCUSCHECK_NOW": FROZEN_NOW.isoformat(),
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
    }


@pytest.fixture
def terminal(environment: dict[str, str]) -> Iterator[Terminal]:
    term = Terminal(environment)
    yield term
    term.close()


def history(environment: dict[str, str]) -> list[dict[str, object]]:
    result = subprocess.run(
        [sys.executable, "-m", "focuscheck", "history", "--format", "json"],
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    entries: list[dict[str, object]] = json.loads(result.stdout)
    return entries


def test_a_check_in_typed_in_english(terminal: Terminal, environment: dict[str, str]):
    terminal.start(sys.executable, "-m", "focuscheck", "--lang", "en", "checkin")
    terminal.wait_for("Who pays my salary?")
    terminal.type("the customer")
    terminal.keys("Enter")
    terminal.wait_for("Your words")
    terminal.keys("Enter")
    terminal.wait_for("cornerstone of quality management")
    terminal.type("customer focus")
    terminal.keys("Enter")
    terminal.wait_for("Your words")
    terminal.keys("Enter")
    terminal.wait_for("mission and our values")
    terminal.type("we help people")
    terminal.keys("C-n")
    terminal.wait_for("Nothing is written down")
    terminal.keys("C-n")
    terminal.wait_for("creates value for the customer")
    terminal.type("Called back a customer about her invoice")
    terminal.keys("C-n")
    terminal.wait_for("Whose voice")
    terminal.keys("Enter", "Tab")
    terminal.type("Thank you, now I understand")
    terminal.keys("Enter")
    terminal.wait_for("adds no value")
    terminal.keys("C-n")
    terminal.wait_for("How focused")
    terminal.keys("5", "Enter")
    terminal.wait_for("Any tags")
    terminal.type("billing, calls")
    terminal.keys("Enter")
    terminal.wait_for("Whom do you serve?")
    terminal.keys("q")
    terminal.wait_until_closed()

    [entry] = history(environment)
    assert entry["date"] == FROZEN_NOW.date().isoformat()
    assert entry["salary"] == "the customer"
    assert entry["salary_aligned"] is True
    assert entry["mission_clarity"] == 1
    assert entry["value"] == "Called back a customer about her invoice"
    assert entry["voice_source"] == "customer"
    assert entry["voice_quote"] == "Thank you, now I understand"
    assert entry["focus"] == 5
    assert entry["tags"] == ["billing", "calls"]


def test_a_swedish_check_in_resumed_after_quitting(terminal: Terminal, environment: dict[str, str]):
    terminal.start(sys.executable, "-m", "focuscheck", "--lang", "sv", "checkin")
    terminal.wait_for("Vem betalar min lön?")
    terminal.type("kunden, förstås")
    terminal.keys("Enter")
    terminal.wait_for("Dina ord")
    terminal.keys("Enter")
    terminal.wait_for("grundstenen i kvalitetsledning")
    terminal.keys("C-q")
    terminal.wait_until_closed()
    assert history(environment) == []

    terminal.close()
    terminal.socket += "-again"
    terminal.start(sys.executable, "-m", "focuscheck", "--lang", "sv", "checkin")
    terminal.wait_for("Vill du fortsätta där du slutade?")
    terminal.keys("Enter")  # the safe answer has the focus: continue
    terminal.wait_for("grundstenen i kvalitetsledning")
    terminal.type("kundfokus")
    terminal.keys("Enter")
    terminal.wait_for("Dina ord")
    terminal.keys("Enter")
    terminal.wait_for("mission och våra värderingar")
    terminal.keys("C-n")
    terminal.wait_for("Ur minnet")
    terminal.keys("C-n")
    terminal.wait_for("mervärde")
    terminal.type("Svarade på ett mejl från en kund")
    for _step in range(5):  # value, voice, waste, focus, tags: the last one saves
        terminal.keys("C-n")
    terminal.wait_for("Vem tjänar du?")
    terminal.keys("q")
    terminal.wait_until_closed()

    [entry] = history(environment)
    assert entry["salary"] == "kunden, förstås"
    assert entry["cornerstone"] == "kundfokus"
    assert entry["cornerstone_aligned"] is True
    assert entry["value"] == "Svarade på ett mejl från en kund"


def test_typing_right_after_opening_history_searches(
    terminal: Terminal, environment: dict[str, str], tmp_path: Path
):
    """The letters arrive while History is still opening: none is lost, none edits or deletes."""
    rows = [
        {"date": "2026-11-25", "value": "Helped Acme"},
        {"date": "2026-11-24", "value": "Other"},
    ]
    (tmp_path / "two.json").write_text(json.dumps(rows), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "focuscheck", "import", str(tmp_path / "two.json")],
        env={**os.environ, **environment},
        capture_output=True,
        check=True,
    )
    terminal.start(sys.executable, "-m", "focuscheck", "--lang", "en")
    terminal.wait_for("Today is")
    terminal.type("hAcmede")  # one burst, as fast as a terminal delivers it
    shown = terminal.wait_for("0 of 2 check-ins")
    assert "Acmede" in shown
    assert "Delete the check-in" not in shown and "Step 1/8" not in shown
    assert len(history(environment)) == 2
