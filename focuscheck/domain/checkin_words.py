"""What the check-in says on each step: its question, and the lines under the answers.

Both ways of checking in ask in these words: the terminal app's step screens
and the line-by-line dialogue of ``focuscheck checkin --plain``.  A question
the table asks with its kind's widget brings its own label and hint (see
:mod:`focuscheck.domain.checkin_fields`); these are the words of the questions
the step screens ask with widgets of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from focuscheck.domain.checkin_fields import Step
from focuscheck.i18n import N_

QUESTIONS: Final[Mapping[Step, str]] = {
    Step.SALARY: N_("Who pays my salary?"),
    Step.CORNERSTONE: N_("What is the cornerstone of quality management?"),
    Step.MISSION: N_("What are our mission and our values?"),
    Step.VALUE: N_("What did you do today, or will you do, that creates value for the {customer}?"),
    Step.VOICE: N_("Whose voice did you hear today?"),
    Step.WASTE: N_("What did you notice today that adds no value for the {customer}?"),
    Step.FOCUS: N_("How focused on the {customer} was your day?"),
    Step.TAGS: N_("Any tags for today?"),
}
"""The question each step asks (``N_``; may use ``{customer}``)."""

OWN_ANSWER = N_("Your answer, in your own words")
"""What steps 1 and 2 say about the answer they wait for."""

ANSWER_HINTS: Final[Mapping[str, str]] = {
    "salary": OWN_ANSWER,
    "cornerstone": OWN_ANSWER,
    "mission": N_("From memory, in your own words (several lines are fine)."),
    "mission_clarity": N_("How clear are our mission and values to you?"),
    "value": N_("Required. Be concrete: what, and for whom."),
    "voice_quote": N_("What did you hear? A short quote or paraphrase (optional)."),
    "waste_note": N_("A short note (optional)."),
}
"""The line with an answer a step screen asks with a widget of its own, by field name."""

NOTHING_NOTICED = N_("Nothing noticed today")
"""The waste step's first choice: no waste today."""

NO_ANSWER = N_("No answer")
"""A choice that may stay empty offers this first."""

EMPTY_CHOICES: Final[Mapping[str, str]] = {"waste_category": NOTHING_NOTICED}
"""What the empty choice of a choice field is called where "No answer" does not fit."""
