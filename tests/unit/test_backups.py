"""Daily backups: one a day, the last seven kept; restoring from one (storage.backups)."""

from __future__ import annotations

import errno
import json
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.storage.backups import KEEP, KEEP_MANUAL, BackupKind, Backups
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

    def test_manual_backup_does_not_replace_the_daily_one(
        self, journal: Journal, clock: FixedClock
    ) -> None:
        journal.save_entry(make(clock, "one"))
        daily = journal.backups.folder / "journal-2026-11-26.json"
        before = daily.read_bytes()
        path = journal.backup_now()
        assert path.name == "manual-20261126T093000.json"
        (record,) = json.loads(path.read_bytes())["entries"].values()
        assert record["value"] == "one"
        assert daily.read_bytes() == before

    def test_manual_backups_are_never_rotated_away_by_the_daily_ones(
        self, journal: Journal, clock: FixedClock
    ) -> None:
        journal.save_entry(make(clock))
        manual = journal.backup_now()
        for _day in range(KEEP + 3):
            clock.advance(days=1)
            journal.save_entry(make(clock))
        assert manual.exists()
        assert len(daily_names(journal)) == KEEP

    def test_the_eleventh_manual_backup_removes_the_oldest_manual_only(
        self, journal: Journal, clock: FixedClock
    ) -> None:
        journal.save_entry(make(clock))
        written = []
        for _copy in range(KEEP_MANUAL + 1):
            written.append(journal.backup_now().name)
            clock.advance(minutes=1)
        manual = sorted(p.name for p in journal.backups.list() if p.name.startswith("manual-"))
        assert manual == written[1:]
        assert daily_names(journal) == ["journal-2026-11-26.json"]

    def test_two_backups_in_the_same_second_get_two_files(self, journal: Journal) -> None:
        first, second = journal.backup_now(), journal.backup_now()
        assert first.name == "manual-20261126T093000.json"
        assert second.name == "manual-20261126T093000-2.json"

    def test_backups_are_private(self, journal: Journal, clock: FixedClock) -> None:
        path = journal.backup_now()
        assert os.stat(path).st_mode & 0o777 == 0o600
        assert os.stat(path.parent).st_mode & 0o777 == 0o700

    def test_one_off_copies_are_never_rotated(self, journal: Journal, clock: FixedClock) -> None:
        journal.backups.write_named(BackupKind.REPLACED, b"{}", clock.now())
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
        result = history.restore(history.backups.resolve(None))
        assert [e.value for e in history.entries()] == ["day one", "day two", "day three"]
        assert result.kept is not None and "lost" in values_in(result.kept)
        assert (result.restored_entries, result.replaced_entries) == (3, 4)

    def test_restore_by_date_and_by_file_name(self, history: Journal) -> None:
        history.restore(history.backups.resolve("2026-11-27"))
        assert [e.value for e in history.entries()] == ["day one"]
        history.restore(history.backups.resolve("manual-20261127T093000.json"))
        assert [e.value for e in history.entries()] == ["day one", "day two"]

    def test_restore_from_any_path(self, history: Journal, tmp_path: Path) -> None:
        elsewhere = tmp_path / "copy.json"
        elsewhere.write_bytes((history.backups.folder / "journal-2026-11-27.json").read_bytes())
        history.restore(history.backups.resolve(str(elsewhere)))
        assert [e.value for e in history.entries()] == ["day one"]

    def test_the_replaced_journal_is_kept(self, history: Journal) -> None:
        before = [entry.value for entry in history.entries()]
        kept = history.restore(history.backups.resolve("2026-11-27")).kept
        assert kept is not None and kept.parent == history.backups.folder
        assert kept.name == "replaced-20261129T093000.json"
        records = json.loads(kept.read_bytes())["entries"].values()
        assert sorted(record["value"] for record in records) == sorted(before)

    def test_restore_works_when_the_journal_is_corrupt(
        self, history: Journal, data_dir: Path, clock: FixedClock
    ) -> None:
        history.path.write_bytes(b"\x00\x00garbage")
        with pytest.raises(JournalUnreadable):
            Journal.open(data_dir, clock)
        # As `focuscheck restore` does: a Journal that has not read the broken file.
        rescuer = Journal(data_dir / JOURNAL_NAME, clock)
        result = rescuer.restore(rescuer.backups.resolve(None))
        assert result.kept is not None and result.kept.read_bytes() == b"\x00\x00garbage"
        assert result.replaced_entries is None
        assert len(Journal.open(data_dir, clock).entries()) == 3

    def test_newest_backup_is_not_the_replaced_file(self, history: Journal) -> None:
        history.path.write_bytes(b"broken")
        history.restore(history.backups.resolve("2026-11-27"))
        newest = history.backups.newest()
        assert newest is not None and newest.name == "manual-20261128T093000.json"

    def test_newest_is_by_the_date_in_the_name_not_the_file_time(self, history: Journal) -> None:
        oldest = history.backups.folder / "journal-2026-11-26.json"
        os.utime(oldest, (4_000_000_000, 4_000_000_000))  # as a copy of the folder can leave it
        assert history.backups.newest() == history.backups.folder / "manual-20261128T093000.json"
        assert history.backups.list()[-1] == oldest

    def test_an_unreadable_newest_backup_gives_way_to_the_next(self, history: Journal) -> None:
        (history.backups.folder / "manual-20261128T093000.json").write_bytes(b"{oops")
        usable = history.backups.first_usable()
        assert usable == history.backups.folder / "journal-2026-11-28.json"

    def test_two_restores_in_the_same_second_keep_two_safety_copies(self, history: Journal) -> None:
        history.save_entry(make(history.clock, "first"))
        first = history.restore(history.backups.resolve("2026-11-27")).kept
        history.save_entry(make(history.clock, "second"))
        second = history.restore(history.backups.resolve("2026-11-27")).kept
        assert first is not None and second is not None and first != second
        assert "first" in values_in(first) and "second" in values_in(second)

    def test_a_clock_stepped_back_never_overwrites_a_backup(
        self, history: Journal, clock: FixedClock
    ) -> None:
        before = {path: path.read_bytes() for path in history.backups.list()}
        clock.advance(days=-2)
        history.save_entry(make(clock, "after the step"))
        history.backup_now()
        history.restore(history.backups.resolve("2026-11-27"))
        clock.advance(days=-1)
        history.backup_now()
        history.restore(history.backups.resolve("2026-11-27"))
        assert {path: path.read_bytes() for path in before} == before
        assert len(history.backups.list()) == len(before) + 4

    def test_the_hour_repeated_when_summer_time_ends_never_overwrites(
        self, history: Journal, clock: FixedClock
    ) -> None:
        summer, winter = timezone(timedelta(hours=2)), timezone(timedelta(hours=1))
        clock.current = datetime(2026, 10, 25, 2, 30, tzinfo=summer)
        first = history.backup_now()
        clock.current = datetime(2026, 10, 25, 2, 30, tzinfo=winter)  # an hour later
        history.save_entry(make(clock, "in the second 02:30"))
        second = history.backup_now()
        assert (first.name, second.name) == (
            "manual-20261025T023000.json",
            "manual-20261025T023000-2.json",
        )
        assert "in the second 02:30" in values_in(second)
        assert "in the second 02:30" not in values_in(first)

    def test_a_failed_safety_copy_stops_the_restore(
        self, history: Journal, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        before = history.path.read_bytes()
        source = history.backups.resolve("2026-11-27")

        def full_disk(path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr("focuscheck.storage.backups.atomic_create", full_disk)
        with pytest.raises(StorageError, match="Nothing was restored; the journal was not changed"):
            history.restore(source)
        assert history.path.read_bytes() == before

    def test_a_corrupt_backup_is_refused(self, history: Journal) -> None:
        before = history.path.read_bytes()
        bad = history.backups.folder / "journal-2026-11-27.json"
        bad.write_bytes(b'{"_meta": ')
        with pytest.raises(StorageError, match="not usable either"):
            history.restore(history.backups.resolve("2026-11-27"))
        assert history.path.read_bytes() == before

    def test_an_unknown_name_is_refused(self, history: Journal) -> None:
        with pytest.raises(StorageError, match="No backup called 'last-year'"):
            history.backups.resolve("last-year")

    def test_no_backups_at_all(self, data_dir: Path) -> None:
        backups = Backups(data_dir / "backups")
        assert backups.list() == [] and backups.newest() is None
        with pytest.raises(StorageError, match="There is no backup"):
            backups.resolve(None)
