"""The journal's files: one per year and a small state file; the split of an old journal."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.domain.entry_format import entry_to_record
from focuscheck.domain.settings import Settings
from focuscheck.domain.summary import day_status
from focuscheck.storage import journal_file
from focuscheck.storage.atomic import atomic_write
from focuscheck.storage.journal import Journal
from focuscheck.storage.journal_file import encode
from focuscheck.storage.journal_writer import JournalWriter
from focuscheck.storage.quick_status import read_status
from focuscheck.storage.schema import ENTRIES, new_single_file


def make(clock: FixedClock, day: date | None = None, value: str = "Helped") -> Entry:
    now = clock.now()
    return Entry(
        id=new_id(), date=day or clock.today(), created_at=now, updated_at=now, value=value
    )


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each file of the journal has been written."""
    counted: Counter[str] = Counter()

    def counting(path: Path, data: bytes) -> OSError | None:
        counted[path.name] += 1
        return atomic_write(path, data)

    monkeypatch.setattr(journal_file, "atomic_write", counting)
    return counted


def old_journal(data_dir: Path, entries: list[Entry]) -> bytes:
    data = new_single_file()
    data[ENTRIES] = {str(n + 1): entry_to_record(e) for n, e in enumerate(entries)}
    data["settings"] = {"1": {"team": "Support"}}
    raw = encode(data)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "journal.json").write_bytes(raw)
    return raw


def test_a_save_writes_only_its_years_file(
    data_dir: Path, clock: FixedClock, writes: Counter[str]
) -> None:
    journal = Journal.open(data_dir, clock)
    journal.save_entry(make(clock, date(2024, 3, 1)))
    writes.clear()
    journal.save_entry(make(clock))
    assert writes == {"entries-2026.json": 1}


def test_a_whole_checkin_writes_its_years_file_once(
    data_dir: Path, clock: FixedClock, writes: Counter[str]
) -> None:
    journal = Journal.open(data_dir, clock)
    journal.save_entry(make(clock, clock.today() - timedelta(days=1)))  # the day's backup
    writes.clear()
    for step in range(8):
        journal.save_draft({"value": f"typed {step}"})
    journal.save_checkin(make(clock))
    assert writes == {"journal.json": 9, "entries-2026.json": 1}
    assert journal.draft() is None


def test_an_unchanged_draft_and_a_missing_one_are_not_written(
    data_dir: Path, clock: FixedClock, writes: Counter[str]
) -> None:
    journal = Journal.open(data_dir, clock)
    journal.clear_draft()
    journal.save_draft({"value": "half"})
    journal.save_draft({"value": "half"})
    assert writes == {"journal.json": 2}  # created, then the one real change


def test_an_import_writes_each_year_it_touches_once(
    data_dir: Path, clock: FixedClock, writes: Counter[str]
) -> None:
    journal = Journal.open(data_dir, clock)
    days = [date(2024, 1, 1) + timedelta(days=n * 30) for n in range(30)]
    writes.clear()
    assert journal.import_entries([make(clock, day) for day in days]).added == 30
    assert {name: n for name, n in writes.items() if name.startswith("entries")} == {
        "entries-2024.json": 1,
        "entries-2025.json": 1,
        "entries-2026.json": 1,
    }


def test_an_edit_to_another_year_moves_the_entry_between_files(
    data_dir: Path, clock: FixedClock
) -> None:
    journal = Journal.open(data_dir, clock)
    entry = journal.save_entry(make(clock))
    journal.save_entry(entry.with_changes(date=date(2025, 12, 31)))
    assert [e.date for e in Journal.open(data_dir, clock).entries()] == [date(2025, 12, 31)]
    in_2026 = json.loads((data_dir / "entries-2026.json").read_bytes())[ENTRIES]
    assert in_2026 == {}


