"""Deleted check-ins go to the trash for 30 days and can be brought back (storage.trash)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.storage.errors import JournalUnreadable
from focuscheck.storage.journal import Journal
from focuscheck.storage.memory import MemoryJournal
from focuscheck.storage.schema import TRASH
from focuscheck.storage.trash import KEEP_DAYS, TrashRefused


def make(clock: FixedClock, value: str = "Helped", day: date | None = None) -> Entry:
    now = clock.now()
    return Entry(
        id=new_id(), date=day or clock.today(), created_at=now, updated_at=now, value=value
    )


@pytest.fixture(params=["memory", "file"])
def journal(request: pytest.FixtureRequest, data_dir: Path, clock: FixedClock) -> Journal:
    """A fresh journal; every test using it runs once in memory and once on disk."""
    storage = MemoryJournal() if request.param == "memory" else None
    return Journal.open(data_dir, clock, storage=storage)


def test_deleting_an_entry_moves_it_to_the_trash(journal: Journal, clock: FixedClock) -> None:
    entry = journal.save_entry(make(clock, "Called back"))
    assert journal.delete_entry(entry.id) is True
    assert journal.entries() == []
    [trashed] = journal.trash()
    assert trashed.entry == entry
    assert trashed.deleted_at == clock.now()
    assert trashed.purged_on() == clock.now() + timedelta(days=KEEP_DAYS)


def test_entries_in_the_trash_are_out_of_every_reading(journal: Journal, clock: FixedClock) -> None:
    kept, dropped = make(clock, "kept"), make(clock, "dropped", clock.today() - timedelta(days=1))
    journal.import_entries([kept, dropped])
    journal.delete_entry(dropped.id)
    assert [entry.value for entry in journal.entries()] == ["kept"]
    assert journal.entry(dropped.id) is None
    assert journal.entries_on(dropped.date) == []


def test_restoring_from_the_trash_brings_the_entry_back(
    journal: Journal, clock: FixedClock
) -> None:
    entry = journal.save_entry(make(clock))
    journal.delete_entry(entry.id)
    clock.advance(hours=1)
    assert journal.restore_from_trash(entry.id) == entry
    assert journal.entries() == [entry]
    assert journal.trash() == []


def test_the_start_of_an_id_is_enough_to_restore(journal: Journal, clock: FixedClock) -> None:
    entry = journal.save_entry(make(clock))
    journal.delete_entry(entry.id)
    journal.restore_from_trash(entry.id[:8].upper())
    assert journal.entries() == [entry]


def test_restoring_onto_a_day_with_a_check_in_is_refused(
    journal: Journal, clock: FixedClock
) -> None:
    old = journal.save_entry(make(clock, "first"))
    journal.delete_entry(old.id)
    newer = journal.save_entry(make(clock, "written since"))
    with pytest.raises(TrashRefused, match="that day has a check-in already"):
        journal.restore_from_trash(old.id)
    assert journal.entries() == [newer]
    assert [item.entry for item in journal.trash()] == [old]


def test_restoring_an_entry_imported_again_since_is_refused(
    journal: Journal, clock: FixedClock
) -> None:
    entry = journal.save_entry(make(clock, "first"))
    journal.delete_entry(entry.id)
    journal.import_entries([entry.with_changes(value="imported again")])
    with pytest.raises(TrashRefused, match="the journal holds it again"):
        journal.restore_from_trash(entry.id)
    assert [item.entry for item in journal.trash()] == [entry]
    assert [e.value for e in journal.entries()] == ["imported again"]


def test_restoring_an_unknown_id_is_refused(journal: Journal) -> None:
    with pytest.raises(TrashRefused, match="no deleted check-in 0b6c in the trash"):
        journal.restore_from_trash("0b6c")


def test_an_id_start_matching_two_entries_is_refused(journal: Journal, clock: FixedClock) -> None:
    first = make(clock).with_changes(id="0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11")
    second = make(clock, day=clock.today() - timedelta(days=1)).with_changes(
        id="0b6c7a3f-2a9b-4e0e-8a43-5b8d6f2e9c10"
    )
    journal.import_entries([first, second])
    journal.delete_entry(first.id)
    journal.delete_entry(second.id)
    with pytest.raises(TrashRefused, match="matches more than one"):
        journal.restore_from_trash("0b6c7a3")
    assert journal.restore_from_trash("0b6c7a3f") == second


def test_trash_older_than_30_days_is_purged(journal: Journal, clock: FixedClock) -> None:
    old = journal.save_entry(make(clock, "old", clock.today() - timedelta(days=40)))
    journal.delete_entry(old.id)
    clock.advance(days=KEEP_DAYS - 1)
    assert [item.entry.value for item in journal.trash()] == ["old"]
    clock.advance(days=1)
    assert journal.trash() == []
    recent = journal.save_entry(make(clock, "recent"))
    journal.delete_entry(recent.id)
    assert [item.entry.value for item in journal.trash()] == ["recent"]
    assert len(_trash_table(journal)) == 1


def _trash_table(journal: Journal) -> dict[str, object]:
    table = journal._read(journal.path).get(TRASH, {})
    assert isinstance(table, dict)
    return table


def test_deleting_and_restoring_write_the_year_file_once_each(
    data_dir: Path, clock: FixedClock
) -> None:
    storage = MemoryJournal()
    journal = Journal.open(data_dir, clock, storage=storage)
    entry = journal.save_entry(make(clock))
    before = storage.commits
    journal.delete_entry(entry.id)
    journal.restore_from_trash(entry.id)
    # Each: the state file with the move pending, the year file, the state file done.
    assert storage.commits == before + 6


def test_a_broken_trash_record_is_reported_not_dropped(data_dir: Path, clock: FixedClock) -> None:
    journal = Journal.open(data_dir, clock)
    entry = journal.save_entry(make(clock))
    journal.delete_entry(entry.id)
    raw = json.loads(journal.path.read_bytes())
    raw[TRASH]["1"]["deleted_at"] = "yesterday-ish"
    journal.path.write_text(json.dumps(raw))
    with pytest.raises(JournalUnreadable, match="deleted entry 1 in the trash"):
        journal.trash()
    assert json.loads(journal.path.read_bytes()) == raw
