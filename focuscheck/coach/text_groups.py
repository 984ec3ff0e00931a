"""Which free texts a coach sees as one: the same kind of text, written nearly the same.

Texts are compared by a *group key*: the text in compatibility form, case folded,
with apostrophes inside words dropped ("don't" is "dont"), other punctuation,
quotes and symbols dropped and white space collapsed, so "Fixed the invoice." and
"“fixed the  invoice”" are one group.  A text of punctuation or symbols only
("👍", "?") keeps them, so it does not join every other such text.  A key always
carries the kind of the text (the field, and for a waste note its category), so
texts of different kinds are never grouped together, however alike they read.

Which of a group's texts is shown does not depend on the order they were read
in: the one first in :func:`shown_order` is kept.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, NamedTuple

REFLECTION_FIELDS: Final = ("value", "voice_quote", "waste_note", "mission")
"""Free text a coach browses; the answers to the two fixed questions are only rated."""

_APOSTROPHE: Final = re.compile(r"(?<=\w)['’ʼ](?=\w)")
_NOT_WORD: Final = re.compile(r"[\W_]+")


class TextKey(NamedTuple):
    """A group of texts: their kind and their normalised text."""

    field: str
    category: str
    """The waste category of a waste note; empty for the other fields."""
    text: str


def normalised(text: str) -> str:
    """``text`` as compared for grouping: folded, without punctuation, single spaces."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    words = _NOT_WORD.sub(" ", _APOSTROPHE.sub("", folded)).split()
    return " ".join(words) or " ".join(folded.split())


def text_key(field: str, text: str, category: str = "") -> TextKey:
    """The group ``text`` of ``field`` belongs to (``category`` only for a waste note)."""
    return TextKey(field, category if field == "waste_note" else "", normalised(text))


def shown_order(text: str) -> tuple[bool, int, str]:
    """Sort key of a group's texts: the one first is shown.

    Written without stray spaces first, then with the fewest capitals (shouting
    last), then by the text itself.
    """
    return " ".join(text.split()) != text, sum(map(str.isupper, text)), text


def keep_shown(shown_as: dict[TextKey, str], key: TextKey, text: str) -> None:
    """Record ``text`` as a way ``key``'s group was written, keeping the one shown first."""
    known = shown_as.get(key)
    if known is None or shown_order(text) < shown_order(known):
        shown_as[key] = text
