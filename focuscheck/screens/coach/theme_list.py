"""``ThemeList``: the groups of one kind, each once with its count; ``s`` stars the highlighted."""

from __future__ import annotations

from typing import ClassVar, Final

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from focuscheck.coach import theme_wording
from focuscheck.coach.text_groups import TextKey
from focuscheck.coach.themes import Group
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.i18n import N_
from focuscheck.screens.keys import translate_bindings
from focuscheck.widgets.user_text import literal

STAR: Final = "★"
"""The mark of a starred group; a glyph, so it shows without colour too."""
TEXT_LIMIT: Final = 600


class ThemeList(OptionList):
    """A list of groups; starring one posts :class:`ThemeList.StarToggled`."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("s", "star", N_("Star"))]

    class StarToggled(Message):
        """The coach asked to star (or unstar) the group at ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index
            """Where the group is in the list."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        translate_bindings(self)

    def action_star(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.StarToggled(self.highlighted))


def group_prompt(
    group: Group, starred: bool, customer: str | CustomerTerm, with_kind: bool
) -> Text:
    """How a group is listed: the star mark, ``×12``, the text; over it the kind if asked."""
    prompt = Text()
    if with_kind:
        prompt.append(theme_wording.kind_label(group.kind, customer) + "\n", style="italic dim")
    prompt.append(f"{STAR if starred else ' '} ", style="bold")
    prompt.append(f"{theme_wording.times(group):>5}  ", style="bold")
    prompt.append_text(literal(group.text, TEXT_LIMIT))
    return prompt


def options(
    groups: list[Group], starred: frozenset[TextKey], customer: str | CustomerTerm, mixed: bool
) -> list[Option | None]:
    """The list's options for ``groups``; in a ``mixed`` list each kind is headed by its name."""
    listed: list[Option | None] = []
    for index, group in enumerate(groups):
        named = heads_kind(groups, index, mixed)
        if named and index:
            listed.append(None)
        prompt = group_prompt(group, group.key in starred, customer, named)
        listed.append(Option(prompt))
    return listed


def heads_kind(groups: list[Group], index: int, mixed: bool) -> bool:
    """Whether the group at ``index`` is listed under the name of its kind."""
    return mixed and (index == 0 or groups[index].kind != groups[index - 1].kind)
