"""The coach's review in the terminal: tabs, withheld figures, the reflections search."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, OptionList, TabbedContent

from focuscheck.screens.coach.distributions import DistributionsPane
from focuscheck.widgets.bar_chart import BarChart
from tests.ui.browse_support import screen_text
from tests.ui.coach_support import HOSTILE, coach_app

SIZE = (100, 30)


async def test_tabs_show_the_figures(tmp_path: Path) -> None:
    app = coach_app(tmp_path / "team", 6)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Participants:" in text and "6" in text
        assert "names the customer" in text
        await pilot.press("2")
        await pilot.pause()
        assert app.query_one(TabbedContent).active == "distributions"
        assert len(app.query_one(DistributionsPane).query(BarChart)) == 4
        await pilot.press("3")
        await pilot.pause()
        table = app.query_one("#trend-table", DataTable)
        assert table.row_count == 3
        assert not any("p-0000" in line for line in screen_text(app).splitlines())


async def test_search_narrows_the_reflections(tmp_path: Path) -> None:
    app = coach_app(tmp_path / "team", 6)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        search = app.query_one("#reflection-search", Input)
        assert app.focused is search
        options = app.query_one("#reflection-list", OptionList)
        everything = options.option_count
        await pilot.press(*"faster")
        await pilot.pause()
        assert 0 < options.option_count < everything
        assert "Faster, please" in screen_text(app)


async def test_reflections_are_shown_literally(tmp_path: Path) -> None:
    app = coach_app(tmp_path / "team", 6)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("slash")
        await pilot.press(*"bold")
        await pilot.pause()
        assert HOSTILE[:20] in screen_text(app)
        assert app.is_running  # the [@click=app.quit] in the text did nothing


async def test_too_small_a_group_shows_only_the_reason(tmp_path: Path) -> None:
    app = coach_app(tmp_path / "team", 4)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        note = "Every figure needs at least 5, so none is shown."
        assert note in screen_text(app)
        for key in ("2", "3", "4"):
            await pilot.press(key)
            await pilot.pause()
            assert note in screen_text(app)
        assert not app.query(DataTable) and not app.query(BarChart)
        assert "Shorter form" not in screen_text(app)


async def test_help_opens_and_closes(tmp_path: Path) -> None:
    app = coach_app(tmp_path / "team", 6)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert "A review of your team" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.query_one(TabbedContent).active == "overview"
