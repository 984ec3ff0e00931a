"""The reminder's schedule: ``--at`` and ``--days`` as typed, and as systemd and cron write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.i18n import set_language
from focuscheck.reminders.schedule import (
    Schedule,
    ScheduleError,
    from_on_calendar,
    parse_days,
    parse_time,
)
from focuscheck.reminders.units import crontab_line, systemd_quote


@pytest.mark.parametrize(
    ("typed", "days"),
    [
        ("mon-fri", (1, 2, 3, 4, 5)),
        ("mån-fre", (1, 2, 3, 4, 5)),
        ("Måndag-Fredag", (1, 2, 3, 4, 5)),
        ("mon,wed,fri", (1, 3, 5)),
        ("mån, ons, fre", (1, 3, 5)),
        ("mon-wed,fri", (1, 2, 3, 5)),
        ("1-5", (1, 2, 3, 4, 5)),
        ("mon..fri", (1, 2, 3, 4, 5)),
        ("sun-thu", (1, 2, 3, 4, 7)),
        ("lör,sön", (6, 7)),
    ],
)
def test_days_read_ranges_and_lists_in_both_languages(typed: str, days: tuple[int, ...]) -> None:
    assert parse_days(typed) == days


@pytest.mark.parametrize("typed", ["", ",", "someday", "mon-", "mon-fri-sun", "8"])
def test_days_that_name_no_weekday_are_refused(typed: str) -> None:
    with pytest.raises(ScheduleError):
        parse_days(typed)


@pytest.mark.parametrize(
    ("typed", "time"), [("16:00", (16, 0)), ("7:05", (7, 5)), ("23:59", (23, 59))]
)
def test_times_are_read_on_a_24_hour_clock(typed: str, time: tuple[int, int]) -> None:
    assert parse_time(typed) == time


@pytest.mark.parametrize("typed", ["24:00", "12:60", "1600", "4pm", "-1:00", "12:5"])
def test_a_time_that_is_not_hh_mm_is_refused(typed: str) -> None:
    with pytest.raises(ScheduleError, match="is not a time of day"):
        parse_time(typed)


@pytest.mark.parametrize(
    ("days", "on_calendar", "cron"),
    [
        ((1, 2, 3, 4, 5), "Mon..Fri *-*-* 16:00:00", "0 16 * * 1-5"),
        ((1, 3, 5), "Mon,Wed,Fri *-*-* 16:00:00", "0 16 * * 1,3,5"),
        ((1, 2, 3, 4, 7), "Mon..Thu,Sun *-*-* 16:00:00", "0 16 * * 1-4,0"),
        ((1, 2, 3, 4, 5, 6, 7), "*-*-* 16:00:00", "0 16 * * *"),
    ],
)
def test_systemd_and_cron_say_the_same_days(
    days: tuple[int, ...], on_calendar: str, cron: str
) -> None:
    schedule = Schedule.of("16:00", days)
    assert (schedule.on_calendar(), schedule.cron_fields()) == (on_calendar, cron)


@given(
    st.integers(0, 23),
    st.integers(0, 59),
    st.sets(st.integers(1, 7), min_size=1),
)
def test_the_timer_gives_back_the_schedule_it_was_written_from(
    hour: int, minute: int, days: set[int]
) -> None:
    schedule = Schedule.of(f"{hour}:{minute:02d}", days)
    assert from_on_calendar(schedule.on_calendar()) == schedule


@pytest.mark.parametrize("value", ["daily", "Mon..Fri *-*-* 16:00", "Mo..Fr *-*-* 16:00:00"])
def test_a_timer_line_focuscheck_did_not_write_gives_no_schedule(value: str) -> None:
    assert from_on_calendar(value) is None


def test_the_schedule_reads_in_the_persons_language() -> None:
    schedule = Schedule.of("08:30", (1, 2, 3, 5))
    assert schedule.describe() == "Mon–Wed, Fri at 08:30"
    set_language("sv")
    assert schedule.describe() == "Mån–Ons, Fre kl. 08:30"


@pytest.mark.parametrize(
    ("word", "quoted"),
    [
        ("/usr/bin/focuscheck", "/usr/bin/focuscheck"),
        ("/home/a b/focuscheck", '"/home/a b/focuscheck"'),
        ("100%", "100%%"),
        ("$HOME", "$$HOME"),
        ('say "hi"', '"say \\"hi\\""'),
        ("back\\slash", '"back\\\\slash"'),
        (";", '";"'),
        ("", '""'),
    ],
)
def test_exec_start_words_are_quoted_so_systemd_expands_nothing(word: str, quoted: str) -> None:
    assert systemd_quote(word) == quoted


def test_the_crontab_line_quotes_for_the_shell_and_escapes_percent() -> None:
    line = crontab_line(Schedule.of("09:00", (1,)), ["/opt/my tools/focuscheck", "50%", "remind"])
    assert line == "0 9 * * 1 '/opt/my tools/focuscheck' 50\\% remind"
