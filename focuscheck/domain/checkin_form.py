"""The daily check-in while it is being filled in: answers so far, and the current step.

The terminal app keeps one :class:`CheckinForm` per check-in in progress and
turns it into an :class:`~focuscheck.domain.entry.Entry` only when the person
saves.  The same form is what an unfinished check-in leaves behind as a draft,
so it converts to and from a plain JSON object that tolerates anything an older
or damaged draft may hold: a field that no longer fits is dropped, never fatal.

The form holds every question of the table: most have an attribute of their
own, and the answers to any others are kept in :attr:`CheckinForm.others`, so
a new question needs no line here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final

from focuscheck.domain.checkin_fields import CHECKIN, FieldSpec, Step
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_format import entry_from_record
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import MAX_TEXT, clean_text
from focuscheck.i18n import _

__all__ = [
    "DRAFT_VERSION",
    "STEPS",
    "CheckinForm",
    "Step",
    "asked_on",
    "blank_form",
    "form_from_draft",
    "form_from_entry",
]

DRAFT_VERSION: Final = 1
"""Bumped when the draft's shape changes; a draft of another version is dropped."""

STEPS: Final[tuple[Step, ...]] = tuple(Step(name) for name in CHECKIN.steps)
"""The steps in the order they are asked, as the table orders them."""


def asked_on(step: Step) -> tuple[FieldSpec, ...]:
    """The questions of the table that ``step`` asks, in the table's order."""
    return tuple(spec for spec in CHECKIN.asked if spec.step == step)


def _other_answers() -> dict[str, Any]:
    """The empty answer to every question the form has no attribute for."""
    return {
        spec.name: spec.rules.form_empty() for spec in CHECKIN.asked if spec.name not in _ATTRIBUTES
    }


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
    others: Mapping[str, Any] = field(default_factory=_other_answers, hash=False)
    """The answers to the table's questions that have no attribute here, by field name."""
    step: int = 0
    """Index into :data:`STEPS` of the step on screen."""

    @property
    def current(self) -> Step:
        return STEPS[self.step]

    @property
    def editing(self) -> bool:
        """Whether this form changes an entry that is already saved."""
        return bool(self.entry_id)

    def answer(self, name: str) -> Any:
        """The answer to the table's question ``name``, as the form holds it."""
        return self.others[name] if name in self.others else getattr(self, name)

    def changed(self, **changes: Any) -> CheckinForm:
        """A copy with ``changes`` applied (by attribute or by the question's name)."""
        others = {name: changes.pop(name) for name in list(changes) if name in self.others}
        if others:
            changes["others"] = {**self.others, **others}
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
        asked = asked_on(step)
        for spec in asked:
            text = spec.rules.typed(self.answer(spec.name))
            if text is not None and len(text) > MAX_TEXT:
                return ValidationError(
                    _("This answer is too long ({length} characters; at most {limit}).").format(
                        length=len(text), limit=MAX_TEXT
                    ),
                    spec.name,
                )
        for spec in asked:
            answer = self.answer(spec.name)
            if spec.required_hint and not clean_text(answer):
                return ValidationError(_(spec.required_hint), spec.name)
            problem = spec.rules.form_problem(answer)
            if problem is not None:
                return problem
        return None

    def unheard_quote(self) -> ValidationError | None:
        """A quote with no one heard, refused: the entry could never keep it.

        The app greys the quote out while "no one" is chosen and keeps it in the
        draft only; line by line, where nothing can be greyed out, it is refused.
        """
        source = CHECKIN.by_name["voice_source"]
        heard = source.rules.from_form(source, self.voice_source)
        if heard is VoiceSource.NONE and clean_text(self.voice_quote):
            return ValidationError(
                _(
                    "A quote needs someone who said it: choose whose voice you heard, "
                    "or leave the quote empty."
                ),
                "voice_source",
            )
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
        record: dict[str, Any] = {"date": self.day.isoformat()}
        for spec in CHECKIN.asked:
            value = spec.rules.from_form(spec, self.answer(spec.name))
            record[spec.name] = spec.rules.encode(value)
        for spec in CHECKIN.emptied(record):
            # Kept in the form and its draft while it cannot be saved, never in the entry.
            record[spec.name] = spec.rules.encode(
                spec.rules.from_form(spec, spec.rules.form_empty())
            )
        if self.entry_id:
            record["id"] = self.entry_id
        return record

    def build(self, *, now: datetime, is_aligned: Callable[[str], bool]) -> Entry:
        """The entry to save; :class:`ValidationError` (with its field) when it breaks a rule."""
        return entry_from_record(self.record(), now=now, is_aligned=is_aligned)

    def step_for(self, error: ValidationError) -> Step:
        """The step to go back to for ``error``: the one that asks its field."""
        step = CHECKIN.field_steps.get(error.field or "")
        return self.current if step is None else Step(step)

    def to_draft(self) -> dict[str, Any]:
        """The form as a JSON object for the journal's draft slot."""
        draft: dict[str, Any] = {"version": DRAFT_VERSION, "day": self.day.isoformat()}
        kept = {item.name: getattr(self, item.name) for item in fields(self)}
        del kept["day"], kept["others"]
        for name, value in {**kept, **self.others}.items():
            draft[name] = value.value if isinstance(value, StrEnum) else value
        return draft


_ATTRIBUTES: Final = frozenset(item.name for item in fields(CheckinForm))


def blank_form(day: date) -> CheckinForm:
    """A new check-in about ``day``."""
    return CheckinForm(day=day)


def form_from_entry(entry: Entry) -> CheckinForm:
    """A form that edits ``entry``, starting at the first step."""
    answers = {spec.name: spec.rules.to_form(getattr(entry, spec.name)) for spec in CHECKIN.asked}
    return CheckinForm(day=entry.date, entry_id=entry.id).changed(**answers)


def form_from_draft(raw: object) -> CheckinForm | None:
    """The form a draft holds, or None when it holds none that can be used."""
    if not isinstance(raw, Mapping) or raw.get("version") != DRAFT_VERSION:
        return None
    try:
        day = date.fromisoformat(str(raw.get("day")))
    except ValueError:
        return None
    answers = {spec.name: spec.rules.salvage(spec, raw.get(spec.name)) for spec in CHECKIN.asked}
    entry_id = raw.get("entry_id")
    form = CheckinForm(
        day=day, entry_id=entry_id if isinstance(entry_id, str) and len(entry_id) <= 64 else ""
    ).changed(**answers)
    step = raw.get("step")
    if isinstance(step, int) and not isinstance(step, bool):
        form = form.at(step)
    return form
