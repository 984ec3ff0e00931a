"""``focuscheck away``: adding, listing and removing holidays and leave."""

from __future__ import annotations

import pytest

from tests.unit.cli_support import Runner, make_runner


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def saved(run: Runner) -> list[str]:
    return run("config", "get", "away").out.split()


def test_away_from_until_saves_the_period_and_lists_it(run: Runner) -> None:
    result = run("away", "--from", "2026-12-24", "--until", "2027-01-06")
    assert result.code == 0
    assert result.out == (
        "Away 2026-12-24..2027-01-06: no check-in is owed then.\n"
        "2026-12-24..2027-01-06  10 workdays\n"
    )
    assert saved(run) == ["2026-12-24..2027-01-06"]


def test_everyday_phrases_look_forward_from_today(run: Runner) -> None:
    # The frozen day is Thursday 26 November 2026.
    assert run("away", "--from", "next monday", "--until", "friday").code == 2
    assert run("away", "--from", "tomorrow", "--until", "next week").code == 0
    assert saved(run) == ["2026-11-27..2026-12-06"]


def test_a_single_day_needs_only_from(run: Runner) -> None:
    assert run("away", "--from", "24 december").code == 0
    assert saved(run) == ["2026-12-24"]


def test_until_alone_starts_today(run: Runner) -> None:
    assert run("away", "--until", "2026-11-27").code == 0
    assert saved(run) == ["2026-11-26..2026-11-27"]


def test_bare_away_lists_the_periods_and_marks_the_current_one(run: Runner) -> None:
    run("away", "--from", "2026-12-24", "--until", "2027-01-06")
    run("away", "--from", "today")
    for listing in (run("away"), run("away", "list")):
        assert listing.out == (
            "2026-11-26              1 workday  ← now\n2026-12-24..2027-01-06  10 workdays\n"
        )


def test_bare_away_without_periods_says_how_to_add_one(run: Runner) -> None:
    result = run("away")
    assert (result.code, result.out) == (
        0,
        "No away periods. Add one with: focuscheck away --from DATE --until DATE\n",
    )


def test_touching_periods_are_joined(run: Runner) -> None:
    run("away", "--from", "2026-12-24", "--until", "2026-12-31")
    run("away", "--from", "2027-01-01", "--until", "2027-01-06")
    assert saved(run) == ["2026-12-24..2027-01-06"]


def test_removing_days_from_the_middle_splits_the_period(run: Runner) -> None:
    run("away", "--from", "2026-12-24", "--until", "2027-01-06")
    result = run("away", "remove", "--from", "2026-12-31", "--until", "2027-01-01")
    assert result.code == 0
    assert result.out.startswith("Removed 2026-12-31..2027-01-01 from the away days.\n")
    assert saved(run) == ["2026-12-24..2026-12-30", "2027-01-02..2027-01-06"]


def test_removing_a_period_by_its_text(run: Runner) -> None:
    run("away", "--from", "2026-12-24", "--until", "2027-01-06")
    assert run("away", "remove", "2026-12-24..2027-01-06").code == 0
    assert saved(run) == []


def test_removing_days_that_are_not_away_changes_nothing(run: Runner) -> None:
    run("away", "--from", "2026-12-24")
    result = run("away", "remove", "2026-12-25")
    assert (result.code, result.out) == (0, "No away days in 2026-12-25; nothing changed.\n")
    assert saved(run) == ["2026-12-24"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ("--from", "2026-12-10", "--until", "2026-12-01"),
            "the last day 2026-12-01 comes before the first day 2026-12-10",
        ),
        (
            ("--from", "2026-01-01", "--until", "2027-06-30"),
            "'2026-01-01..2027-06-30' is longer than a year",
        ),
        (("--from", "someday"), "cannot read 'someday' as a date; try 2026-12-24, today, tomorrow"),
        (("--from", "2026-02-30"), "there is no date '2026-02-30' in the calendar"),
        (("remove", "christmas"), "'christmas' is not a period of days"),
        (("remove",), "say which days"),
        (("remove", "2026-12-24", "--from", "today"), "not both"),
        (("--from", "today", "list"), "--from and --until come after the command"),
    ],
)
def test_bad_input_is_explained_with_exit_2_and_nothing_saved(
    run: Runner, args: tuple[str, ...], says: str
) -> None:
    result = run("away", *args)
    assert result.code == 2
    assert says in result.err
    assert "Traceback" not in result.err
    assert saved(run) == []


def test_away_in_swedish(run: Runner) -> None:
    result = run("--lang", "sv", "away", "--from", "i morgon", "--until", "nästa vecka")
    assert result.out == (
        "Ledig 2026-11-27..2026-12-06: då behövs ingen avstämning.\n"
        "2026-11-27..2026-12-06  6 arbetsdagar\n"
    )
    assert run("--lang", "sv", "away", "--from", "2026-12-10", "--until", "1 dec").code == 2
