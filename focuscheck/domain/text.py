"""Cleaning text as it enters the domain.

Anything a person types may later be shown in a terminal, a report or an
export.  Control characters could move the cursor, clear the screen or open
links, and bidi overrides can make text read differently from what it is, so
both are removed at the door; newlines and tabs are kept.  Characters that
show nothing (a zero-width space, a soft hyphen, a Hangul filler) are trimmed
from both ends with the spaces, so a value made only of them is empty.
"""

import re
from typing import Final

# C0 except tab and newline, DEL, C1, and the bidi embedding/override/isolate marks;
# also lone surrogates (from a JSON "\ud800" escape), which cannot be saved as UTF-8.
_UNSAFE: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\ud800-\udfff]"
)

# Shown as nothing: soft hyphen, combining grapheme joiner, Hangul and Khmer fillers,
# Mongolian vowel separator, zero-width space and joiners, word joiner, invisible
# operators, braille blank, byte order mark.  Emoji tag characters are left alone:
# they end a flag.
_INVISIBLE: Final = (
    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d"
    "\u2060\u2061\u2062\u2063\u2064\u2800\u3164\ufeff\uffa0"
)
# Every character str.strip() takes as space (all lie below U+3001), and the invisible ones.
_TRIMMED: Final = "".join(chr(code) for code in range(0x3001) if chr(code).isspace()) + _INVISIBLE

MAX_TEXT: Final = 20_000
MAX_TAG: Final = 60
MAX_TAGS: Final = 50


def clean_text(value: str) -> str:
    """Drop unsafe characters, normalise line endings and trim surrounding space."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub("", value).strip(_TRIMMED)


def clean_line(value: str) -> str:
    """Like :func:`clean_text` but for one-line values (tags, names): whitespace collapses."""
    return " ".join(clean_text(value).split())
