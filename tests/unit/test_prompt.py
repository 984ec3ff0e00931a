"""``focuscheck prompt``: a marker for the shell prompt only when a check-in is owed.

It runs before every shell prompt, so it answers from the small state file
without the command line, the journal or the terminal app, and never shows
an error (except a ``--format`` it cannot fill in).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.day_text import PromptFormatError, check_prompt_format
from focuscheck.domain.days import AwayPeriod
from focuscheck.domain.entry import Entry, new_id
from focuscheck.domain.settings import Settings
from focuscheck.storage.journal import Journal
from tests.unit.cli_support import Runner, make_runner

HEAVY = ("click", "tinydb", "textual")
#: What a prompt with nothing to say never loads (each costs milliseconds at every prompt).
SLOW_STANDARD_LIBRARY = ("typing", "dataclasses", "inspect", "pathlib", "contextlib", "gettext")
ROOT = Path(__file__).resolve().parents[2]
#: ``focuscheck ARGS`` as the installed command runs it.
COMMAND = "from focuscheck.cli import main; main()"
STOCKHOLM = timezone(timedelta(hours=1))
SATURDAY = datetime(2026, 11, 28, 10, 0, tzinfo=STOCKHOLM)
IN_LEAVE = datetime(2026, 12, 28, 10, 0, tzinfo=STOCKHOLM)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def prompt(*args: str) -> tuple[int, str, str]:
    """Exit code, output and stderr (imported modules too) of ``focuscheck ARGS``, new Python."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "focuscheck", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def heavy(imported: str) -> list[str]:
    return [name for name in HEAVY if f" {name}" in imported]


def checked_in_yesterday(data_dir: Path, clock: FixedClock) -> Journal:
    journal = Journal.open(data_dir, clock)
    now = clock.now() - timedelta(days=1)
    entry = Entry(id=new_id(), date=now.date(), created_at=now, updated_at=now, value="Helped")
    journal.save_checkin(entry)
    return journal


def test_prompt_says_check_in_when_one_is_owed_from_the_state_file_alone(
    data_dir: Path, clock: FixedClock
) -> None:
    checked_in_yesterday(data_dir, clock)
    code, out, imported = prompt("prompt")
    assert (code, out) == (0, "check in\n")
    assert heavy(imported) == []


def test_prompt_in_swedish(data_dir: Path, clock: FixedClock) -> None:
    checked_in_yesterday(data_dir, clock)
    assert prompt("--lang", "sv", "prompt")[:2] == (0, "stäm av\n")


def test_prompt_prints_nothing_once_today_is_done(data_dir: Path, clock: FixedClock) -> None:
    journal = checked_in_yesterday(data_dir, clock)
    now = clock.now()
    journal.save_checkin(
        Entry(id=new_id(), date=now.date(), created_at=now, updated_at=now, value="Helped")
    )
    code, out, imported = prompt("prompt")
    assert (code, out) == (0, "")
    assert heavy(imported) == []


def test_prompt_with_nothing_owed_keeps_off_the_slow_standard_library(
    data_dir: Path, clock: FixedClock
) -> None:
    journal = checked_in_yesterday(data_dir, clock)
    now = clock.now()
    journal.save_checkin(
        Entry(id=new_id(), date=now.date(), created_at=now, updated_at=now, value="Helped")
    )
    # Without site-packages (-S), so that no import hook of an editable install counts.
    done = subprocess.run(
        [sys.executable, "-S", "-X", "importtime", "-c", COMMAND, "prompt"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    modules = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert (done.returncode, done.stdout) == (0, "")
    assert "focuscheck.storage.quick_status" in modules
    assert "focuscheck.storage.journal" not in modules
    assert sorted(modules.intersection(SLOW_STANDARD_LIBRARY)) == []


@pytest.mark.parametrize("now", [SATURDAY, IN_LEAVE], ids=["day-off", "away"])
def test_prompt_prints_nothing_when_no_check_in_is_owed(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, now: datetime
) -> None:
    journal = checked_in_yesterday(data_dir, FixedClock(now))
    journal.save_settings(Settings(away=(AwayPeriod(date(2026, 12, 24), date(2027, 1, 6)),)))
    monkeypatch.setenv("FOCUSCHECK_NOW", now.isoformat())
    assert prompt("prompt")[:2] == (0, "")


def test_a_custom_format_fills_in_the_streak(data_dir: Path, clock: FixedClock) -> None:
    checked_in_yesterday(data_dir, clock)
    code, out, _imported = prompt("prompt", "--format", "✎ {streak} ")
    assert (code, out) == (0, "✎ 1 \n")
    assert prompt("prompt", "--format=[{streak}]")[:2] == (0, "[1]\n")


@pytest.mark.parametrize(
    ("text", "named"),
    [("{days}", "{days}"), ("{}", "{}"), ("{streak.real}", "{streak.real}")],
)
def test_an_unknown_placeholder_is_named_on_stderr_with_exit_2(
    data_dir: Path, clock: FixedClock, text: str, named: str
) -> None:
    checked_in_yesterday(data_dir, clock)
    code, out, err = prompt("prompt", "--format", text)
    assert (code, out) == (2, "")
    assert f"Error: --format has an unknown placeholder {named}; it can hold {{streak}}" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("text", ["{", "}", "{streak:q}", "{streak!z}"])
def test_a_format_that_cannot_be_filled_in_is_refused_with_exit_2(text: str) -> None:
    code, out, err = prompt("prompt", "--format", text)
    assert (code, out) == (2, "")
    assert "Error: --format cannot be filled in; write a brace as {{ or }}" in err


@given(st.text(max_size=30))
def test_a_format_is_either_filled_in_or_refused_by_name(text: str) -> None:
    try:
        checked = check_prompt_format(text)
    except PromptFormatError:
        return
    assert isinstance(checked.format(streak=7), str)


def test_a_journal_that_cannot_be_read_prints_nothing_and_exits_0(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "journal.json").write_text("{ not json", encoding="utf-8")
    code, out, err = prompt("prompt")
    assert (code, out) == (0, "")
    assert "Traceback" not in err and "Error" not in err


def test_a_bad_clock_setting_prints_nothing_and_exits_0(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOCUSCHECK_NOW", "not a time")
    code, out, err = prompt("prompt")
    assert (code, out) == (0, "")
    assert "Error" not in err


def test_prompt_falls_back_to_the_journal_when_the_state_file_cannot_say(
    data_dir: Path, clock: FixedClock
) -> None:
    now = clock.now() - timedelta(days=1)
    Journal.open(data_dir, clock).save_entry(
        Entry(id=new_id(), date=now.date(), created_at=now, updated_at=now, value="Helped")
    )
    code, out, _imported = prompt("prompt", "--format", "{streak}!")
    assert (code, out) == (0, "1!\n")


def test_the_command_line_route_gives_the_same_marker(
    run: Runner, data_dir: Path, clock: FixedClock
) -> None:
    checked_in_yesterday(data_dir, clock)
    assert (run("prompt").code, run("prompt").out) == (0, "check in\n")
    assert run("prompt", "--format", "{streak} to go").out == "1 to go\n"
    refused = run("prompt", "--format", "{nope}")
    assert refused.code == 2 and "{nope}" in refused.err


def test_prompt_help_explains_the_format(run: Runner) -> None:
    result = run("prompt", "--help")
    assert result.code == 0 and "{streak}" in result.out
