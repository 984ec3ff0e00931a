"""The actions as ``focuscheck retro actions`` prints them: a table for 80 columns, or JSON."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Final

from focuscheck.i18n import _
from focuscheck.retro.actions import (
    OUTCOME_LABELS,
    SHORT_ID,
    STATUS_LABELS,
    Action,
    ActionStatus,
    due_label,
    to_record,
)

WIDTH: Final = 80
OWNER_WIDTH: Final = 16
DUE_WIDTH: Final = 10
GAP: Final = "  "


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def actions_table(actions: Sequence[Action], *, showing_all: bool) -> str:
    """A plain table, one action a row; long texts wrap under their column."""
    if not actions:
        if showing_all:
            return _("No actions yet. They come from the items a retro marks.")
        return _("No open actions. --all lists the done and dropped ones too.")
    status_width = max(len(_(label)) for label in STATUS_LABELS.values())
    headers = [_("ID"), _("Status"), _("Due"), _("Owner")]
    widths = [SHORT_ID, status_width, DUE_WIDTH, OWNER_WIDTH]
    widths = [max(w, len(h)) for w, h in zip(widths, headers, strict=True)]
    indent = sum(widths) + len(GAP) * len(widths)
    text_width = WIDTH - indent

    def row(cells: Sequence[str], text: str) -> list[str]:
        start = GAP.join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)) + GAP
        wrapped = textwrap.wrap(text, text_width) or [""]
        return [start + wrapped[0], *(" " * indent + line for line in wrapped[1:])]

    lines = row(headers, _("Action"))
    for action in actions:
        cells = [
            action.short_id,
            _(STATUS_LABELS[action.status]),
            due_label(action),
            _cut(action.owner_label(), widths[3]),
        ]
        lines += row(cells, action.text)
    return "\n".join(line.rstrip() for line in lines)


def marked_line(action: Action) -> str:
    """What the person is told when ``action`` was just marked."""
    return _("{id} is {status} now: {text}").format(
        id=action.short_id, status=_(STATUS_LABELS[action.status]), text=action.text
    )


def action_records(actions: Sequence[Action]) -> list[dict[str, object]]:
    """The actions as JSON objects (``--format json``); an owner of null is the whole team."""
    return [to_record(action) for action in actions]


def outcome_label(status: ActionStatus) -> str:
    return _(OUTCOME_LABELS[status])
