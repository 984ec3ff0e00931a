"""A check-in with two more questions on steps it already has, made the app's for a test.

``PROMISE`` (text) joins the value step and ``ENERGY`` (a rating) the focus
step; nothing but the table and an ``Entry`` with two more fields is written
for them, as ``docs/architecture.md`` says adding a question takes.
"""

from __future__ import annotations

from dataclasses import field, make_dataclass
from typing import Any, Final

import pytest

from focuscheck.domain import checkin_form, entry_format
from focuscheck.domain.checkin_fields import CHECKIN, FieldSpec, Step
from focuscheck.domain.entry import Entry
from focuscheck.domain.field_kinds import Kind

PROMISE: Final = FieldSpec(
    "promise",
    Kind.TEXT,
    Step.VALUE,
    "A promise to the {customer}",
    hint="One thing you will do for the {customer} tomorrow.",
    free_text=True,
)
ENERGY: Final = FieldSpec("energy", Kind.RATING, Step.FOCUS, "Energy left at the end of the day")
MORE: Final = CHECKIN.with_field(PROMISE, after="value").with_field(ENERGY, after="focus")
"""The shipped table with the two more questions."""

MoreEntry: Any = make_dataclass(
    "MoreEntry",
    [("promise", str, field(default="")), ("energy", int | None, field(default=None))],
    bases=(Entry,),
    frozen=True,
    slots=True,
)
"""``Entry`` with the two fields' lines added."""


def use_more_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make :data:`MORE` the check-in's table for the form, the steps and the entry format."""
    monkeypatch.setattr(checkin_form, "CHECKIN", MORE)
    monkeypatch.setattr(entry_format, "CHECKIN", MORE)
    monkeypatch.setattr(entry_format, "Entry", MoreEntry)
