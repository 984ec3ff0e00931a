"""Horizontal bars with labels and counts, scaled to the largest value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.widget import Widget

_EIGHTHS = " ▏▎▍▌▋▊▉"
LABEL_WIDTH = 36


@dataclass(frozen=True, slots=True)
class Bar:
    """One labelled value of a chart."""

    label: str
    value: float
    style: str = "$primary"


def bar_text(value: float, largest: float, width: int) -> str:
    """Block characters for ``value`` where ``largest`` fills ``width`` cells (eighths kept)."""
    if value <= 0 or largest <= 0 or width <= 0:
        return ""
    eighths = max(1, round(8 * width * min(value, largest) / largest))
    full, rest = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[rest] if rest else "")


class BarChart(Widget):
    """Bars for a handful of categories; the labels are ours, never typed text."""

    DEFAULT_CSS = """
    BarChart {
        height: auto;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.bars: tuple[Bar, ...] = ()
        """What is drawn, top to bottom."""

    def show(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self.refresh(layout=True)

    def render(self) -> Content:
        if not self.bars:
            return Content("")
        label_width = min(LABEL_WIDTH, max(len(bar.label) for bar in self.bars))
        numbers = [f"{bar.value:g}" for bar in self.bars]
        number_width = max(len(number) for number in numbers)
        room = max(self.size.width - label_width - number_width - 3, 1)
        largest = max(bar.value for bar in self.bars)
        lines = []
        for bar, number in zip(self.bars, numbers, strict=True):
            label = (
                bar.label if len(bar.label) <= label_width else bar.label[: label_width - 1] + "…"
            )
            lines.append(
                Content.assemble(
                    label.ljust(label_width),
                    " ",
                    (number.rjust(number_width), "bold"),
                    " ",
                    (bar_text(bar.value, largest, room), bar.style),
                )
            )
        return Content("\n").join(lines)
