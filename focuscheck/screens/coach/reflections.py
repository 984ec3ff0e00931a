"""Browsing the reflections: shuffled, searchable, never with a pseudonym or a period."""

from __future__ import annotations

from typing import Final

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from focuscheck.coach import wording
from focuscheck.coach.aggregate import Reflection, Review
from focuscheck.i18n import _, ngettext
from focuscheck.widgets.user_text import literal

SHOWN_AT_MOST: Final = 300
"""Hundreds of exports hold many thousand reflections; a search narrows them."""


def matching(items: tuple[Reflection, ...], search: str) -> list[Reflection]:
    """The reflections holding every word of ``search`` (any case)."""
    words = search.casefold().split()
    if not words:
        return list(items)
    return [item for item in items if all(word in item.text.casefold() for word in words)]


class ReflectionsPane(Vertical):
    """A search field over a list of reflections."""

    DEFAULT_CSS = """
    ReflectionsPane { padding: 0 1; }
    ReflectionsPane OptionList { height: 1fr; }
    ReflectionsPane .note { color: $text-muted; height: auto; }
    ReflectionsPane .withheld { color: $warning; height: auto; }
    """

    def __init__(self, review: Review, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.review = review
        """The figures shown."""
        self.items: tuple[Reflection, ...] = review.reflections.value or ()
        """Every reflection that may be shown."""

    def compose(self) -> ComposeResult:
        review = self.review
        if not review.enough:
            yield Static(Text(wording.too_few(review)), classes="withheld")
            return
        if review.reflections.value is None:
            yield Static(Text(wording.withheld(review.reflections, review)), classes="withheld")
            return
        yield Input(placeholder=_("Search the reflections"), id="reflection-search")
        yield Static("", id="reflection-count", classes="note", markup=False)
        yield OptionList(id="reflection-list")

    def on_mount(self) -> None:
        if self.review.enough and self.review.reflections.value is not None:
            self.show("")

    @on(Input.Changed, "#reflection-search")
    def _search(self, event: Input.Changed) -> None:
        self.show(event.value)

    def show(self, search: str) -> None:
        """List the reflections matching ``search``."""
        found = matching(self.items, search)
        options = self.query_one("#reflection-list", OptionList)
        options.clear_options()
        customer = self.review.customer_term
        listed: list[Option | None] = []
        for item in found[:SHOWN_AT_MOST]:
            prompt = Text(wording.field_label(item.field, customer) + "\n", style="italic dim")
            prompt.append_text(literal(item.text, 600))
            listed += [Option(prompt), None]
        options.add_options(listed[:-1])
        count = ngettext("{count} reflection", "{count} reflections", len(found)).format(
            count=len(found)
        )
        if len(found) > SHOWN_AT_MOST:
            count += " " + _("(the first {shown} are listed; search to narrow)").format(
                shown=SHOWN_AT_MOST
            )
        self.query_one("#reflection-count", Static).update(
            Text(count + " · " + wording.reflections_note())
        )
