"""Folding checked exports into tallies as they are read, the check-ins never kept.

One :class:`Folding` serves a whole load.  A JSON export goes through the quick
check (:mod:`focuscheck.coach.quick_check`) and then, still on the decoded
file, through what its types cannot say: the period pattern that fits the
granularity and the calendar, the checksum, and the scrub backstop.  Only then
are its check-ins counted into one tally per period, and the decoded file is
dropped.  Whatever the quick path doubts goes to the full check, which says why
a file is refused; a file the full check accepts is counted from its entries.

What makes it cheap for an organisation:

- the checksum is the SHA-256 of the canonical JSON (sorted keys, no spaces, no
  escaping beyond JSON's own), which msgspec writes from the decoded file byte
  for byte as :func:`~focuscheck.coach.export_format.canonical_json` does (a test
  holds the two equal), about nine times faster;
- the scrub backstop searches every *distinct* text of a file once, joined in
  one string (no pattern matches across a line break), and skips texts an
  earlier file of the load already passed: the same mission statement or waste
  note is searched once, not once per check-in;
- periods are checked once per distinct period, and rows and texts are shared
  between tallies (each distinct value is made once), so a tally holds
  references rather than copies.

The caches of checked texts and of shared texts are emptied when they grow past
:data:`CACHE_LIMIT`, which bounds their memory for an organisation whose texts
are mostly unique; only the time to search a text again is lost.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import chain, repeat
from operator import attrgetter
from typing import Any, Final

import msgspec

from focuscheck.coach.anonymize import Scrubber
from focuscheck.coach.export_entry import ExportEntry
from focuscheck.coach.export_format import TEXT_ONLY_FIELDS
from focuscheck.coach.quick_check import decode
from focuscheck.coach.schema import entry_rules
from focuscheck.coach.tally import Row, Tally, Written
from focuscheck.coach.text_groups import REFLECTION_FIELDS, text_key
from focuscheck.domain.checkin_fields import CHECKIN
from focuscheck.domain.dates import period_start
from focuscheck.domain.entry import TEXT_FIELDS

CACHE_LIMIT: Final = 200_000
"""Most texts each cache keeps before it starts again."""

#: The fields of an anonymized entry the coach keeps as values of their own, how each
#: is read (None: as it is), and what an older version's entry, made before the field
#: was exported, counts as.
VALUES: Final = tuple(
    (spec.name, spec.rules.checked_reader(spec), spec.rules.encode(spec.rules.empty(spec)))
    for spec in CHECKIN.exported
    if not spec.personal_text
)
_SCRUBBED: Final = tuple(name for name in TEXT_ONLY_FIELDS if name != "tags")
_PERIOD: Final = attrgetter("period")
_CATEGORY: Final = attrgetter("waste_category")


@dataclass(frozen=True, slots=True)
class Folded:
    """A checked export's header and its check-ins, counted by period."""

    checksum: str
    participant: str
    granularity: str
    customer_term: str
    team: str | None
    tallies: Mapping[str, Tally]


def entry_of(record: dict[str, Any]) -> ExportEntry:
    """The check-in a fully checked entry of an export records."""
    values = {
        name: record.get(name, older) if read is None else read(record.get(name, older))
        for name, read, older in VALUES
    }
    return ExportEntry(
        period=record["period"],
        texts=tuple((name, record[name]) for name in TEXT_FIELDS if record.get(name)),
        tags=tuple(record.get("tags", ())),
        **values,
    )


