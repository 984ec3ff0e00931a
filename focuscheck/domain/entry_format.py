"""The public entry format: conversion between :class:`Entry` and plain JSON objects.

This is the one place that knows the stored/exported field names and how each
is checked; storage, import, history and backups all go through it.  The rules
are documented in ``docs/data-format.md``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Final

from focuscheck.domain.clock import CALENDAR_YEARS, in_calendar
from focuscheck.domain.entry import FIELDS, Entry, new_id
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import MAX_TAG, MAX_TAGS, MAX_TEXT, clean_line, clean_text
from focuscheck.i18n import _

_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

Record = dict[str, Any]
AlignmentCheck = Callable[[str], bool]


def entry_to_record(entry: Entry) -> Record:
    """The JSON object for ``entry``, fields in documented order."""
    return {
        "id": entry.id,
        "date": entry.date.isoformat(),
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "salary": entry.salary,
        "cornerstone": entry.cornerstone,
        "mission": entry.mission,
        "salary_aligned": entry.salary_aligned,
        "cornerstone_aligned": entry.cornerstone_aligned,
        "mission_clarity": entry.mission_clarity,
        "value": entry.value,
        "voice_source": entry.voice_source.value,
        "voice_quote": entry.voice_quote,
        "waste_category": entry.waste_category.value if entry.waste_category else None,
        "waste_note": entry.waste_note,
        "focus": entry.focus,
        "tags": list(entry.tags),
    }


def entry_from_record(
    raw: object, *, now: datetime, is_aligned: AlignmentCheck, strict: bool = True
) -> Entry:
    """Check ``raw`` against the entry format and build an :class:`Entry`.

    Missing ``id``, timestamps and alignment flags are filled in (``now`` and
    ``is_aligned``).  With ``strict`` an unknown field is an error.  Raises
    :class:`ValidationError` with a message naming the field.
    """
    if not isinstance(raw, Mapping):
        raise ValidationError(_("an entry must be a JSON object"))
    if strict:
        unknown = sorted(str(key) for key in raw if key not in FIELDS)
        if unknown:
            raise ValidationError(_("unknown field {name}").format(name=unknown[0]), unknown[0])
    salary = _text(raw, "salary")
    cornerstone = _text(raw, "cornerstone")
    value = _text(raw, "value")
    if not value:
        raise ValidationError(_("value is required: say how today's work creates value"), "value")
    created = _timestamp(raw, "created_at", now)
    updated = _timestamp(raw, "updated_at", created if "created_at" in raw else now)
    return Entry(
        id=_id(raw),
        date=_date(raw),
        created_at=created,
        updated_at=max(updated, created),
        value=value,
        salary=salary,
        cornerstone=cornerstone,
        mission=_text(raw, "mission"),
        salary_aligned=_flag(raw, "salary_aligned", lambda: is_aligned(salary)),
        cornerstone_aligned=_flag(raw, "cornerstone_aligned", lambda: is_aligned(cornerstone)),
        mission_clarity=rating(raw.get("mission_clarity"), "mission_clarity"),
        voice_source=_voice(raw.get("voice_source")),
        voice_quote=_text(raw, "voice_quote"),
        waste_category=_waste(raw.get("waste_category")),
        waste_note=_text(raw, "waste_note"),
        focus=rating(raw.get("focus"), "focus"),
        tags=clean_tags(raw.get("tags", [])),
    )


def _id(raw: Mapping[str, Any]) -> str:
    value = raw.get("id")
    if value is None or value == "":
        return new_id()
    if not isinstance(value, str):
        raise ValidationError(_("id must be a text UUID"), "id")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValidationError(
            _("id {value!r} is not a UUID").format(value=value[:60]), "id"
        ) from None


def _date(raw: Mapping[str, Any]) -> date:
    value = raw.get("date")
    if value is None or value == "":
        raise ValidationError(_("date is required (YYYY-MM-DD)"), "date")
    # fromisoformat alone would also take week dates such as 2026-W48-4.
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValidationError(_("date must look like YYYY-MM-DD"), "date")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        shown = value[:20]
        raise ValidationError(
            _("date {value!r} is not a real date").format(value=shown), "date"
        ) from None
    if not in_calendar(day):
        raise _outside_calendar("date")
    return day


def _outside_calendar(name: str) -> ValidationError:
    return ValidationError(
        _("{name} must lie between the years {first} and {last}").format(
            name=name, first=CALENDAR_YEARS[0], last=CALENDAR_YEARS[-1]
        ),
        name,
    )


def _timestamp(raw: Mapping[str, Any], name: str, default: datetime) -> datetime:
    value = raw.get(name)
    if value is None or value == "":
        return default
    if not isinstance(value, str) or len(value) > 40:
        raise ValidationError(_("{name} must be an ISO 8601 timestamp").format(name=name), name)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            _("{name} must be an ISO 8601 timestamp").format(name=name), name
        ) from None
    if parsed.tzinfo is None:
        raise ValidationError(_("{name} needs a UTC offset, like +01:00").format(name=name), name)
    if not in_calendar(parsed):
        raise _outside_calendar(name)
    return parsed


def _text(raw: Mapping[str, Any], name: str) -> str:
    value = raw.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(_("{name} must be text").format(name=name), name)
    if len(value) > MAX_TEXT:
        raise ValidationError(
            _("{name} is too long ({length} characters; at most {limit})").format(
                name=name, length=len(value), limit=MAX_TEXT
            ),
            name,
        )
    return clean_text(value)


def _flag(raw: Mapping[str, Any], name: str, compute: Callable[[], bool]) -> bool:
    value = raw.get(name)
    if value is None or value == "":
        return compute()
    if not isinstance(value, bool):
        raise ValidationError(_("{name} must be true or false").format(name=name), name)
    return value


def rating(value: object, name: str) -> int | None:
    """A 1–5 rating, or None when not given."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError(
            _("{name} must be a whole number from 1 to 5").format(name=name), name
        )
    return value


def _voice(value: object) -> VoiceSource:
    if value is None or value == "":
        return VoiceSource.NONE
    try:
        return VoiceSource(str(value))
    except ValueError:
        choices = ", ".join(v.value for v in VoiceSource)
        raise ValidationError(
            _("voice_source must be one of: {choices}").format(choices=choices), "voice_source"
        ) from None


def _waste(value: object) -> WasteCategory | None:
    if value is None or value == "":
        return None
    try:
        return WasteCategory(str(value))
    except ValueError:
        choices = ", ".join(v.value for v in WasteCategory)
        raise ValidationError(
            _("waste_category must be one of: {choices}").format(choices=choices),
            "waste_category",
        ) from None


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
