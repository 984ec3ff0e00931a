"""``focuscheck remind``: a reminder only when a check-in is owed, on the desktop or as a line."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.reminders.message import reminder
from focuscheck.reminders.notify import Delivery, deliver
from focuscheck.storage.journal import Journal
from focuscheck.storage.layout import STATE_NAME, year_name
from focuscheck.storage.quick_status import read_status
from tests.conftest import FROZEN_NOW
from tests.unit.cli_support import Result, Runner, make_runner
from tests.unit.remind_support import Desktop, make_desktop

REMINDER = "Time for today's check-in: focuscheck checkin\n"
SESSION = "unix:path=/run/user/1000/bus"


@pytest.fixture
def desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desktop:
    return make_desktop(tmp_path, monkeypatch)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def said(result: Result) -> tuple[int, str, str]:
    return result.code, result.out, result.err


def checkin(clock: FixedClock, days_back: int = 0) -> Entry:
    now = clock.now() - timedelta(days=days_back)
    return Entry(id=new_id(), date=now.date(), created_at=now, updated_at=now, value="Helped")


def save(data_dir: Path, clock: FixedClock, *days_back: int) -> None:
    journal = Journal.open(data_dir, clock)
    for back in days_back:
        journal.save_checkin(checkin(clock, back))
    journal.close()


def test_a_workday_without_a_check_in_prints_the_reminder(run: Runner, desktop: Desktop) -> None:
    assert said(run("remind")) == (0, REMINDER, "")
    assert desktop.notify_send.calls() == []


def test_the_reminder_names_the_streak_to_keep(
    run: Runner, desktop: Desktop, data_dir: Path, clock: FixedClock
) -> None:
    save(data_dir, clock, 1, 2)
    done = run("remind")
    assert done.out == "Time for today's check-in: focuscheck checkin Keep your 2-workday streak.\n"


def test_nothing_is_said_once_today_is_done(
    run: Runner, desktop: Desktop, data_dir: Path, clock: FixedClock
) -> None:
    save(data_dir, clock, 0)
    assert said(run("remind")) == (0, "", "")


def test_nothing_is_said_on_a_day_off(
    run: Runner, desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    saturday = FROZEN_NOW + timedelta(days=2)
    monkeypatch.setenv("FOCUSCHECK_NOW", saturday.isoformat())
    assert said(run("remind")) == (0, "", "")


def test_nothing_is_said_while_away(run: Runner, desktop: Desktop) -> None:
    run("config", "set", "away", "2026-11-23..2026-11-27")
    assert said(run("remind")) == (0, "", "")


def test_a_workday_made_a_day_off_in_the_settings_is_not_owed(
    run: Runner, desktop: Desktop
) -> None:
    run("config", "set", "workdays", "mon", "tue", "wed")
    assert said(run("remind")) == (0, "", "")


def test_the_journal_answers_when_the_state_file_cannot(
    run: Runner, desktop: Desktop, data_dir: Path, clock: FixedClock
) -> None:
    save(data_dir, clock, 0)
    # The year file changed behind the state file's back: only the journal can say.
    year_file = data_dir / year_name(clock.today().year)
    os.utime(year_file, ns=(0, year_file.stat().st_mtime_ns + 10**9))
    assert read_status(data_dir, clock.today()) is None
    assert said(run("remind")) == (0, "", "")


def test_with_a_session_the_reminder_is_a_desktop_notification(
    run: Runner,
    desktop: Desktop,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    clock: FixedClock,
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", SESSION)
    save(data_dir, clock, 1)
    assert said(run("remind")) == (0, "", "")
    assert desktop.notify_send.calls() == [
        [
            "--app-name=focuscheck",
            "--",
            "Time for today's check-in",
            "Keep your 1-workday streak. In a terminal: focuscheck checkin",
        ]
    ]


def test_the_notification_speaks_the_saved_language(
    run: Runner, desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", SESSION)
    run("config", "set", "language", "sv")
    run("remind")
    assert desktop.notify_send.calls()[-1][2:] == [
        "Dags för dagens avstämning",
        "Två minuter i en terminal: focuscheck checkin",
    ]


def test_a_session_without_notify_send_gets_the_line(
    run: Runner, desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", SESSION)
    (desktop.bin / "notify-send").unlink()
    monkeypatch.setenv("PATH", str(desktop.bin))
    assert said(run("remind")) == (0, REMINDER, "")


@pytest.mark.parametrize(
    ("shown", "expected"), [(True, Delivery.DESKTOP), (False, Delivery.TERMINAL)]
)
def test_a_notification_that_fails_falls_back_to_the_line(shown: bool, expected: Delivery) -> None:
    printed: list[str] = []
    sent: list[tuple[str, str]] = []

    def desktop(title: str, body: str) -> bool:
        sent.append((title, body))
        return shown

    text = reminder(3)
    session = {"DBUS_SESSION_BUS_ADDRESS": SESSION}
    delivery = deliver(
        text.title, text.body, text.line, desktop=desktop, echo=printed.append, environ=session
    )
    assert delivery is expected
    assert sent == [(text.title, text.body)]
    assert printed == ([] if shown else [text.line])


def test_without_a_session_the_desktop_is_not_tried() -> None:
    printed: list[str] = []

    def desktop(title: str, body: str) -> bool:
        raise AssertionError("no session, no notification")

    text = reminder(0)
    delivery = deliver(
        text.title, text.body, text.line, desktop=desktop, echo=printed.append, environ={}
    )
    assert (delivery, printed) == (Delivery.TERMINAL, [text.line])


def test_a_journal_that_cannot_be_read_is_reported_and_left_as_it_is(
    run: Runner, desktop: Desktop, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    journal = data_dir / STATE_NAME
    journal.write_bytes(b"not a journal")
    done = run("remind")
    assert done.code == 1
    assert f"Cannot read the journal {journal}" in done.err
    assert journal.read_bytes() == b"not a journal"
