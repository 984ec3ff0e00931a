"""Text a person typed, shown exactly as typed: never markup, never terminal control."""

from __future__ import annotations

import re
from typing import Any, Final

from rich.text import Text
from textual.widgets import Static

from focuscheck.i18n import _, ngettext

DEFAULT_LIMIT: Final = 2_000
"""Characters shown before the rest is cut with a note (a 100 KB paste stays readable)."""

# C0 controls except tab and newline, and DEL, become their visible Unicode symbols;
# C1 controls and bidi overrides (invisible, and able to reorder text) are dropped.
_C0: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_HIDDEN: Final = re.compile("[\x80-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def printable(text: str) -> str:
    """``text`` with control characters made visible and bidi overrides removed."""
    return _HIDDEN.sub("", _C0.sub(_picture, text.replace("\r\n", "\n")))


def literal(text: str, limit: int = DEFAULT_LIMIT) -> Text:
    """A Rich ``Text`` of ``text`` taken literally, cut after ``limit`` characters with a note."""
    shown = printable(text[: limit + 1])
    if len(text) <= limit:
        return Text(shown)
    rest = len(text) - limit
    note = ngettext(
        "… ({count} more character not shown)", "… ({count} more characters not shown)", rest
    ).format(count=f"{rest:,}")
    result = Text(shown[:limit])
    result.append("\n" + note, style="italic dim")
    return result


class UserText(Static):
    """A block of the person's own words."""

    DEFAULT_CSS = """
    UserText { height: auto; }
    """

    def __init__(self, text: str = "", *, limit: int = DEFAULT_LIMIT, **kwargs: Any) -> None:
        super().__init__(literal(text, limit), markup=False, **kwargs)
        self.limit = limit
        """How many characters are shown before the rest is cut."""

    def show(self, text: str) -> None:
        """Replace the words shown."""
        self.update(literal(text, self.limit))


def empty_note() -> Text:
    """What stands in for an answer left empty."""
    return Text(_("(nothing written)"), style="italic dim")
