"""Text normalised for matching, with a map back to the characters it came from.

Personal data is looked for in a normalised copy of the text: NFKC (full-width
digits become digits, a no-break space a space), every dash one hyphen, every
apostrophe one ``'``, and no invisible characters (zero-width spaces and joiners,
soft hyphens, direction marks).  So "070‐123 45 67", "８５０１０１-１２３４" and a
zero-width space inside a name are found as if typed plainly.  The map turns a
span found in the copy back into the span of the original it came from, so what
is written keeps the person's text exactly as it was outside what is scrubbed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

DASHES: Final = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d"
APOSTROPHES: Final = "\u2018\u2019\u201b\u02b9\u02bc\u02bb\u2032\u00b4\uff07"
INVISIBLE: Final = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\ufeff"
)
_REPLACED: Final = {
    **{char: "-" for char in DASHES},
    **{char: "'" for char in APOSTROPHES},
    **{char: "" for char in INVISIBLE},
}
_SPECIAL: Final = re.compile("[" + re.escape("".join(_REPLACED)) + "]")


@dataclass(frozen=True, slots=True)
class MappedText:
    """A normalised text and, for each of its characters, the original span it came from."""

    text: str
    """The normalised text."""
    starts: tuple[int, ...] | None
    """Where in the original each character starts; None when the two are the same."""
    ends: tuple[int, ...] | None
    """Where in the original each character ends."""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that ``text[start:end]`` (not empty) came from."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def casefolded(self) -> MappedText:
        """This text casefolded ("Strauß" → "strauss"), mapped to the same original."""
        folded = self.text.casefold()
        if len(folded) == len(self.text):
            # casefold never drops a character, so equal lengths mean one for one.
            return MappedText(folded, self.starts, self.ends)
        starts: list[int] = []
        ends: list[int] = []
        for index, char in enumerate(self.text):
            start, end = self.original_span(index, index + 1)
            count = len(char.casefold())
            starts += [start] * count
            ends += [end] * count
        return MappedText(folded, tuple(starts), tuple(ends))


def normalized(text: str) -> MappedText:
    """``text`` normalised for matching, with its map back to ``text``."""
    if unicodedata.is_normalized("NFKC", text):
        return _replaced(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        cluster = text[start:end]
        first = cluster[0]
        if first in _REPLACED:
            piece = _REPLACED[first] + unicodedata.normalize("NFKC", cluster[1:])
        else:
            piece = unicodedata.normalize("NFKC", cluster)
        pieces.append(piece)
        starts += [start] * len(piece)
        ends += [end] * len(piece)
    return MappedText("".join(pieces), tuple(starts), tuple(ends))


def _replaced(text: str) -> MappedText:
    """``text``, already NFKC, with dashes, apostrophes and invisible characters replaced:
    each character of the result comes from exactly one of ``text``."""
    if not _SPECIAL.search(text):
        return MappedText(text, None, None)
    pieces: list[str] = []
    starts: list[int] = []
    done = 0
    for match in _SPECIAL.finditer(text):
        replacement = _REPLACED[match.group()]
        pieces += [text[done : match.start()], replacement]
        starts += [*range(done, match.start()), *[match.start()] * len(replacement)]
        done = match.end()
    pieces.append(text[done:])
    starts += range(done, len(text))
    return MappedText("".join(pieces), tuple(starts), tuple(start + 1 for start in starts))


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans of a character and the combining marks after it (NFKC composes them)."""
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if spans and unicodedata.combining(char) and char not in _REPLACED:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans
