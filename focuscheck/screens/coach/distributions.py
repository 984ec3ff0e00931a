"""The coach's distributions: check-ins per participant, mission clarity, voice, waste."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from focuscheck.coach import wording
from focuscheck.coach.aggregate import Counts, Figure, Review
from focuscheck.i18n import _
from focuscheck.widgets.bar_chart import Bar, BarChart


class DistributionsPane(VerticalScroll):
    """One panel per distribution; a withheld one says why instead of drawing bars."""

    DEFAULT_CSS = """
    DistributionsPane { padding: 0 1; }
    DistributionsPane .panel {
        border: round $primary 50%; border-title-color: $text-primary;
        padding: 0 1; height: auto;
    }
    DistributionsPane .withheld { color: $warning; height: auto; }
    """

    def __init__(self, review: Review, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.review = review
        """The figures shown."""

    def compose(self) -> ComposeResult:
        review = self.review
        if not review.enough:
            yield Static(Text(wording.too_few(review)), classes="withheld")
            return
        customer = review.customer_term
        panels: list[tuple[str, Figure[Counts], Callable[[str], str]]] = [
            (wording.unit_heading(review), review.checkins_per_participant, str),
            (_("Mission clarity"), review.mission_clarity, wording.clarity_label),
            (
                _("Whose voice was heard"),
                review.voice,
                lambda key: wording.voice_label(key, customer),
            ),
            (_("Waste by category"), review.waste, wording.waste_label),
        ]
        for index, (title, figure, label) in enumerate(panels):
            with Vertical(classes="panel") as panel:
                panel.border_title = title
                if figure.value is None:
                    yield Static(Text(wording.withheld(figure, review)), classes="withheld")
                else:
                    chart = BarChart(id=f"chart-{index}")
                    chart.show([Bar(label(key), count) for key, count in figure.value])
                    yield chart
