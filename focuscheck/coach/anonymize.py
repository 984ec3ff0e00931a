"""Scrubbing personal data out of free text before it leaves the person's machine.

The text is normalised for matching (:mod:`focuscheck.coach.mapped_text`); in
the normalised copy the scrubber finds URLs, e-mail addresses, identity and
phone numbers (:mod:`focuscheck.coach.patterns`) and the names it knows
(:mod:`focuscheck.coach.names`).  Finds that overlap become one, named by the
kind that comes first in :data:`~focuscheck.coach.finds.PRECEDENCE`; each is
replaced in the original text by a visible token, so the reader sees that
something was there, and everything between the finds stays exactly as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from focuscheck.coach.finds import PRECEDENCE, Find, ScrubKind
from focuscheck.coach.mapped_text import normalized
from focuscheck.coach.names import MIN_NAME, NameFinder, name_variants, voice_names
from focuscheck.coach.patterns import might_hold_any, pattern_finds

__all__ = [
    "MIN_NAME",
    "TOKENS",
    "ScrubCounts",
    "ScrubKind",
    "Scrubber",
    "name_variants",
    "voice_names",
]

TOKENS: Final[dict[ScrubKind, str]] = {kind: f"[{kind.value}]" for kind in ScrubKind}
"""The visible replacement for each kind: ``[name]``, ``[email]``, …"""

_TOKEN: Final = re.compile("|".join(re.escape(token) for token in TOKENS.values()))


@dataclass(frozen=True, slots=True)
class ScrubCounts:
    """How many items of each kind were replaced."""

    counts: Mapping[ScrubKind, int] = field(default_factory=dict)

    def __add__(self, other: ScrubCounts) -> ScrubCounts:
        total: Counter[ScrubKind] = Counter(self.counts)
        total.update(other.counts)
        return ScrubCounts({kind: total[kind] for kind in ScrubKind if total[kind]})

    def get(self, kind: ScrubKind) -> int:
        return self.counts.get(kind, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class Scrubber:
    """Replaces personal data in text with tokens, counting what it replaced."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._names = NameFinder(names)

    @property
    def names(self) -> tuple[str, ...]:
        """The names (and their parts) scrubbed as whole words, casefolded."""
        return self._names.names

    def finds(self, text: str, *, label: bool = False) -> list[Find]:
        """What :meth:`scrub` replaces in one pass over ``text``: spans of ``text``, in
        order, none overlapping another or lying inside a token already there."""
        if not self.names and text.isascii() and not might_hold_any(text):
            return []  # ASCII is its own normal form: nothing to find, no need to map
        mapped = normalized(text)
        found = [
            Find(*mapped.original_span(item.start, item.end), item.kind)
            for item in pattern_finds(mapped.text)
        ]
        found += self._names.finds(text, mapped, label=label)
        tokens = [(match.start(), match.end()) for match in _TOKEN.finditer(text)]
        # A token already in the text is left as it was, so a name like "Name" or
        # "Url" never eats into "[name]" or "[url]".
        kept = [
            _covering_tokens(item, tokens)
            for item in found
            if item.end > item.start
            and not any(start <= item.start and item.end <= end for start, end in tokens)
        ]
        return _merged(kept)

    def scrub(self, text: str, *, label: bool = False) -> tuple[str, ScrubCounts]:
        """``text`` with every find replaced, and the counts per kind.

        ``label`` is for tags: written in lower case by habit, so a name that is
        also a word ("per") is scrubbed there whatever its case.

        A replacement can uncover another find: in "Anna0701234567" the name
        only becomes a word of its own once the number is a token.  So passes
        repeat until one finds nothing; each pass turns text into tokens that
        later passes leave alone, so this ends.
        """
        found: Counter[ScrubKind] = Counter()
        while finds := self.finds(text, label=label):
            pieces: list[str] = []
            done = 0
            for item in finds:
                pieces += [text[done : item.start], TOKENS[item.kind]]
                done = item.end
                found[item.kind] += 1
            text = "".join([*pieces, text[done:]])
        return text, ScrubCounts(dict(found))

    def first_find(self, text: str) -> ScrubKind | None:
        """The kind of the first thing :meth:`scrub` would replace in ``text``, if any."""
        finds = self.finds(text)
        return finds[0].kind if finds else None


def _covering_tokens(item: Find, tokens: list[tuple[int, int]]) -> Find:
    """``item`` grown over any token it reaches into, so no token is left in pieces."""
    start, end = item.start, item.end
    for token_start, token_end in tokens:
        if token_start < end and start < token_end:
            start, end = min(start, token_start), max(end, token_end)
    return Find(start, end, item.kind)


def _merged(finds: list[Find]) -> list[Find]:
    """Overlapping finds joined into one, named by the kind of highest precedence."""
    merged: list[Find] = []
    for item in sorted(finds):
        if merged and item.start < merged[-1].end:
            last = merged[-1]
            kind = min(last.kind, item.kind, key=PRECEDENCE.index)
            merged[-1] = Find(last.start, max(last.end, item.end), kind)
        else:
            merged.append(item)
    return merged
