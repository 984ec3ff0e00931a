"""Insights: weekly figures, waste, the calendar, streaks, and ``focuscheck stats``."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from focuscheck.domain import insights, insights_text
from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.entry import Entry, new_id
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.settings import Settings, parse_away
from focuscheck.i18n import set_language
from tests.unit.cli_support import make_runner, write_json

TODAY = date(2026, 11, 26)  # a Thursday in ISO week 48
STAMP = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def entry(day: date, **fields: Any) -> Entry:
    return Entry(id=new_id(), date=day, created_at=STAMP, updated_at=STAMP, value="v", **fields)


def days_back(*backs: int) -> list[date]:
    return [TODAY - timedelta(days=back) for back in backs]


class TestWeekly:
    def test_every_week_of_the_period_is_listed_oldest_first(self) -> None:
        figures = insights.compute([], Settings(), TODAY)
        assert [week.week for week in figures.weeks][:2] == ["2026-W37", "2026-W38"]
        assert figures.weeks[-1].week == "2026-W48"
        assert len(figures.weeks) == 12
        assert figures.first_day == date(2026, 9, 7)
        assert all(week.start.weekday() == 0 for week in figures.weeks)

    def test_averages_and_voices_per_week(self) -> None:
        this_week = days_back(0, 1, 2)
        entries = [
            entry(this_week[0], focus=5, mission_clarity=None, voice_source=VoiceSource.CUSTOMER),
            entry(this_week[1], focus=4, mission_clarity=2, voice_source=VoiceSource.CUSTOMER),
            entry(this_week[2], focus=None, mission_clarity=3, voice_source=VoiceSource.COLLEAGUE),
            entry(TODAY - timedelta(days=7), focus=1),
        ]
        figures = insights.compute(entries, Settings(), TODAY)
        latest, before = figures.weeks[-1], figures.weeks[-2]
        assert (latest.entries, latest.focus, latest.clarity) == (3, 4.5, 2.5)
        assert latest.voice(VoiceSource.CUSTOMER) == 2
        assert latest.voice(VoiceSource.COLLEAGUE) == 1
        assert latest.voice(VoiceSource.NONE) == 0
        assert (before.entries, before.focus, before.clarity) == (1, 1.0, None)
        assert before.voice(VoiceSource.NONE) == 1
        assert figures.weeks[0].entries == 0 and figures.weeks[0].focus is None
        assert (figures.focus, figures.clarity) == (3.33, 2.5)

    def test_entries_outside_the_period_count_only_in_the_total(self) -> None:
        entries = [
            entry(TODAY - timedelta(weeks=20)),
            entry(TODAY + timedelta(days=3)),
            entry(TODAY),
        ]
        figures = insights.compute(entries, Settings(), TODAY)
        assert (figures.total, figures.in_period) == (3, 1)
        assert sum(week.entries for week in figures.weeks) == 1

    def test_a_year_end_week(self) -> None:
        figures = insights.compute([], Settings(), date(2027, 1, 1), weeks=2)
        assert [week.week for week in figures.weeks] == ["2026-W52", "2026-W53"]

    @pytest.mark.parametrize("weeks", [0, -1, insights.MAX_WEEKS + 1])
    def test_a_period_that_cannot_be_shown_is_refused(self, weeks: int) -> None:
        with pytest.raises(ValidationError, match="weeks must be between 1 and 520"):
            insights.compute([], Settings(), TODAY, weeks=weeks)


class TestWasteAndStreaks:
    def test_waste_lists_every_category_in_order(self) -> None:
        entries = [
            entry(TODAY, waste_category=WasteCategory.RED_TAPE),
            entry(TODAY, waste_category=WasteCategory.RED_TAPE, waste_note="again"),
            entry(TODAY, waste_category=WasteCategory.ADMIN),
            entry(TODAY, waste_note="a note without a category"),
        ]
        assert insights.waste_by_category(entries) == (
            (WasteCategory.ADMIN, 1),
            (WasteCategory.UNCLARITY, 0),
            (WasteCategory.RIGIDITY, 0),
            (WasteCategory.RED_TAPE, 2),
            (WasteCategory.OTHER, 0),
        )

    def test_streak_skips_days_off_and_longest_looks_back_further(self) -> None:
        # Thu, Wed, Tue, Mon, then Fri before the weekend: five workdays in a row.
        recent = days_back(0, 1, 2, 3, 6)
        # Nine workdays in a row a month earlier (Mon 19 Oct to Thu 29 Oct).
        earlier = [date(2026, 10, 19) + timedelta(days=n) for n in range(11) if n % 7 < 5]
        figures = insights.compute([entry(day) for day in recent + earlier], Settings(), TODAY)
        assert figures.streak == 5
        assert figures.longest_streak == 9

    def test_workdays_come_from_the_settings(self) -> None:
        settings = Settings(workdays=(1, 2, 3, 4, 5, 6, 7))
        figures = insights.compute(
            [entry(day) for day in days_back(0, 1, 2, 3, 6)], settings, TODAY
        )
        assert figures.streak == 4


class TestCalendar:
    def test_whole_weeks_monday_first_up_to_sunday(self) -> None:
        figures = insights.compute([entry(TODAY), entry(date(2026, 9, 7))], Settings(), TODAY)
        cells = figures.calendar
        assert len(cells) == 12 * 7
        assert cells[0].day == date(2026, 9, 7) and cells[-1].day == date(2026, 11, 29)
        marked = [cell.day for cell in cells if cell.checked_in]
        assert marked == [date(2026, 9, 7), TODAY]
        assert [cell.future for cell in cells[-7:]] == [False] * 4 + [True] * 3
        assert [cell.workday for cell in cells[:7]] == [True] * 5 + [False] * 2

    def test_calendar_lines_mark_check_ins(self) -> None:
        figures = insights.compute([entry(TODAY)], Settings(), TODAY, weeks=2)
        lines = insights_text.calendar_lines(figures.calendar)
        assert lines[0].split() == ["47", "48"]
        thursday = lines[4]
        assert thursday.startswith("Thu") and thursday.split()[1:] == ["·", "■"]
        assert lines[6].strip() == "Sat"

    def test_away_days_are_marked_and_a_check_in_on_one_still_shows(self) -> None:
        settings = Settings(away=parse_away(["2026-11-23..2026-11-24", "2026-11-27..2026-11-30"]))
        figures = insights.compute([entry(date(2026, 11, 24))], settings, TODAY, weeks=2)
        away = [cell.day.day for cell in figures.calendar if cell.away]
        assert away == [23, 24, 27, 28, 29]
        columns = [line.split()[1:] for line in insights_text.calendar_lines(figures.calendar)[1:]]
        assert columns[0] == ["·", "–"], "Monday: a workday away, not a missed one"
        assert columns[1] == ["·", "■"], "a check-in while away is still a check-in"
        assert columns[4] == ["·", "–"], "Friday ahead, planned away"
        assert columns[5] == [], "a day off away is just a day off"
        record = insights.to_record(figures)
        assert [day["date"] for day in record["calendar"] if day["away"]] == [
            "2026-11-23",
            "2026-11-24",
        ]


class TestOutputs:
    def test_record_is_json_with_every_figure(self) -> None:
        figures = insights.compute([entry(TODAY, focus=4)], Settings(), TODAY, weeks=2)
        record = json.loads(json.dumps(insights.to_record(figures)))
        assert record["weeks"] == 2 and record["streak"] == 1
        assert record["per_week"][-1] == {
            "week": "2026-W48",
            "start": "2026-11-23",
            "entries": 1,
            "focus": 4.0,
            "mission_clarity": None,
            "voice": {"customer": 0, "colleague": 0, "none": 1},
        }
        assert record["waste"] == {category.value: 0 for category in WasteCategory}
        assert len(record["calendar"]) == 11, "days after today are left out"

    def test_text_names_every_part(self) -> None:
        entries = [entry(TODAY, focus=4, waste_category=WasteCategory.UNCLARITY)]
        text = insights_text.as_text(
            insights.compute(entries, Settings(), TODAY), term_for_word("patient")
        )
        assert "Insights for the last 12 weeks (2026-09-07 – 2026-11-26)" in text
        assert "Streak: 1 workday (longest: 1)" in text
        assert "Average focus: 4.0; average mission clarity: –" in text
        assert "Patient" in text.splitlines()[5], "the voice column uses the word for the customer"
        assert "Unclarity" in text and "█" * insights_text.BAR_WIDTH in text

    def test_text_in_swedish(self) -> None:
        set_language("sv")
        text = insights_text.as_text(
            insights.compute([entry(TODAY)], Settings(), TODAY), term_for_word("kund")
        )
        assert "Svit: 1 arbetsdag" in text
        assert "Otydlighet" in text and "Tor" in text

    def test_bar_scales_to_the_largest(self) -> None:
        assert insights_text.bar(0, 5) == ""
        assert insights_text.bar(5, 5, width=10) == "█" * 10
        assert insights_text.bar(1, 100, width=10) == "█", "a small count still shows"


class TestStatsCommand:
    @pytest.fixture
    def run(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Any:
        runner = make_runner(capsys)
        records = [
            {"date": "2026-11-26", "value": "a", "focus": 4, "voice_source": "customer"},
            {"date": "2026-11-25", "value": "b", "focus": 2, "waste_category": "admin"},
        ]
        assert runner("import", write_json(tmp_path / "in.json", records)).code == 0
        return runner

    def test_text(self, run: Any) -> None:
        result = run("stats")
        assert result.code == 0
        assert "Streak: 2 workdays" in result.out
        assert "2026-W48" in result.out and "3.0" in result.out

    def test_json(self, run: Any) -> None:
        result = run("stats", "--format", "json", "--weeks", "4")
        data = json.loads(result.out)
        assert data["weeks"] == 4 and data["entries_in_period"] == 2
        assert data["waste"]["admin"] == 1
        assert data["per_week"][-1]["voice"]["customer"] == 1

    def test_swedish(self, run: Any) -> None:
        result = run("--lang", "sv", "stats")
        assert "Svit: 2 arbetsdagar" in result.out

    @pytest.mark.parametrize("weeks", ["0", "521"])
    def test_weeks_out_of_range(self, run: Any, weeks: str) -> None:
        result = run("stats", "--weeks", weeks)
        assert result.code == 2
        assert "weeks must be between 1 and 520" in result.err
        assert "Traceback" not in result.err

    def test_empty_journal(self, capsys: pytest.CaptureFixture[str]) -> None:
        result = make_runner(capsys)("stats", "--format", "json")
        assert result.code == 0 and json.loads(result.out)["total_entries"] == 0
