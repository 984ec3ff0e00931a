"""Small inline SVG charts for the HTML report: no script, no fonts to fetch.

Every piece of text is escaped; sizes are in the SVG's own units and the charts
scale with the page (``viewBox``), so they print as sharply as they show.  A
chart says what it shows in its ``<title>`` and ``<desc>``, prints every value
beside its bar, and never needs colour to be read: a bar chart is one series in
one colour, and the lines of a line chart differ in their dashes too.  Labels
wrap onto as many lines as they need instead of being cut.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Final

WIDTH: Final = 640
BAR_HEIGHT: Final = 22
LABEL_WIDTH: Final = 290
FONT_SIZE: Final = 12
LINE_HEIGHT: Final = 14
CHAR_WIDTH: Final = 0.58
"""A character's width in ems, on the wide side (DejaVu Sans, the widest common sans, averages
about 0.55): labels wrap before they could overflow."""
GAP: Final = 8
"""Between a label and its bar, and a bar and its value."""
AXIS_HEIGHT: Final = 18
PALETTE: Final = ("#2f6f9f", "#b35c17", "#3d7f4c", "#8a3f80", "#6b6b1f")
"""Series colours, each at least 3:1 against white (WCAG's bar for graphics)."""
DASHES: Final = ("", "7 4", "2 3", "10 3 2 3", "4 2")
"""Line styles in the order of :data:`PALETTE`, so lines differ without colour too."""

HALF_WIDTH: Final = 360
"""A chart in a half-width section of the report, in the SVG's units (text is 12 of them)."""
HALF_LABEL_WIDTH: Final = 130
FULL_WIDTH: Final = 740
"""A chart across the report: its text prints as large as a half-width chart's."""
FULL_LABEL_WIDTH: Final = 330

Tick = tuple[float, str]
"""A value on the axis and how it is labelled."""


@dataclass(frozen=True, slots=True)
class Series:
    """One line of a line chart; None where a value is missing or withheld."""

    name: str
    values: tuple[float | None, ...]
    color: str
    dash: str = ""
    """An SVG ``stroke-dasharray``; empty for a solid line."""


def styled(names_values: Sequence[tuple[str, tuple[float | None, ...]]]) -> list[Series]:
    """Series in the palette's colours and dashes, in order."""
    return [
        Series(name, values, PALETTE[index % len(PALETTE)], DASHES[index % len(DASHES)])
        for index, (name, values) in enumerate(names_values)
    ]


def percent_ticks() -> tuple[Tick, ...]:
    """The 0–100 % scale every bar of percentages is drawn on."""
    return tuple((value, f"{value} %") for value in (0, 50, 100))


def count_axis(peak: float) -> tuple[float, tuple[Tick, ...]]:
    """A round maximum at or above ``peak`` (1, 2 or 5 times a power of ten) and its ticks."""
    if peak <= 0:
        return 1.0, ((0, "0"), (1, "1"))
    power = 10 ** max(0, math.floor(math.log10(peak)))
    maximum = next(step * power for step in (1, 2, 5, 10) if step * power >= peak)
    ticks: list[Tick] = [(0, "0")]
    if maximum % 2 == 0:
        ticks.append((maximum / 2, f"{maximum // 2:g}"))
    ticks.append((maximum, f"{maximum:g}"))
    return float(maximum), tuple(ticks)


def wrap(text: str, width: float, font_size: float = FONT_SIZE) -> list[str]:
    """``text`` in lines that fit ``width`` units at ``font_size``; a long word is split."""
    columns = max(1, int(width / (font_size * CHAR_WIDTH)))
    return textwrap.wrap(text, columns) or [""]


def text_width(text: str, font_size: float = FONT_SIZE) -> float:
    """The most room ``text`` takes on one line (the estimate :func:`wrap` keeps within)."""
    return len(text) * font_size * CHAR_WIDTH


def bar_chart(
    title: str,
    bars: Sequence[tuple[str, float, str]],
    maximum: float,
    *,
    ticks: Sequence[Tick] = (),
    width: int = WIDTH,
    label_width: int = LABEL_WIDTH,
    color: str = PALETTE[0],
) -> str:
    """Horizontal bars, one series in one colour: (label, value, text shown after the bar).

    A bar's length is its value over ``maximum`` (pass 100 and :func:`percent_ticks`
    for percentages, :func:`count_axis` for counts); ``ticks`` draws the scale.
    """
    maximum = maximum if maximum > 0 else 1.0
    value_room = max((text_width(shown) for _label, _value, shown in bars), default=0) + GAP
    start, end = label_width, width - value_room
    room = end - start
    rows: list[str] = []
    y = 4.0
    for label, value, shown in bars:
        lines = wrap(label, label_width - GAP)
        height = max(BAR_HEIGHT, len(lines) * LINE_HEIGHT + 6)
        length = room * min(max(value, 0), maximum) / maximum
        rows.append(_bar_row(lines, y + height / 2, start, length, value, shown, color))
        y += height
    grid = [_tick(start + room * value / maximum, value, text, y) for value, text in ticks]
    description = "; ".join(f"{label}: {shown}" for label, _value, shown in bars)
    scale = f'data-kind="bars" data-plot-start="{start}" data-plot-end="{end:.2f}"'
    chart = _open(title, width, y + (AXIS_HEIGHT if ticks else 4), description, scale)
    return chart + "".join(grid) + "".join(rows) + "</svg>"


def _tick(x: float, value: float, text: str, bottom: float) -> str:
    """A scale mark at ``x``: a line across the bars and its value under them."""
    return (
        f'<line class="tick grid" data-value="{value:g}" x1="{x:.2f}" x2="{x:.2f}" '
        f'y1="2" y2="{bottom:.1f}"/><text class="tick" x="{x:.1f}" y="{bottom + 13:.1f}" '
        f'text-anchor="middle">{escape(text)}</text>'
    )


def percent_chart(title: str, bars: Sequence[tuple[str, float, str]], *, wide: bool = False) -> str:
    """Bars of percentages (0–100) on the whole 0–100 % scale, sized for half the report's width.

    ``wide`` draws it across the report instead.
    """
    width, label_width = (FULL_WIDTH, FULL_LABEL_WIDTH) if wide else (HALF_WIDTH, HALF_LABEL_WIDTH)
    return bar_chart(
        title, bars, 100.0, ticks=percent_ticks(), width=width, label_width=label_width
    )


def count_chart(title: str, bars: Sequence[tuple[str, float, str]], *, wide: bool = False) -> str:
    """Bars of counts from 0 to a round number at or above the largest (:func:`count_axis`)."""
    maximum, ticks = count_axis(max((value for _label, value, _shown in bars), default=0))
    width, label_width = (FULL_WIDTH, FULL_LABEL_WIDTH) if wide else (HALF_WIDTH, HALF_LABEL_WIDTH)
    return bar_chart(title, bars, maximum, ticks=ticks, width=width, label_width=label_width)


def _bar_row(
    lines: list[str],
    middle: float,
    start: float,
    length: float,
    value: float,
    shown: str,
    color: str,
) -> str:
    """One bar centred on ``middle``: its label's lines right-aligned before it, its value after."""
    spans = "".join(
        f'<tspan x="{start - GAP:g}" dy="{0 if index == 0 else LINE_HEIGHT}">{escape(line)}</tspan>'
        for index, line in enumerate(lines)
    )
    first = middle + 4 - (len(lines) - 1) * LINE_HEIGHT / 2
    return (
        f'<text class="label" x="{start - GAP:g}" y="{first:.1f}" text-anchor="end">{spans}</text>'
        f'<rect class="bar" x="{start:g}" y="{middle - 8:.1f}" width="{length:.2f}" height="16" '
        f'fill="{color}" data-value="{value:g}"/>'
        f'<text class="value" x="{start + length + GAP / 2:.1f}" y="{middle + 4:.1f}">'
        f"{escape(shown)}</text>"
    )


def line_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    low: float,
    high: float,
    ticks: Sequence[tuple[float, str]],
    *,
    width: int = WIDTH,
    height: int = 260,
    description: str = "",
) -> str:
    """Lines over periods; a withheld period leaves a gap, never a guess."""
    left, right, top, bottom = 48, 16, 12, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    count = max(len(labels), 1)

    def x(index: int) -> float:
        return left + (plot_w * (index + 0.5) / count)

    def y(value: float) -> float:
        return top + plot_h * (1 - (value - low) / ((high - low) or 1))

    parts = [_open(title, width, height, description or ", ".join(s.name for s in series))]
    for value, text in ticks:
        parts.append(
            f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y(value):.1f}" '
            f'y2="{y(value):.1f}"/><text class="tick" x="{left - 6}" y="{y(value) + 4:.1f}" '
            f'text-anchor="end">{escape(text)}</text>'
        )
    step = max(1, math.ceil(count / max(plot_w // 24, 1)))
    for index in range(0, len(labels), step):
        parts.append(
            f'<text class="tick" x="{x(index):.1f}" y="{height - bottom + 16}" '
            f'text-anchor="end" transform="rotate(-40 {x(index):.1f} {height - bottom + 16})">'
            f"{escape(labels[index])}</text>"
        )
    for line in series:
        dash = f' stroke-dasharray="{line.dash}"' if line.dash else ""
        for run in _runs(line.values):
            points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in run)
            if len(run) > 1:
                parts.append(
                    f'<polyline class="line" points="{points}" stroke="{line.color}"{dash}/>'
                )
            parts += [
                f'<circle class="dot" cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" fill="{line.color}"/>'
                for i, v in run
            ]
    parts.append("</svg>")
    return "".join(parts)


def legend(series: Sequence[Series]) -> str:
    """An HTML legend for a chart of several series; one series needs none (its title names it).

    Each entry draws the series' own line, colour and dash, so the legend
    prints without background colours and reads in black and white.
    """
    if len(series) < 2:
        return ""
    items = "".join(
        '<li><svg class="swatch" viewBox="0 0 28 8" aria-hidden="true">'
        f'<line x1="1" y1="4" x2="27" y2="4" stroke="{line.color}" stroke-width="3"'
        + (f' stroke-dasharray="{line.dash}"' if line.dash else "")
        + f"/></svg>{escape(line.name)}</li>"
        for line in series
    )
    return f'<ul class="legend">{items}</ul>'


def _open(title: str, width: int, height: float, description: str, extra: str = "") -> str:
    return (
        f'<svg viewBox="0 0 {width} {height:g}" role="img" class="chart"'
        + (f" {extra}" if extra else "")
        + f"><title>{escape(title)}</title><desc>{escape(description)}</desc>"
    )


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Consecutive present values, split where a value is missing."""
    runs: list[list[tuple[int, float]]] = [[]]
    for index, value in enumerate(values):
        if value is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((index, value))
    return [run for run in runs if run]
