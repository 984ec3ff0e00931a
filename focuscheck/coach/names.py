"""People's names: the forms of a known name, finding them, and names in a voice quote.

Names are compared by Unicode casefolding on both sides, after the same
normalisation as everything else (:mod:`focuscheck.coach.mapped_text`): "STRAUSS"
finds "Strauß" and "O'Brien" finds "O’Brien".  A known name is scrubbed whole and
in each of its parts, so "Helen Carter said" loses both words and "Gunilla i
receptionen" loses "Gunilla".  A name that is also an everyday word ("Per", "Bo",
"Will") is scrubbed alone only where it stands as a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Final

from focuscheck.coach.finds import Find, ScrubKind
from focuscheck.coach.mapped_text import MappedText, normalized
from focuscheck.coach.name_words import (
    COMMON_WORD_NAMES,
    NAME_PARTICLES,
    NOT_NAMES,
    PLACE_WORDS,
    SAYING_WORDS,
    all_languages,
)

MIN_NAME: Final = 2
"""A one-letter name would blank out every "a" and "I"; shorter names are ignored."""

COMMON_WORDS: Final = all_languages(COMMON_WORD_NAMES)
SAYING: Final = all_languages(SAYING_WORDS)
PLACES: Final = all_languages(PLACE_WORDS)
NEVER_FOUND: Final = all_languages(NOT_NAMES)

NAME_SEPARATORS: Final = re.compile(r"[,;\n]")
"""What separates two names in one value ("Björn Jönsson, Åsa Lindqvist")."""
# Swedish genitive adds s (Annas), or an apostrophe or colon after a final s or an
# abbreviation (Lars', IBM:s); English adds 's.
_GENITIVE: Final = r"(?:s|'s|:s|')?"
_EDGES: Final = ".,;:!?()[]{}\"'«»“”-"


def comparable(name: str) -> str:
    """A name as the scrubber compares it: normalised, casefolded, single spaces."""
    return " ".join(normalized(name).text.casefold().split())


_PLAIN_LETTERS: Final = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


def without_marks(name: str) -> str:
    """``name`` as typed on a keyboard without its accents: "björn" → "bjorn"."""
    decomposed = unicodedata.normalize("NFD", name.translate(_PLAIN_LETTERS))
    return unicodedata.normalize(
        "NFC", "".join(char for char in decomposed if not unicodedata.combining(char))
    )


def name_variants(names: Iterable[str], *, plain: bool = True) -> tuple[str, ...]:
    """Each name, its words and the halves of double names, casefolded, longest first.

    "Anna-Karin Ek" gives "anna-karin ek", "anna-karin", "anna", "karin" and "ek",
    so a first name used alone is scrubbed too; a comma separates two names.
    Particles ("van", "de") are scrubbed only as part of the whole name.  With
    ``plain``, each is also given as typed without accents ("bjorn").
    """
    found: set[str] = set()
    for given in names:
        for whole in NAME_SEPARATORS.split(comparable(given)):
            whole = whole.strip(_EDGES + " ")
            words = [word.strip(_EDGES) for word in whole.split()]
            parts = {*words, *(half for word in words for half in word.split("-"))}
            parts |= {word.split("'")[-1] for word in parts if "'" in word}
            found |= {part for part in parts if part not in NAME_PARTICLES}
            found.add(whole)
    if plain:
        # Typed without its accents ("Bjorn"), and "YILMAZ", which folds to "yilmaz".
        found |= {without_marks(name) for name in found}
    usable = {name for name in found if len(name.replace("-", "").replace("'", "")) >= MIN_NAME}
    return tuple(sorted(usable, key=lambda item: (-len(item), item)))


@lru_cache(maxsize=32)
def _compiled(names: tuple[str, ...]) -> re.Pattern[str]:
    spelled = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
    # Letters, not digits or underscores, end a name: "anna_svensson" and "Anna2" hold it.
    return re.compile(rf"(?<![^\W\d_])(?P<name>{spelled}){_GENITIVE}(?![^\W\d_])")


_WORD_BEFORE: Final = re.compile(r"(\w+)\s+$")
_WORD_AFTER: Final = re.compile(r"^\s+(\w+)")


class NameFinder:
    """Finds the known names, and their parts, in text."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        given = list(names)
        self.names: tuple[str, ...] = name_variants(given)
        """The names (and their parts) scrubbed as whole words, casefolded."""
        as_given = set(name_variants(given, plain=False))
        self.unaccented: frozenset[str] = frozenset(set(self.names) - as_given)
        """Names as typed without their accents ("bjorn", "back" from "Bäck"): scrubbed
        only with a capital letter, as a name typed that way is written."""
        self._ambiguous = COMMON_WORDS | self.unaccented
        self._pattern = _compiled(self.names) if self.names else None

    def finds(self, original: str, mapped: MappedText, *, label: bool = False) -> Iterator[Find]:
        """The known names in ``original`` (``mapped`` is its normalised form), as spans
        of ``original``; in a ``label`` (a tag) names that are also words count in any case."""
        if self._pattern is None:
            return
        folded = mapped.casefolded()
        for match in self._pattern.finditer(folded.text):
            start, end = folded.original_span(match.start(), match.end())
            if label or self._stands_as_name(
                match.group("name"), original[start], folded.text, match.start(), match.end()
            ):
                yield Find(start, end, ScrubKind.NAME)

    def _stands_as_name(self, name: str, first: str, folded: str, start: int, end: int) -> bool:
        """Whether ``name`` is used as a name here: always, unless it may be a word too;
        then only with a capital ("Per ringde") or, for an everyday word, next to a
        word of saying ("sa per")."""
        if name not in self._ambiguous or first.isupper():
            return True
        return name not in self.unaccented and _next_to_saying(folded, start, end)


