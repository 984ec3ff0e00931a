"""The check-in, defined once: one table of its fields, in the order they are asked.

Every row says a field's name, its kind (:mod:`focuscheck.domain.field_kinds`),
the step of the check-in that asks it, the label it is shown under, whether it
goes into the anonymized export and whether it is free text (scrubbed before
export, looked in by search).  The entry format and its codec, CSV import, the
text and Markdown renderings, the anonymized export and the coach's check of
it, the check-in form and the order and count of its steps all follow from the
table (``docs/architecture.md`` lists what adding a question touches).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Final, TypeVar

from focuscheck.domain.enums import (
    VOICE_LABELS,
    WASTE_LABELS,
    WASTE_STATUS_LABELS,
    VoiceSource,
    WasteCategory,
    WasteStatus,
)
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.field_kinds import Kind
from focuscheck.domain.kind_rules import ABSENT, Decoding, KindRules
from focuscheck.i18n import N_, _

_T = TypeVar("_T")

Record = dict[str, Any]


class Step(StrEnum):
    """The steps of the check-in; the table puts them in order."""

    SALARY = "salary"
    CORNERSTONE = "cornerstone"
    MISSION = "mission"
    VALUE = "value"
    VOICE = "voice"
    WASTE = "waste"
    FOCUS = "focus"
    TAGS = "tags"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of the check-in."""

    name: str
    """The field's name in the entry format, the entry and the form."""
    kind: Kind
    step: str | None = None
    """The step that asks it (a :class:`Step`); None for what the app keeps by itself."""
    label: str = field(default="", compare=False)
    """What the text and Markdown renderings show it under (``N_``); "" leaves it out.

    Also the question's label where its kind's widget asks it on its step."""
    hint: str = field(default="", compare=False)
    """A line of help under the question where its kind's widget asks it (``N_``)."""
    exported: bool = True
    """Whether the anonymized export carries it."""
    free_text: bool = False
    """Free text: scrubbed before an export, looked in by search."""
    vocabulary: type[StrEnum] | None = None
    """A choice's values."""
    choice_labels: Mapping[Any, str] = field(default_factory=dict, compare=False)
    """A choice's labels (``N_``; may use ``{customer}``)."""
    default: Any = None
    """A choice's value when none is given (None: the field may stay empty)."""
    default_with: tuple[str, ...] = ()
    """A choice whose default holds only when one of these fields has a value; else empty."""
    required: str = field(default="", compare=False)
    """Why a record without it is refused (``N_``); "" when it may be empty."""
    required_hint: str = field(default="", compare=False)
    """What the check-in says when the step is left without it (``N_``)."""
    aligned_from: str = ""
    """A flag: the answer that decides it when it is not given."""
    not_before: str = ""
    """A timestamp: the field it defaults to and is never earlier than."""
    follow_up: bool = False
    """Set after the check-in (a waste's status, a quote shared); editing the check-in keeps it."""
    export_since: int = 1
    """The anonymized export's version that first carries it."""

    empty_when: tuple[str, str] | None = None
    """(field, stored value): it must stay empty while that field holds that value."""
    empty_reason: str = field(default="", compare=False)
    """Why a record that breaks ``empty_when`` is refused (``N_``)."""

    @property
    def may_be_empty(self) -> bool:
        """Whether a choice may hold no value at all."""
        return self.default is None or bool(self.default_with)

    @property
    def rules(self) -> KindRules:
        return self.kind.rules

    @property
    def choices(self) -> tuple[str, ...]:
        """A choice's stored values, in order."""
        return tuple(str(value) for value in self.vocabulary or ())

    def member(self, value: str) -> StrEnum:
        """The choice stored as ``value``; ValueError when it is not one of them."""
        if self.vocabulary is None:
            raise ValueError(value)
        return self.vocabulary(value)

    @property
    def needed(self) -> bool:
        """Whether a record without it is refused."""
        return bool(self.required)

    @property
    def asked(self) -> bool:
        """Whether the person answers it on the check-in's form (flags are worked out)."""
        return self.step is not None and not self.aligned_from

    @property
    def personal_text(self) -> bool:
        """Whether ``--no-text`` leaves it out of an export: free text and tags."""
        return self.free_text or self.kind is Kind.TAGS


