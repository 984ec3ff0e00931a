"""The daily check-in while it is being filled in: answers so far, and the current step.

The terminal app keeps one :class:`CheckinForm` per check-in in progress and
turns it into an :class:`~focuscheck.domain.entry.Entry` only when the person
saves.  The same form is what an unfinished check-in leaves behind as a draft,
so it converts to and from a plain JSON object that tolerates anything an older
or damaged draft may hold: a field that no longer fits is dropped, never fatal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final, TypeVar

from focuscheck.domain.entry import TEXT_FIELDS, Entry
from focuscheck.domain.entry_format import clean_tags, entry_from_record, rating
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import MAX_TEXT, clean_text
from focuscheck.i18n import _

_E = TypeVar("_E", bound=StrEnum)

DRAFT_VERSION: Final = 1
"""Bumped when the draft's shape changes; a draft of another version is dropped."""


class Step(StrEnum):
    """The steps of the check-in, in the order they are asked."""

    SALARY = "salary"
    CORNERSTONE = "cornerstone"
    MISSION = "mission"
    VALUE = "value"
    VOICE = "voice"
    WASTE = "waste"
    FOCUS = "focus"
    TAGS = "tags"


STEPS: Final[tuple[Step, ...]] = tuple(Step)

#: Which step asks for each field of the entry format (to send a person back to it).
FIELD_STEPS: Final[dict[str, Step]] = {
    "salary": Step.SALARY,
    "salary_aligned": Step.SALARY,
    "cornerstone": Step.CORNERSTONE,
    "cornerstone_aligned": Step.CORNERSTONE,
    "mission": Step.MISSION,
    "mission_clarity": Step.MISSION,
    "value": Step.VALUE,
    "voice_source": Step.VOICE,
    "voice_quote": Step.VOICE,
    "waste_category": Step.WASTE,
    "waste_note": Step.WASTE,
    "focus": Step.FOCUS,
    "tags": Step.TAGS,
}

#: Fields typed as free text: the entry's text fields, and the tags as one line.
_TEXT_FIELDS: Final = (*TEXT_FIELDS, "tags")


@dataclass(frozen=True, slots=True)
class CheckinForm:
    """Everything typed so far in one check-in; text is kept exactly as typed."""

    day: date
    """The local date the check-in is about."""
    entry_id: str = ""
    """The entry being edited; empty for a new check-in."""
    salary: str = ""
    cornerstone: str = ""
    mission: str = ""
    mission_clarity: int | None = None
    value: str = ""
    voice_source: VoiceSource | None = None
    """None until the person picks one; saved as "no one"."""
    voice_quote: str = ""
    waste_category: WasteCategory | None = None
    waste_note: str = ""
    focus: int | None = None
    tags: str = ""
    """Tags as typed, separated by commas."""
    step: int = 0
    """Index into :data:`STEPS` of the step on screen."""

    @property
    def current(self) -> Step:
        return STEPS[self.step]

    @property
    def editing(self) -> bool:
        """Whether this form changes an entry that is already saved."""
        return bool(self.entry_id)

    def changed(self, **changes: Any) -> CheckinForm:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)

    def at(self, step: Step | int) -> CheckinForm:
        """The same answers with ``step`` on screen (clamped to the known steps)."""
        index = STEPS.index(step) if isinstance(step, Step) else step
        return replace(self, step=max(0, min(index, len(STEPS) - 1)))

    def is_blank(self) -> bool:
        """True when nothing was typed or chosen yet (no draft worth keeping)."""
        blank = CheckinForm(day=self.day, entry_id=self.entry_id)
        return all(
            getattr(self, item.name) == getattr(blank, item.name)
            for item in fields(self)
            if item.name != "step"
        )

    def check_step(self, step: Step) -> ValidationError | None:
        """What keeps ``step`` from being left forward, or None when it may be."""
        for name, owner in FIELD_STEPS.items():
            if owner is not step or name not in _TEXT_FIELDS:
                continue
            text = getattr(self, name)
            if len(text) > MAX_TEXT:
                return ValidationError(
                    _("This answer is too long ({length} characters; at most {limit}).").format(
                        length=len(text), limit=MAX_TEXT
                    ),
                    name,
                )
        if step is Step.VALUE and not clean_text(self.value):
            return ValidationError(
                _("Please write one thing, however small: this answer is the heart of the day."),
                "value",
            )
        if step is Step.TAGS:
            try:
                clean_tags(self.tags)
            except ValidationError as error:
                return error
        return None

    def first_problem(self) -> tuple[Step, ValidationError] | None:
        """The first step whose answers cannot be saved, with the reason."""
        for step in STEPS:
            problem = self.check_step(step)
            if problem is not None:
                return step, problem
        return None

    def record(self) -> dict[str, Any]:
        """The answers in the public entry format (alignment is left to be computed)."""
        record: dict[str, Any] = {
            "date": self.day.isoformat(),
            "salary": self.salary,
            "cornerstone": self.cornerstone,
            "mission": self.mission,
            "mission_clarity": self.mission_clarity,
            "value": self.value,
            "voice_source": (self.voice_source or VoiceSource.NONE).value,
            "voice_quote": self.voice_quote,
            "waste_category": self.waste_category.value if self.waste_category else None,
            "waste_note": self.waste_note,
            "focus": self.focus,
            "tags": list(clean_tags(self.tags)),
        }
        if self.entry_id:
            record["id"] = self.entry_id
        return record

    def build(self, *, now: datetime, is_aligned: Callable[[str], bool]) -> Entry:
        """The entry to save; :class:`ValidationError` (with its field) when it breaks a rule."""
        return entry_from_record(self.record(), now=now, is_aligned=is_aligned)

    def step_for(self, error: ValidationError) -> Step:
        """The step to go back to for ``error``."""
        return FIELD_STEPS.get(error.field or "", self.current)

    def to_draft(self) -> dict[str, Any]:
        """The form as a JSON object for the journal's draft slot."""
        draft: dict[str, Any] = {"version": DRAFT_VERSION, "day": self.day.isoformat()}
        for item in fields(self):
            if item.name == "day":
                continue
            value = getattr(self, item.name)
            draft[item.name] = value.value if isinstance(value, StrEnum) else value
        return draft


