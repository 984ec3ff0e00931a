"""Whether an answer to "Who pays my salary?" or "What is the cornerstone of
quality management?" names the customer.

The check is deliberately lexical: it looks for the configured word for the
customer, its synonyms and a built-in list (English and Swedish), in their
usual inflections and in customer-focused compounds such as *kundfokus*.  A
mention directly after a negation ("not the customer", "inte kunden") does not
count.  Patterns are compiled once per list of terms and cached.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Final

AlignmentCheck = Callable[[str], bool]
"""Takes an answer, tells whether it names the customer."""

BUILTIN_TERMS: Final[tuple[str, ...]] = (
    # English
    "customer", "client", "consumer", "end user", "user", "citizen", "patient", "student",
    "pupil", "donor", "member", "taxpayer", "guest", "passenger", "resident", "buyer",
    # Swedish
    "kund", "slutanvändare", "användare", "brukare", "medborgare", "elev", "donator",
    "givare", "medlem", "skattebetalare", "konsument", "köpare", "invånare", "gäst",
    "resenär", "klient", "vårdtagare", "beställare",
)  # fmt: skip

# Endings of English plurals and possessives and of Swedish definite, plural and
# genitive forms.  A bare "e" is left out on purpose: "kund" + "e" is "kunde" (could).
_SUFFIXES: Final = (
    "s", "es", "'s", "s'", "’s", "s’",
    "n", "ns", "en", "ens", "na", "nas",
    "er", "ers", "erna", "ernas", "ar", "ars", "arna", "arnas",
)  # fmt: skip
# Swedish nouns in -are drop the e before -na: användare → användarna.
_ARE_SUFFIXES: Final = ("na", "nas")
# Swedish nouns in -em double the m: medlem → medlemmen, medlemmar.
_DOUBLED_SUFFIXES: Final = ("en", "ens", "ar", "ars", "arna", "arnas")
# Words that, put in front, still name the customer: slutkund, stamkund, nyckelkunder.
_PREFIXES: Final = ("slut", "privat", "företags", "nyckel", "stor", "stam", "ny")
# Second halves of Swedish compounds that are about the customer: kundfokus, elevnytta.
_COMPOUND_PARTS: Final = (
    "fokus", "fokuserad", "nytta", "värde", "nöjdhet", "relation", "möte", "behov",
    "orientering", "orienterad", "orienterat", "perspektiv", "centrerad", "centrerat",
    "upplevelse", "dialog", "insikt", "röst", "driven", "drivet", "drivna", "kontakt",
    "säkerhet", "lojalitet",
)  # fmt: skip
_COMPOUND_ENDINGS: Final = ("e", "en", "et", "er", "erna", "ar", "arna", "n", "na", "r", "rna", "t")
# A negation, perhaps followed by an article or possessive, directly before the term.
_NEGATIONS: Final = (
    "not", "no", "never", "non", "isn['’]t", "aren['’]t", "wasn['’]t",
    "inte", "ej", "icke", "aldrig", "ingen", "inga", "inget",
)  # fmt: skip
_DETERMINERS: Final = (
    "the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "any",
    "den", "det", "de", "en", "ett", "min", "mitt", "mina", "vår", "vårt", "våra",
    "din", "ditt", "dina", "er", "ert", "era", "sin", "sitt", "sina", "hans", "hennes",
    "deras", "någon", "några",
)  # fmt: skip
# "No customers, no salary" / "Ingen kund, ingen lön" names the customer after all.
_IDIOM: Final = r"(?P<idiom>\s*[,;:–-]?\s*(?:no|ingen|inga|inget)(?!\w))?"

_MIN_TERM: Final = 2
"""A one-letter synonym would match nearly every answer, so it is ignored."""


def _normal(text: str) -> str:
    # NFC so that "ä" typed as "a" + combining diaeresis still matches.
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def customer_terms(term: str, synonyms: Iterable[str]) -> tuple[str, ...]:
    """The configured term, its synonyms and the built-in terms: lowercased, unique."""
    found: dict[str, None] = {}
    for item in (term, *synonyms, *BUILTIN_TERMS):
        key = _normal(item)
        if len(key) >= _MIN_TERM:
            found.setdefault(key)
    return tuple(found)


def _alternatives(items: Iterable[str]) -> str:
    # Longest first keeps the regex from trying a short stem before the whole word.
    return "|".join(sorted(set(items), key=lambda item: (-len(item), item)))


def _escaped_term(term: str) -> str:
    """``term`` as a pattern; words may be joined by space, hyphen or nothing (end-user)."""
    words = term.replace("-", " ").split()
    return r"[\s\-]{0,3}".join(re.escape(word) for word in words)


@lru_cache(maxsize=64)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled regex finding every mention of any of ``terms``."""
    normal = [key for key in (_normal(term) for term in terms) if len(key) >= _MIN_TERM]
    if not normal:
        return re.compile(r"(?!)")  # never matches
    single = [term for term in normal if " " not in term and "-" not in term]
    forms = [
        rf"(?:{_alternatives(_escaped_term(term) for term in normal)})"
        rf"(?:{_alternatives(re.escape(suffix) for suffix in _SUFFIXES)})?"
    ]
    are_stems = [re.escape(term[:-1]) for term in single if term.endswith("are")]
    if are_stems:
        forms.append(rf"(?:{_alternatives(are_stems)})(?:{_alternatives(_ARE_SUFFIXES)})")
    em_terms = [re.escape(term) for term in single if term.endswith("em")]
    if em_terms:
        forms.append(rf"(?:{_alternatives(em_terms)})m(?:{_alternatives(_DOUBLED_SUFFIXES)})")
    if single:
        heads = [re.escape(term) for term in single]
        heads += [re.escape(term[:-1]) for term in single if term.endswith("e")]
        forms.append(
            rf"(?:{_alternatives(heads)})s?(?:{_alternatives(_COMPOUND_PARTS)})"
            rf"(?:{_alternatives(_COMPOUND_ENDINGS)})?"
        )
    negation = (
        rf"(?P<neg>(?:{_alternatives(_NEGATIONS)})[\s\-]+"
        rf"(?:(?:{_alternatives(_DETERMINERS)})\s+)?)?"
    )
    prefix = rf"(?:{_alternatives(_PREFIXES)})?"
    mention = rf"(?<!\w){negation}{prefix}(?:{'|'.join(forms)})(?!\w){_IDIOM}"
    return re.compile(mention, re.IGNORECASE)


def names_customer(answer: str, terms: Sequence[str]) -> bool:
    """True when ``answer`` names the customer by one of ``terms``, not negated."""
    if not answer:
        return False
    pattern = _pattern(tuple(terms))
    text = unicodedata.normalize("NFC", answer)
    return any(
        match["neg"] is None or match["idiom"] is not None for match in pattern.finditer(text)
    )


def checker(term: str, synonyms: Iterable[str]) -> AlignmentCheck:
    """An :data:`AlignmentCheck` for the configured customer term and synonyms."""
    terms = customer_terms(term, synonyms)
    _pattern(terms)  # compile now, not on the first answer checked

    def check(answer: str) -> bool:
        return names_customer(answer, terms)

    return check
