"""The coach compares periods and teams in the terminal."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, TabbedContent

from focuscheck.coach.aggregate import review
from focuscheck.coach.loader import LoadedExport, LoadResult
from focuscheck.domain.enums import VoiceSource
from focuscheck.i18n import set_language
from focuscheck.screens.coach.app import CoachApp
from focuscheck.screens.coach.trend import TrendPane
from tests.ui.browse_support import screen_text
from tests.unit.trend_support import checkin, person, team

K = 5
SIZE = (100, 30)


def app_over(exports: list[LoadedExport], language: str = "en") -> CoachApp:
    set_language(language)
    return CoachApp(review(exports, K), LoadResult(tuple(exports), (), ()))


def rising_voice() -> list[LoadedExport]:
    """Six weeks of five people; a customer's voice is heard only in the last two."""
    return [
        person(
            str(index),
            [
                checkin(
                    week,
                    voice_source=VoiceSource.CUSTOMER if week >= 47 else VoiceSource.NONE,
                )
                for week in range(43, 49)
            ],
        )
        for index in range(K)
    ]


def cells(table: DataTable[object]) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(index)] for index in range(table.row_count)]


async def test_the_comparison_shows_both_values_and_the_change() -> None:
    app = app_over(rising_voice())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        assert app.query_one(TabbedContent).active == "compare"
        text = screen_text(app)
        # Six weeks hold three against three, the longest comparison they allow.
        assert "Last 3 weeks against the 3 before" in text
        rows = {row[0]: row[1:] for row in cells(app.query_one("#compare-table", DataTable))}
        assert rows["Voice heard from a customer directly"] == ["0 %", "67 %", "↑"]
        assert rows["Mean customer focus"] == ["3.0", "3.0", "="]


async def test_minus_compares_fewer_weeks() -> None:
    app = app_over(rising_voice())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        app.query_one("#compare-table", DataTable).focus()
        await pilot.press("minus")
        await pilot.pause()
        assert "Last 2 weeks against the 2 before" in screen_text(app)
        rows = {row[0]: row[1:] for row in cells(app.query_one("#compare-table", DataTable))}
        assert rows["Voice heard from a customer directly"] == ["0 %", "100 %", "↑"]


async def test_a_withheld_side_is_not_compared() -> None:
    lonely = [person("alone", [checkin(45), checkin(46)])]
    app = app_over(team("Nord", K, weeks=(44, 47, 48)) + lonely)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        assert "Not enough participants" in screen_text(app)
        rows = cells(app.query_one("#compare-table", DataTable))
        assert all(row[1] == "–" and row[3] == "–" for row in rows)


async def test_the_overview_opens_with_the_sentences() -> None:
    app = app_over(rising_voice())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Voice heard from a customer directly rose from 0 % to 67 %" in screen_text(app)


@pytest.mark.parametrize("smaller", [K - 1, K])
async def test_teams_are_side_by_side_only_when_each_has_k(smaller: int) -> None:
    app = app_over(team("Nord", K) + team("Syd", smaller, salary_aligned=False))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")
        await pilot.pause()
        text = screen_text(app)
        if smaller < K:
            assert "Teams are compared only when every team shown" in text
            assert not app.query("#teams-table")
            assert "Syd" not in text
            return
        table = app.query_one("#teams-table", DataTable)
        assert [str(column.label) for column in table.columns.values()] == [
            "Figure",
            "Nord",
            "Syd",
        ]
        rows = {row[0]: row[1:] for row in cells(table)}
        assert rows["Participants"] == [str(K), str(K)]
        assert rows["Naming the customer as who pays the salary"] == ["100 %", "0 %"]


async def test_v_switches_the_trend_to_voice_clarity_and_waste() -> None:
    app = app_over(rising_voice(), "sv")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        app.query_one("#trend-table", DataTable).focus()
        await pilot.press("v")
        await pilot.pause()
        assert app.query_one(TrendPane).view == "voice"
        table = app.query_one("#trend-table", DataTable)
        labels = [str(column.label) for column in table.columns.values()]
        assert labels[:4] == ["Vecka", "Kund", "Kollega", "Ingen"]
        assert cells(table)[-1][1] == "100 %"
        await pilot.press("v")
        await pilot.pause()
        assert "Paragrafrytteri" in screen_text(app)
