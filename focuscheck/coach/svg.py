"""Small inline SVG charts for the HTML report: no script, no fonts to fetch.

Every piece of text is escaped; sizes are in the SVG's own units and the charts
scale with the page (``viewBox``), so they print as sharply as they show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Final

WIDTH: Final = 640
BAR_HEIGHT: Final = 22
LABEL_WIDTH: Final = 290
PALETTE: Final = ("#2f6f9f", "#d0792b", "#4b9a5d", "#9a4b8f", "#8a8a2b")


@dataclass(frozen=True, slots=True)
class Series:
    """One line of a line chart; None where a value is missing or withheld."""

    name: str
    values: tuple[float | None, ...]
    color: str


def bar_chart(title: str, bars: Sequence[tuple[str, float, str]], maximum: float) -> str:
    """Horizontal bars: (label, value, text shown after the bar)."""
    height = BAR_HEIGHT * len(bars) + 12
    room = WIDTH - LABEL_WIDTH - 90
    parts = [_open(title, height)]
    for index, (label, value, shown) in enumerate(bars):
        y = 6 + index * BAR_HEIGHT
        length = 0 if maximum <= 0 else room * max(value, 0) / maximum
        color = PALETTE[index % len(PALETTE)]
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end" class="label">'
            f"{escape(_clip(label, 38))}</text>"
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y + 3}" width="{length:.1f}" '
            f'height="{BAR_HEIGHT - 6}" fill="{color}"/>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 15}" class="value">'
            f"{escape(shown)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def line_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    low: float,
    high: float,
    ticks: Sequence[tuple[float, str]],
) -> str:
    """Lines over periods; a withheld period leaves a gap, never a guess."""
    height, left, right, top, bottom = 260, 48, 16, 12, 56
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    count = max(len(labels), 1)

    def x(index: int) -> float:
        return left + (plot_w * (index + 0.5) / count)

    def y(value: float) -> float:
        return top + plot_h * (1 - (value - low) / ((high - low) or 1))

    parts = [_open(title, height)]
    for value, text in ticks:
        parts.append(
            f'<line class="grid" x1="{left}" x2="{WIDTH - right}" y1="{y(value):.1f}" '
            f'y2="{y(value):.1f}"/><text class="tick" x="{left - 6}" y="{y(value) + 4:.1f}" '
            f'text-anchor="end">{escape(text)}</text>'
        )
    step = max(1, count // 12)
    for index in range(0, len(labels), step):
        parts.append(
            f'<text class="tick" x="{x(index):.1f}" y="{height - bottom + 16}" '
            f'text-anchor="end" transform="rotate(-40 {x(index):.1f} {height - bottom + 16})">'
            f"{escape(labels[index])}</text>"
        )
    for line in series:
        for run in _runs(line.values):
            points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in run)
            if len(run) > 1:
                parts.append(f'<polyline class="line" points="{points}" stroke="{line.color}"/>')
            parts += [
                f'<circle class="dot" cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" fill="{line.color}"/>'
                for i, v in run
            ]
    parts.append("</svg>")
    return "".join(parts)


def legend(series: Sequence[Series]) -> str:
    """An HTML legend for a line chart."""
    items = "".join(
        f'<li><span class="swatch" style="background:{line.color}"></span>{escape(line.name)}</li>'
        for line in series
    )
    return f'<ul class="legend">{items}</ul>'


def _open(title: str, height: int) -> str:
    return (
        f'<svg viewBox="0 0 {WIDTH} {height}" '
        f'role="img" class="chart"><title>{escape(title)}</title>'
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


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
