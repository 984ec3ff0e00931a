"""The kinds of field a check-in has, and what each kind knows about its values.

A field of the check-in (see :mod:`focuscheck.domain.checkin_fields`) names its
kind; the kind knows how to check and convert a value of the entry format, how
to read it from a CSV cell, how to show it to a person, how the anonymized
export describes and checks it, and how the check-in form holds it while it is
being typed.  Messages name the field, as ``docs/data-format.md`` describes.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any, Final

from focuscheck.domain.clock import CALENDAR_YEARS, in_calendar
from focuscheck.domain.csv_cells import whole_number
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import MAX_TAG, MAX_TAGS, MAX_TEXT, clean_line, clean_text
from focuscheck.i18n import _

if TYPE_CHECKING:
    from focuscheck.domain.checkin_fields import FieldSpec
    from focuscheck.domain.customer_term import CustomerTerm

EXPORT_TEXT_LIMIT: Final = 100_000
"""Longest text the anonymized export's schema allows (version 1); looser than the journal's."""
EXPORT_TAG_LIMIT: Final = 200
"""Longest tag the anonymized export's schema allows (version 1)."""
DRAFT_TEXT_LIMIT: Final = MAX_TEXT * 2
"""Longest text a draft gives back; more than a step accepts, so the person sees it is too long."""

_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Absent(Enum):
    """A CSV cell that stands for a field not given at all."""

    ABSENT = "absent"


ABSENT: Final = Absent.ABSENT


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


@dataclass(frozen=True, slots=True)
class Decoding:
    """One record being read into an entry: the raw object and what is known so far."""

    raw: Mapping[str, Any]
    now: datetime
    is_aligned: Callable[[str], bool]
    values: dict[str, Any]
    """The fields already read, by name (a later field may follow an earlier one)."""


class KindRules:
    """The behaviour every kind has; a value that is stored as it is."""

    export_required: bool = False
    """Whether an anonymized entry must carry the field even when it is empty."""
    always_required: bool = False
    """Whether every field of the kind must be given (a record has one date)."""

    def empty(self, spec: FieldSpec) -> Any:
        """The value of an entry that leaves the field out."""
        return spec.default

    def decode(self, spec: FieldSpec, job: Decoding) -> Any:
        """The entry's value for the field in ``job.raw``; :class:`ValidationError` if unfit."""
        raise NotImplementedError

    def encode(self, value: Any) -> Any:
        """The entry's value as the entry format's JSON value."""
        return value

    def from_checked(self, spec: FieldSpec, value: Any) -> Any:
        """A JSON value already checked (an anonymized export's) as the entry holds it."""
        return value

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
        """The JSON Schema of the field in an anonymized entry."""
        raise NotImplementedError

    def fits(self, spec: FieldSpec) -> Callable[[Any], bool]:
        """A fast check of an anonymized entry's value that says what :meth:`schema` says."""
        raise NotImplementedError

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


def _blank(value: object) -> bool:
    return value is None or value == ""


class IdRules(KindRules):
    def decode(self, spec: FieldSpec, job: Decoding) -> str:
        value = job.raw.get(spec.name)
        if _blank(value):
            return new_id()
        if not isinstance(value, str):
            raise ValidationError(_("id must be a text UUID"), spec.name)
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise ValidationError(
                _("id {value!r} is not a UUID").format(value=value[:60]), spec.name
            ) from None


class DateRules(KindRules):
    always_required = True

    def decode(self, spec: FieldSpec, job: Decoding) -> date:
        value = job.raw.get(spec.name)
        if _blank(value):
            raise ValidationError(_("date is required (YYYY-MM-DD)"), spec.name)
        # fromisoformat alone would also take week dates such as 2026-W48-4.
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
            raise ValidationError(_("date must look like YYYY-MM-DD"), spec.name)
        try:
            day = date.fromisoformat(value)
        except ValueError:
            shown = value[:20]
            raise ValidationError(
                _("date {value!r} is not a real date").format(value=shown), spec.name
            ) from None
        if not in_calendar(day):
            raise _outside_calendar(spec.name)
        return day

    def encode(self, value: Any) -> Any:
        return value.isoformat()


