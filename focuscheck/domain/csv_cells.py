"""CSV cells that a spreadsheet shows as text: one rule for every CSV focuscheck writes and reads.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a
tab or a carriage return) as a formula, so a check-in that says "=HYPERLINK(…)"
could act when an export is opened.  Following OWASP's advice on CSV injection,
such a cell is written with an apostrophe in front, which spreadsheets take as
"this is text".  A value that itself starts with an apostrophe gets one more,
so reading takes exactly one leading apostrophe off and every value comes back
as it was.  The rule is described in ``docs/data-format.md`` and
``docs/export-format.md``.
"""

from __future__ import annotations

import re
from typing import Final

TEXT_MARK: Final = "'"
"""Put before a cell that a spreadsheet would otherwise read as a formula."""
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula."""
_WHOLE_NUMBER: Final = re.compile(r"[0-9]{1,9}")
"""A number cell: a few ASCII digits, never so many that reading them is costly or fails."""


def to_cell(value: str) -> str:
    """``value`` as written in a CSV cell: marked as text when it could run as a formula."""
    if value.startswith((*FORMULA_STARTS, TEXT_MARK)):
        return TEXT_MARK + value
    return value


def from_cell(cell: str) -> str:
    """The value a cell written by :func:`to_cell` holds."""
    return cell.removeprefix(TEXT_MARK)


def whole_number(cell: str) -> int | None:
    """The whole number a cell holds, or None when it holds anything else."""
    return int(cell) if _WHOLE_NUMBER.fullmatch(cell) else None
