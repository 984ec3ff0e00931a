"""Search, tag and date fields that narrow a list of entries.

Typing is debounced: the filter is sent a moment after the last key, so a
long history is not filtered again on every keystroke.  A date that cannot be
read is named under the fields and that bound is left out until it is fixed.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

from focuscheck.domain.clock import Clock
from focuscheck.domain.dates import DateParseError, parse_date
from focuscheck.domain.entry_format import clean_tags
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.history import EntryFilter
from focuscheck.i18n import _
from focuscheck.widgets.answer_input import AnswerInput

DEBOUNCE: Final = 0.3
"""Seconds of quiet after the last key before the filter applies."""
MAX_FIELD: Final = 200


class FilterBar(Vertical):
    """The fields above the history list; posts :class:`FilterBar.Changed`."""

    DEFAULT_CSS = """
    FilterBar {
        height: auto;
    }
    FilterBar > Horizontal {
        height: 3;
    }
    FilterBar Input {
        border-title-color: $text-muted;
    }
    FilterBar #filter-search {
        width: 2fr;
    }
    FilterBar #filter-tags {
        width: 1fr;
    }
    FilterBar .date {
        width: 18;
    }
    FilterBar #filter-problem {
        height: auto;
        color: $text-error;
        padding: 0 1;
    }
    FilterBar #filter-problem.-empty {
        display: none;
    }
    """

    class Changed(Message):
        """The person changed what they want to see."""

        def __init__(self, wanted: EntryFilter) -> None:
            super().__init__()
            self.wanted = wanted
            """The filter the fields now describe (bounds that cannot be read left out)."""

    def __init__(self, clock: Clock, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.clock = clock
        """Gives today, which phrases such as "last monday" count from."""
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield self._field("filter-search", _("Search"))
            yield self._field("filter-tags", _("Tags"))
            yield self._field("filter-since", _("From"), "date")
            yield self._field("filter-until", _("To"), "date")
        yield Static("", id="filter-problem", classes="-empty", markup=False)

    def _field(self, field_id: str, title: str, classes: str = "") -> Input:
        field = AnswerInput(id=field_id, classes=classes, max_length=MAX_FIELD)
        field.border_title = title
        return field

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self.apply)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter applies at once instead of waiting for the pause."""
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self.apply()

    def apply(self) -> EntryFilter:
        """Read the fields, show any problem, and post the filter they describe."""
        problems: list[str] = []
        since = self._date("filter-since", end=False, problems=problems)
        until = self._date("filter-until", end=True, problems=problems)
        try:
            tags = clean_tags(self._value("filter-tags").replace(" ", ","))
        except ValidationError as error:
            problems.append(str(error))
            tags = ()
        wanted = EntryFilter(
            since=since, until=until, tags=tags, search=self._value("filter-search")
        )
        problem = self.query_one("#filter-problem", Static)
        problem.update(Content("\n".join(problems)))
        problem.set_class(not problems, "-empty")
        self.post_message(self.Changed(wanted))
        return wanted

    def _value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value.strip()

    def _date(self, field_id: str, *, end: bool, problems: list[str]) -> date | None:
        field = self.query_one(f"#{field_id}", Input)
        text = field.value.strip()
        field.remove_class("-invalid")
        if not text:
            return None
        try:
            return parse_date(text, today=self.clock.today(), end=end)
        except DateParseError as error:
            field.add_class("-invalid")
            label = _("From") if not end else _("To")
            problems.append(_("{field}: {problem}").format(field=label, problem=error))
            return None

    def clear(self) -> None:
        """Empty every field and show everything again."""
        for field in self.query(Input):
            field.value = ""
        self.apply()
