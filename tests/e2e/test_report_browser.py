"""The HTML report in a real browser: headless Chromium draws, measures and prints it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from focuscheck.coach import wording
from focuscheck.coach.aggregate import review
from focuscheck.coach.loader import load_exports
from focuscheck.coach.report_html import render_html
from focuscheck.coach.report_style import STYLE
from focuscheck.coach.svg import GAP, PALETTE, bar_chart, percent_ticks, text_width
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.i18n import _, set_language
from tests.e2e.png import rgb_rows
from tests.e2e.report_support import (
    CHROMIUM,
    NO_CHROMIUM,
    chromium,
    measure_charts,
    print_pages,
    write_typical_team,
)

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=NO_CHROMIUM)]

K = 5
PAGES = 4


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 participants over 8 weeks, as exported by the export code."""
    folder = tmp_path_factory.mktemp("typical") / "team"
    write_typical_team(folder, people=20, weeks=8)
    return folder


def report(team: Path, language: str = "en") -> str:
    set_language(language)
    loaded = load_exports([team])
    return render_html(review(loaded.exports, K), loaded)


def png_pixels(path: Path) -> Counter[tuple[int, int, int]]:
    """How often each colour occurs in the PNG at ``path`` (every other pixel is plenty)."""
    _width, _height, rows = rgb_rows(path.read_bytes())
    return Counter((row[x], row[x + 1], row[x + 2]) for row in rows for x in range(0, len(row), 6))


def rgb(code: str) -> tuple[int, int, int]:
    return (int(code[1:3], 16), int(code[3:5], 16), int(code[5:7], 16))


def plot_edge(chart: str, name: str) -> float:
    """Where a bar chart's scale starts or ends (the attribute ``name``), in its own units."""
    return float(chart.split(f'{name}="')[1].split('"')[0])


def screenshot(page: Path, target: Path, profile: Path, size: str = "1200,1600") -> None:
    chromium(f"--screenshot={target}", f"--window-size={size}", page.as_uri(), profile=profile)


def test_html_report_draws_its_charts_in_chromium(team: Path, tmp_path: Path) -> None:
    page = tmp_path / "review.html"
    page.write_text(report(team), encoding="utf-8")
    image = tmp_path / "review.png"
    screenshot(page, image, tmp_path / "profile")

    colours = png_pixels(image)
    assert colours[(255, 255, 255)] < sum(colours.values()) * 0.98, "the page is nearly all white"
    assert colours[rgb(PALETTE[0])] > 500, "no bars were drawn"
    assert colours[rgb(PALETTE[1])] > 20, "the second line of the trend was not drawn"


def test_a_bar_of_63_percent_reaches_63_percent_of_the_way_on_screen(tmp_path: Path) -> None:
    chart = bar_chart("Share", [("Who pays my salary?", 63, "63 %")], 100, ticks=percent_ticks())
    page = tmp_path / "bar.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><style>{STYLE} body {{ padding: 0; margin: 0; }}"
        "svg.chart { width: 640px; margin: 0; }</style></head>"
        f"<body>{chart}</body></html>",
        encoding="utf-8",
    )
    image = tmp_path / "bar.png"
    screenshot(page, image, tmp_path / "profile", "640,200")
    _width, _height, rows = rgb_rows(image.read_bytes())
    blue = bytes(rgb(PALETTE[0]))
    runs = [sum(row[x : x + 3] == blue for x in range(0, len(row), 3)) for row in rows]
    start, end = (plot_edge(chart, name) for name in ("data-plot-start", "data-plot-end"))
    assert max(runs) == pytest.approx(0.63 * (end - start), abs=2)


@pytest.mark.parametrize("language", ["en", "sv"])
def test_percentage_bars_are_drawn_on_the_whole_0_to_100_scale(
    team: Path, tmp_path: Path, language: str
) -> None:
    charts = [chart for chart in measure_charts(report(team, language), tmp_path) if chart["bars"]]
    assert len(charts) == 6  # five of the whole team, one of the teams side by side
    for chart in charts:
        scale = {tick["value"]: tick["left"] for tick in chart["ticks"]}
        assert sorted(scale) == [0, 50, 100]
        hundred = scale[100] - scale[0]
        for bar in chart["bars"]:
            left, width = bar["screen"]
            assert left == pytest.approx(scale[0], abs=0.5)
            assert width == pytest.approx(hundred * bar["value"] / 100, abs=0.5)
        assert {bar["fill"] for bar in chart["bars"]} == {PALETTE[0]}


def expected_labels(customer: str) -> list[str]:
    """Every long label the bar charts show, in the current language."""
    return [
        _("Who pays my salary?"),
        _("What is the cornerstone of quality management?"),
        *(wording.voice_label(source, customer) for source in VoiceSource),
        *(wording.waste_label(category) for category in WasteCategory),
    ]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_no_label_is_cut_and_long_ones_wrap(team: Path, tmp_path: Path, language: str) -> None:
    html = report(team, language)
    assert "…" not in html
    charts = measure_charts(html, tmp_path)
    shown = {label["text"]: label for chart in charts for label in chart["labels"]}
    for text in expected_labels("customer"):
        assert text in shown, f"{text!r} is not shown whole"
    assert any(label["lines"] > 2 for label in shown.values())
    for chart in charts:
        _x, _y, width, height = chart["view"]
        for x, y, width_drawn, text_height in chart["texts"]:
            assert x >= 0 and x + width_drawn <= width + 0.5, f"text overflows {chart['kind']}"
            assert y >= -0.5 and y + text_height <= height + 0.5
        column = chart["plot"][0] - GAP
        for label in chart["labels"]:
            x, _y, width_drawn, _h = label["box"]
            assert x + width_drawn <= chart["plot"][0], f"{label['text']!r} runs into its bar"
            if text_width(label["text"]) > column:
                assert label["lines"] > 1, f"{label['text']!r} should wrap"


@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_typical_report_prints_on_at_most_four_a4_pages(
    team: Path, tmp_path: Path, language: str
) -> None:
    page = tmp_path / "review.html"
    page.write_text(report(team, language), encoding="utf-8")
    assert print_pages(page, tmp_path / "profile") <= PAGES
