"""A writer killed with SIGKILL at random moments never leaves a broken or half-saved journal."""

from __future__ import annotations

from pathlib import Path

from tests.robustness.crash_harness import run, run_migration

KILLS = 50
MIGRATION_KILLS = 20


def test_fifty_kills_leave_the_journal_before_or_after_the_operation_in_flight(
    tmp_path: Path,
) -> None:
    report = run(tmp_path / "crash", kills=KILLS, seed=7)
    assert report.failures == []
    assert report.kills == KILLS
    # The kills must really land inside work, and some inside the atomic write itself,
    # or the test proves nothing.
    assert report.in_flight >= KILLS // 2
    assert report.temp_files_left > 0
    assert report.operations_done > KILLS


def test_kills_while_an_old_journal_is_split_leave_it_whole_and_kept(tmp_path: Path) -> None:
    report = run_migration(tmp_path / "split", kills=MIGRATION_KILLS, seed=11)
    assert report.failures == []
    assert report.kills == MIGRATION_KILLS
    # Some kills must land inside the split, or the test proves nothing.
    assert report.in_flight >= MIGRATION_KILLS // 4