class Folding:
    """What one load's files share: the values seen so far and the texts already checked."""

    def __init__(self) -> None:
        self._rows: dict[tuple[Any, ...], Row] = {}
        self._written: dict[tuple[str, str, str], Written] = {}
        self._clean: set[str] = set()
        self._periods: set[tuple[str, str]] = set()
        self._scrubber = Scrubber()

    def quick(self, raw: bytes) -> Folded | None:
        """The export in ``raw`` counted, or None when only the full check can say."""
        document = decode(raw)
        if document is None:
            return None
        entries = document.entries
        if not self._periods_exist(entries, document.granularity, document.version):
            return None
        body = {
            name: getattr(document, name)
            for name in document.__struct_fields__
            if name != "checksum"
        }
        digest = hashlib.sha256(msgspec.json.encode(body, order="sorted")).hexdigest()
        if document.checksum != "sha256:" + digest or not self._scrubbed(entries):
            return None
        return Folded(
            document.checksum,
            document.participant,
            document.granularity,
            document.customer_term,
            document.team,
            self._tallies(entries, _row_reader(type(entries[0])) if entries else None),
        )

    def full(self, document: dict[str, Any]) -> Folded:
        """A document the full check accepted, counted."""
        tallies: dict[str, Tally] = {}
        for record in document["entries"]:
            entry = entry_of(record)
            tally = tallies.get(entry.period)
            if tally is None:
                tally = tallies[entry.period] = Tally()
            tally.add(entry)
        return Folded(
            document["checksum"],
            document["participant"],
            document["granularity"],
            document["customer_term"],
            document["team"],
            tallies,
        )

    def _periods_exist(self, entries: list[Any], granularity: str, version: int) -> bool:
        pattern = entry_rules(version).periods[granularity]
        for period in set(map(_PERIOD, entries)):
            if (granularity, period) in self._periods:
                continue
            if not pattern.search(period) or period_start(period, granularity) is None:
                return False
            self._periods.add((granularity, period))
        return True

    def _scrubbed(self, entries: list[Any]) -> bool:
        tags = (tags for tags in map(attrgetter("tags"), entries) if tags)
        texts: set[Any] = set(chain.from_iterable(tags))
        present = entries[0].__struct_fields__ if entries else ()
        for name in _SCRUBBED:
            if name in present:
                texts.update(map(attrgetter(name), entries))
        texts -= self._clean
        texts.discard(msgspec.UNSET)
        texts.discard("")
        if not texts:
            return True
        if self._scrubber.first_find("\n".join(texts)) is not None:
            return False
        if len(self._clean) > CACHE_LIMIT:
            self._clean.clear()
        self._clean |= texts
        return True

    def _tallies(
        self, entries: list[Any], read: Callable[[Any], tuple[Any, ...]] | None
    ) -> dict[str, Tally]:
        if read is None:
            return {}
        # Counted first by distinct value, in compiled code; only the distinct ones are
        # looked at one by one.
        # Every export names the same few periods: each is kept once.
        periods = list(map(sys.intern, map(_PERIOD, entries)))
        counted: dict[str, tuple[dict[Row, int], dict[Written, int]]] = {
            period: ({}, {}) for period in periods
        }
        rows = self._rows
        for (period, raw), count in Counter(zip(periods, map(read, entries), strict=True)).items():
            row = rows.get(raw)
            if row is None:
                row = rows[raw] = _row(raw)
            counted[period][0][row] = count
        shared = self._written
        if len(shared) > CACHE_LIMIT:
            shared.clear()
        categories = [category or "" for category in map(_CATEGORY, entries)]
        for name in REFLECTION_FIELDS:
            texts = map(attrgetter(name), entries)
            kinds = categories if name == "waste_note" else repeat("")
            found = Counter(zip(periods, kinds, texts, strict=False))
            for (period, category, text), count in found.items():
                if not text:
                    continue
                item = shared.get((name, category, text))
                if item is None:
                    item = shared[name, category, text] = Written(
                        text_key(name, text, category), text
                    )
                counted[period][1][item] = count
        return {period: Tally.of(*counts) for period, counts in counted.items()}


def _row_reader(entry_type: type) -> Callable[[Any], tuple[Any, ...]]:
    """Reads an entry's values in the order of :class:`Row`, older versions' missing ones filled."""
    present = set(getattr(entry_type, "__struct_fields__", ()))
    older = {name: value for name, _read, value in VALUES}
    if present >= set(Row._fields):
        return attrgetter(*Row._fields)
    return lambda entry: tuple(
        getattr(entry, name) if name in present else older[name] for name in Row._fields
    )


_READERS: Final[dict[str, Callable[[Any], Any] | None]] = {
    name: read for name, read, _older in VALUES
}


def _row(raw: tuple[Any, ...]) -> Row:
    values: list[Any] = []
    for name, value in zip(Row._fields, raw, strict=True):
        read = _READERS[name]
        values.append(value if read is None else read(value))
    return Row(*values)
