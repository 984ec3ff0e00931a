"""The README's shell-prompt snippets run the command they show, and show its marker.

bash runs here everywhere; zsh and fish only where installed.  starship is
checked as far as it can be without it: its TOML reads, and its command runs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from datetime import timedelta
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.storage.journal import Journal

ROOT = Path(__file__).resolve().parents[2]


def snippet(language: str) -> str:
    """The ```language block of the README's "## Shell prompt" section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Shell prompt\n(.*?)(?=^## |\Z)", readme, re.MULTILINE | re.DOTALL)
    assert section is not None, 'README.md has no "## Shell prompt" section'
    block = re.search(rf"```{language}\n(.*?)```", section[1], re.DOTALL)
    assert block is not None, f"no {language} snippet"
    return block[1]


def shell_env() -> dict[str, str]:
    """The test's environment with this Python's ``focuscheck`` first on the PATH."""
    folder = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": folder + os.pathsep + os.environ.get("PATH", "")}


def run_shell(*args: str) -> str:
    done = subprocess.run(
        list(args), env=shell_env(), capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout


@pytest.fixture
def owed(data_dir: Path, clock: FixedClock) -> Journal:
    """A journal with yesterday's check-in: today's is owed."""
    journal = Journal.open(data_dir, clock)
    now = clock.now() - timedelta(days=1)
    journal.save_checkin(
        Entry(id=new_id(), date=now.date(), created_at=now, updated_at=now, value="Helped")
    )
    return journal


def checked_in(journal: Journal, clock: FixedClock) -> None:
    now = clock.now()
    journal.save_checkin(
        Entry(id=new_id(), date=now.date(), created_at=now, updated_at=now, value="Helped")
    )


def test_the_bash_snippet_puts_the_marker_in_front_of_the_prompt(
    owed: Journal, clock: FixedClock
) -> None:
    script = 'PS1="$ "\n' + snippet("bash") + 'printf "%s|" "${PS1@P}"\n'
    assert run_shell("bash", "--norc", "--noprofile", "-c", script) == "[check in] $ |"
    checked_in(owed, clock)
    assert run_shell("bash", "--norc", "--noprofile", "-c", script) == "$ |"


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_the_zsh_snippet_puts_the_marker_in_front_of_the_prompt(owed: Journal) -> None:
    script = 'PROMPT="%% "\n' + snippet("zsh") + 'print -P -n -- "$PROMPT|"\n'
    assert run_shell("zsh", "-f", "-c", script) == "[check in] % |"


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_the_fish_snippet_shows_the_marker_on_the_right(owed: Journal) -> None:
    script = snippet("fish") + "fish_right_prompt\n"
    assert run_shell("fish", "--no-config", "-c", script) == "check in\n"


def test_the_starship_module_runs_the_prompt_command_every_time(
    owed: Journal, clock: FixedClock
) -> None:
    module = tomllib.loads(snippet("toml"))["custom"]["focuscheck"]
    assert module["when"] is True, "starship's default (false) would never show it"
    assert "($output )" in module["format"], "hidden when the command prints nothing"
    assert run_shell("sh", "-c", module["command"]) == "check in\n"
    checked_in(owed, clock)
    assert run_shell("sh", "-c", module["command"]) == ""