class TimestampRules(KindRules):
    def decode(self, spec: FieldSpec, job: Decoding) -> datetime:
        earliest: datetime | None = job.values[spec.not_before] if spec.not_before else None
        value = job.raw.get(spec.name)
        if _blank(value):
            return earliest or job.now
        name = spec.name
        if not isinstance(value, str) or len(value) > 40:
            raise ValidationError(_("{name} must be an ISO 8601 timestamp").format(name=name), name)
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                _("{name} must be an ISO 8601 timestamp").format(name=name), name
            ) from None
        if parsed.tzinfo is None:
            raise ValidationError(
                _("{name} needs a UTC offset, like +01:00").format(name=name), name
            )
        if not in_calendar(parsed):
            raise _outside_calendar(name)
        return parsed if earliest is None else max(parsed, earliest)

    def encode(self, value: Any) -> Any:
        return value.isoformat()


class TextRules(KindRules):
    def empty(self, spec: FieldSpec) -> str:
        return ""

    def decode(self, spec: FieldSpec, job: Decoding) -> str:
        name = spec.name
        value = job.raw.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ValidationError(_("{name} must be text").format(name=name), name)
        if len(value) > MAX_TEXT:
            raise ValidationError(
                _("{name} is too long ({length} characters; at most {limit})").format(
                    name=name, length=len(value), limit=MAX_TEXT
                ),
                name,
            )
        text = clean_text(value)
        if spec.required and not text:
            raise ValidationError(_(spec.required), name)
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
        if _blank(value):
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

    def decode(self, spec: FieldSpec, job: Decoding) -> Any:
        value = job.raw.get(spec.name)
        if _blank(value):
            return spec.default
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

    def from_checked(self, spec: FieldSpec, value: Any) -> Any:
        return None if value is None else spec.member(value)

    def import_cell(self, spec: FieldSpec, cell: str | None) -> Any:
        if cell is None:
            return ABSENT
        return None if cell == "" and spec.default is None else cell

    def export_cell(self, spec: FieldSpec, cell: str) -> Any:
        return None if cell == "" and spec.default is None else cell

    def render(self, spec: FieldSpec, value: Any, customer: CustomerTerm) -> str:
        return "" if value is None else customer.fill(_(spec.choice_labels[value]))

    def schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"enum": [*spec.choices, *([None] if spec.default is None else [])]}

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


def new_id() -> str:
    """A stable random id for a new entry (independent of TinyDB's doc ids)."""
    return str(uuid.uuid4())


def _outside_calendar(name: str) -> ValidationError:
    return ValidationError(
        _("{name} must lie between the years {first} and {last}").format(
            name=name, first=CALENDAR_YEARS[0], last=CALENDAR_YEARS[-1]
        ),
        name,
    )


def rating(value: object, name: str) -> int | None:
    """A 1–5 rating, or None when not given."""
    if _blank(value):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError(
            _("{name} must be a whole number from 1 to 5").format(name=name), name
        )
    return value


def clean_tags(value: object) -> tuple[str, ...]:
    """Tags as a tuple of unique, trimmed, single-line strings."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [part for part in value.replace(";", ",").split(",")]
    if not isinstance(value, list | tuple):
        raise ValidationError(_("tags must be a list of text"), "tags")
    if len(value) > MAX_TAGS * 4:
        raise ValidationError(_("too many tags (at most {limit})").format(limit=MAX_TAGS), "tags")
    tags: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise ValidationError(_("tags must be a list of text"), "tags")
        # ";" separates tags in CSV, so "a;b" is two tags everywhere, not one that
        # would come back as two after an export and import.
        for part in item.split(";"):
            # "# #a" must become "a" at once, not " #a" now and "a" on the next save.
            tag = clean_line(part).lstrip("# ")
            if len(tag) > MAX_TAG:
                raise ValidationError(
                    _("a tag is too long (at most {limit} characters)").format(limit=MAX_TAG),
                    "tags",
                )
            if tag and tag.casefold() not in {t.casefold() for t in tags}:
                tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise ValidationError(_("too many tags (at most {limit})").format(limit=MAX_TAGS), "tags")
    return tuple(tags)
