"""Scrubbing personal data out of free text before it leaves the person's machine.

One compiled pattern finds, left to right, URLs, e-mail addresses, phone numbers,
Swedish personal identity numbers and the names the app knows; each is replaced
by a visible token so the reader sees that something was there.  Matching in a
single pass means a replacement is never scanned again, and the alternative that
starts first wins (an e-mail address made of a name is reported as an e-mail).

Over-scrubbing is the safe side: a date-like ten-digit number is taken for an
identity number, a long number starting with 0 for a phone number.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Final


class ScrubKind(StrEnum):
    """What kind of personal data was found; the value is the token's inner text."""

    URL = "url"
    EMAIL = "email"
    PHONE = "phone"
    ID_NUMBER = "id-number"
    NAME = "name"


TOKENS: Final[dict[ScrubKind, str]] = {kind: f"[{kind.value}]" for kind in ScrubKind}
"""The visible replacement for each kind: ``[name]``, ``[email]``, …"""

MIN_NAME: Final = 2
"""A one-letter name would blank out every "a" and "I"; shorter names are ignored."""

# Schemes and "www." make a URL; bare host names only count with a common top-level
# domain, so "t.ex." and "kl.10" stay text.  Trailing punctuation belongs to the sentence.
_TLDS: Final = "se|com|org|net|nu|io|eu|gov|edu|info|biz|dk|no|fi|de|uk|co|me|app|dev"
_URL: Final = (
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]}'’”]"
    r"|(?<![\w@.-])(?:[\w-]+\.)+(?:" + _TLDS + r")(?![\w@-])(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]}'’”])?"
)
# The look-behind makes a match start only where a run of address characters
# starts, so a long word without "@" is scanned once, not once per letter.
_LOCAL: Final = r"[\w.!#$%&'*+/=?^`{|}~-]"
_EMAIL: Final = rf"(?<!{_LOCAL}){_LOCAL}+@[\w-]+(?:\.[\w-]+)+"
# Separators inside a phone number: space, no-break space, hyphen, en dash and the
# parentheses of "(0)" or "(555)".  Dots and slashes are left out because they are
# how dates and times are written ("08.30", "01/12/2026").
_SEP: Final = r"[ \u00a0\-–()]{0,2}"
_PHONE: Final = (
    r"(?:(?<![\d+])\+|(?<![\w+])00(?=[1-9])|(?<![\d+])\(?0)"  # +46, 0046, 070, (08)
    rf"\d(?:{_SEP}\d){{6,}}"  # no upper bound: a number run on is scrubbed whole
    r"|(?<![\w(])\(\d{3}\) ?\d{3}[ \-]?\d{4}(?!\d)"  # (555) 123-4567
)
# YYMMDD-XXXX or YYYYMMDD-XXXX, "+" for someone 100 or older, separator optional.
# Days 61–91 are coordination numbers (samordningsnummer).
# Ten digits without a separator and a leading 0 are left to the phone pattern:
# that is how Swedish mobile numbers are written (0701234567).
_MMDD: Final = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])"
_ID_NUMBER: Final = (
    rf"(?<!\d)(?:(?:19|20)\d\d{_MMDD}[-+ ]?|\d\d{_MMDD}[-+ ]|[1-9]\d{_MMDD})\d{{4}}(?!\d)"
)
# Swedish genitive adds s (Annas), or an apostrophe or colon after a final s or an
# abbreviation (Lars', IBM:s); English adds 's.
_GENITIVE: Final = r"(?:s|['’]s|:s|['’])?"

_ORDER: Final = (ScrubKind.URL, ScrubKind.EMAIL, ScrubKind.ID_NUMBER, ScrubKind.PHONE)
_GROUPS: Final[dict[ScrubKind, str]] = {
    ScrubKind.URL: _URL,
    ScrubKind.EMAIL: _EMAIL,
    ScrubKind.PHONE: _PHONE,
    ScrubKind.ID_NUMBER: _ID_NUMBER,
}
_GROUP_NAMES: Final[dict[str, ScrubKind]] = {kind.name.lower(): kind for kind in ScrubKind}


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


