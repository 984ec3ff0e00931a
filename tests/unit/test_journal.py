"""The journal repository, on a memory storage and on the real file (storage.journal)."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.domain.settings import Settings
from focuscheck.storage.errors import JournalUnreadable, StorageError
from focuscheck.storage.journal import Journal
from focuscheck.storage.memory import MemoryJournal
from focuscheck.storage.schema import ENTRIES, SCHEMA_VERSION


def make(
    clock: FixedClock, day: date | None = None, value: str = "Helped", **changes: object
) -> Entry:
    now = clock.now()
    entry = Entry(
        id=new_id(), date=day or clock.today(), created_at=now, updated_at=now, value=value
    )
    return entry.with_changes(**changes)


@pytest.fixture(params=["memory", "file"])
def journal(request: pytest.FixtureRequest, data_dir: Path, clock: FixedClock) -> Journal:
    """A fresh journal; every test using it runs once in memory and once on disk."""
    storage = MemoryJournal() if request.param == "memory" else None
    return Journal.open(data_dir, clock, storage=storage)


class TestEntries:
    def test_a_new_journal_is_empty(self, journal: Journal) -> None:
        assert journal.entries() == []
        assert journal.settings() == Settings()
        assert journal.draft() is None

    def test_save_and_read_back(self, journal: Journal, clock: FixedClock) -> None:
        entry = make(clock, tags=("a",), focus=4)
        assert journal.save_entry(entry) == entry
        assert journal.entries() == [entry]
        assert journal.entry(entry.id) == entry
        assert journal.entries_on(clock.today()) == [entry]
        assert journal.entries_on(clock.today() - timedelta(days=1)) == []

    def test_edit_keeps_created_at_and_moves_updated_at(
        self, journal: Journal, clock: FixedClock
    ) -> None:
        first = journal.save_entry(make(clock))
        clock.advance(hours=2)
        edited = journal.save_entry(
            first.with_changes(value="Helped twice", created_at=clock.now())
        )
        assert edited.created_at == first.created_at
        assert edited.updated_at == clock.now()
        assert journal.entries() == [edited]
        assert journal.entry(first.id) == edited

    def test_delete(self, journal: Journal, clock: FixedClock) -> None:
        keep, drop = make(clock), make(clock)
        journal.save_entry(keep)
        journal.save_entry(drop)
        assert journal.delete_entry(drop.id) is True
        assert journal.delete_entry(drop.id) is False
        assert journal.entries() == [keep]
        assert journal.entry(drop.id) is None

    def test_entries_come_oldest_first(self, journal: Journal, clock: FixedClock) -> None:
        today = clock.today()
        late = make(clock, today)
        early = make(clock, today - timedelta(days=3))
        clock.advance(minutes=5)
        later_same_day = make(clock, today)
        for entry in (later_same_day, early, late):
            journal.save_entry(entry)
        assert [e.id for e in journal.entries()] == [early.id, late.id, later_same_day.id]

    def test_several_entries_on_one_day(self, journal: Journal, clock: FixedClock) -> None:
        journal.save_entry(make(clock))
        journal.save_entry(make(clock))
        assert len(journal.entries_on(clock.today())) == 2


class TestImport:
    def test_import_adds_new_and_skips_known_ids(self, journal: Journal, clock: FixedClock) -> None:
        known = journal.save_entry(make(clock))
        fresh = [make(clock, value="one"), make(clock, value="two")]
        result = journal.import_entries([known, *fresh])
        assert (result.added, result.skipped) == (2, 1)
        assert len(journal.entries()) == 3

    def test_a_second_import_adds_nothing(self, journal: Journal, clock: FixedClock) -> None:
        batch = [make(clock, date(2026, 11, day)) for day in range(1, 6)]
        journal.import_entries(batch)
        again = journal.import_entries(batch)
        assert (again.added, again.skipped) == (0, 5)
        assert len(journal.entries()) == 5

    def test_duplicates_inside_one_import_count_once(
        self, journal: Journal, clock: FixedClock
    ) -> None:
        entry = make(clock)
        result = journal.import_entries([entry, entry])
        assert (result.added, result.skipped) == (1, 1)

    def test_import_does_not_change_a_known_entry(
        self, journal: Journal, clock: FixedClock
    ) -> None:
        stored = journal.save_entry(make(clock, value="mine"))
        journal.import_entries([stored.with_changes(value="theirs")])
        assert journal.entry(stored.id) == stored


class TestSettingsStateDraft:
    def test_settings_save_and_load(self, journal: Journal) -> None:
        settings = Settings(customer_term="patient", values=("Care",), workdays=(1, 2), team="A")
        journal.save_settings(settings)
        assert journal.settings() == settings
        journal.save_settings(Settings())
        assert journal.settings() == Settings()

    def test_state(self, journal: Journal) -> None:
        assert journal.state("pseudonym", "none") == "none"
        journal.set_state("pseudonym", "blue-otter")
        journal.set_state("pseudonym", "red-fox")
        journal.set_state("retros", [1, 2])
        assert journal.state("pseudonym") == "red-fox"
        assert journal.state("retros") == [1, 2]
        journal.set_state("pseudonym", None)
        assert journal.state("pseudonym") is None

    def test_draft(self, journal: Journal) -> None:
        journal.save_draft({"value": "half", "focus": 3})
        assert journal.draft() == {"value": "half", "focus": 3}
        journal.clear_draft()
        assert journal.draft() is None

    def test_a_draft_that_is_not_a_dict_is_ignored(self, journal: Journal) -> None:
        journal.set_state("draft", "garbled")
        assert journal.draft() is None

    def test_state_and_entries_do_not_mix(self, journal: Journal, clock: FixedClock) -> None:
        journal.save_draft({"value": "half"})
        journal.save_entry(make(clock))
        journal.save_settings(Settings(team="A"))
        assert len(journal.entries()) == 1
        assert journal.draft() == {"value": "half"}


def test_a_failed_change_leaves_nothing_behind(journal: Journal, clock: FixedClock) -> None:
    entry = journal.save_entry(make(clock))
    with pytest.raises(RuntimeError), journal._transaction() as change:
        change.drop(entry.date.year, entry.id)
        change.db.table("settings").truncate()
        raise RuntimeError("interrupted")
    assert journal.entries() == [entry]


def test_memory_storage_writes_each_file_once_per_change(data_dir: Path, clock: FixedClock) -> None:
    memory = MemoryJournal()
    journal = Journal.open(data_dir, clock, storage=memory)
    commits = memory.commits
    journal.entries()
    assert memory.commits == commits
    journal.import_entries([make(clock) for _ in range(10)])
    assert memory.commits == commits + 2  # the year file, then the state file
    assert not (data_dir / "journal.json").exists()


class TestFile:
    def test_new_journal_file(self, data_dir: Path, clock: FixedClock) -> None:
        journal = Journal.open(data_dir / "nested" / "deeper", clock)
        data = json.loads(journal.path.read_bytes())
        assert data["_meta"]["1"]["schema_version"] == SCHEMA_VERSION
        assert set(data) == {"_meta", "settings", "state", "trash", "status", "pending"}

    def test_journal_is_private(self, data_dir: Path, clock: FixedClock) -> None:
        journal = Journal.open(data_dir, clock)
        journal.save_entry(make(clock))
        assert stat.S_IMODE(os.stat(journal.path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700

    def test_entries_are_stored_in_the_public_format(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        journal = Journal.open(data_dir, clock)
        entry = journal.save_entry(make(clock, focus=2))
        (record,) = json.loads((data_dir / "entries-2026.json").read_bytes())[ENTRIES].values()
        assert record["id"] == entry.id and record["focus"] == 2
        assert record["created_at"] == "2026-11-26T09:30:00+01:00"

    def test_a_second_journal_object_sees_changes(self, data_dir: Path, clock: FixedClock) -> None:
        one, two = Journal.open(data_dir, clock), Journal.open(data_dir, clock)
        two.entries()  # fill its cache
        entry = one.save_entry(make(clock))
        assert two.entries() == [entry]
        assert two.import_entries([make(clock)]).added == 1
        assert len(one.entries()) == 2

    def test_corrupt_journal_is_reported_and_left_alone(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        journal = Journal.open(data_dir, clock)
        journal.save_entry(make(clock))
        broken = b'{"_meta": {"1": {"schema_ver'
        journal.path.write_bytes(broken)
        with pytest.raises(JournalUnreadable) as caught:
            Journal.open(data_dir, clock).save_entry(make(clock))
        assert str(journal.path) in str(caught.value)
        assert "not valid JSON" in str(caught.value)
        assert "journal-2026-11-26.json" in str(caught.value)
        assert journal.path.read_bytes() == broken

    def test_an_existing_file_is_never_replaced_on_open(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        data_dir.mkdir(parents=True)
        (data_dir / "journal.json").write_bytes(b"")
        with pytest.raises(StorageError, match="the file is empty"):
            Journal.open(data_dir, clock)
        assert (data_dir / "journal.json").read_bytes() == b""
