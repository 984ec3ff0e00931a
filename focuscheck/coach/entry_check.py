"""The anonymized entry's rules, from the check-in's table: its JSON Schema and a fast check.

The entry definition of each version's ``focuscheck/schemas/anonymized-export-vN.json``
is written by ``scripts/schemas.py`` from the table
(:data:`~focuscheck.domain.checkin_fields.CHECKIN`), and a test holds the
shipped file to it.  jsonschema needs tens of microseconds per entry, which for
hundreds of exports is most of a coach's waiting, so the entries are checked by
:func:`first_misfit` instead: each field's kind checks exactly what its part of
the schema says, about twenty times faster; a test holds the two in agreement
on valid and broken entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from focuscheck.coach.export_format import VERSION
from focuscheck.domain.checkin_fields import CHECKIN, CheckinTable, FieldSpec
from focuscheck.domain.field_kinds import Kind

PERIOD_LIMIT: Final = 10
"""Longest period an anonymized entry names (a day, 2026-11-26)."""
GRANULARITIES: Final = ("day", "week", "month")


@dataclass(frozen=True, slots=True)
class FieldCheck:
    """How one field of an anonymized entry is checked."""

    name: str
    required: bool
    absent: Any
    """What a field that may be left out counts as when it is."""
    fits: Callable[[Any], bool]


@dataclass(frozen=True, slots=True)
class EntryRules:
    """The entry definition of the schema, in the form the fast check uses."""

    required: frozenset[str]
    allowed: frozenset[str]
    periods: dict[str, re.Pattern[str]]
    """Granularity -> pattern its periods must match."""
    fields: tuple[FieldCheck, ...]


def exported_in(table: CheckinTable, version: int) -> tuple[FieldSpec, ...]:
    """The fields an anonymized entry of export ``version`` carries."""
    return tuple(spec for spec in table.exported if spec.export_since <= version)


def entry_definitions(table: CheckinTable = CHECKIN, *, version: int = VERSION) -> dict[str, Any]:
    """Export ``version``'s definitions of an anonymized entry and its shared parts."""
    exported = exported_in(table, version)
    shared = {kind.value: kind.rules.definition() for kind in Kind}
    return {
        **{name: definition for name, definition in shared.items() if definition is not None},
        "entry": {
            "type": "object",
            "additionalProperties": False,
            "required": ["period", *(s.name for s in exported if s.rules.export_required)],
            "properties": {
                "period": {"type": "string", "maxLength": PERIOD_LIMIT},
                **{spec.name: spec.rules.schema(spec) for spec in exported},
            },
        },
    }


def rules_from(
    schema: dict[str, Any], table: CheckinTable = CHECKIN, *, version: int = VERSION
) -> EntryRules:
    """Export ``version``'s entry rules, with the period patterns written in ``schema``."""
    checks = tuple(
        FieldCheck(
            spec.name,
            spec.rules.export_required,
            spec.rules.encode(spec.rules.empty(spec)),
            spec.rules.fits(spec),
        )
        for spec in exported_in(table, version)
    )
    return EntryRules(
        required=frozenset(["period", *(check.name for check in checks if check.required)]),
        allowed=frozenset(["period", *(check.name for check in checks)]),
        periods={name: re.compile(schema["$defs"][name]["pattern"]) for name in GRANULARITIES},
        fields=checks,
    )


def first_misfit(entries: list[Any], granularity: str, rules: EntryRules) -> int | None:
    """Index of the first entry that breaks the rules, or None when all fit."""
    period = rules.periods.get(granularity)
    if period is None:
        return 0 if entries else None
    for index, entry in enumerate(entries):
        if not _fits(entry, period, rules):
            return index
    return None


def _fits(entry: Any, period: re.Pattern[str], rules: EntryRules) -> bool:
    if type(entry) is not dict:
        return False
    keys = entry.keys()
    if not rules.required <= keys or not keys <= rules.allowed:
        return False
    when = entry["period"]
    if type(when) is not str or len(when) > PERIOD_LIMIT or not period.search(when):
        return False
    # The keys were checked above, so a required field is there and never takes ``absent``.
    get = entry.get
    return all(check.fits(get(check.name, check.absent)) for check in rules.fields)
