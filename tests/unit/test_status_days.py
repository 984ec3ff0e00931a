"""``focuscheck status`` on days off and away days: exit 0 unless a check-in is owed.

The full route (through the command line) and the fast path (the small state
file, in a fresh Python) must say exactly the same.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.days import AwayPeriod
from focuscheck.domain.entry import Entry, new_id
from focuscheck.domain.settings import Settings
from focuscheck.storage.journal import Journal
from tests.unit.cli_support import Runner, make_runner

HEAVY = ("click", "tinydb", "textual")
STOCKHOLM = timezone(timedelta(hours=1))
#: Saturday 28 November 2026.
SATURDAY = datetime(2026, 11, 28, 10, 0, tzinfo=STOCKHOLM)
#: Monday 28 December 2026, inside the Christmas leave below.
IN_LEAVE = datetime(2026, 12, 28, 10, 0, tzinfo=STOCKHOLM)
LEAVE = AwayPeriod(date(2026, 12, 24), date(2027, 1, 6))
#: Monday 30 November 2026: a workday.
WORKDAY = datetime(2026, 11, 30, 9, 30, tzinfo=STOCKHOLM)
#: Wednesday to Friday of the week before.
CHECKED_IN = (date(2026, 11, 25), date(2026, 11, 26), date(2026, 11, 27))


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def fresh_python_status(*args: str) -> tuple[int, str, str]:
    """Exit code, output and imported modules of ``focuscheck [args] status`` in a new Python."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "focuscheck", *args, "status"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def journal_on(data_dir: Path, now: datetime) -> Journal:
    """A journal with check-ins from Wednesday to Friday, 25–27 November, and the leave saved."""
    clock = FixedClock(now)
    journal = Journal.open(data_dir, clock)
    for day in CHECKED_IN:
        moment = datetime.combine(day, WORKDAY.timetz())
        entry = Entry(id=new_id(), date=day, created_at=moment, updated_at=moment, value="Helped")
        journal.save_checkin(entry)
    journal.save_settings(Settings(away=(LEAVE,)))
    return journal


CASES = [
    pytest.param(
        SATURDAY,
        (),
        0,
        "Today is a day off; no check-in is owed.\nStreak: 3 workdays.\n",
        id="day-off",
    ),
    pytest.param(
        SATURDAY,
        ("--lang", "sv"),
        0,
        "I dag är ingen arbetsdag, så ingen avstämning behövs.\nSvit: 3 arbetsdagar.\n",
        id="day-off-sv",
    ),
    pytest.param(
        IN_LEAVE,
        (),
        0,
        "You are away until 2027-01-06; no check-in is owed.\nStreak: 0 workdays.\n",
        id="away",
    ),
    pytest.param(
        IN_LEAVE,
        ("--lang", "sv"),
        0,
        "Du är ledig till och med 2027-01-06, så ingen avstämning behövs.\nSvit: 0 arbetsdagar.\n",
        id="away-sv",
    ),
    pytest.param(WORKDAY, (), 1, "No check-in yet today.\nStreak: 3 workdays.\n", id="owed"),
]


@pytest.mark.parametrize(("now", "args", "code", "out"), CASES)
def test_status_exits_1_only_when_a_check_in_is_owed(
    run: Runner,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    now: datetime,
    args: tuple[str, ...],
    code: int,
    out: str,
) -> None:
    journal_on(data_dir, now)
    monkeypatch.setenv("FOCUSCHECK_NOW", now.isoformat())
    result = run(*args, "status")
    assert (result.code, result.out) == (code, out)


@pytest.mark.parametrize(("now", "args", "code", "out"), CASES)
def test_status_from_the_state_file_says_the_same_as_the_command_line(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    now: datetime,
    args: tuple[str, ...],
    code: int,
    out: str,
) -> None:
    journal_on(data_dir, now)
    monkeypatch.setenv("FOCUSCHECK_NOW", now.isoformat())
    done, printed, imported = fresh_python_status(*args)
    assert (done, printed) == (code, out)
    assert not any(f" {name}" in imported for name in HEAVY)


def test_a_check_in_made_on_a_day_off_is_done_and_exits_0(
    run: Runner, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = journal_on(data_dir, SATURDAY)
    entry = Entry(
        id=new_id(), date=SATURDAY.date(), created_at=SATURDAY, updated_at=SATURDAY, value="Read"
    )
    journal.save_checkin(entry)
    monkeypatch.setenv("FOCUSCHECK_NOW", SATURDAY.isoformat())
    result = run("status")
    assert (result.code, result.out) == (0, "Today's check-in is done.\nStreak: 3 workdays.\n")
