"""Reading JSON that anyone may have written, with numbers kept to a sane length.

Python refuses to turn a string of more than 4,300 digits into an int and says
so with a plain ValueError, which is not the JSONDecodeError callers expect.  No
number in focuscheck's files needs more than a few digits, so a longer one is
named here, before Python's limit is reached.
"""

from __future__ import annotations

import json
from typing import Any, Final

from focuscheck.i18n import _

MAX_DIGITS: Final = 30
"""Digits a whole number in a file may have (ratings, versions, sizes need far fewer)."""


class NumberTooLong(ValueError):
    """A whole number in JSON text has more than :data:`MAX_DIGITS` digits."""

    def __init__(self, digits: int) -> None:
        super().__init__(
            _("a number in the file has {digits} digits, far more than any field takes").format(
                digits=digits
            )
        )
        self.digits = digits
        """How many digits the number has."""


def _whole_number(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise NumberTooLong(digits)
    return int(text)


def loads(text: str | bytes) -> Any:
    """``json.loads`` that raises :class:`NumberTooLong` for an absurdly long whole number."""
    return json.loads(text, parse_int=_whole_number)