def blank_form(day: date) -> CheckinForm:
    """A new check-in about ``day``."""
    return CheckinForm(day=day)


def form_from_entry(entry: Entry) -> CheckinForm:
    """A form that edits ``entry``, starting at the first step."""
    return CheckinForm(
        day=entry.date,
        entry_id=entry.id,
        salary=entry.salary,
        cornerstone=entry.cornerstone,
        mission=entry.mission,
        mission_clarity=entry.mission_clarity,
        value=entry.value,
        voice_source=entry.voice_source,
        voice_quote=entry.voice_quote,
        waste_category=entry.waste_category,
        waste_note=entry.waste_note,
        focus=entry.focus,
        tags=", ".join(entry.tags),
    )


def form_from_draft(raw: object) -> CheckinForm | None:
    """The form a draft holds, or None when it holds none that can be used."""
    if not isinstance(raw, Mapping) or raw.get("version") != DRAFT_VERSION:
        return None
    try:
        day = date.fromisoformat(str(raw.get("day")))
    except ValueError:
        return None
    texts: dict[str, Any] = {
        name: value[: MAX_TEXT * 2]
        for name in _TEXT_FIELDS
        if isinstance(value := raw.get(name), str)
    }
    entry_id = raw.get("entry_id")
    form = CheckinForm(
        day=day,
        entry_id=entry_id if isinstance(entry_id, str) and len(entry_id) <= 64 else "",
        mission_clarity=_maybe_rating(raw.get("mission_clarity")),
        focus=_maybe_rating(raw.get("focus")),
        voice_source=_maybe(VoiceSource, raw.get("voice_source")),
        waste_category=_maybe(WasteCategory, raw.get("waste_category")),
        **texts,
    )
    step = raw.get("step")
    if isinstance(step, int) and not isinstance(step, bool):
        form = form.at(step)
    return form


def _maybe_rating(value: object) -> int | None:
    try:
        return rating(value, "rating")
    except ValidationError:
        return None


def _maybe(kind: type[_E], value: object) -> _E | None:
    if not isinstance(value, str):
        return None
    try:
        return kind(value)
    except ValueError:
        return None
