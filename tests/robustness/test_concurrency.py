"""Several focuscheck processes, and several journals in one process, lose nothing."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from focuscheck.domain.clock import FixedClock
from focuscheck.storage.journal import Journal
from tests.robustness.concurrency import run_savers
from tests.robustness.support import make_entry

PROCESSES = 4
SAVES = 500


def test_four_processes_saving_five_hundred_each_lose_nothing(tmp_path: Path) -> None:
    result = run_savers(tmp_path / "data", PROCESSES, SAVES)
    assert result.errors == []
    expected = {f"p{n}-{serial}" for n in range(PROCESSES) for serial in range(SAVES)}
    assert len(result.values) == PROCESSES * SAVES
    assert set(result.values) == expected
    assert [i for i, seen in Counter(result.ids).items() if seen > 1] == []


def test_a_journal_left_open_sees_every_write_of_another(data_dir: Path, clock: FixedClock) -> None:
    """Same-size edits in quick succession: the case where a cached inode number could lie."""
    mine = Journal.open(data_dir, clock)
    theirs = Journal.open(data_dir, clock)
    entry = mine.save_entry(make_entry(clock, value="value 000"))
    for serial in range(1, 200):
        writer, reader = (mine, theirs) if serial % 2 else (theirs, mine)
        writer.save_entry(entry.with_changes(value=f"value {serial:03}"))
        assert [e.value for e in reader.entries()] == [f"value {serial:03}"]


def test_saves_from_two_open_journals_interleave_without_loss(
    data_dir: Path, clock: FixedClock
) -> None:
    first = Journal.open(data_dir, clock)
    second = Journal.open(data_dir, clock)
    saved = []
    for serial in range(60):
        journal = first if serial % 3 else second
        saved.append(journal.save_entry(make_entry(clock, value=f"check-in {serial}")).id)
    assert {e.id for e in first.entries()} == set(saved)
    assert {e.id for e in second.entries()} == set(saved)
