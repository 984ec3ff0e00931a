"""The installed ``focuscheck`` in a real terminal (tmux): Ctrl+P and a theme chosen there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FROZEN_NOW
from tests.e2e.test_checkin_terminal import Terminal

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]


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


def focuscheck(environment: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "focuscheck", *args],
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_ctrl_p_chooses_a_theme_that_is_kept(terminal: Terminal, environment: dict[str, str]):
    terminal.start(sys.executable, "-m", "focuscheck", "--lang", "sv", "checkin")
    terminal.wait_for("^p Kommandon")
    terminal.keys("C-p")
    terminal.wait_for("Sök bland kommandon…")
    terminal.type("tema")
    terminal.wait_for("Byt färgtema")
    terminal.keys("Down", "Enter")
    terminal.wait_for("Sök bland teman…")
    terminal.type("nord")
    terminal.keys("Down", "Enter")
    terminal.wait_for("Temat nord är sparat.")
    terminal.keys("C-q")
    terminal.wait_until_closed()
    assert focuscheck(environment, "config", "get", "theme").strip() == "nord"