def normalize_name(name: str) -> str:
    """A name as the scrubber compares it: NFC, single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def name_variants(names: Iterable[str]) -> tuple[str, ...]:
    """Each name, its words and the halves of double names, longest first.

    "Anna-Karin Ek" gives "Anna-Karin Ek", "Anna-Karin", "Anna", "Karin" and "Ek",
    so a first name used alone is scrubbed too.
    """
    found: set[str] = set()
    for name in names:
        whole = normalize_name(name)
        parts = {whole, *whole.split()}
        parts |= {half for part in list(parts) for half in part.split("-")}
        found |= {part.casefold() for part in parts if len(part.strip("-'’")) >= MIN_NAME}
    return tuple(sorted(found, key=lambda item: (-len(item), item)))


@lru_cache(maxsize=32)
def _compiled(names: tuple[str, ...]) -> re.Pattern[str]:
    # A token already in the text matches first and is put back as it was, so a
    # name like "Name" or "Url" never eats into "[name]" or "[url]".
    tokens = "|".join(re.escape(token) for token in TOKENS.values())
    groups = [f"(?P<token>{tokens})"]
    groups += [f"(?P<{kind.name.lower()}>{_GROUPS[kind]})" for kind in _ORDER]
    if names:
        spelled = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
        groups.append(rf"(?P<name>(?<!\w)(?:{spelled}){_GENITIVE}(?!\w))")
    return re.compile("|".join(groups), re.IGNORECASE)


class Scrubber:
    """Replaces personal data in text with tokens, counting what it replaced."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names: tuple[str, ...] = name_variants(names)
        """The names (and their parts) scrubbed as whole words, lowercased."""
        self._pattern = _compiled(self.names)

    def scrub(self, text: str) -> tuple[str, ScrubCounts]:
        """``text`` with every find replaced, and the counts per kind.

        A replacement can uncover another find: in "Anna0701234567" the name
        only becomes a word of its own once the number is a token, and in
        "0000000+4670000000" the second number only stops touching a digit.
        So passes repeat until one replaces nothing; each pass turns text into
        tokens that later passes leave alone, so this ends.
        """
        if not text:
            return text, ScrubCounts()
        found: Counter[ScrubKind] = Counter()

        def replace(match: re.Match[str]) -> str:
            if match.lastgroup == "token":
                return match.group()
            kind = _GROUP_NAMES[match.lastgroup or "name"]
            found[kind] += 1
            return TOKENS[kind]

        result = unicodedata.normalize("NFC", text)
        while True:
            before = found.total()
            result = self._pattern.sub(replace, result)
            if found.total() == before:
                return result, ScrubCounts(dict(found))

    def first_find(self, text: str) -> ScrubKind | None:
        """The kind of the first thing :meth:`scrub` would replace in ``text``, if any."""
        text = unicodedata.normalize("NFC", text)
        if not self.names and not _might_hold_pattern(text):
            return None
        for match in self._pattern.finditer(text):
            if match.lastgroup != "token":
                return _GROUP_NAMES[match.lastgroup or "name"]
        return None


_HINTS: Final = re.compile(r"\d|@|://|www\.|\.(?:" + _TLDS + ")", re.IGNORECASE)


def _might_hold_pattern(text: str) -> bool:
    """A cheap test that every URL, address or number must pass: a digit, "@",
    "://", "www." or a dot before a top-level domain.  Most reflections have none."""
    return _HINTS.search(text) is not None


_CAPITALISED: Final = re.compile(r"(?<![\w'’\-])([^\W\d_][\w'’\-]*)")
_SENTENCE_MARKS: Final = '.!?…:;\n"“”«»–—([-'
# Words after which a capitalised word is someone speaking or spoken to.
_ATTRIBUTION_AFTER: Final = frozenset(
    (
        "said", "says", "told", "asked", "wrote", "thinks", "thought", "mentioned",
        "from", "at", "sa", "säger", "sade", "berättade", "frågade", "skrev",
        "tyckte", "tycker", "menade", "menar", "undrade", "från", "på", "hos",
    )
)  # fmt: skip
_NOT_NAMES: Final = frozenset(
    (
        "i", "i'm", "i've", "ok", "okay", "swedish", "english", "svenska", "engelska",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    )
)  # fmt: skip


def voice_names(quote: str, not_names: Callable[[str], bool] = lambda word: False) -> set[str]:
    """Words in a voice quote that look like people's names.

    A capitalised word in the middle of a sentence (English and Swedish write
    common words in lower case there), or at its start when followed by a colon
    or a word of saying ("Anna said", "Per från supporten"), is taken for a name.
    It is a heuristic that errs towards scrubbing.  ``not_names`` spares words such
    as the customer ("Kunden: …").
    """
    names: set[str] = set()
    text = unicodedata.normalize("NFC", quote)
    for match in _CAPITALISED.finditer(text):
        word = match.group(1).rstrip("'’-")
        if len(word) < MIN_NAME or word.casefold() in _NOT_NAMES or not_names(word):
            continue
        if not (word[0].isupper() and any(char.islower() for char in word[1:])):
            continue
        before = text[max(0, match.start() - 8) : match.start()].rstrip()
        after = text[match.end() : match.end() + 40].lstrip()
        next_word = after.split(maxsplit=1)[0].casefold().strip(",.") if after else ""
        starts_sentence = not before or before[-1] in _SENTENCE_MARKS
        if not starts_sentence or after.startswith(":") or next_word in _ATTRIBUTION_AFTER:
            names.update(_with_and_without_genitive(word))
    return names


def _with_and_without_genitive(word: str) -> set[str]:
    """A word like "Annas" may be Anna's or a name of its own: scrub both."""
    for ending in ("'s", "’s", ":s"):
        if word.endswith(ending):
            return {word[: -len(ending)]}
    if word.endswith("s") and len(word) > MIN_NAME + 1:
        return {word, word[:-1]}
    return {word}
