"""Reading typed dates, period keys (focuscheck.domain.dates) and streaks (.streaks)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.domain.dates import (
    MAX_INPUT,
    DateParseError,
    Granularity,
    day_key,
    month_key,
    parse_date,
    period_key,
    period_start,
    week_key,
    week_start,
)
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.streaks import last_n_days
from focuscheck.i18n import set_language

#: Thursday 26 November 2026, the day the project's frozen clock stands on.
THU = date(2026, 11, 26)
WORKWEEK = (1, 2, 3, 4, 5)


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- single days -------------------------------------------------------------------------------

SINGLE_DAYS = [
    ("today", "2026-11-26"),
    ("idag", "2026-11-26"),
    ("i dag", "2026-11-26"),
    ("yesterday", "2026-11-25"),
    ("igår", "2026-11-25"),
    ("i går", "2026-11-25"),
    ("the day before yesterday", "2026-11-24"),
    ("i förrgår", "2026-11-24"),
    ("0 days ago", "2026-11-26"),
    ("1 day ago", "2026-11-25"),
    ("3 days ago", "2026-11-23"),
    ("10 days ago", "2026-11-16"),
    ("1 dag sedan", "2026-11-25"),
    ("3 dagar sedan", "2026-11-23"),
    ("för 3 dagar sedan", "2026-11-23"),
    ("för tre dagar sedan", "2026-11-23"),
    ("two days ago", "2026-11-24"),
    ("a week ago", "2026-11-19"),
    ("2 weeks ago", "2026-11-12"),
    ("1 vecka sedan", "2026-11-19"),
    ("en vecka sedan", "2026-11-19"),
    ("2 veckor sedan", "2026-11-12"),
    ("1 month ago", "2026-10-26"),
    ("3 months ago", "2026-08-26"),
    ("1 månad sedan", "2026-10-26"),
    ("3 månader sedan", "2026-08-26"),
    ("a year ago", "2025-11-26"),
    ("ett år sedan", "2025-11-26"),
    ("2 år sedan", "2024-11-26"),
    # "last <weekday>" is strictly before today; a bare weekday may be today.
    ("last monday", "2026-11-23"),
    ("last mon", "2026-11-23"),
    ("last tuesday", "2026-11-24"),
    ("last tue", "2026-11-24"),
    ("last wednesday", "2026-11-25"),
    ("last thursday", "2026-11-19"),
    ("last thu", "2026-11-19"),
    ("last friday", "2026-11-20"),
    ("last saturday", "2026-11-21"),
    ("last sat", "2026-11-21"),
    ("last sunday", "2026-11-22"),
    ("last sun", "2026-11-22"),
    ("i måndags", "2026-11-23"),
    ("i tisdags", "2026-11-24"),
    ("i onsdags", "2026-11-25"),
    ("i torsdags", "2026-11-19"),
    ("i fredags", "2026-11-20"),
    ("i lördags", "2026-11-21"),
    ("i söndags", "2026-11-22"),
    ("förra måndagen", "2026-11-23"),
    ("förra fredagen", "2026-11-20"),
    ("monday", "2026-11-23"),
    ("thursday", "2026-11-26"),
    ("friday", "2026-11-20"),
    ("fri", "2026-11-20"),
    ("måndag", "2026-11-23"),
    ("torsdag", "2026-11-26"),
    ("fredag", "2026-11-20"),
    ("sön", "2026-11-22"),
    # month and day, English and Swedish, in either order
    ("Nov 3", "2026-11-03"),
    ("3 Nov", "2026-11-03"),
    ("November 3", "2026-11-03"),
    ("3 november", "2026-11-03"),
    ("nov. 3", "2026-11-03"),
    ("November 3rd", "2026-11-03"),
    ("the 3rd of November", "2026-11-03"),
    ("den 3 nov", "2026-11-03"),
    ("3:e november", "2026-11-03"),
    ("3 maj", "2026-05-03"),
    ("May 3", "2026-05-03"),
    ("1 okt", "2026-10-01"),
    ("1 oktober", "2026-10-01"),
    ("Oct 1", "2026-10-01"),
    ("15 mars", "2026-03-15"),
    ("Nov 26", "2026-11-26"),
    # after today this year means last year: phrases look back
    ("Nov 27", "2025-11-27"),
    ("24 dec", "2025-12-24"),
    # ISO and other explicit forms
    ("2026-11-01", "2026-11-01"),
    ("2026-1-5", "2026-01-05"),
    ("20261101", "2026-11-01"),
    ("2026-W48-1", "2026-11-23"),
    ("2026-11-01T23:30:00+01:00", "2026-11-01"),
    ("3 nov 2025", "2025-11-03"),
    ("nov 3, 2025", "2025-11-03"),
    ("November 3 2024", "2024-11-03"),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_DAYS)
def test_single_days(text: str, expected: str) -> None:
    assert parse_date(text, today=THU) == d(expected)
    assert parse_date(text, today=THU, end=True) == d(expected)


@pytest.mark.parametrize(
    "text",
    ["TODAY", "  today  ", "Today\n", "I  DAG", "I Går", "LAST   Monday", "Förra Veckan", "NOV 3"],
)
def test_case_and_whitespace_do_not_matter(text: str) -> None:
    assert parse_date(text, today=THU) == parse_date(" ".join(text.lower().split()), today=THU)


# --- spans ---------------------------------------------------------------------------------------

SPANS = [
    ("this week", "2026-11-23", "2026-11-26"),
    ("denna vecka", "2026-11-23", "2026-11-26"),
    ("den här veckan", "2026-11-23", "2026-11-26"),
    ("last week", "2026-11-16", "2026-11-22"),
    ("förra veckan", "2026-11-16", "2026-11-22"),
    ("this month", "2026-11-01", "2026-11-26"),
    ("denna månad", "2026-11-01", "2026-11-26"),
    ("den här månaden", "2026-11-01", "2026-11-26"),
    ("last month", "2026-10-01", "2026-10-31"),
    ("förra månaden", "2026-10-01", "2026-10-31"),
    ("this year", "2026-01-01", "2026-11-26"),
    ("i år", "2026-01-01", "2026-11-26"),
    ("last year", "2025-01-01", "2025-12-31"),
    ("förra året", "2025-01-01", "2025-12-31"),
    ("i fjol", "2025-01-01", "2025-12-31"),
    # a month name alone: the latest such month that has begun
    ("november", "2026-11-01", "2026-11-26"),
    ("nov", "2026-11-01", "2026-11-26"),
    ("okt", "2026-10-01", "2026-10-31"),
    ("oktober", "2026-10-01", "2026-10-31"),
    ("feb", "2026-02-01", "2026-02-28"),
    ("maj", "2026-05-01", "2026-05-31"),
    ("december", "2025-12-01", "2025-12-31"),
    ("v48", "2026-11-23", "2026-11-26"),
    ("vecka 47", "2026-11-16", "2026-11-22"),
    ("week 49", "2025-12-01", "2025-12-07"),
    # with the year written out, a span may reach past today
    ("2026-11", "2026-11-01", "2026-11-30"),
    ("2028-02", "2028-02-01", "2028-02-29"),
    ("2026", "2026-01-01", "2026-12-31"),
    ("2026-W48", "2026-11-23", "2026-11-29"),
    ("2026-w53", "2026-12-28", "2027-01-03"),
    ("nov 2026", "2026-11-01", "2026-11-30"),
    ("december 2025", "2025-12-01", "2025-12-31"),
]


@pytest.mark.parametrize(("text", "first", "last"), SPANS)
def test_spans_give_first_day_or_last_day_with_end(text: str, first: str, last: str) -> None:
    assert parse_date(text, today=THU) == d(first)
    assert parse_date(text, today=THU, end=True) == d(last)


def test_spans_at_the_turn_of_the_year() -> None:
    today = date(2026, 1, 2)  # a Friday in ISO week 2026-W01, which began in 2025
    assert parse_date("Dec 30", today=today) == date(2025, 12, 30)
    assert parse_date("30 dec", today=today) == date(2025, 12, 30)
    assert parse_date("Jan 2", today=today) == date(2026, 1, 2)
    assert parse_date("Jan 3", today=today) == date(2025, 1, 3)
    assert parse_date("this week", today=today) == date(2025, 12, 29)
    assert parse_date("last week", today=today) == date(2025, 12, 22)
    assert parse_date("last week", today=today, end=True) == date(2025, 12, 28)
    assert parse_date("last month", today=today) == date(2025, 12, 1)
    assert parse_date("last month", today=today, end=True) == date(2025, 12, 31)
    assert parse_date("last year", today=today, end=True) == date(2025, 12, 31)
    assert parse_date("december", today=today) == date(2025, 12, 1)
    assert parse_date("3 days ago", today=today) == date(2025, 12, 30)
    assert parse_date("v53", today=date(2027, 1, 2)) == date(2026, 12, 28)


def test_leap_days() -> None:
    assert parse_date("Feb 29", today=date(2028, 3, 1)) == date(2028, 2, 29)
    assert parse_date("29 feb", today=date(2027, 3, 1)) == date(2024, 2, 29)
    assert parse_date("29 februari", today=date(2028, 2, 28)) == date(2024, 2, 29)
    assert parse_date("2028-02-29", today=THU) == date(2028, 2, 29)
    assert parse_date("yesterday", today=date(2028, 3, 1)) == date(2028, 2, 29)
    assert parse_date("1 month ago", today=date(2026, 3, 31)) == date(2026, 2, 28)
    assert parse_date("last month", today=date(2028, 3, 15), end=True) == date(2028, 2, 29)
    for text in ("2027-02-29", "29 feb 2027", "30 feb", "2026-02-30"):
        with pytest.raises(DateParseError):
            parse_date(text, today=THU)


def test_explicit_future_dates_are_allowed() -> None:
    assert parse_date("2030-01-01", today=THU) == date(2030, 1, 1)
    assert parse_date("3 nov 2027", today=THU) == date(2027, 11, 3)


#: Everything above written without a year: a phrase, which never gives a future date.
PHRASES = sorted(
    {text for text, _ in SINGLE_DAYS if not re.search(r"\d{4}", text)}
    | {text for text, _, _ in SPANS if not re.search(r"\d{4}", text)}
)


@given(text=st.sampled_from(PHRASES), today=st.dates(date(1900, 1, 1), date(2200, 12, 31)))
def test_phrases_never_give_a_future_date(text: str, today: date) -> None:
    for end in (False, True):
        try:
            found = parse_date(text, today=today, end=end)
        except DateParseError:
            continue  # e.g. "29 feb" or "v53" with no such day in the years looked at
        assert found <= today


# --- refusals ------------------------------------------------------------------------------------

GARBAGE = [
    "",
    "   ",
    "garbage",
    "tomorrow",
    "next monday",
    "in 3 days",
    "3 hours ago",
    "-3 days ago",
    "last foo",
    "förra bananen",
    "2026-13-45",
    "2026-00-10",
    "2026-11-31",
    "0000-01-01",
    "32 Nov",
    "0 nov",
    "Nov 32",
    "2026-W54",
    "v0",
    "v54",
    "99999999 days ago",
    "9999999999 years ago",
    "\x00",
    "today\x00",
    "\x1b[31mtoday",
    "2026-11-01T25:00",
    "x" * 1_000_000,
    "today " * 100,
]


@pytest.mark.parametrize("text", GARBAGE, ids=lambda text: repr(text[:20]))
def test_garbage_is_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text, today=THU)
    message = str(caught.value)
    assert "'" in message  # the input is quoted
    assert len(message) < 200
    assert not any(ord(char) < 32 or 0x7F <= ord(char) < 0xA0 for char in message)
    assert isinstance(caught.value, ValidationError)
    assert isinstance(caught.value, ValueError)


def test_unreadable_text_gets_examples() -> None:
    with pytest.raises(DateParseError, match=r"cannot read 'soon' as a date; try 2026-11-01"):
        parse_date("soon", today=THU)


def test_impossible_dates_say_so() -> None:
    with pytest.raises(DateParseError, match=r"no date '32 Nov'"):
        parse_date("32 Nov", today=THU)


def test_a_long_paste_is_quoted_truncated_and_refused() -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date("a" * 1_000_000, today=THU)
    assert "…" in str(caught.value)
    assert "a" * (MAX_INPUT + 1) not in str(caught.value)


def test_the_message_is_translated() -> None:
    set_language("sv")
    with pytest.raises(DateParseError) as caught:
        parse_date("snart", today=THU)
    assert "datum" in str(caught.value)
    assert "snart" in str(caught.value)


def outcomes(text: str, today: date) -> list[object]:
    """What parse_date gives for ``text`` (start and end): a date, or the DateParseError.

    Any other exception escapes and fails the test.
    """
    found: list[object] = []
    for end in (False, True):
        try:
            found.append(parse_date(text, today=today, end=end))
        except DateParseError as error:
            found.append(error)
    return found


def gives_a_date_or_refuses(text: str, today: date) -> bool:
    return all(isinstance(result, date | DateParseError) for result in outcomes(text, today))


@given(text=st.text(max_size=80), today=st.dates())
def test_arbitrary_text_gives_a_date_or_a_date_parse_error(text: str, today: date) -> None:
    assert gives_a_date_or_refuses(text, today)


@given(
    text=st.one_of(
        st.from_regex(r"\A\d{1,6}-\d{1,3}(-\d{1,3}([Tt ]\d\d:\d\d[0-9:.,+Zz -]{0,12})?)?\Z"),
        st.from_regex(r"\A\d{1,12} (days?|weeks?|months?|years?|dagar|månader|år) (ago|sedan)\Z"),
        st.from_regex(r"\A(v|vecka |\d{4}-?[wW])\d{1,2}(-?\d)?\Z"),
        st.builds(
            "{} {} {}".format,
            st.integers(-5, 40),
            st.sampled_from(["nov", "feb", "maj", "okt", "dec", "foo"]),
            st.integers(0, 10_000),
        ),
        st.sampled_from(PHRASES),
    ),
    today=st.dates(),
)
def test_near_misses_give_a_date_or_a_date_parse_error(text: str, today: date) -> None:
    assert gives_a_date_or_refuses(text, today)


# --- period keys ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "week"),
    [
        ("2026-11-23", "2026-W48"),
        ("2026-11-29", "2026-W48"),
        ("2026-12-31", "2026-W53"),
        ("2027-01-01", "2026-W53"),
        ("2027-01-03", "2026-W53"),
        ("2027-01-04", "2027-W01"),
        ("2024-12-30", "2025-W01"),
        ("2021-01-03", "2020-W53"),
        ("2026-01-05", "2026-W02"),
    ],
)
def test_week_key_uses_the_iso_year(day: str, week: str) -> None:
    assert week_key(d(day)) == week
    assert period_key(d(day), "week") == week


def test_day_and_month_keys() -> None:
    assert day_key(date(2026, 11, 3)) == "2026-11-03"
    assert month_key(date(2026, 1, 31)) == "2026-01"
    assert period_key(date(2026, 11, 3), "day") == "2026-11-03"
    assert period_key(date(2026, 11, 3), Granularity.MONTH) == "2026-11"
    assert period_key(date(2027, 1, 1), Granularity.WEEK) == "2026-W53"


@pytest.mark.parametrize(
    ("day", "monday"),
    [("2026-11-23", "2026-11-23"), ("2026-11-26", "2026-11-23"), ("2026-11-29", "2026-11-23")],
)
def test_week_start_is_monday(day: str, monday: str) -> None:
    assert week_start(d(day)) == d(monday)


@pytest.mark.parametrize("granularity", ["year", "", "Week", "quarter"])
def test_unknown_granularity_is_a_validation_error(granularity: str) -> None:
    with pytest.raises(ValidationError, match="use day, week or month") as caught:
        period_key(THU, granularity)
    assert caught.value.field == "granularity"


def test_last_n_days_oldest_first() -> None:
    week = last_n_days(THU, 7)
    assert week[0] == date(2026, 11, 20)
    assert week[-1] == THU
    assert week == sorted(week)
    assert len(set(week)) == 7
    assert last_n_days(THU, 1) == [THU]
    assert last_n_days(THU, 0) == []
    assert last_n_days(THU, -3) == []


@pytest.mark.parametrize(
    ("key", "granularity", "first"),
    [
        ("2026-11-23", "day", date(2026, 11, 23)),
        ("2026-W53", "week", date(2026, 12, 28)),
        ("2026-11", "month", date(2026, 11, 1)),
    ],
)
def test_period_start_reads_back_what_period_key_writes(
    key: str, granularity: str, first: date
) -> None:
    assert period_start(key, granularity) == first
    assert period_key(first, granularity) == key


@pytest.mark.parametrize(
    ("key", "granularity"),
    [
        ("2027-W53", "week"),
        ("2026-02-30", "day"),
        ("9999-W52", "week"),
        ("0001-01", "month"),
        ("2026-W5", "week"),
        ("2026-11", "fortnight"),
    ],
)
def test_period_start_refuses_what_names_no_period_in_reach(key: str, granularity: str) -> None:
    assert period_start(key, granularity) is None


# --- days to come (planning leave) -------------------------------------------------------------

AHEAD = [
    ("tomorrow", "2026-11-27", "2026-11-27"),
    ("i morgon", "2026-11-27", "2026-11-27"),
    ("thursday", "2026-11-26", "2026-11-26"),
    ("friday", "2026-11-27", "2026-11-27"),
    ("next thursday", "2026-12-03", "2026-12-03"),
    ("nästa måndag", "2026-11-30", "2026-11-30"),
    ("next week", "2026-11-30", "2026-12-06"),
    ("nästa vecka", "2026-11-30", "2026-12-06"),
    ("in 3 days", "2026-11-29", "2026-11-29"),
    ("om två veckor", "2026-12-10", "2026-12-10"),
    ("24 december", "2026-12-24", "2026-12-24"),
    ("6 jan", "2027-01-06", "2027-01-06"),
    ("29 feb", "2028-02-29", "2028-02-29"),
    ("january", "2027-01-01", "2027-01-31"),
    ("november", "2026-11-01", "2026-11-30"),
    ("2027-07-01", "2027-07-01", "2027-07-01"),
    ("today", "2026-11-26", "2026-11-26"),
    ("last monday", "2026-11-23", "2026-11-23"),
]


@pytest.mark.parametrize(("text", "first", "last"), AHEAD)
def test_ahead_reads_days_to_come(text: str, first: str, last: str) -> None:
    assert parse_date(text, today=THU, ahead=True) == d(first)
    assert parse_date(text, today=THU, ahead=True, end=True) == d(last)


def test_forward_phrases_are_read_only_ahead() -> None:
    with pytest.raises(DateParseError, match="last monday"):
        parse_date("tomorrow", today=THU)
    with pytest.raises(DateParseError, match="next monday"):
        parse_date("someday", today=THU, ahead=True)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_ahead_weekdays_and_day_months_never_lie_before_today(today: date) -> None:
    for text in ("friday", "next friday", "24 december", "tomorrow", "in 2 weeks"):
        assert parse_date(text, today=today, ahead=True) >= today