def _next_to_saying(folded: str, start: int, end: int) -> bool:
    """Whether a word of saying stands right before or after ``folded[start:end]``
    ("sa per", "per said"): a name that is also a word is used as a name there."""
    before = _WORD_BEFORE.search(folded[max(0, start - 30) : start])
    after = _WORD_AFTER.search(folded[end : end + 30])
    return any(word is not None and word.group(1) in SAYING for word in (before, after))


_WORD: Final = re.compile(r"(?<![\w'\-])[^\W\d_][\w'\-]*")
_SENTENCE_MARKS: Final = '.!?…:;\n"“”«»-(['
_CLAUSE_END: Final = re.compile(r"\s*(?:[.,;:!?\"”»)]|$)")
_CLAUSE: Final = re.compile(r"[^.,;:!?\"“”«»()\n]*")
SAYING_REACH: Final = 4
"""How many words after a sentence's first word a word of saying may stand and still
make it a name ("Gunilla i receptionen berättade")."""


def voice_names(quote: str, not_names: Callable[[str], bool] = lambda word: False) -> set[str]:
    """Words in a voice quote that look like people's names, with the full names they form.

    A capitalised word in the middle of a sentence (English and Swedish write
    common words in lower case there) is taken for a name; so is the first word of
    a sentence when a colon, a word for where someone is ("Per från supporten") or,
    within a few words, a word of saying follows ("Anna said", "Ahmed in sales
    heard") — in lower case too ("anna sa att"), as is a lower-case word right after
    a word of saying at the end of a clause ("sa anna.").  Capitalised words next to
    a name belong to it ("Helen Carter said").  It is a heuristic that errs towards
    scrubbing; ``not_names`` spares words such as the customer ("Kunden: …").
    """
    text = normalized(quote).text
    words = list(_WORD.finditer(text))
    is_name = [_looks_like_a_name(text, words, index, not_names) for index in range(len(words))]
    names: set[str] = set()
    for index in range(len(words)):
        if not is_name[index]:
            continue
        run = [index]
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(words) and _joined(text, words, min(other, other - step)):
                if not _capitalised(words[other].group()) or _never(
                    words[other].group(), not_names
                ):
                    break
                run.append(other)
                other += step
        run.sort()
        for member in run:
            names |= _with_and_without_genitive(_bare(words[member].group()))
        if len(run) > 1:
            names.add(text[words[run[0]].start() : words[run[-1]].end()])
    return names


def _looks_like_a_name(
    text: str, words: list[re.Match[str]], index: int, not_names: Callable[[str], bool]
) -> bool:
    word = _bare(words[index].group())
    if len(word) < MIN_NAME or _never(word, not_names):
        return False
    start, end = words[index].start(), words[index].end()
    before = text[max(0, start - 8) : start].rstrip()
    starts_sentence = not before or before[-1] in _SENTENCE_MARKS
    after = text[end:]
    clause = _CLAUSE.match(after)
    near = [next_word.casefold() for next_word in (clause.group() if clause else "").split()]
    saying_follows = any(next_word in SAYING for next_word in near[:SAYING_REACH])
    if _capitalised(word):
        if not starts_sentence or after.lstrip().startswith(":"):
            return True
        return saying_follows or (bool(near) and near[0] in PLACES)
    if not word.islower():
        return False
    if starts_sentence and saying_follows:
        return True  # "anna sa att …", "maria from billing said …"
    previous = words[index - 1].group().casefold() if index > 0 else ""
    return (
        previous in SAYING
        and _joined(text, words, index - 1)
        and _CLAUSE_END.match(after) is not None
    )


def _joined(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether word ``index`` and the next are separated only by spaces."""
    if index < 0 or index + 1 >= len(words):
        return False
    between = text[words[index].end() : words[index + 1].start()]
    return between.isspace() and "\n" not in between


def _capitalised(word: str) -> bool:
    return word[0].isupper() and any(char.islower() for char in word[1:])


def _never(word: str, not_names: Callable[[str], bool]) -> bool:
    return _bare(word).casefold() in NEVER_FOUND or not_names(_bare(word))


def _bare(word: str) -> str:
    return word.rstrip("'-")


def _with_and_without_genitive(word: str) -> set[str]:
    """A word like "Annas" may be Anna's or a name of its own: scrub both."""
    for ending in ("'s", ":s"):
        if word.endswith(ending):
            return {word[: -len(ending)]}
    if word.endswith("s") and len(word) > MIN_NAME + 1:
        return {word, word[:-1]}
    return {word}
