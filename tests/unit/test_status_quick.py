"""``focuscheck status`` from the small state file: same answer, without the command line."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.storage.journal import Journal

HEAVY = ("click", "tinydb", "textual")


def status(*args: str) -> tuple[int, str, str]:
    """Exit code, output and the modules imported by ``focuscheck [args] status``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "focuscheck", *args, "status"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def checkin(clock: FixedClock, days_back: int = 0) -> Entry:
    now = clock.now() - timedelta(days=days_back)
    return Entry(id=new_id(), date=now.date(), created_at=now, updated_at=now, value="Helped")


@pytest.mark.parametrize(
    ("args", "done", "not_yet"),
    [
        ((), "Today's check-in is done.\nStreak: 2 workdays.\n", "No check-in yet today.\n"),
        (
            ("--lang", "sv"),
            "Dagens avstämning är gjord.\nSvit: 2 arbetsdagar.\n",
            "Ingen avstämning ännu i dag.\n",
        ),
    ],
)
def test_status_answers_from_the_state_file_as_the_command_line_does(
    data_dir: Path, clock: FixedClock, args: tuple[str, ...], done: str, not_yet: str
) -> None:
    journal = Journal.open(data_dir, clock)
    journal.save_checkin(checkin(clock, days_back=1))
    code, out, imported = status(*args)
    assert (code, out.startswith(not_yet)) == (1, True)
    assert not any(f" {name}" in imported for name in HEAVY)
    journal.save_checkin(checkin(clock))
    code, out, imported = status(*args)
    assert (code, out) == (0, done)
    assert not any(f" {name}" in imported for name in HEAVY)


def test_status_after_a_save_the_state_file_does_not_know_takes_the_long_way(
    data_dir: Path, clock: FixedClock
) -> None:
    Journal.open(data_dir, clock).save_entry(checkin(clock))
    code, out, imported = status()
    assert (code, out) == (0, "Today's check-in is done.\nStreak: 1 workday.\n")
    assert " click" in imported
    code, out, imported = status()  # the long way brought the state file up to date
    assert (code, out) == (0, "Today's check-in is done.\nStreak: 1 workday.\n")
    assert " click" not in imported
