"""The word for the customer, in every form a sentence needs.

English messages say "the {customer}" and need nothing more.  Swedish inflects
the word ("kunden", "kunderna", "kundfokus"), so a Swedish translation names the
form its sentence needs with one of :data:`PLACEHOLDERS`, and :class:`CustomerTerm`
fills them all.  The forms of the usual words are known; for any other word the
person is asked for them, with a guess to start from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Final

from focuscheck.i18n import _, current_language


@dataclass(frozen=True, slots=True)
class SwedishForms:
    """One Swedish noun in the forms the catalog uses."""

    singular: str
    """Indefinite singular: kund, brukare."""
    definite: str
    """Definite singular: kunden, brukaren."""
    plural: str
    """Indefinite plural: kunder, brukare."""
    definite_plural: str
    """Definite plural: kunderna, brukarna."""
    compound: str
    """First part of a compound: kund (kundfokus), medlems (medlemsfokus)."""


#: form -> the placeholder a message writes for it (lower case; see ``capitalised``)
FORM_PLACEHOLDERS: Final[dict[str, str]] = {
    "singular": "customer",
    "definite": "the_customer",
    "plural": "customers",
    "definite_plural": "the_customers",
    "compound": "customer_compound",
}


def capitalised(name: str) -> str:
    """The placeholder for a form at the start of a sentence: ``{The_customer}``."""
    return name[:1].upper() + name[1:]


#: every placeholder a translation may use where the English message has ``{customer}``
PLACEHOLDERS: Final[frozenset[str]] = frozenset(
    name for base in FORM_PLACEHOLDERS.values() for name in (base, capitalised(base))
)

_FORM_FIELD: Final = re.compile(
    r"\{(" + "|".join(sorted(map(re.escape, PLACEHOLDERS), key=len, reverse=True)) + r")\}"
)

#: the Swedish words the brief names, with their forms
KNOWN_SWEDISH: Final[dict[str, SwedishForms]] = {
    forms.singular: forms
    for forms in (
        SwedishForms("kund", "kunden", "kunder", "kunderna", "kund"),
        SwedishForms(
            "slutanvändare", "slutanvändaren", "slutanvändare", "slutanvändarna", "slutanvändar"
        ),
        SwedishForms("brukare", "brukaren", "brukare", "brukarna", "brukar"),
        SwedishForms("medborgare", "medborgaren", "medborgare", "medborgarna", "medborgar"),
        SwedishForms("patient", "patienten", "patienter", "patienterna", "patient"),
        SwedishForms("elev", "eleven", "elever", "eleverna", "elev"),
        SwedishForms("medlem", "medlemmen", "medlemmar", "medlemmarna", "medlems"),
        SwedishForms("donator", "donatorn", "donatorer", "donatorerna", "donator"),
    )
}


def known_swedish(word: str) -> SwedishForms | None:
    """The forms of ``word`` when it is one of the usual words (any case), else None."""
    return KNOWN_SWEDISH.get(word.strip().lower())


def guess_swedish(word: str) -> SwedishForms:
    """Forms of ``word`` by the commonest Swedish patterns: a start for the person to correct.

    Agent nouns in -are (handläggare) keep their plural and drop the -e in
    compounds; words in -or (donator) take -n; anything else is treated like
    "patient" (-en, -er, -erna).
    """
    word = word.strip()
    known = known_swedish(word)
    if known is not None:
        return known
    lower = word.lower()
    if lower.endswith("are"):
        return SwedishForms(word, word + "n", word, word[:-1] + "na", word[:-1])
    if lower.endswith("or"):
        return SwedishForms(word, word + "n", word + "er", word + "erna", word)
    if lower.endswith("e"):
        return SwedishForms(word, word + "n", word[:-1] + "ar", word[:-1] + "arna", word[:-1])
    if lower.endswith("a"):
        return SwedishForms(word, word + "n", word[:-1] + "or", word[:-1] + "orna", word[:-1])
    return SwedishForms(word, word + "en", word + "er", word + "erna", word)


def swedish_forms_from(
    word: str,
    *,
    definite: str = "",
    plural: str = "",
    definite_plural: str = "",
    compound: str = "",
) -> SwedishForms:
    """The forms of ``word``: those given (not empty), the known or guessed ones for the rest."""
    start = guess_swedish(word)
    return SwedishForms(
        singular=word.strip(),
        definite=definite or start.definite,
        plural=plural or start.plural,
        definite_plural=definite_plural or start.definite_plural,
        compound=compound or start.compound,
    )


@dataclass(frozen=True, slots=True)
class CustomerTerm:
    """The configured word for the customer, able to fill any message that names it."""

    configured: str = ""
    """The word as the person set it; empty means "customer" in the current language."""
    swedish: SwedishForms | None = None
    """The Swedish forms of ``configured``; None for the default word."""

    @property
    def word(self) -> str:
        """The word in its plain form, in the current language."""
        return self.configured or _("customer")

    def placeholders(self) -> dict[str, str]:
        """Every form placeholder, filled for the current language."""
        word = self.word
        if current_language() == "sv":
            forms = self.swedish or guess_swedish(word)
            values = {
                FORM_PLACEHOLDERS[item.name]: getattr(forms, item.name)
                for item in fields(SwedishForms)
            }
        else:
            values = dict.fromkeys(FORM_PLACEHOLDERS.values(), word)
        values.update({capitalised(name): capitalised(value) for name, value in values.items()})
        return values

    def fill(self, template: str, /, **values: object) -> str:
        """``template`` (already translated) with the customer forms and ``values`` put in."""
        if "{" not in template and "}" not in template:
            return template  # nothing to put in (most labels): skip working out the forms
        return template.format(**self.placeholders(), **values)

    def fill_forms(self, text: str) -> str:
        """``text`` with the customer forms put in and every other brace left as it is."""
        values = self.placeholders()
        # One pass: a word that itself looks like a placeholder is put in as it is.
        return _FORM_FIELD.sub(lambda found: values[found[1]], text)

    def __str__(self) -> str:
        return self.word


#: what the default word is called in each language: a file written with the default
#: (an export's ``customer_term``) reads in the reader's language
DEFAULT_WORDS: Final = frozenset({"customer", "kund"})


def term_for_word(word: str) -> CustomerTerm:
    """The term for a bare word (as an export carries it), its Swedish forms known or guessed."""
    word = word.strip()
    if not word or word.lower() in DEFAULT_WORDS:
        return CustomerTerm()
    return CustomerTerm(word, swedish_forms_from(word))
