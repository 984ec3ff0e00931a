"""Finding addresses and numbers that identify someone, in normalised text.

Phone numbers are found by libphonenumber (``phonenumbers``), identity numbers
are checked with ``python-stdnum``; e-mail addresses, web and network addresses
have no such library and are found by the patterns here.  Every function takes
the normalised text (:mod:`focuscheck.coach.mapped_text`) and returns finds in it.

Over-scrubbing is the safe side: a number shaped like a Swedish personal
identity number is scrubbed even when its check digit is wrong (a mistyped
number still points at a person), and a long number that starts like a phone
number is scrubbed even when no numbering plan knows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum.se import personnummer

from focuscheck.coach.finds import Find, ScrubKind

PHONE_REGION: Final = "SE"
"""Numbers written without a country code are read as Swedish ones: the app is made for
Swedish workplaces, and no setting says where a person is."""
NORTH_AMERICA: Final = "US"
"""North-American forms ("(555) 123-4567") are looked for as well."""

# Schemes and "www." make a URL; bare host names only count with a common top-level
# domain, so "t.ex." and "kl.10" stay text.  Trailing punctuation belongs to the sentence.
TLDS: Final = (
    "se|com|org|net|nu|io|eu|gov|edu|info|biz|dk|no|fi|de|uk|co|me|app|dev"
    "|us|ca|fr|es|nl|be|ch|pl|ee|lv|lt|ax|tv|xyz|online|int|ly|to|cc|ai|ie|it|at|ru|jp"
    "|cn|au|nz|br|in|is|gl|tr|pt|gr|cz|za"
)
_TAIL: Final = r"[^\s<>\"]*[^\s<>\".,;:!?)\]}']"
_URL: Final = (
    rf"(?<![\w.+-])[a-z][a-z0-9+.-]{{1,15}}://{_TAIL}"  # https://, ftp://, file:///
    rf"|(?<![\w.])www\.{_TAIL}"
    rf"|(?<![\w@.-])(?:[\w-]+\.)+(?:{TLDS})(?![\w@-])(?:/{_TAIL})?"
    # A home folder carries its owner's user name.
    rf"|(?<![\w/\\])(?:/home|/Users|[a-z]:\\Users)[/\\]{_TAIL}"
    rf"|(?<![\w\\])\\\\[\w.-]+\\{_TAIL}"  # \\server\share
)
_OCTET: Final = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IP_ADDRESS: Final = rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\w.]*\d)"
# The look-behind makes a match start only where a run of address characters
# starts, so a long word without "@" is scanned once, not once per letter.
_LOCAL: Final = r"[\w.!#$%&'*+/=?^`{|}~-]"
_HOST: Final = r"[\w-]+(?:\.[\w-]+)+"
_LITERAL: Final = r"\[[^\]\s]{1,64}\]"  # user@[192.168.10.4]
# Right after "@" a single label is enough ("anna@intranet"); written with spaces or
# "(at)", the host needs a dot, so "möte @ kontoret" stays text.
_EMAIL: Final = (
    rf"(?<!{_LOCAL}){_LOCAL}+"
    rf"(?:@(?:{_HOST}|{_LITERAL}|[\w-]+)"
    rf"|\s?(?:@|[(\[](?:at|snabel-a)[)\]])\s?(?:{_HOST}|{_LITERAL}))"
)

_ADDRESSES: Final = re.compile(rf"(?P<email>{_EMAIL})|(?P<url>{_URL}|{_IP_ADDRESS})", re.IGNORECASE)

# YYMMDD or YYYYMMDD, a separator ("-", "+" for someone 100 or older, "/", "." or
# a space, any of them spaced), then four digits.  Days 61–91 are coordination
# numbers (samordningsnummer).
_MONTH: Final = r"(?:0[1-9]|1[0-2])"
_DAY: Final = r"(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])"
_MMDD: Final = _MONTH + _DAY
_ID_NUMBER: Final = re.compile(
    rf"(?<!\d)(?P<date>(?:19|20)?\d\d{_MMDD})(?P<sep> ?[-+/.] ?| )?(?P<serial>\d{{4}})(?!\d)"
    # The date written with hyphens: 1985-01-01-1234.
    rf"|(?<!\d)(?:19|20)?\d\d-{_MONTH}-{_DAY}[-+]\d{{4}}(?!\d)"
)
MIN_PHONE_DIGITS: Final = 7
# Where a phone number could be: seven digits or more with the separators phone
# numbers are written with.  libphonenumber is slow to try every number in a
# text (dates, amounts), so it only looks at these stretches.
_STRETCH: Final = re.compile(rf"[+(]?\d(?:[ \t\-./()]{{0,3}}\d){{{MIN_PHONE_DIGITS - 1},}}")

# What a phone matcher may take for a number but is a time, a span of times or a date.
_NOT_PHONE: Final = re.compile(
    r"\d{1,2}[.:]\d\d(?: ?- ?\d{1,2}[.:]\d\d)?"
    r"|\d{4}-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d ?- ?(?:19|20)\d\d"
)
# Ten digits ("(555) 123-4567", "1-800-555-0199"), or a local "555-0100".
_NANP: Final = re.compile(
    r"(?:\+?1[-. ]?)?(?:\(\d{3}\)|\d{3})[-. ]?\d{3}[-. ]?\d{4}|\d{3}[-.]\d{4}"
)
# International numbers written without "+" or "00" ("46701234567", "44 20 7946 0958"):
# a run of 10–15 digits not starting with 0, checked by libphonenumber after adding "+".
_WITHOUT_PLUS: Final = re.compile(r"(?<![\w+])[1-9](?:[ .-]?\d){9,14}(?![\w])")
# Anything that starts like a phone number ("+", "00", "0") and runs on for seven
# digits or more is scrubbed even if no numbering plan knows it.  Dots and slashes are
# left out here because they are how dates and times are written.
_SEP: Final = r"[ \-()]{0,3}"
_PHONE_SHAPED: Final = re.compile(
    r"(?:(?<![\d+])\+|(?<![\w+])00(?=[1-9])|(?<![\d+])\(?0)"
    rf"\d(?:{_SEP}\d){{6,}}"
)


def address_finds(text: str) -> Iterator[Find]:
    """E-mail addresses, URLs, home-folder paths and IP addresses."""
    for match in _ADDRESSES.finditer(text):
        kind = ScrubKind.EMAIL if match.lastgroup == "email" else ScrubKind.URL
        yield Find(match.start(), match.end(), kind)


def id_number_finds(text: str) -> Iterator[Find]:
    """Swedish personal identity and coordination numbers.

    Ten digits in a row starting with 0 are how Swedish mobile numbers are written
    (0701234567); such a run is an identity number only when its check digit says so.
    """
    for match in _ID_NUMBER.finditer(text):
        plain = len(match.group("date") or "") == 6 and not match.group("sep")
        if plain and match.group().startswith("0") and not personnummer.is_valid(match.group()):
            continue
        yield Find(match.start(), match.end(), ScrubKind.ID_NUMBER)


def phone_finds(text: str) -> Iterator[Find]:
    """Phone numbers: Swedish, international (with or without "+") and North-American."""
    for stretch in _STRETCH.finditer(text):
        if _NOT_PHONE.fullmatch(stretch.group()):
            continue  # a date or a span of times, as most long numbers in reflections are
        # One character either side lets libphonenumber see what the number touches.
        offset = max(0, stretch.start() - 1)
        yield from _library_finds(text[offset : stretch.end() + 1], offset)
    for match in _WITHOUT_PLUS.finditer(text):
        if _valid_international("+" + re.sub(r"\D", "", match.group())):
            yield Find(match.start(), match.end(), ScrubKind.PHONE)
    for match in _PHONE_SHAPED.finditer(text):
        yield Find(match.start(), match.end(), ScrubKind.PHONE)


def _library_finds(window: str, offset: int) -> Iterator[Find]:
    for match in PhoneNumberMatcher(window, PHONE_REGION, leniency=Leniency.VALID):
        if not _NOT_PHONE.fullmatch(match.raw_string):
            yield Find(offset + match.start, offset + match.end, ScrubKind.PHONE)
    for match in PhoneNumberMatcher(window, NORTH_AMERICA, leniency=Leniency.POSSIBLE):
        if match.number.country_code == 1 and _NANP.match(match.raw_string):
            yield Find(offset + match.start, offset + match.end, ScrubKind.PHONE)


def _valid_international(number: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return False


# The look-ahead lets most positions fail on one character class.
_HINTS: Final = re.compile(
    r"(?=[\d@:/\\.(\[w])"
    r"(?:\d|@|://|www\.|[(\[](?:at|snabel-a)[)\]]|/home|/Users|\\|\.(?:" + TLDS + "))",
    re.IGNORECASE,
)


def might_hold_any(text: str) -> bool:
    """A cheap test that every address or number must pass: a digit, "@", "://",
    "www.", a home folder, a backslash or a dot before a top-level domain.  Most
    reflections have none."""
    return _HINTS.search(text) is not None


def pattern_finds(text: str) -> list[Find]:
    """Every address and number in normalised ``text``, in no particular order."""
    if not might_hold_any(text):
        return []
    return [*address_finds(text), *id_number_finds(text), *phone_finds(text)]
