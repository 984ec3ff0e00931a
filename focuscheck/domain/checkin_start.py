"""Where a check-in starts: the day it is about, the entry it changes, the draft it continues.

One check-in a day: a check-in for a day that has one changes it, with its
answers as the starting point, and a draft of a new check-in for a day saved
since changes that day's entry.  A check-in may be about today or an earlier
day (a missed day made up), never a day still to come.
"""

from __future__ import annotations

from datetime import date

from focuscheck.domain.checkin_form import CheckinForm, blank_form, form_from_draft, form_from_entry
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _


def checked_day(day: date, today: date) -> date:
    """``day`` when a check-in may be about it; :class:`ValidationError` for a day to come."""
    if day > today:
        raise ValidationError(
            _("{date} has not come yet: a check-in is about today or a day before it.").format(
                date=day.isoformat()
            ),
            "date",
        )
    return day


def already_saved(day: date, today: date) -> str:
    """What the check-in says when it opens a day that has one: it is changed, not added."""
    if day == today:
        return _("Today's check-in is already saved; you can change it here.")
    return _("The check-in for {date} is already saved; you can change it here.").format(
        date=day.isoformat()
    )


def starting_form(day: date, saved: Entry | None) -> CheckinForm:
    """A new check-in about ``day``, or the one ``saved`` for it, to change."""
    return blank_form(day) if saved is None else form_from_entry(saved)


def draft_to_continue(raw: object, saved: Entry | None) -> CheckinForm | None:
    """The draft worth offering (None: none), changing ``saved`` when it is about the same day."""
    draft = form_from_draft(raw)
    if draft is None or draft.is_blank():
        return None
    if not draft.entry_id and saved is not None and draft.day == saved.date:
        return draft.changed(entry_id=saved.id)
    return draft
