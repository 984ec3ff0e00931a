"""The kinds of field a check-in has, and what each kind knows about its values.

A field of the check-in (see :mod:`focuscheck.domain.checkin_fields`) names its
kind; the kind knows how to check and convert a value of the entry format, how
to read it from a CSV cell, how to show it to a person, how the anonymized
export describes and checks it, and how the check-in form holds it while it is
being typed (the questions it answers are in :mod:`focuscheck.domain.kind_rules`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from focuscheck.domain import entry_values
from focuscheck.domain.csv_cells import whole_number
from focuscheck.domain.entry_values import blank, clean_tags, new_id, rating
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.kind_rules import (
    ABSENT,
    DRAFT_TEXT_LIMIT,
    EXPORT_TAG_LIMIT,
    EXPORT_TEXT_LIMIT,
    Decoding,
    KindRules,
)
from focuscheck.domain.text import MAX_TAGS
from focuscheck.i18n import _

if TYPE_CHECKING:
    from focuscheck.domain.checkin_fields import FieldSpec
    from focuscheck.domain.customer_term import CustomerTerm


class Kind(StrEnum):
    """What sort of value a field holds."""

    ID = "id"
    DATE = "date"
    TIMESTAMP = "timestamp"
    TEXT = "text"
    FLAG = "flag"
    RATING = "rating"
    CHOICE = "choice"
    TAGS = "tags"

    @property
    def rules(self) -> KindRules:
        """What this kind knows about its values."""
        return _RULES[self]


class IdRules(KindRules):
    def decode(self, spec: FieldSpec, job: Decoding) -> str:
        value = job.raw.get(spec.name)
        return new_id() if blank(value) else entry_values.entry_id(value, spec.name)


class DateRules(KindRules):
    def decode(self, spec: FieldSpec, job: Decoding) -> date | None:
        value = job.raw.get(spec.name)
        if blank(value):
            if spec.required:
                raise ValidationError(_(spec.required), spec.name)
            return None
        return entry_values.local_date(value, spec.name)

    def encode(self, value: Any) -> Any:
        return None if value is None else value.isoformat()


class TimestampRules(KindRules):
    def decode(self, spec: FieldSpec, job: Decoding) -> datetime:
        earliest: datetime | None = job.values[spec.not_before] if spec.not_before else None
        value = job.raw.get(spec.name)
        if blank(value):
            return earliest or job.now
        parsed = entry_values.timestamp(value, spec.name)
        return parsed if earliest is None else max(parsed, earliest)

    def encode(self, value: Any) -> Any:
        return value.isoformat()


class TextRules(KindRules):
    def empty(self, spec: FieldSpec) -> str:
        return ""

    def decode(self, spec: FieldSpec, job: Decoding) -> str:
        text = entry_values.text(job.raw.get(spec.name, ""), spec.name)
        if spec.required and not text:
            raise ValidationError(_(spec.required), spec.name)
        return text

    def schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"$ref": "#/$defs/text"}

    def definition(self) -> dict[str, Any]:
        return {"type": "string", "maxLength": EXPORT_TEXT_LIMIT}

    def fits(self, spec: FieldSpec) -> Callable[[Any], bool]:
        return lambda value: type(value) is str and len(value) <= EXPORT_TEXT_LIMIT

    def form_empty(self) -> str:
        return ""

    def salvage(self, spec: FieldSpec, value: object) -> str:
        return value[:DRAFT_TEXT_LIMIT] if isinstance(value, str) else ""

    def typed(self, answer: Any) -> str:
        return str(answer)


class FlagRules(KindRules):
    export_required = True

    def empty(self, spec: FieldSpec) -> bool:
        return False

    def decode(self, spec: FieldSpec, job: Decoding) -> bool:
        value = job.raw.get(spec.name)
        if blank(value):
            source = job.values.get(spec.aligned_from, "")
            return bool(spec.aligned_from) and job.is_aligned(source)
        if not isinstance(value, bool):
            raise ValidationError(
                _("{name} must be true or false").format(name=spec.name), spec.name
            )
        return value

    def import_cell(self, spec: FieldSpec, cell: str | None) -> Any:
        value = (cell or "").strip().lower()
        if value in ("", "null"):
            return ABSENT
        if value in ("true", "1", "yes"):
            return True
        if value in ("false", "0", "no"):
            return False
        raise ValidationError(_("{name} must be true or false").format(name=spec.name), spec.name)

    def export_cell(self, spec: FieldSpec, cell: str) -> Any:
        return {"true": True, "false": False}.get(cell, cell)

    def schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "boolean"}

    def fits(self, spec: FieldSpec) -> Callable[[Any], bool]:
        return lambda value: type(value) is bool

    def form_empty(self) -> bool:
        return False

    def salvage(self, spec: FieldSpec, value: object) -> bool:
        return value if isinstance(value, bool) else False


class RatingRules(KindRules):
    export_required = True

    def decode(self, spec: FieldSpec, job: Decoding) -> int | None:
        return rating(job.raw.get(spec.name), spec.name)

    def import_cell(self, spec: FieldSpec, cell: str | None) -> Any:
        value = (cell or "").strip()
        number = whole_number(value)
        if value in ("", "null"):
            return None
        if number is not None:
            return number  # the range is checked with the rest of the entry
        raise ValidationError(
            _("{name} must be a whole number from 1 to 5").format(name=spec.name), spec.name
        )

    def export_cell(self, spec: FieldSpec, cell: str) -> Any:
        if cell == "":
            return None
        number = whole_number(cell)
        return cell if number is None else number

    def render(self, spec: FieldSpec, value: Any, customer: CustomerTerm) -> str:
        # Not rated says nothing, so the line is left out like an empty answer.
        return f"{value}/5" if value is not None else ""

    def schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"$ref": "#/$defs/rating"}

    def definition(self) -> dict[str, Any]:
        return {"type": ["integer", "null"], "minimum": 1, "maximum": 5}

    def fits(self, spec: FieldSpec) -> Callable[[Any], bool]:
        return lambda value: value is None or (type(value) is int and 1 <= value <= 5)

    def salvage(self, spec: FieldSpec, value: object) -> int | None:
        try:
            return rating(value, spec.name)
        except ValidationError:
            return None


class ChoiceRules(KindRules):
    export_required = True

    def empty(self, spec: FieldSpec) -> Any:
        # A default that needs another field's answer does not hold for an entry without it.
        return None if spec.default_with else spec.default

    def decode(self, spec: FieldSpec, job: Decoding) -> Any:
        value = job.raw.get(spec.name)
        if blank(value):
            given = not spec.default_with or any(job.values[name] for name in spec.default_with)
            return spec.default if given else None
        try:
            return spec.member(str(value))
        except ValueError:
            choices = ", ".join(spec.choices)
            raise ValidationError(
                _("{name} must be one of: {choices}").format(name=spec.name, choices=choices),
                spec.name,
            ) from None

    def encode(self, value: Any) -> Any:
        return None if value is None else value.value

    def checked_reader(self, spec: FieldSpec) -> Callable[[Any], Any]:
        # A plain lookup: a coach may load millions of checked entries.
        members: dict[Any, Any] = {value: spec.member(value) for value in spec.choices}
        return {**members, None: None}.__getitem__

    def import_cell(self, spec: FieldSpec, cell: str | None) -> Any:
        if cell is None:
            return ABSENT
        return None if cell == "" and spec.may_be_empty else cell

    def export_cell(self, spec: FieldSpec, cell: str) -> Any:
        return None if cell == "" and spec.may_be_empty else cell

    def render(self, spec: FieldSpec, value: Any, customer: CustomerTerm) -> str:
        return "" if value is None else customer.fill(_(spec.choice_labels[value]))

    def schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"enum": [*spec.choices, *([None] if spec.may_be_empty else [])]}

    def fits(self, spec: FieldSpec) -> Callable[[Any], bool]:
        allowed = frozenset(self.schema(spec)["enum"])
        return lambda value: (value is None or type(value) is str) and value in allowed

    def from_form(self, spec: FieldSpec, answer: Any) -> Any:
        # Nothing picked is saved as the field's default ("no one" for the voice).
        return spec.default if answer is None else answer

    def salvage(self, spec: FieldSpec, value: object) -> Any:
        if not isinstance(value, str):
            return None
        try:
            return spec.member(value)
        except ValueError:
            return None


class TagsRules(KindRules):
    def empty(self, spec: FieldSpec) -> tuple[str, ...]:
        return ()

    def decode(self, spec: FieldSpec, job: Decoding) -> tuple[str, ...]:
        return clean_tags(job.raw.get(spec.name, []))

    def encode(self, value: Any) -> Any:
        return list(value)

    def import_cell(self, spec: FieldSpec, cell: str | None) -> Any:
        if cell is None:
            return ABSENT
        return [tag for tag in cell.split(";") if tag.strip()]

    def export_cell(self, spec: FieldSpec, cell: str) -> Any:
        return [tag for tag in cell.split(";") if tag] if cell else []

    def render(self, spec: FieldSpec, value: Any, customer: CustomerTerm) -> str:
        return ", ".join(value)

    def schema(self, spec: FieldSpec) -> dict[str, Any]:
        item = {"type": "string", "minLength": 1, "maxLength": EXPORT_TAG_LIMIT}
        return {"type": "array", "maxItems": MAX_TAGS, "items": item}

    def fits(self, spec: FieldSpec) -> Callable[[Any], bool]:
        def fit(tags: Any) -> bool:
            if type(tags) is not list or len(tags) > MAX_TAGS:
                return False
            return all(type(tag) is str and 1 <= len(tag) <= EXPORT_TAG_LIMIT for tag in tags)

        return fit

    def form_empty(self) -> str:
        return ""

    def to_form(self, value: Any) -> str:
        return ", ".join(value)

    def from_form(self, spec: FieldSpec, answer: Any) -> tuple[str, ...]:
        return clean_tags(answer)

    def salvage(self, spec: FieldSpec, value: object) -> str:
        return value[:DRAFT_TEXT_LIMIT] if isinstance(value, str) else ""

    def typed(self, answer: Any) -> str:
        return str(answer)

    def form_problem(self, answer: Any) -> ValidationError | None:
        try:
            clean_tags(answer)
        except ValidationError as error:
            return error
        return None


_RULES: Final[dict[Kind, KindRules]] = {
    Kind.ID: IdRules(),
    Kind.DATE: DateRules(),
    Kind.TIMESTAMP: TimestampRules(),
    Kind.TEXT: TextRules(),
    Kind.FLAG: FlagRules(),
    Kind.RATING: RatingRules(),
    Kind.CHOICE: ChoiceRules(),
    Kind.TAGS: TagsRules(),
}
