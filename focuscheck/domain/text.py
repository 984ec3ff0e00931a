"""Cleaning text as it enters the domain.

Anything a person types may later be shown in a terminal, a report or an
export.  Control characters could move the cursor, clear the screen or open
links, and bidi overrides can make text read differently from what it is, so
both are removed at the door; newlines and tabs are kept.
"""

import re
from typing import Final

# C0 except tab and newline, DEL, C1, and the bidi embedding/override/isolate marks;
# also lone surrogates (from a JSON "\ud800" escape), which cannot be saved as UTF-8.
_UNSAFE: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\ud800-\udfff]"
)

MAX_TEXT: Final = 20_000
MAX_TAG: Final = 60
MAX_TAGS: Final = 50


def clean_text(value: str) -> str:
    """Drop unsafe characters, normalise line endings and trim surrounding space."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub("", value).strip()


def clean_line(value: str) -> str:
    """Like :func:`clean_text` but for one-line values (tags, names): whitespace collapses."""
    return " ".join(clean_text(value).split())
