"""The words, per language, that the name scrubber needs to know.

One table per kind of word, keyed by language.  The scrubber uses the words of
every language the app speaks at once: reflections mix languages (a Swede writes
"per day" in an English sentence), so a word common in either counts.  All words
are casefolded.
"""

from __future__ import annotations

from typing import Final

COMMON_WORD_NAMES: Final[dict[str, frozenset[str]]] = {
    "sv": frozenset(("per", "bo", "dag", "mats", "ros", "sten", "ek")),
    "en": frozenset(
        (
            "will", "bill", "mark", "rose", "may", "grace", "hope", "frank", "pat",
            "rob", "sue", "dawn", "jack", "ray", "joy", "art", "guy", "penny",
        )
    ),
}  # fmt: skip
"""Names that are also everyday words ("per", "mats", "bo"; "will", "mark").

Alone, such a name is scrubbed only where it stands as a name: written with a
capital letter, or next to a word of saying ("sa per", "per said").
"""

SAYING_WORDS: Final[dict[str, frozenset[str]]] = {
    "sv": frozenset(
        (
            "sa", "sade", "säger", "berättade", "berättar", "frågade", "frågar", "skrev",
            "skriver", "tyckte", "tycker", "menade", "menar", "undrade", "undrar",
            "hörde", "nämnde", "förklarade", "svarade", "tipsade",
            "klagade", "föreslog", "enligt",
        )
    ),
    "en": frozenset(
        (
            "said", "says", "told", "tells", "asked", "asks", "wrote", "writes",
            "thinks", "thought", "mentioned", "heard", "explained", "answered",
            "replied", "suggested", "complained", "noted",
            "according",
        )
    ),
}  # fmt: skip
"""Words of saying: a word next to one is someone speaking or spoken of."""

PLACE_WORDS: Final[dict[str, frozenset[str]]] = {
    "sv": frozenset(("från", "på", "hos")),
    "en": frozenset(("from", "at")),
}
"""Words that, right after a sentence's first word, say where someone is from
("Per från supporten", "Anna at the desk")."""

NOT_NAMES: Final[dict[str, frozenset[str]]] = {
    "sv": frozenset(
        (
            "jag", "du", "han", "hon", "hen", "den", "det", "vi", "ni", "de", "dem",
            "man", "en", "ett", "någon", "något", "några", "alla", "ingen", "inget",
            "min", "mitt", "mina", "din", "ditt", "dina", "vår", "vårt", "våra",
            "er", "ert", "era", "hans", "hennes", "deras", "denna", "detta", "dessa",
            "och", "men", "så", "sen", "sedan", "då", "när", "om", "att", "som",
            "också", "även", "kanske", "idag", "igår", "imorgon", "nu", "först", "sist",
            "senare", "tidigare", "efteråt", "här", "där", "ja", "nej", "vad", "varför",
            "hur", "vem", "vilken", "vilket", "vilka", "eftersom", "innan", "efter",
            "före", "trots", "plötsligt", "direkt", "alltid", "aldrig", "ofta", "bara",
            "just", "inte", "allt", "ändå", "dessutom", "tyvärr", "självklart", "nästan",
            "precis", "typ", "nog", "absolut",
            "tack", "hej", "chefen", "kollegan", "kollegorna", "teamet", "gruppen",
            "supporten", "receptionen", "kundtjänst", "ledningen", "folk", "svenska",
            "engelska", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
            "söndag", "januari", "februari", "mars", "maj", "juni", "juli",
            "augusti", "oktober",
        )
    ),
    "en": frozenset(
        (
            "i", "i'm", "i've", "you", "he", "she", "it", "we", "they", "them",
            "someone", "somebody", "everyone", "everybody", "nobody", "people", "the",
            "a", "an", "this", "that", "these", "those", "my", "our", "your", "their",
            "his", "her", "and", "but", "so", "then", "when", "if", "also", "maybe",
            "today", "yesterday", "tomorrow", "now", "first", "later", "earlier",
            "afterwards", "finally", "here", "there", "yes", "no", "ok", "okay", "what",
            "why", "how", "who", "which", "where", "because", "before", "after", "since",
            "although", "though", "even", "still", "again", "just", "only", "never",
            "always", "often", "suddenly", "everything", "nothing", "something",
            "anyone", "anything", "not", "all", "some", "many", "most", "both", "each",
            "every", "please", "sorry", "unfortunately", "apparently", "actually",
            "honestly", "obviously", "perhaps", "probably",
            "thanks", "hello", "hi", "boss", "manager", "colleague", "colleagues",
            "team", "support", "sales", "reception", "management", "swedish",
            "english", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june",
            "july", "august", "september", "october", "november", "december",
        )
    ),
}  # fmt: skip
"""Words that start sentences or name roles, days and months: never taken for a name
found in a voice quote (a name the person gave is scrubbed all the same)."""

NAME_PARTICLES: Final = frozenset(
    (
        "af", "av", "van", "von", "der", "den", "de", "da", "di", "du", "la",
        "le", "del", "della", "bin", "ibn", "al", "el", "ben", "mc", "st",
    )
)  # fmt: skip
"""Parts of a name ("van der Berg", "al-Hassan") that alone are ordinary words:
scrubbed within the name, not on their own."""


def all_languages(table: dict[str, frozenset[str]]) -> frozenset[str]:
    """The words of ``table`` in every language."""
    return frozenset().union(*table.values())
