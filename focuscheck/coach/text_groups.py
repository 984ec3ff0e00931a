"""Which free texts a coach sees as one: the same kind of text, written nearly the same.

Texts are compared by a *group key*: the text in compatibility form, case folded,
with punctuation dropped and white space collapsed, so "Fixed the invoice." and
"fixed the  invoice" are one group.  A key always carries the kind of the text
(the field, and for a waste note its category), so texts of different kinds are
never grouped together, however alike they read.
"""

from __future__ import annotations

import unicodedata
from typing import Final, NamedTuple

REFLECTION_FIELDS: Final = ("value", "voice_quote", "waste_note", "mission")
"""Free text a coach browses; the answers to the two fixed questions are only rated."""


class TextKey(NamedTuple):
    """A group of texts: their kind and their normalised text."""

    field: str
    category: str
    """The waste category of a waste note; empty for the other fields."""
    text: str


def normalised(text: str) -> str:
    """``text`` as compared for grouping: folded, without punctuation, single spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(char if unicodedata.category(char)[0] in "LNM" else " " for char in folded)
    return " ".join(kept.split())


def text_key(field: str, text: str, category: str = "") -> TextKey:
    """The group ``text`` of ``field`` belongs to (``category`` only for a waste note)."""
    return TextKey(field, category if field == "waste_note" else "", normalised(text))
