"""Choosing entries: by date range, tag and text."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from focuscheck.domain.entry import Entry


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """What a person asked to see; empty parts match everything."""

    since: date | None = None
    until: date | None = None
    tags: tuple[str, ...] = ()
    search: str = ""

    def matches(self, entry: Entry) -> bool:
        if self.since is not None and entry.date < self.since:
            return False
        if self.until is not None and entry.date > self.until:
            return False
        if self.tags:
            have = {tag.casefold() for tag in entry.tags}
            if not all(tag.casefold().lstrip("#") in have for tag in self.tags):
                return False
        if self.search:
            text = searchable_text(entry)
            return all(word in text for word in self.search.casefold().split())
        return True


@functools.lru_cache(maxsize=16_384)
def searchable_text(entry: Entry) -> str:
    """The entry's text as a search compares it (casefolded), worked out once per entry.

    Entries are frozen, so an edited entry is a new key; ten years of daily
    check-ins fit the cache several times over.
    """
    return entry.text().casefold()


def select(entries: Iterable[Entry], wanted: EntryFilter) -> list[Entry]:
    """The entries ``wanted`` matches, in the order given."""
    return [entry for entry in entries if wanted.matches(entry)]


def latest_first(entries: Sequence[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date, e.created_at), reverse=True)


def on_or_before(entries: Iterable[Entry], day: date) -> Entry | None:
    """The entry on ``day``, or else the latest one before it; None when every one is later."""
    earlier = (entry for entry in entries if entry.date <= day)
    return max(earlier, key=lambda entry: (entry.date, entry.created_at), default=None)