class CheckinTable:
    """The fields of a check-in, in the documented order, and what follows from them."""

    def __init__(self, fields: tuple[FieldSpec, ...]) -> None:
        self.fields: Final = fields
        self.by_name: Final = {spec.name: spec for spec in fields}
        self.names: Final = tuple(spec.name for spec in fields)
        """Every field of the entry format, in the documented order."""
        self.text_names: Final = tuple(spec.name for spec in fields if spec.free_text)
        """Free-text fields: what anonymisation scrubs and search looks in."""
        self.needed: Final = tuple(spec.name for spec in fields if spec.needed)
        """The fields a record cannot do without."""
        self.asked: Final = tuple(spec for spec in fields if spec.asked)
        """The fields the check-in's form holds."""
        self.exported: Final = tuple(spec for spec in fields if spec.exported)
        """The fields of an anonymized entry (after its period)."""
        self.shown: Final = tuple(spec for spec in fields if spec.label)
        """The fields the text and Markdown renderings show, in order."""
        self.steps: Final = tuple(dict.fromkeys(s.step for s in fields if s.step is not None))
        """The steps, in the order they are asked: the order of their first field."""
        self.follow_up: Final = tuple(spec.name for spec in fields if spec.follow_up)
        """The fields set after the check-in, which an edit of it keeps."""
        self.field_steps: Final = {s.name: s.step for s in fields if s.step is not None}
        """Which step asks each field (to send a person back to it)."""

    def with_field(self, spec: FieldSpec, *, after: str) -> CheckinTable:
        """The same table with ``spec`` added after the field named ``after``."""
        index = self.names.index(after) + 1
        return CheckinTable((*self.fields[:index], spec, *self.fields[index:]))

    def encode(self, entry: object) -> Record:
        """The entry format's JSON object for ``entry``, fields in documented order."""
        return {spec.name: spec.rules.encode(getattr(entry, spec.name)) for spec in self.fields}

    def decode(
        self,
        raw: object,
        *,
        now: datetime,
        is_aligned: Callable[[str], bool],
        strict: bool,
        make: Callable[..., _T],
        stored: bool = False,
    ) -> _T:
        """Check ``raw`` against the entry format and ``make(**fields)`` of it.

        A ``stored`` record (read back from the journal) is kept as it was saved,
        even where a rule added since would refuse it (``empty_when``).
        """
        if not isinstance(raw, Mapping):
            raise ValidationError(_("an entry must be a JSON object"))
        if strict:
            unknown = sorted(str(key) for key in raw if key not in self.by_name)
            if unknown:
                raise ValidationError(_("unknown field {name}").format(name=unknown[0]), unknown[0])
        job = Decoding(raw, now, is_aligned, {})
        for spec in self.fields:
            job.values[spec.name] = spec.rules.decode(spec, job)
        if not stored:
            problem = self.empty_problem(job.values)
            if problem is not None:
                raise problem
        return make(**job.values)

    def emptied(self, values: Mapping[str, Any]) -> list[FieldSpec]:
        """The fields that must stay empty with ``values`` (a quote when no one was heard)."""
        return [
            spec
            for spec in self.fields
            if spec.empty_when is not None and values.get(spec.empty_when[0]) == spec.empty_when[1]
        ]

    def empty_problem(self, values: Mapping[str, Any]) -> ValidationError | None:
        """The refusal of a field that holds something where it must stay empty, if any."""
        for spec in self.emptied(values):
            if values.get(spec.name):
                return ValidationError(_(spec.empty_reason), spec.name)
        return None

    def typed_row(self, row: Mapping[str, str]) -> Record:
        """A CSV row as the entry format's JSON object; :class:`ValidationError` for a bad cell."""
        record: Record = dict(row)
        for spec in self.fields:
            value = spec.rules.import_cell(spec, row.get(spec.name))
            if value is ABSENT:
                record.pop(spec.name, None)
            else:
                record[spec.name] = value
        return record


