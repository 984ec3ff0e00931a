"""Entries read back from the journal: a quick path for records exactly as the app writes them.

Every entry in the journal went through the entry format's validation before
it was written, so re-validating ten years of them field by field on each
start is wasted work.  :func:`entry_from_stored` accepts a record straight
away only when it is exactly what :func:`~focuscheck.domain.entry_format.entry_to_record`
writes for a valid entry: the same fields, the same types, canonical ids and
dates, and text the cleaning functions would leave unchanged.  Anything else
(a hand-edited file, an older writer) takes the full validation, so the quick
path can never accept what the entry format would refuse or change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Final

from focuscheck.domain.clock import Clock, in_calendar
from focuscheck.domain.entry import FIELDS, TEXT_FIELDS, Entry
from focuscheck.domain.entry_format import entry_from_record
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import MAX_TAG, MAX_TAGS, MAX_TEXT
from focuscheck.i18n import _
from focuscheck.storage.memo import RecordMemo

_KEYS: Final = frozenset(FIELDS)
_CANONICAL_ID: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MAX_STAMP: Final = 40
_VOICES: Final[dict[object, VoiceSource]] = {voice.value: voice for voice in VoiceSource}
_WASTES: Final[dict[object, WasteCategory]] = {waste.value: waste for waste in WasteCategory}


class StoredEntries:
    """The entries of a journal's records, each validated once while it stays the same."""

    def __init__(self, clock: Clock, unreadable: Callable[[str], Exception]) -> None:
        self._clock = clock
        self._unreadable = unreadable
        self._memo = RecordMemo[Entry]()

    def all(self, records: Mapping[str, dict[str, Any]]) -> list[Entry]:
        """Every entry, in table order; raises ``unreadable(reason)`` at the first bad one."""
        return self._memo.derive(records, self._one)

    def _one(self, doc_id: str, record: dict[str, Any]) -> Entry:
        try:
            return entry_from_stored(record, now=self._clock.now())
        except ValidationError as error:
            raise self._unreadable(
                _("stored entry {number} breaks the entry format ({reason})").format(
                    number=doc_id, reason=error
                )
            ) from None


def entry_from_stored(record: dict[str, Any], *, now: datetime) -> Entry:
    """The entry ``record`` holds; raises the entry format's ValidationError when it is invalid."""
    quick = _as_written(record)
    if quick is not None:
        return quick
    return entry_from_record(record, now=now, is_aligned=_never)


def _as_written(record: dict[str, Any]) -> Entry | None:
    """The entry, when ``record`` is exactly as the app writes it; else None."""
    if record.keys() != _KEYS:
        return None
    texts = [record[name] for name in TEXT_FIELDS]
    if not all(
        type(text) is str and len(text) <= MAX_TEXT and text == text.strip() for text in texts
    ):
        return None
    tags = record["tags"]
    if type(tags) is not list or not _plain_tags(tags):
        return None
    # Every character cleaning removes (controls, bidi marks, surrogates, CR) is
    # unprintable, so printable text is clean text.  Some harmless characters are
    # unprintable too (a no-break space, say); such entries just take the long way.
    joined = " ".join([*texts, *tags]).replace("\n", " ").replace("\t", " ")
    if not joined.isprintable() or not record["value"]:
        return None
    try:
        return _build(record)
    except (TypeError, ValueError):
        return None


def _build(record: dict[str, Any]) -> Entry | None:
    entry_id, day, created, updated = (
        record[k] for k in ("id", "date", "created_at", "updated_at")
    )
    if type(entry_id) is not str or not _CANONICAL_ID.fullmatch(entry_id):
        return None
    if type(day) is not str or type(created) is not str or type(updated) is not str:
        return None
    if len(created) > _MAX_STAMP or len(updated) > _MAX_STAMP:
        return None
    parsed_day = date.fromisoformat(day)
    created_at = datetime.fromisoformat(created)
    updated_at = datetime.fromisoformat(updated)
    if parsed_day.isoformat() != day or created_at.tzinfo is None or updated_at.tzinfo is None:
        return None
    if not (in_calendar(parsed_day) and in_calendar(created_at) and in_calendar(updated_at)):
        return None
    if updated_at < created_at:
        return None
    salary_aligned, cornerstone_aligned = record["salary_aligned"], record["cornerstone_aligned"]
    if type(salary_aligned) is not bool or type(cornerstone_aligned) is not bool:
        return None
    clarity, focus = record["mission_clarity"], record["focus"]
    if not (_is_rating(clarity) and _is_rating(focus)):
        return None
    voice = _VOICES.get(record["voice_source"])
    waste = record["waste_category"]
    category = None if waste is None else _WASTES.get(waste)
    if voice is None or (waste is not None and category is None):
        return None
    return Entry(
        id=entry_id,
        date=parsed_day,
        created_at=created_at,
        updated_at=updated_at,
        value=record["value"],
        salary=record["salary"],
        cornerstone=record["cornerstone"],
        mission=record["mission"],
        salary_aligned=salary_aligned,
        cornerstone_aligned=cornerstone_aligned,
        mission_clarity=clarity,
        voice_source=voice,
        voice_quote=record["voice_quote"],
        waste_category=category,
        waste_note=record["waste_note"],
        focus=focus,
        tags=tuple(record["tags"]),
    )


def _is_rating(value: object) -> bool:
    return value is None or (type(value) is int and 1 <= value <= 5)


def _plain_tags(tags: list[Any]) -> bool:
    """Whether :func:`~focuscheck.domain.entry_format.clean_tags` would keep ``tags`` as they are.

    The same rules, checked without building anything (unsafe characters are
    checked with the other text): single-line, trimmed, no leading ``#``,
    not too long, not too many, no repeats ignoring case.
    """
    if len(tags) > MAX_TAGS:
        return False
    seen: set[str] = set()
    for tag in tags:
        if type(tag) is not str or not 0 < len(tag) <= MAX_TAG or tag[0] == "#":
            return False
        if " ".join(tag.split()) != tag or tag.casefold() in seen:
            return False
        seen.add(tag.casefold())
    return True


def _never(_text: str) -> bool:
    return False
