"""What the check-in reflects back: on steps 1 and 2, and the stated mission on step 3.

After "Who pays my salary?" and "What is the cornerstone of quality
management?" a reflection follows the person's own words.  Whether the answer
names the customer is recorded with the entry; the reflection is warm either
way: the point is to remember, not to be graded.  On step 3 the organisation's
stated mission and values follow the answer from memory; when none are written
down that is a finding, recorded as unclear, which may be raised with a manager.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from focuscheck.domain.alignment import checker
from focuscheck.domain.enums import WasteCategory
from focuscheck.domain.settings import Settings, customer_term
from focuscheck.i18n import N_, _

if TYPE_CHECKING:
    from focuscheck.domain.checkin_form import CheckinForm


@dataclass(frozen=True, slots=True)
class AnswerReflection:
    """The two reflections on an answer (``N_``, with ``{customer}``)."""

    aligned: str
    """When the answer names the customer."""
    not_aligned: str
    """When it does not; encouraging, never scolding."""


REFLECTIONS: Final[Mapping[str, AnswerReflection]] = {
    "salary": AnswerReflection(
        N_(
            "Yes. Whatever the payslip says, in the end it is the {customer} who pays it. "
            "Worth carrying into today's work."
        ),
        N_(
            "A thought to take with you: whatever the payslip says, in the end it is the "
            "{customer} who pays every salary here."
        ),
    ),
    "cornerstone": AnswerReflection(
        N_(
            "Exactly: the {customer}. Quality management rests on focus on the {customer}; "
            "everything else is built on top of it."
        ),
        N_(
            "Good to think about. Quality management has one cornerstone: the {customer}, "
            "and focus on the {customer}. Everything else is built on top of it."
        ),
    ),
}
"""The reflection on each answer that gets one, by field name."""

UNCLEAR: Final = 1
"""The clarity recorded when there is nothing written down to be clear about."""
UNCLEAR_UP_TO: Final = 2
"""A clarity rated at most this is a finding, and the ways forward are offered."""
RAISE_NOTE: Final = N_(
    "Ask my manager: what are our mission and values? They are not written down."
)
RAISE_NOTES: Final[dict[tuple[bool, bool], str]] = {
    (False, False): RAISE_NOTE,
    (False, True): N_("Ask my manager: what is our mission? It is not written down."),
    (True, False): N_("Ask my manager: what are our values? They are not written down."),
    (True, True): N_("Ask my manager: what do our mission and values mean for my work?"),
}
"""The note kept on the waste list, by whether a mission and values are written down."""
NOTHING_STATED: Final = N_(
    "Nothing is written down here about our mission and values yet. "
    "That is a finding in itself, and it is recorded as unclear."
)


def reflection(field: str, answer: str, settings: Settings) -> str:
    """The reflection on ``answer`` to the question ``field``, with what was recorded."""
    aligned = checker(settings.customer_term, settings.customer_synonyms)(answer)
    words = REFLECTIONS[field]
    if aligned:
        recorded = _("Noted with today's check-in: your answer names the {customer}.")
    else:
        recorded = _("Noted with today's check-in. Tomorrow is another chance to ask it.")
    customer = customer_term(settings)
    said = customer.fill(_(words.aligned if aligned else words.not_aligned))
    return said + "\n\n" + customer.fill(recorded)


def stated(settings: Settings) -> bool:
    """Whether the organisation has written down a mission or values (or both)."""
    return bool(settings.mission or settings.values)


def as_written(settings: Settings) -> str:
    """The stated mission and values as one text, naming the one not written down."""
    mission = settings.mission or _("No mission is written down.")
    if settings.values:
        values = _("Values: {values}").format(values=", ".join(settings.values))
    else:
        values = _("No values are written down.")
    return f"{mission}\n\n{values}"


def raise_note(settings: Settings) -> str:
    """What goes on the waste list when the person keeps it to raise with a manager."""
    return _(RAISE_NOTES[bool(settings.mission), bool(settings.values)])


def raised(form: CheckinForm, settings: Settings) -> CheckinForm:
    """The form with the unclear mission on its waste list, unless waste is noted already."""
    if form.waste_category is None and not form.waste_note:
        note = raise_note(settings)
        return form.changed(waste_category=WasteCategory.UNCLARITY, waste_note=note)
    return form


def is_raised(form: CheckinForm) -> bool:
    """Whether the form's waste note is one that raises an unclear mission."""
    return form.waste_note in {_(note) for note in RAISE_NOTES.values()}
