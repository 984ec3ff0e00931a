"""The free texts as themes: by kind, each group of near-identical texts once, with a count.

A *kind* is what was asked for (the value for the customer, what was heard,
the waste noticed in one category, the mission as understood); a *group* is the
texts of one kind that read the same once normalised (see
:mod:`focuscheck.coach.text_groups`).  The order is fixed by the texts alone:
kinds in :data:`KINDS` order, within a kind the most frequent group first and
then by its normalised text, so reading the exports in another order changes
nothing.  A group carries no participant and no period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from focuscheck.coach.tally import Tally
from focuscheck.coach.text_groups import TextKey
from focuscheck.domain.enums import WasteCategory


class Kind(NamedTuple):
    """What a text answers: its field, and for a waste note its category ("" for none)."""

    field: str
    category: str = ""


MISSION: Final = Kind("mission")
KINDS: Final = (
    Kind("value"),
    Kind("voice_quote"),
    *(Kind("waste_note", category.value) for category in WasteCategory),
    Kind("waste_note"),
    MISSION,
)
"""Every kind, in the order they are listed; the mission as understood comes last."""


def kind_of(key: TextKey) -> Kind:
    return Kind(key.field, key.category)


@dataclass(frozen=True, slots=True)
class Group:
    """Near-identical texts of one kind: shown once, with how many there were."""

    key: TextKey
    text: str
    """How the group is shown: one of the ways it was written."""
    count: int

    @property
    def kind(self) -> Kind:
        return kind_of(self.key)


@dataclass(frozen=True, slots=True)
class Themes:
    """Every group, in kind order, most frequent first within a kind; and the starred ones."""

    groups: tuple[Group, ...]
    starred: frozenset[TextKey] = field(default_factory=frozenset)
    """The keys of the groups the coach starred (only groups present here)."""

    def of_kind(self, kind: Kind) -> tuple[Group, ...]:
        return tuple(group for group in self.groups if group.kind == kind)

    @property
    def general(self) -> tuple[Group, ...]:
        """Every group but the mission as understood, which is a section of its own."""
        return tuple(group for group in self.groups if group.kind != MISSION)

    @property
    def kinds(self) -> tuple[tuple[Kind, int], ...]:
        """Each kind that has texts, with its number of groups, in :data:`KINDS` order."""
        found = [(kind, len(self.of_kind(kind))) for kind in KINDS]
        return tuple((kind, count) for kind, count in found if count)

    @property
    def texts(self) -> int:
        """How many texts the groups hold together."""
        return sum(group.count for group in self.groups)

    def is_starred(self, group: Group) -> bool:
        return group.key in self.starred

    def starring(self, keys: Iterable[TextKey]) -> Themes:
        """These themes with ``keys`` starred (a key of no group here is left out)."""
        present = {group.key for group in self.groups}
        return Themes(self.groups, frozenset(keys) & present)


def themes(tally: Tally) -> Themes:
    """The themes of ``tally``'s texts."""
    rank = {kind: index for index, kind in enumerate(KINDS)}
    groups = sorted(
        (Group(key, tally.shown_as[key], count) for key, count in tally.texts.items()),
        key=lambda group: (rank[group.kind], -group.count, group.key.text),
    )
    return Themes(tuple(groups))
