"""Checking single values of the entry format, with messages that name the field.

The kinds of :mod:`focuscheck.domain.field_kinds` use these; so do the places
that take a rating or tags typed by a person (the check-in, the history filter).
The rules are documented in ``docs/data-format.md``.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Final

from focuscheck.domain.clock import CALENDAR_YEARS, in_calendar
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import MAX_TAG, MAX_TAGS, MAX_TEXT, clean_line, clean_text
from focuscheck.i18n import _

_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MAX_STAMP: Final = 40


def blank(value: object) -> bool:
    """Whether ``value`` means "not given": null or an empty string."""
    return value is None or value == ""


def new_id() -> str:
    """A stable random id for a new entry (independent of TinyDB's doc ids)."""
    return str(uuid.uuid4())


def entry_id(value: object, name: str) -> str:
    """A given id in its canonical spelling."""
    if not isinstance(value, str):
        raise ValidationError(_("id must be a text UUID"), name)
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValidationError(
            _("id {value!r} is not a UUID").format(value=value[:60]), name
        ) from None


def local_date(value: object, name: str) -> date:
    """A given date, ``YYYY-MM-DD``, within the app's calendar."""
    # fromisoformat alone would also take week dates such as 2026-W48-4.
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValidationError(_("date must look like YYYY-MM-DD"), name)
    try:
        day = date.fromisoformat(value)
    except ValueError:
        shown = value[:20]
        raise ValidationError(
            _("date {value!r} is not a real date").format(value=shown), name
        ) from None
    if not in_calendar(day):
        raise _outside_calendar(name)
    return day


def timestamp(value: object, name: str) -> datetime:
    """A given ISO 8601 timestamp with its UTC offset, within the app's calendar."""
    if not isinstance(value, str) or len(value) > _MAX_STAMP:
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


def text(value: object, name: str) -> str:
    """Given text, cleaned; null counts as empty."""
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


def _outside_calendar(name: str) -> ValidationError:
    return ValidationError(
        _("{name} must lie between the years {first} and {last}").format(
            name=name, first=CALENDAR_YEARS[0], last=CALENDAR_YEARS[-1]
        ),
        name,
    )


def rating(value: object, name: str) -> int | None:
    """A 1–5 rating, or None when not given."""
    if blank(value):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError(
            _("{name} must be a whole number from 1 to 5").format(name=name), name
        )
    return value


def _bare_tag(text: str) -> str:
    """``text`` cleaned and without leading "#", at once: "# \xad#a" is "a" now, not next save."""
    tag = clean_line(text)
    while (bare := clean_line(tag.lstrip("# "))) != tag:
        tag = bare
    return tag


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
            tag = _bare_tag(part)
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
