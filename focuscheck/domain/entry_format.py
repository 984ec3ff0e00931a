"""The public entry format: conversion between :class:`Entry` and plain JSON objects.

This is the one place storage, import, history and backups go through.  The
fields and how each is checked come from the check-in's table
(:mod:`focuscheck.domain.checkin_fields`); the rules are documented in
``docs/data-format.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from focuscheck.domain.checkin_fields import CHECKIN, Record
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_values import clean_tags, rating

AlignmentCheck = Callable[[str], bool]

__all__ = [
    "AlignmentCheck",
    "Record",
    "clean_tags",
    "entry_from_record",
    "entry_to_record",
    "rating",
]


def entry_to_record(entry: Entry) -> Record:
    """The JSON object for ``entry``, fields in documented order."""
    return CHECKIN.encode(entry)


def entry_from_record(
    raw: object,
    *,
    now: datetime,
    is_aligned: AlignmentCheck,
    strict: bool = True,
    stored: bool = False,
) -> Entry:
    """Check ``raw`` against the entry format and build an :class:`Entry`.

    Missing ``id``, timestamps and alignment flags are filled in (``now`` and
    ``is_aligned``).  With ``strict`` an unknown field is an error; a ``stored``
    record is read as it was saved.  Raises :class:`ValidationError` with a
    message naming the field.
    """
    return CHECKIN.decode(
        raw, now=now, is_aligned=is_aligned, strict=strict, make=Entry, stored=stored
    )
