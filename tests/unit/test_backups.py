"""Daily backups: one a day, the last seven kept; restoring from one (storage.backups)."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.storage.backups import KEEP, Backups
from focuscheck.storage.errors import JournalUnreadable, StorageError
from focuscheck.storage.journal import Journal
from focuscheck.storage.schema import JOURNAL_NAME


def make(clock: FixedClock, value: str = "Helped") -> Entry:
    now = clock.now()
    return Entry(id=new_id(), date=clock.today(), created_at=now, updated_at=now, value=value)


def daily_names(journal: Journal) -> list[str]:
    return sorted(p.name for p in journal.backups.list() if p.name.startswith("journal-"))


def values_in(path: Path) -> list[str]:
    return sorted(r["value"] for r in json.loads(path.read_bytes())["entries"].values())


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    return Journal.open(data_dir, clock)


class TestRotation:
    def test_the_first_change_of_a_day_keeps_the_day_before(
        self, journal: Journal, clock: FixedClock
    ) -> None:
        journal.save_entry(make(clock, "monday"))
        clock.advance(days=1)
        journal.save_entry(make(clock, "tuesday"))
        journal.save_entry(make(clock, "tuesday again"))
        copy = journal.backups.folder / "journal-2026-11-27.json"
        assert values_in(copy) == ["monday"]

    def test_one_copy_a_day_and_seven_days_kept(self, journal: Journal, clock: FixedClock) -> None:
        for _day in range(10):
            journal.save_entry(make(clock))
            journal.save_entry(make(clock))
            clock.advance(days=1)
        expected = [
            f"journal-{(date(2026, 11, 26) + timedelta(days=n)).isoformat()}.json"
            for n in range(10 - KEEP, 10)
        ]
        assert daily_names(journal) == expected

    def test_reading_makes_no_backup(self, journal: Journal) -> None:
        journal.entries()
        journal.settings()
        assert journal.backups.list() == []

    def test_backup_now_replaces_todays_copy(self, journal: Journal, clock: FixedClock) -> None:
        journal.save_entry(make(clock, "one"))
        path = journal.backup_now()
        assert path.name == "journal-2026-11-26.json"
        assert values_in(path) == ["one"]
        assert path.read_bytes() == journal.path.read_bytes()
        assert daily_names(journal) == ["journal-2026-11-26.json"]

    def test_backups_are_private(self, journal: Journal, clock: FixedClock) -> None:
        path = journal.backup_now()
        assert os.stat(path).st_mode & 0o777 == 0o600
        assert os.stat(path.parent).st_mode & 0o777 == 0o700

    def test_one_off_copies_are_never_rotated(self, journal: Journal, clock: FixedClock) -> None:
        journal.backups.write_named("replaced", b"{}", clock.now())
        for _day in range(KEEP + 2):
            journal.save_entry(make(clock))
            clock.advance(days=1)
        assert any(p.name.startswith("replaced-") for p in journal.backups.list())


class TestRestore:
    @pytest.fixture
    def history(self, journal: Journal, clock: FixedClock) -> Journal:
        """Three days of work: a backup for each day holds the days before it."""
        for value in ("day one", "day two", "day three"):
            journal.save_entry(make(clock, value))
            journal.backup_now()
            clock.advance(days=1)
        return journal

    def test_restore_the_newest(self, history: Journal, clock: FixedClock) -> None:
        history.save_entry(make(clock, "lost"))
        kept = history.restore(history.backups.resolve(None))
        assert [e.value for e in history.entries()] == ["day one", "day two", "day three"]
        assert kept is not None and "lost" in values_in(kept)

    def test_restore_by_date_and_by_file_name(self, history: Journal) -> None:
        history.restore(history.backups.resolve("2026-11-26"))
        assert [e.value for e in history.entries()] == ["day one"]
        history.restore(history.backups.resolve("journal-2026-11-27.json"))
        assert [e.value for e in history.entries()] == ["day one", "day two"]

    def test_restore_from_any_path(self, history: Journal, tmp_path: Path) -> None:
        elsewhere = tmp_path / "copy.json"
        elsewhere.write_bytes((history.backups.folder / "journal-2026-11-26.json").read_bytes())
        history.restore(history.backups.resolve(str(elsewhere)))
        assert [e.value for e in history.entries()] == ["day one"]

    def test_the_replaced_journal_is_kept(self, history: Journal) -> None:
        before = history.path.read_bytes()
        kept = history.restore(history.backups.resolve("2026-11-26"))
        assert kept is not None and kept.parent == history.backups.folder
        assert kept.name.startswith("replaced-")
        assert kept.read_bytes() == before

    def test_restore_works_when_the_journal_is_corrupt(
        self, history: Journal, data_dir: Path, clock: FixedClock
    ) -> None:
        history.path.write_bytes(b"\x00\x00garbage")
        with pytest.raises(JournalUnreadable):
            Journal.open(data_dir, clock)
        # As `focuscheck restore` does: a Journal that has not read the broken file.
        rescuer = Journal(data_dir / JOURNAL_NAME, clock)
        kept = rescuer.restore(rescuer.backups.resolve(None))
        assert kept is not None and kept.read_bytes() == b"\x00\x00garbage"
        assert len(Journal.open(data_dir, clock).entries()) == 3

    def test_newest_backup_is_a_daily_copy_not_the_replaced_file(self, history: Journal) -> None:
        history.path.write_bytes(b"broken")
        history.restore(history.backups.resolve("2026-11-27"))
        newest = history.backups.newest()
        assert newest is not None and newest.name == "journal-2026-11-28.json"

    def test_a_corrupt_backup_is_refused(self, history: Journal) -> None:
        before = history.path.read_bytes()
        bad = history.backups.folder / "journal-2026-11-26.json"
        bad.write_bytes(b'{"_meta": ')
        with pytest.raises(StorageError, match="not usable either"):
            history.restore(history.backups.resolve("2026-11-26"))
        assert history.path.read_bytes() == before

    def test_an_unknown_name_is_refused(self, history: Journal) -> None:
        with pytest.raises(StorageError, match="No backup called 'last-year'"):
            history.backups.resolve("last-year")

    def test_no_backups_at_all(self, data_dir: Path) -> None:
        backups = Backups(data_dir / "backups")
        assert backups.list() == [] and backups.newest() is None
        with pytest.raises(StorageError, match="There is no backup"):
            backups.resolve(None)
