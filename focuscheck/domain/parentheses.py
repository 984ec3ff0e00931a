"""Notes in parentheses after a text, composed so they never nest.

Some labels carry their own parentheses ("Rules for their own sake (red
tape)", "1 (unclear)").  Wrapped in another pair, or followed by a count in
one, they read as "((…))" or "(…) (3)".  Both languages' style guides put
brackets inside parentheses, so a note's own parentheses become brackets, and
a count follows its label after a colon.
"""

from __future__ import annotations

from typing import Final

_INNER: Final = str.maketrans("()", "[]")


def in_parentheses(note: str) -> str:
    """``(note)``, with any parentheses inside ``note`` as brackets."""
    return f"({note.translate(_INNER)})"


def tally(label: str, count: int) -> str:
    """A label with how many times it was counted: ``Unclarity: 3``."""
    return f"{label}: {count}"