def test_a_move_cut_short_after_the_state_file_is_finished_by_the_next_open(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(data_dir, clock)
    entry = journal.save_entry(make(clock))
    monkeypatch.setattr(JournalWriter, "apply", _killed)
    with pytest.raises(KeyboardInterrupt):
        journal.save_entry(entry.with_changes(date=date(2025, 6, 1), value="Moved"))
    monkeypatch.undo()
    assert [(e.date, e.value) for e in Journal(journal.path, clock).entries()] == [
        (date(2025, 6, 1), "Moved")
    ]
    reopened = Journal.open(data_dir, clock)
    assert [e.id for e in reopened.entries()] == [entry.id]
    assert json.loads(journal.path.read_bytes())["pending"] == {}


def _killed(*_args: object) -> None:
    raise KeyboardInterrupt


def test_an_old_single_file_journal_is_split_on_open_and_kept(
    data_dir: Path, clock: FixedClock
) -> None:
    entries = [make(clock, date(2024, 5, 1)), make(clock, date(2026, 1, 2))]
    raw = old_journal(data_dir, entries)
    journal = Journal.open(data_dir, clock)
    assert sorted(e.id for e in journal.entries()) == sorted(e.id for e in entries)
    assert journal.settings().team == "Support"
    assert sorted(p.name for p in data_dir.glob("entries-*.json")) == [
        "entries-2024.json",
        "entries-2026.json",
    ]
    (kept,) = journal.backups.folder.glob("migrated-*.json")
    assert kept.read_bytes() == raw
    Journal.open(data_dir, clock)
    assert len(list(journal.backups.folder.glob("migrated-*.json"))) == 1


def test_an_old_single_file_backup_restores_into_year_files(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    old = make(clock, date(2023, 2, 3), value="From the old backup")
    backup = tmp_path / "old-backup.json"
    old_journal(tmp_path / "old", [old])
    backup.write_bytes((tmp_path / "old" / "journal.json").read_bytes())
    journal = Journal.open(data_dir, clock)
    journal.save_entry(make(clock))
    result = journal.restore(backup)
    assert result.restored_entries == 1 and result.replaced_entries == 1
    assert [e.value for e in journal.entries()] == ["From the old backup"]
    assert sorted(p.name for p in data_dir.glob("entries-*.json")) == ["entries-2023.json"]


def test_ids_are_unique_across_years(data_dir: Path, clock: FixedClock) -> None:
    journal = Journal.open(data_dir, clock)
    entry = journal.save_entry(make(clock, date(2024, 1, 1)))
    assert journal.import_entries([entry.with_changes(date=date(2026, 1, 1))]).skipped == 1
    assert len(journal.entries()) == 1


class TestQuickStatus:
    def test_it_says_what_day_status_says(self, data_dir: Path, clock: FixedClock) -> None:
        journal = Journal.open(data_dir, clock)
        for back in (1, 2, 3, 5, 400):
            journal.save_entry(make(clock, clock.today() - timedelta(days=back)))
        journal.save_settings(Settings(workdays=(1, 2, 3, 4, 5)))
        for today in (clock.today(), clock.today() + timedelta(days=1), date(2025, 10, 27)):
            expected = day_status(journal.entries(), journal.settings(), today)
            quick = read_status(data_dir, today)
            assert quick is not None
            assert (quick.done, quick.streak) == (expected.done, expected.streak)

    def test_a_checkin_keeps_it_current(self, data_dir: Path, clock: FixedClock) -> None:
        journal = Journal.open(data_dir, clock)
        journal.save_checkin(make(clock))
        quick = read_status(data_dir, clock.today())
        assert quick is not None and quick.done

    def test_a_save_it_does_not_know_sends_status_the_long_way(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        journal = Journal.open(data_dir, clock)
        journal.save_entry(make(clock))
        assert read_status(data_dir, clock.today()) is None
        Journal.open(data_dir, clock)  # the long way brings the record up to date
        quick = read_status(data_dir, clock.today())
        assert quick is not None and quick.done

    def test_an_old_single_file_journal_is_not_answered(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        old_journal(data_dir, [make(clock)])
        assert read_status(data_dir, clock.today()) is None
