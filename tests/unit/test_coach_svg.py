"""The report's SVG charts: scales, one colour per series, labels that wrap instead of being cut."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.coach.svg import (
    DASHES,
    FONT_SIZE,
    FULL_WIDTH,
    HALF_WIDTH,
    LABEL_WIDTH,
    PALETTE,
    Series,
    bar_chart,
    count_axis,
    count_chart,
    legend,
    line_chart,
    percent_chart,
    percent_ticks,
    styled,
    text_width,
    wrap,
)

QUESTION = "What is the cornerstone of quality management?"


def bar_widths(svg: str) -> list[float]:
    return [float(width) for width in re.findall(r'<rect class="bar"[^>]* width="([\d.]+)"', svg)]


def plot_room(svg: str) -> float:
    start = re.search(r'data-plot-start="([\d.]+)"', svg)
    end = re.search(r'data-plot-end="([\d.]+)"', svg)
    assert start and end
    return float(end.group(1)) - float(start.group(1))


def label_lines(svg: str) -> list[list[str]]:
    return [
        re.findall(r"<tspan[^>]*>([^<]*)</tspan>", label)
        for label in re.findall(r'<text class="label".*?</text>', svg)
    ]


def relative_luminance(code: str) -> float:
    def channel(value: int) -> float:
        share = value / 255
        return share / 12.92 if share <= 0.03928 else ((share + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(code[index : index + 2], 16) for index in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def test_a_long_label_wraps_onto_lines_that_fit_its_column() -> None:
    lines = wrap(QUESTION, 130)
    assert len(lines) > 1
    assert " ".join(lines) == QUESTION
    assert all(text_width(line) <= 130 for line in lines)


def test_a_word_longer_than_its_column_is_split_not_cut() -> None:
    word = "Kvalitetsledningssystemsgenomgångsprotokoll"
    lines = wrap(word, 60)
    assert "".join(lines) == word
    assert all(text_width(line) <= 60 for line in lines)


def test_a_short_label_stays_on_one_line() -> None:
    assert wrap("Who pays my salary?", LABEL_WIDTH) == ["Who pays my salary?"]


def test_a_bar_chart_keeps_every_word_of_its_labels() -> None:
    svg = bar_chart("Naming", [(QUESTION, 75.0, "75 %"), ("Short", 10.0, "10 %")], 100)
    lines = label_lines(svg)
    assert [" ".join(label) for label in lines] == [QUESTION, "Short"]
    assert len(lines[0]) > 1
    assert "…" not in svg


@given(st.floats(min_value=0, max_value=100, allow_nan=False))
def test_a_percentage_bar_is_as_long_as_its_share_of_the_0_to_100_scale(percent: float) -> None:
    svg = bar_chart("Share", [("Part", percent, f"{percent:.0f} %")], 100, ticks=percent_ticks())
    (width,) = bar_widths(svg)
    assert width == pytest.approx(plot_room(svg) * percent / 100, abs=0.01)


def test_a_bar_of_63_percent_does_not_fill_the_chart() -> None:
    svg = bar_chart("Share", [("Most", 63, "63 %"), ("Rest", 37, "37 %")], 100)
    most, rest = bar_widths(svg)
    assert most == pytest.approx(0.63 * plot_room(svg), abs=0.01)
    assert rest == pytest.approx(0.37 * plot_room(svg), abs=0.01)


def test_the_percent_scale_is_marked_at_0_50_and_100() -> None:
    svg = bar_chart("Share", [("Part", 20, "20 %")], 100, ticks=percent_ticks())
    assert re.findall(r'class="tick" [^>]*>([^<]+)</text>', svg) == ["0 %", "50 %", "100 %"]
    positions = [float(x) for x in re.findall(r'<line class="tick grid"[^>]* x1="([\d.]+)"', svg)]
    assert positions[1] - positions[0] == pytest.approx(positions[2] - positions[1])


@pytest.mark.parametrize(
    ("peak", "maximum", "ticks"),
    [
        (0, 1, ["0", "1"]),
        (1, 1, ["0", "1"]),
        (3, 5, ["0", "5"]),
        (7, 10, ["0", "5", "10"]),
        (37, 50, ["0", "25", "50"]),
        (130, 200, ["0", "100", "200"]),
        (200, 200, ["0", "100", "200"]),
    ],
)
def test_counts_get_a_round_scale_from_zero_above_the_largest(
    peak: float, maximum: float, ticks: list[str]
) -> None:
    found, marks = count_axis(peak)
    assert found == maximum
    assert [text for _value, text in marks] == ticks
    assert marks[0][0] == 0 and marks[-1][0] == maximum


def test_counts_are_drawn_on_their_own_scale() -> None:
    maximum, ticks = count_axis(37)
    svg = bar_chart("Items", [("Raised", 37, "37"), ("Resolved", 12, "12")], maximum, ticks=ticks)
    raised, resolved = bar_widths(svg)
    assert raised == pytest.approx(plot_room(svg) * 37 / 50, abs=0.01)
    assert resolved / raised == pytest.approx(12 / 37, rel=1e-3)


def test_a_bar_chart_is_one_series_in_one_colour() -> None:
    svg = bar_chart("Voice", [(f"Source {n}", 10.0 * n, f"{10 * n} %") for n in range(6)], 100)
    assert set(re.findall(r'<rect class="bar"[^>]* fill="(#[0-9a-f]{6})"', svg)) == {PALETTE[0]}


def test_a_legend_is_drawn_only_for_several_series() -> None:
    one = styled([("Focus", (3.0, 4.0))])
    several = styled([("Salary", (50.0,)), ("Cornerstone", (60.0,))])
    assert legend(one) == ""
    assert legend(several).count("<li>") == 2


def test_lines_differ_in_dash_as_well_as_colour() -> None:
    lines = styled([(name, (1.0, 2.0)) for name in ("a", "b", "c")])
    assert len({line.color for line in lines}) == 3
    assert [line.dash for line in lines] == list(DASHES[:3])
    svg = line_chart("Shares", ["W1", "W2"], lines, 0, 100, [])
    assert svg.count("stroke-dasharray") == 2  # the first is solid
    assert legend(lines).count("stroke-dasharray") == 2


def test_a_series_made_the_old_way_still_draws() -> None:
    svg = line_chart("Focus", ["W1", "W2"], [Series("Focus", (3.0, None), PALETTE[0])], 1, 5, [])
    assert '<circle class="dot"' in svg and "stroke-dasharray" not in svg


def test_every_chart_colour_stands_out_on_white_paper() -> None:
    for colour in PALETTE:
        contrast = 1.05 / (relative_luminance(colour) + 0.05)
        assert contrast >= 3, f"{colour} has contrast {contrast:.1f}:1 on white"


def test_charts_say_what_they_show_to_a_screen_reader() -> None:
    svg = bar_chart(
        "Whose voice", [("A customer", 40, "4 (40 %)"), ("No one", 60, "6 (60 %)")], 100
    )
    assert 'role="img"' in svg
    assert "<title>Whose voice</title>" in svg
    assert "<desc>A customer: 4 (40 %); No one: 6 (60 %)</desc>" in svg
    line = line_chart("Focus", ["W1"], styled([("Focus", (3.0,))]), 1, 5, [])
    assert "<title>Focus</title><desc>Focus</desc>" in line


def test_label_text_is_escaped() -> None:
    svg = bar_chart("<b>", [("<script>x</script>", 10, "1 & 2")], 100)
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;x&lt;/script&gt;" in svg and "1 &amp; 2" in svg


def test_every_value_fits_inside_the_chart() -> None:
    svg = bar_chart(
        "Naming", [(QUESTION, 100, "100 % (1234 of 1234)")], 100, width=360, label_width=130
    )
    (width,) = bar_widths(svg)
    view = re.search(r'viewBox="0 0 (\d+)', svg)
    assert view
    start = float(re.findall(r'data-plot-start="([\d.]+)"', svg)[0])
    assert start + width + text_width("100 % (1234 of 1234)", FONT_SIZE) <= int(view.group(1))


def test_a_percent_chart_is_drawn_on_0_to_100_at_the_reports_widths() -> None:
    half = percent_chart("Share", [("Part", 63, "63 %")])
    wide = percent_chart("Share", [("Part", 63, "63 %")], wide=True)
    assert f'viewBox="0 0 {HALF_WIDTH} ' in half and f'viewBox="0 0 {FULL_WIDTH} ' in wide
    for svg in (half, wide):
        (width,) = bar_widths(svg)
        assert width == pytest.approx(0.63 * plot_room(svg), abs=0.01)
        assert re.findall(r'class="tick" [^>]*>([^<]+)</text>', svg) == ["0 %", "50 %", "100 %"]


def test_a_count_chart_runs_from_zero_to_a_round_number_above_the_largest() -> None:
    svg = count_chart("Waste items", [("Raised", 37, "37"), ("Resolved", 12, "12")])
    raised, _resolved = bar_widths(svg)
    assert raised == pytest.approx(plot_room(svg) * 37 / 50, abs=0.01)
    assert re.findall(r'class="tick" [^>]*>([^<]+)</text>', svg) == ["0", "25", "50"]