CHECKIN: Final = CheckinTable(
    (
        FieldSpec("id", Kind.ID, exported=False),
        FieldSpec("date", Kind.DATE, exported=False, required=N_("date is required (YYYY-MM-DD)")),
        FieldSpec("created_at", Kind.TIMESTAMP, exported=False),
        FieldSpec("updated_at", Kind.TIMESTAMP, exported=False, not_before="created_at"),
        FieldSpec("salary", Kind.TEXT, Step.SALARY, N_("Who pays my salary?"), free_text=True),
        FieldSpec(
            "cornerstone",
            Kind.TEXT,
            Step.CORNERSTONE,
            N_("What is the cornerstone of quality management?"),
            free_text=True,
        ),
        FieldSpec(
            "mission",
            Kind.TEXT,
            Step.MISSION,
            N_("What are our mission and values?"),
            free_text=True,
        ),
        FieldSpec("salary_aligned", Kind.FLAG, Step.SALARY, aligned_from="salary"),
        FieldSpec("cornerstone_aligned", Kind.FLAG, Step.CORNERSTONE, aligned_from="cornerstone"),
        FieldSpec("mission_clarity", Kind.RATING, Step.MISSION, N_("Mission clarity")),
        FieldSpec(
            "value",
            Kind.TEXT,
            Step.VALUE,
            N_("Value for the {customer}"),
            free_text=True,
            required=N_("value is required: say how today's work creates value"),
            required_hint=N_(
                "Please write one thing, however small: this answer is the heart of the day."
            ),
        ),
        FieldSpec(
            "voice_source",
            Kind.CHOICE,
            Step.VOICE,
            N_("Voice heard"),
            vocabulary=VoiceSource,
            choice_labels=VOICE_LABELS,
            default=VoiceSource.NONE,
        ),
        FieldSpec(
            "voice_quote",
            Kind.TEXT,
            Step.VOICE,
            N_("What I heard"),
            free_text=True,
            empty_when=("voice_source", VoiceSource.NONE.value),
            empty_reason=N_(
                "voice_quote must be empty when voice_source is none: "
                "a quote needs someone who said it"
            ),
        ),
        FieldSpec("voice_shared", Kind.FLAG, follow_up=True, export_since=2),
        FieldSpec(
            "waste_category",
            Kind.CHOICE,
            Step.WASTE,
            N_("Waste"),
            vocabulary=WasteCategory,
            choice_labels=WASTE_LABELS,
        ),
        FieldSpec("waste_note", Kind.TEXT, Step.WASTE, N_("Waste note"), free_text=True),
        FieldSpec(
            "waste_status",
            Kind.CHOICE,
            label=N_("Waste status"),
            vocabulary=WasteStatus,
            choice_labels=WASTE_STATUS_LABELS,
            default=WasteStatus.OPEN,
            default_with=("waste_category", "waste_note"),
            follow_up=True,
            export_since=2,
        ),
        FieldSpec(
            "waste_raised_on", Kind.DATE, label=N_("Raised on"), exported=False, follow_up=True
        ),
        FieldSpec(
            "waste_raised_where",
            Kind.TEXT,
            label=N_("Raised where"),
            free_text=True,
            follow_up=True,
            export_since=2,
        ),
        FieldSpec(
            "waste_closed_on",
            Kind.DATE,
            label=N_("Resolved or dropped on"),
            exported=False,
            follow_up=True,
        ),
        FieldSpec(
            "waste_outcome",
            Kind.TEXT,
            label=N_("Outcome"),
            free_text=True,
            follow_up=True,
            export_since=2,
        ),
        FieldSpec("focus", Kind.RATING, Step.FOCUS, N_("{Customer} focus")),
        FieldSpec("tags", Kind.TAGS, Step.TAGS, N_("Tags")),
    )
)
"""The check-in's fields, in the documented order (``docs/data-format.md``)."""
