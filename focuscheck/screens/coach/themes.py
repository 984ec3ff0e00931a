"""Browsing the themes: by kind, each group of near-identical texts once, searchable, starred.

No group carries a pseudonym or a period.  Stars are kept by the
:class:`~focuscheck.coach.selection_file.SelectionStore` beside the exports.
"""

from __future__ import annotations

from typing import Final

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from focuscheck.coach import theme_wording, wording
from focuscheck.coach.aggregate import Review
from focuscheck.coach.selection_file import SelectionStore
from focuscheck.coach.themes import MISSION, Group, Themes
from focuscheck.i18n import _
from focuscheck.screens.coach.theme_list import (
    STAR,
    ThemeList,
    group_prompt,
    heads_kind,
    options,
)

SHOWN_AT_MOST: Final = 300
"""Thousands of groups are narrowed by a kind and a search."""
ALL: Final = "all"
STARRED: Final = "starred"


def matching(groups: tuple[Group, ...], search: str) -> list[Group]:
    """The groups whose text holds every word of ``search`` (any case)."""
    words = search.casefold().split()
    return [group for group in groups if all(word in group.text.casefold() for word in words)]


class ThemesPane(Vertical):
    """The kinds with their number of groups on the left; the groups of the one chosen."""

    DEFAULT_CSS = """
    ThemesPane { padding: 0 1; }
    ThemesPane #theme-kinds { width: 36; height: 1fr; margin-right: 1; }
    ThemesPane #theme-list { height: 1fr; }
    ThemesPane .note { color: $text-muted; height: auto; }
    ThemesPane .withheld, ThemesPane .problem { color: $warning; height: auto; }
    """

    def __init__(self, review: Review, store: SelectionStore, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.review = review
        """The figures shown."""
        self.store = store
        """The coach's stars."""
        self.themes: Themes = review.themes.value or Themes(())
        """Every group that may be shown."""
        self.kind = ALL
        """The kind listed: an index into :attr:`kinds`, or ALL or STARRED."""
        self.listed: list[Group] = []
        """The groups in the list, in its order."""

    def compose(self) -> ComposeResult:
        review = self.review
        if not review.enough:
            yield Static(Text(wording.too_few(review)), classes="withheld")
            return
        if review.themes.value is None:
            yield Static(Text(wording.withheld(review.themes, review)), classes="withheld")
            return
        yield Static("", id="selection-problem", classes="problem", markup=False)
        with Horizontal():
            yield OptionList(id="theme-kinds")
            with Vertical():
                yield Input(placeholder=_("Search the texts"), id="theme-search")
                yield Static("", id="theme-count", classes="note", markup=False)
                yield ThemeList(id="theme-list")

    def on_mount(self) -> None:
        if self.review.enough and self.review.themes.value is not None:
            self._show_problem(self.store.problem)
            self._fill_kinds()
            self.show("")

    def _fill_kinds(self) -> None:
        """Every kind with its number of groups; the mission and the starred ones set apart."""
        kinds = self.query_one("#theme-kinds", OptionList)
        highlighted = kinds.highlighted
        kinds.clear_options()
        customer = self.review.customer_term
        everything = _("All but the mission")
        listed: list[Option | None] = [Option(f"{everything} ({len(self.themes.general)})", id=ALL)]
        for index, (kind, count) in enumerate(self.themes.kinds):
            # Text, not markup: the word for the customer comes from the exports.
            label = Text(f"{theme_wording.kind_label(kind, customer)} ({count})")
            listed += [*([None] if kind == MISSION else []), Option(label, id=str(index))]
        starred = sum(1 for group in self.themes.groups if self._starred(group))
        mine = _("Starred")
        listed += [None, Option(Text(f"{STAR} {mine} ({starred})"), id=STARRED)]
        kinds.add_options(listed)
        kinds.highlighted = highlighted if highlighted is not None else 0

    def _starred(self, group: Group) -> bool:
        return group.key in self.store.selection.starred

    @on(OptionList.OptionHighlighted, "#theme-kinds")
    def _kind_chosen(self, event: OptionList.OptionHighlighted) -> None:
        chosen = event.option.id or ALL
        if chosen != self.kind:
            self.kind = chosen
            self.show(self.query_one("#theme-search", Input).value)

    @on(Input.Changed, "#theme-search")
    def _search(self, event: Input.Changed) -> None:
        self.show(event.value)

    def _groups(self) -> tuple[Group, ...]:
        if self.kind == ALL:
            return self.themes.general
        if self.kind == STARRED:
            return tuple(group for group in self.themes.groups if self._starred(group))
        return self.themes.of_kind(self.themes.kinds[int(self.kind)][0])

    def show(self, search: str) -> None:
        """List the groups of the chosen kind that match ``search``."""
        groups = self._groups()
        found = matching(groups, search)
        self.listed = found[:SHOWN_AT_MOST]
        listing = self.query_one("#theme-list", ThemeList)
        listing.clear_options()
        starred = self.store.selection.starred
        listing.add_options(options(self.listed, starred, self.review.customer_term, self._mixed))
        count = theme_wording.count_line(len(found), sum(group.count for group in found))
        if len(found) > SHOWN_AT_MOST:
            count += " " + _("(the first {shown} are listed; search to narrow)").format(
                shown=SHOWN_AT_MOST
            )
        self.query_one("#theme-count", Static).update(Text(count))

    @property
    def _mixed(self) -> bool:
        """Whether the list holds several kinds, so each group names its own."""
        return self.kind in (ALL, STARRED)

    @on(ThemeList.StarToggled)
    def _star(self, event: ThemeList.StarToggled) -> None:
        group = self.listed[event.index]
        problem = self.store.toggle(group.key)
        listing = self.query_one("#theme-list", ThemeList)
        listing.replace_option_prompt_at_index(
            event.index,
            group_prompt(
                group,
                self._starred(group),
                self.review.customer_term,
                heads_kind(self.listed, event.index, self._mixed),
            ),
        )
        self._fill_kinds()
        self._show_problem(problem)
        if problem:
            self.notify(problem, severity="warning")

    def _show_problem(self, problem: str | None) -> None:
        note = self.query_one("#selection-problem", Static)
        note.display = problem is not None
        if problem:
            note.update(Text(problem + " " + _("Stars are kept until you close the review.")))
