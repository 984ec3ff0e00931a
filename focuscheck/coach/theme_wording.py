"""The words the themes are told in, shared by the terminal view and the reports."""

from __future__ import annotations

from typing import Final

from focuscheck.coach import wording
from focuscheck.coach.themes import Group, Kind
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.i18n import _, ngettext

REPORT_PER_KIND: Final = 5
"""With no group starred, a report shows this many groups of each kind, most frequent first."""


def kind_label(kind: Kind, customer: str | CustomerTerm) -> str:
    """ "Value for the customer", "Waste noticed: Unclarity", "Mission as understood"…"""
    if kind.field == "mission":
        return _("Mission as understood")
    if kind.field != "waste_note":
        return wording.field_label(kind.field, customer)
    category = wording.waste_label(kind.category) if kind.category else _("no category")
    return _("Waste noticed: {category}").format(category=category)


def times(group: Group) -> str:
    """How often a group's text was written: ``×12``."""
    return f"×{group.count}"


def themes_heading() -> str:
    return _("Themes")


def mission_heading() -> str:
    return _("Mission as understood")


def groups_note() -> str:
    return _(
        "Texts written nearly the same are one group, shown once with how often (×); "
        "never with participant or period."
    )


def starred_note(count: int) -> str:
    """Said above a report's themes when the coach starred some."""
    return ngettext(
        "The {count} group the coach starred.",
        "The {count} groups the coach starred.",
        count,
    ).format(count=count)


def sample_note() -> str:
    """Said above a report's themes when none is starred."""
    return _(
        "None starred: the {count} most frequent groups of each kind; star groups in the "
        "terminal view to choose."
    ).format(count=REPORT_PER_KIND)


def count_line(groups: int, texts: int) -> str:
    """How many groups a list shows, and how many texts they hold: "3 groups · 14 texts"."""
    shown = ngettext("{count} group", "{count} groups", groups).format(count=groups)
    held = ngettext("{count} text", "{count} texts", texts).format(count=texts)
    return f"{shown} · {held}"
