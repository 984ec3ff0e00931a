"""Which days a check-in is owed on, and streaks that forgive days off and away days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.domain.days import (
    AwayPeriod,
    DayKind,
    Owed,
    WorkCalendar,
    away_days,
    longest_streak,
    merged,
    missed_yesterday,
    owed_today,
    streak,
    without,
)

LAST_THU, FRI, SAT, SUN = (
    date(2026, 11, 19),
    date(2026, 11, 20),
    date(2026, 11, 21),
    date(2026, 11, 22),
)
MON, TUE, WED, THU = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 26)
WORKWEEK = WorkCalendar.of((1, 2, 3, 4, 5))


def away(first: date, last: date) -> WorkCalendar:
    return WorkCalendar.of((1, 2, 3, 4, 5), [AwayPeriod(first, last)])


def test_streak_counts_consecutive_workdays() -> None:
    assert streak([MON, TUE, WED, THU], THU, WORKWEEK) == 4


def test_today_not_yet_done_does_not_break_the_streak() -> None:
    assert streak([MON, TUE, WED], THU, WORKWEEK) == 3


def test_a_missed_workday_breaks_the_streak() -> None:
    assert streak([MON, WED], THU, WORKWEEK) == 1
    assert streak([MON, TUE], THU, WORKWEEK) == 0


def test_the_weekend_is_skipped_friday_to_monday() -> None:
    assert streak([LAST_THU, FRI, MON], MON, WORKWEEK) == 3
    assert streak([LAST_THU, FRI, MON], TUE, WORKWEEK) == 3
    assert streak([LAST_THU, FRI], MON, WORKWEEK) == 2
    assert streak([LAST_THU, FRI], SUN, WORKWEEK) == 2


def test_a_checkin_on_a_day_off_is_not_a_workday_more() -> None:
    # Thu, Fri, Sun, Mon, Tue: four workdays, the Sunday kept but not counted
    assert streak([LAST_THU, FRI, SUN, MON, TUE], TUE, WORKWEEK) == 4
    assert streak([FRI, SAT, SUN], SUN, WORKWEEK) == 1
    assert longest_streak([LAST_THU, FRI, SAT, SUN, MON], WORKWEEK) == 3


def test_custom_workdays() -> None:
    mon_wed_fri = WorkCalendar.of((1, 3, 5))
    assert streak([FRI, MON, WED], THU, mon_wed_fri) == 3
    assert streak([FRI, WED], THU, mon_wed_fri) == 1
    sunday_to_thursday = WorkCalendar.of((7, 1, 2, 3, 4))
    assert streak([LAST_THU, SUN, MON, TUE, WED], THU, sunday_to_thursday) == 5
    assert streak([LAST_THU, MON, TUE, WED], THU, sunday_to_thursday) == 3


def test_no_workdays_means_nothing_is_owed_and_nothing_counts() -> None:
    nothing = WorkCalendar.of(())
    assert streak([MON, TUE], TUE, nothing) == 0
    assert owed_today([], TUE, nothing) is Owed.DAY_OFF


def test_an_away_period_never_breaks_the_streak() -> None:
    two_weeks_off = away(date(2026, 11, 9), FRI)
    before = [date(2026, 11, 5), date(2026, 11, 6)]  # Thu, Fri before the leave
    assert streak([*before, MON, TUE], TUE, two_weeks_off) == 4
    assert streak(before, MON, two_weeks_off) == 2
    assert streak(before, TUE, two_weeks_off) == 0  # Monday back at work was missed


def test_a_checkin_while_away_is_kept_but_adds_no_workday() -> None:
    calendar = away(TUE, WED)
    assert streak([MON, TUE, THU], THU, calendar) == 2


def test_streak_edge_cases() -> None:
    assert streak([], THU, WORKWEEK) == 0
    assert streak([THU + timedelta(days=3)], THU, WORKWEEK) == 0
    assert streak([THU, THU, WED], THU, WORKWEEK) == 2
    assert streak([date.min, date(1, 1, 2)], date(1, 1, 2), WORKWEEK) == 2
    assert longest_streak([date.max, date.max - timedelta(days=1)], WORKWEEK) == 2


def test_longest_streak() -> None:
    assert longest_streak([], WORKWEEK) == 0
    assert longest_streak([THU], WORKWEEK) == 1
    # Thu, Fri, (weekend), Mon, Tue = 4; then a gap on Wed; Thu alone = 1
    assert longest_streak([LAST_THU, FRI, MON, TUE, THU], WORKWEEK) == 4
    assert longest_streak([MON, WED], WORKWEEK) == 1
    assert longest_streak([MON, WED], WorkCalendar.of((1, 3))) == 2


def test_what_today_owes() -> None:
    assert owed_today([THU], THU, WORKWEEK) is Owed.DONE
    assert owed_today([], THU, WORKWEEK) is Owed.OWED
    assert owed_today([], SAT, WORKWEEK) is Owed.DAY_OFF
    assert owed_today([SAT], SAT, WORKWEEK) is Owed.DONE
    assert owed_today([], THU, away(WED, date(2026, 11, 27))) is Owed.AWAY
    assert away(WED, date(2026, 11, 27)).kind(SAT) is DayKind.DAY_OFF


def test_yesterday_can_be_made_up_only_when_it_was_owed_and_missed() -> None:
    assert missed_yesterday([], THU, WORKWEEK) == WED
    assert missed_yesterday([WED], THU, WORKWEEK) is None
    assert missed_yesterday([], MON, WORKWEEK) is None  # Sunday was a day off
    assert missed_yesterday([], THU, away(WED, WED)) is None


def test_away_periods_are_read_written_joined_and_split() -> None:
    period = AwayPeriod.parse(" 2026-12-24..2027-01-06 ")
    assert (period.first, period.last, period.days) == (date(2026, 12, 24), date(2027, 1, 6), 14)
    assert AwayPeriod.parse(str(period)) == period
    assert str(AwayPeriod.parse("2026-12-24")) == "2026-12-24"
    for bad in ("", "christmas", "2027-01-06..2026-12-24", "2026-12-24..", "2026-02-30"):
        with pytest.raises(ValueError):
            AwayPeriod.parse(bad)
    joined = merged([AwayPeriod(WED, THU), AwayPeriod(MON, TUE), AwayPeriod(THU, THU)])
    assert joined == (AwayPeriod(MON, THU),)
    assert without(joined, AwayPeriod(TUE, WED)) == (AwayPeriod(MON, MON), AwayPeriod(THU, THU))
    assert away_days(joined, TUE, date(2026, 12, 31)) == {TUE, WED, THU}


def naive_streak(days: set[date], today: date, calendar: WorkCalendar) -> int:
    """Reference: walk back one day at a time over the days a check-in was owed."""
    count, day = 0, today
    if not (day in days and calendar.owes(day)):
        day -= timedelta(days=1)
    for _ in range(400):
        if calendar.owes(day):
            if day not in days:
                return count
            count += 1
        day -= timedelta(days=1)
    return count


def naive_longest(days: set[date], calendar: WorkCalendar) -> int:
    owed = sorted(day for day in days if calendar.owes(day))
    return max((naive_streak(days, day, calendar) for day in owed), default=0)


periods = st.builds(
    lambda first, length: AwayPeriod(first, first + timedelta(days=length)),
    st.dates(date(2026, 1, 1), date(2026, 3, 31)),
    st.integers(0, 20),
)


@given(
    days=st.sets(st.dates(date(2026, 1, 1), date(2026, 3, 31)), max_size=60),
    work=st.sets(st.integers(1, 7), min_size=1),
    leave=st.lists(periods, max_size=4),
    today=st.dates(date(2026, 1, 1), date(2026, 4, 10)),
)
def test_streaks_match_a_day_by_day_reference(
    days: set[date], work: set[int], leave: list[AwayPeriod], today: date
) -> None:
    calendar = WorkCalendar.of(work, leave)
    assert streak(days, today, calendar) == naive_streak(days, today, calendar)
    assert longest_streak(days, calendar) == naive_longest(days, calendar)


def test_ten_years_of_every_workday_is_one_streak() -> None:
    start = date(2016, 11, 28)  # a Monday
    every_workday = [
        start + timedelta(days=i) for i in range(3650) if (start + timedelta(days=i)).weekday() < 5
    ]
    assert streak(every_workday, every_workday[-1], WORKWEEK) == len(every_workday)
    assert longest_streak(every_workday, WORKWEEK) == len(every_workday)
