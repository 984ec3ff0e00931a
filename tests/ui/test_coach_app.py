"""The coach's review in the terminal: tabs, withheld figures, the themes search."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, OptionList, TabbedContent

from focuscheck.coach import wording
from focuscheck.coach.aggregate import review
from focuscheck.coach.export_format import ExportOptions, document_json
from focuscheck.coach.loader import load_exports
from focuscheck.coach.report_md import render_markdown
from focuscheck.domain.dates import Granularity
from focuscheck.screens.coach.app import CoachApp
from focuscheck.screens.coach.distributions import DistributionsPane
from focuscheck.widgets.bar_chart import BarChart
from tests.ui.browse_support import screen_text
from tests.ui.coach_support import HOSTILE, coach_app, write_exports
from tests.unit.coach_support import export_document, week_of_entries

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


async def test_search_narrows_the_themes(tmp_path: Path) -> None:
    app = coach_app(tmp_path / "team", 6)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        search = app.query_one("#theme-search", Input)
        assert app.focused is search
        options = app.query_one("#theme-list", OptionList)
        everything = options.option_count
        await pilot.press(*"faster")
        await pilot.pause()
        assert 0 < options.option_count < everything
        assert "Faster, please" in screen_text(app)


async def test_theme_texts_are_shown_literally(tmp_path: Path) -> None:
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


async def test_the_coach_app_shows_the_same_figures_as_the_report(tmp_path: Path) -> None:
    folder = write_exports(tmp_path / "team", 6)
    lone = export_document(week_of_entries(6, per_week=5), participant="p-00000000000000aa")
    (folder / "lone.json").write_text(document_json(lone), encoding="utf-8")
    again = export_document(
        week_of_entries(0), options=ExportOptions(granularity=Granularity.DAY),
        participant=f"p-{1:016x}",
    )  # fmt: skip
    (folder / "daily.json").write_text(document_json(again), encoding="utf-8")
    loaded = load_exports([folder])
    found = review(loaded.exports, 5)
    markdown = render_markdown(found, loaded)
    app = CoachApp(found, loaded)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        for label, value in wording.overview_facts(found):
            assert f"- **{label}:** {value}" in markdown
            assert label in text and value in text
        assert found.salary.value is not None
        assert wording.rate_text(found.salary.value) in text
        assert f"{folder / 'export-1.json'}: set aside for 1 period (2026-W48)" in text
        await pilot.press("3")
        await pilot.pause()
        table = app.query_one("#trend-table", DataTable)
        assert table.row_count == len(found.periods) == 3
        for index, row in enumerate(found.periods):
            assert row.figures is not None
            cells = [str(cell) for cell in table.get_row_at(index)]
            assert cells[:3] == [
                row.period,
                str(row.figures.participants),
                str(row.figures.checkins),
            ]
            assert "| " + " | ".join(cells) + " |" in markdown
        assert "2026-W42" not in screen_text(app) + markdown
