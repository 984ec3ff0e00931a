"""Showing text a person typed exactly as typed.

Typed text never reaches Textual as markup: it becomes a :class:`Content` (or,
for a DataTable cell, a Rich :class:`Text`) built from the plain string.
Control characters are removed once more on the way to the screen, because a
journal edited by hand could hold an escape sequence, and very long text is
cut short with a visible note so one pasted page cannot swamp the screen.
"""

from __future__ import annotations

from typing import Final

from rich.text import Text
from textual.content import Content

from focuscheck.domain.text import clean_line, clean_text
from focuscheck.i18n import _

MAX_SHOWN: Final = 4_000
"""Characters of one text shown in full views; the rest is named in a note."""


def shortened_note(length: int) -> str:
    """The note that says a text was cut for display, and how long it is."""
    return _("… (shortened for display: {count} characters in all)").format(count=length)


def literal(text: str, limit: int = MAX_SHOWN, style: str = "") -> Content:
    """``text`` as literal content, at most ``limit`` characters plus a note."""
    # Cleaning only the part shown keeps a megabyte paste cheap.
    shown = clean_text(text[: limit + 1])
    if len(text) <= limit:
        return Content.styled(shown, style) if style else Content(shown)
    head = Content.styled(shown[:limit], style) if style else Content(shown[:limit])
    return Content.assemble(head, "\n", (shortened_note(len(text)), "italic $text-muted"))


def cell(text: str, width: int) -> Text:
    """``text`` on one line of at most ``width`` cells, for a table; "…" when cut."""
    line = clean_line(text[: width * 4])
    if len(line) > width or len(text) > width * 4:
        line = line[: max(width - 1, 0)] + "…"
    return Text(line, no_wrap=True, overflow="ellipsis")
