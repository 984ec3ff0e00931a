"""Dot voting on the reveal board: three votes a member, more than one on an item if they like.

A vote is one dot: which member put it on which item.  The rules live here and
work on a plain tuple of votes, so the one-screen retro and the shared session
file follow exactly the same rules.  Who voted for what is never shown: the
board gets only the count per item, and only once voting has ended.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import ngettext

VOTES_PER_MEMBER: Final = 3
TOP_PICKS: Final = 3
"""How many of the most-voted items are marked for the retro when voting ends (more on a tie)."""


@dataclass(frozen=True, slots=True)
class Vote:
    """One dot of one member on one board item."""

    member: int
    item_id: str


def votes_left(votes: Iterable[Vote], member: int) -> int:
    return VOTES_PER_MEMBER - sum(vote.member == member for vote in votes)


def own_votes(votes: Iterable[Vote], member: int) -> Counter[str]:
    """How many of ``member``'s dots sit on each item."""
    return Counter(vote.item_id for vote in votes if vote.member == member)


def add_vote(votes: tuple[Vote, ...], member: int, item_id: str) -> tuple[Vote, ...]:
    """``votes`` and one more dot of ``member`` on ``item_id``; ValidationError if none is left."""
    if votes_left(votes, member) <= 0:
        raise ValidationError(
            ngettext(
                "you have used your {count} vote; take it back to vote for another item",
                "you have used your {count} votes; take one back to vote for another item",
                VOTES_PER_MEMBER,
            ).format(count=VOTES_PER_MEMBER)
        )
    return (*votes, Vote(member, item_id))


def remove_vote(votes: tuple[Vote, ...], member: int, item_id: str) -> tuple[Vote, ...]:
    """``votes`` with one dot of ``member`` taken off ``item_id`` (unchanged if there is none)."""
    mine = Vote(member, item_id)
    if mine not in votes:
        return votes
    index = len(votes) - 1 - votes[::-1].index(mine)
    return votes[:index] + votes[index + 1 :]


def tally(votes: Iterable[Vote]) -> Counter[str]:
    """Votes per item, whoever gave them."""
    return Counter(vote.item_id for vote in votes)


def top_voted(votes: Iterable[Vote]) -> frozenset[str]:
    """The :data:`TOP_PICKS` items with the most votes, every item tied with the last one too."""
    counts = tally(votes)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked:
        return frozenset()
    cut = ranked[min(TOP_PICKS, len(ranked)) - 1]
    return frozenset(item for item, count in counts.items() if count >= cut)
