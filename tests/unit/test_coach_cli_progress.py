"""``focuscheck coach --report`` tells how far the load got, on a terminal only."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from focuscheck.cli import coach_cmds
from focuscheck.coach.progress import Progress
from tests.unit.cli_support import Runner, make_runner
from tests.unit.coach_support import write_team


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_report_prints_no_progress_when_stderr_is_not_a_terminal(
    run: Runner, tmp_path: Path
) -> None:
    write_team(tmp_path / "team", 5)
    result = run("coach", tmp_path / "team", "--report", tmp_path / "review.md")
    assert result.code == 0, result.err
    assert "files/s" not in result.err


def test_progress_goes_to_a_terminal_on_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    told = coach_cmds._progress_on_stderr()
    assert told is not None
    told(Progress(3, 6, 1.5))
    told(Progress(6, 6, 2.0))
    assert terminal.getvalue() == "\r3 of 6 files · 2 files/s\r6 of 6 files · 3 files/s\n"
