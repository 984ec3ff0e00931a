"""The first tab of the coach's review: who and what was loaded, and the headline rates."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from focuscheck.coach import wording
from focuscheck.coach.aggregate import Review
from focuscheck.coach.findings import sentences
from focuscheck.coach.loader import LoadResult
from focuscheck.i18n import _


class OverviewPane(VerticalScroll):
    """Facts about the loaded exports; a note instead of figures when the group is too small."""

    DEFAULT_CSS = """
    OverviewPane { padding: 0 1; }
    OverviewPane .facts { height: auto; margin-bottom: 1; }
    OverviewPane .withheld { color: $warning; height: auto; margin-bottom: 1; }
    OverviewPane .note { color: $text-muted; height: auto; }
    OverviewPane .findings { height: auto; margin-bottom: 1; text-style: bold; }
    """

    def __init__(self, review: Review, loaded: LoadResult, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.review = review
        """The figures shown."""
        self.loaded = loaded
        """What was loaded, refused and skipped."""

    def compose(self) -> ComposeResult:
        review = self.review
        said = sentences(review)
        if said:
            yield Static(Text("\n".join(f"• {line}" for line in said)), classes="findings")
        yield Static(Text(wording.load_summary(self.loaded)), classes="note")
        facts = wording.overview_facts(review)
        width = max(len(label) for label, _value in facts) + 2
        text = Text()
        for label, value in facts:
            text.append(f"{label}:".ljust(width), style="bold")
            text.append(value + "\n")
        yield Static(text, classes="facts")
        if not review.enough:
            yield Static(Text(wording.too_few(review)), classes="withheld")
            return
        rates = Text()
        for question, figure in (
            (_("Who pays my salary?"), review.salary),
            (_("What is the cornerstone of quality management?"), review.cornerstone),
        ):
            rates.append(question + "\n", style="bold")
            shown = (
                wording.rate_text(figure.value)
                if figure.value
                else wording.withheld(figure, review)
            )
            rates.append("  " + wording.names_rate(review, shown) + "\n")
        yield Static(rates, classes="facts")
        note = wording.overlap_note(review)
        if note:
            yield Static(Text(note), classes="note")
        notes = [(item.path, item.message) for item in self.loaded.rejected]
        notes += [(item.path, item.message) for item in self.loaded.duplicates]
        notes += [(item.source, wording.set_aside_reason(item)) for item in review.set_aside]
        for path, reason in notes:
            message = _("{path}: {reason}").format(path=path, reason=reason)
            yield Static(Text(message), classes="note")
