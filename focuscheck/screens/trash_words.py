"""What is asked before a check-in goes to the trash, and what is said afterwards."""

from __future__ import annotations

from focuscheck.domain.entry import Entry
from focuscheck.i18n import _, ngettext
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.service.trash import KEEP_DAYS, SHORT_ID


def delete_dialog(entry: Entry) -> ConfirmDialog:
    """ "Delete the check-in of …?", with how to bring it back."""
    return ConfirmDialog(
        _("Delete the check-in of {date}?").format(date=entry.date.isoformat()),
        ngettext(
            "It moves to the trash and is kept there for {days} day: "
            "U in History brings it back, and so does "
            "focuscheck trash restore {id}",
            "It moves to the trash and is kept there for {days} days: "
            "U in History brings it back, and so does "
            "focuscheck trash restore {id}",
            KEEP_DAYS,
        ).format(days=KEEP_DAYS, id=entry.id[:SHORT_ID]),
        yes=_("Delete"),
        no=_("Keep it"),
        danger=True,
    )


def deleted_text(entry: Entry) -> str:
    """Said once ``entry`` is in the trash."""
    return ngettext(
        "Deleted the check-in of {date}. It is in the trash for {days} day; "
        "press U in History to undo.",
        "Deleted the check-in of {date}. It is in the trash for {days} days; "
        "press U in History to undo.",
        KEEP_DAYS,
    ).format(date=entry.date.isoformat(), days=KEEP_DAYS)


def restored_text(entry: Entry) -> str:
    """Said once ``entry`` is back."""
    return _("Brought back the check-in of {date}.").format(date=entry.date.isoformat())
