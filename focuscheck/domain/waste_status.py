"""Following waste up: open, raised (where and when), resolved (what changed) or dropped.

A check-in that notes waste starts it open.  Marking it raised keeps the day
and where it was raised; resolved or dropped keeps the day and the outcome;
open again forgets both days (the notes stay, nothing typed is lost).  The
status and its days belong to the entry, so an edit of the check-in keeps them
(:func:`kept_follow_up`), and a status change is no new check-in.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from focuscheck.domain import entry_values
from focuscheck.domain.checkin_fields import CHECKIN
from focuscheck.domain.entry import Entry
from focuscheck.domain.enums import WasteStatus
from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _

CLOSED: Final = frozenset({WasteStatus.RESOLVED, WasteStatus.DROPPED})
"""The statuses that end an item."""
STILL_OPEN: Final = frozenset({WasteStatus.OPEN, WasteStatus.RAISED})
"""The statuses of an item that is not settled yet."""


def has_waste(entry: Entry) -> bool:
    """Whether the check-in noted waste (a kind, a note, or both)."""
    return entry.waste_category is not None or bool(entry.waste_note)


def marked(entry: Entry, status: WasteStatus, note: str | None, today: date) -> Entry:
    """``entry`` with its waste marked ``status`` today; ``note`` says where, or what changed.

    Without a note the one written before stays.  :class:`ValidationError` when
    the check-in noted no waste, or a note is given to open.
    """
    if not has_waste(entry):
        raise ValidationError(_("this check-in noted no waste"), "waste_status")
    if status is WasteStatus.OPEN:
        if note is not None:
            raise ValidationError(
                _("a note goes with raised, resolved or dropped, not with open"), "waste_status"
            )
        return entry.with_changes(waste_status=status, waste_raised_on=None, waste_closed_on=None)
    written = None if note is None else entry_values.text(note, "note")
    if status is WasteStatus.RAISED:
        where = entry.waste_raised_where if written is None else written
        return entry.with_changes(
            waste_status=status,
            waste_raised_on=today,
            waste_raised_where=where,
            waste_closed_on=None,
        )
    outcome = entry.waste_outcome if written is None else written
    return entry.with_changes(waste_status=status, waste_closed_on=today, waste_outcome=outcome)


def shared(entry: Entry, flag: bool) -> Entry:
    """``entry`` with its quote marked shared with the team (or not)."""
    if not entry.voice_quote:
        raise ValidationError(_("this check-in wrote down no quote"), "voice_shared")
    return entry.with_changes(voice_shared=flag)


def kept_follow_up(edited: Entry, saved: Entry) -> Entry:
    """The check-in ``edited`` with the follow-up of the ``saved`` entry it replaces.

    Waste added by the edit starts open; waste the edit took away takes its
    follow-up with it, and a quote taken away is no longer shared.
    """
    entry = edited.with_changes(**{name: getattr(saved, name) for name in CHECKIN.follow_up})
    if not has_waste(entry):
        entry = entry.with_changes(
            waste_status=None,
            waste_raised_on=None,
            waste_raised_where="",
            waste_closed_on=None,
            waste_outcome="",
        )
    elif entry.waste_status is None:
        entry = entry.with_changes(waste_status=WasteStatus.OPEN)
    if not entry.voice_quote:
        entry = entry.with_changes(voice_shared=False)
    return entry
