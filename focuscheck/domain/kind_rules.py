"""What every kind of check-in field knows about its values: the questions a kind answers.

:mod:`focuscheck.domain.field_kinds` answers them once for each kind of field.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Final

from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import MAX_TEXT

if TYPE_CHECKING:
    from focuscheck.domain.checkin_fields import FieldSpec
    from focuscheck.domain.customer_term import CustomerTerm

EXPORT_TEXT_LIMIT: Final = 100_000
"""Longest text the anonymized export's schema allows (version 1); looser than the journal's."""
EXPORT_TAG_LIMIT: Final = 200
"""Longest tag the anonymized export's schema allows (version 1)."""
DRAFT_TEXT_LIMIT: Final = MAX_TEXT * 2
"""Longest text a draft gives back; more than a step accepts, so the person sees it is too long."""


class Absent(Enum):
    """A CSV cell that stands for a field not given at all."""

    ABSENT = "absent"


ABSENT: Final = Absent.ABSENT


@dataclass(frozen=True, slots=True)
class Decoding:
    """One record being read into an entry: the raw object and what is known so far."""

    raw: Mapping[str, Any]
    now: datetime
    is_aligned: Callable[[str], bool]
    values: dict[str, Any]
    """The fields already read, by name (a later field may follow an earlier one)."""


def _never_exported(spec: FieldSpec) -> TypeError:
    # Ids, dates and timestamps identify a person's entries: the table marks them
    # not exported, and a row that exports one is a mistake in the table.
    return TypeError(f"{spec.name}: a field of kind {spec.kind} is never exported")


class KindRules(ABC):
    """The behaviour every kind has; a value that is stored as it is."""

    export_required: bool = False
    """Whether an anonymized entry must carry the field even when it is empty."""

    def empty(self, spec: FieldSpec) -> Any:
        """The value of an entry that leaves the field out."""
        return spec.default

    @abstractmethod
    def decode(self, spec: FieldSpec, job: Decoding) -> Any:
        """The entry's value for the field in ``job.raw``; :class:`ValidationError` if unfit."""

    def encode(self, value: Any) -> Any:
        """The entry's value as the entry format's JSON value."""
        return value

    def checked_reader(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        """What turns a JSON value already checked (an export's) into the entry's value.

        None when the JSON value is the entry's value as it is.
        """
        return None

    def import_cell(self, spec: FieldSpec, cell: str | None) -> Any:
        """A cell of an imported CSV file as a JSON value (``ABSENT``: leave the field out)."""
        return ABSENT if cell is None else cell

    def export_cell(self, spec: FieldSpec, cell: str) -> Any:
        """A cell of the anonymized CSV export as its JSON value; odd cells stay for the schema."""
        return cell

    def render(self, spec: FieldSpec, value: Any, customer: CustomerTerm) -> str:
        """The value as a person reads it; empty when there is nothing to say."""
        return "" if value is None else str(value)

    def schema(self, spec: FieldSpec) -> dict[str, Any]:
        """The JSON Schema of the field in an anonymized entry (kinds an export can carry)."""
        raise _never_exported(spec)

    def fits(self, spec: FieldSpec) -> Callable[[Any], bool]:
        """A fast check of an anonymized entry's value that says what :meth:`schema` says."""
        raise _never_exported(spec)

    def definition(self) -> dict[str, Any] | None:
        """The schema's shared definition (under ``$defs``) the kind refers to, if any."""
        return None

    # -- the check-in form ---------------------------------------------------------

    def form_empty(self) -> Any:
        """What the form holds before the person answers."""
        return None

    def to_form(self, value: Any) -> Any:
        """An entry's value as the form holds it."""
        return value

    def from_form(self, spec: FieldSpec, answer: Any) -> Any:
        """What the form holds as the entry format's value (before it is checked)."""
        return answer

    def salvage(self, spec: FieldSpec, value: object) -> Any:
        """What a draft held, as the form holds it; the empty answer when it no longer fits."""
        return self.form_empty()

    def typed(self, answer: Any) -> str | None:
        """The text the person typed, for the length check; None when nothing is typed."""
        return None

    def form_problem(self, answer: Any) -> ValidationError | None:
        """Why the answer cannot be saved, beyond its length; None when it can."""
        return None
