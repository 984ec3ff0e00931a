"""Owner-only files and folders, whatever the umask, after every replace."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.storage.export_file import write_text_file
from focuscheck.storage.journal import Journal
from tests.robustness.faults import inject
from tests.robustness.support import make_entry


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002], ids=["umask-022", "umask-002"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    yield int(request.param)
    os.umask(old)


@pytest.mark.usefixtures("umask")
def test_journal_backups_lock_and_folders_are_owner_only(data_dir: Path, clock: FixedClock) -> None:
    journal = Journal.open(data_dir, clock)
    assert mode(data_dir) == 0o700
    assert mode(journal.path) == 0o600
    for day in range(3):
        journal.save_entry(make_entry(clock, value=f"Day {day}"))
        assert mode(journal.path) == 0o600
        clock.advance(days=1)
    journal.backup_now()
    assert mode(journal.backups.folder) == 0o700
    backups = journal.backups.list()
    assert len(backups) == 4  # one a day for three days, and the one asked for
    assert [mode(p) for p in backups] == [0o600] * 4
    journal.restore(backups[-1])
    assert mode(journal.path) == 0o600
    assert {mode(p) for p in journal.backups.list()} == {0o600}
    assert mode(Path(f"{journal.path}.lock")) == 0o600


@pytest.mark.usefixtures("umask")
def test_the_temporary_file_is_owner_only_while_it_is_written(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(data_dir, clock)
    journal.save_entry(make_entry(clock))
    seen: list[int] = []
    real_fsync = os.fsync

    def watching_fsync(fd: int) -> None:
        seen.append(stat.S_IMODE(os.fstat(fd).st_mode))
        real_fsync(fd)

    with inject(monkeypatch, None) as spy:
        monkeypatch.setattr(spy, "fsync", watching_fsync)
        journal.save_entry(make_entry(clock, value="Second"))
    assert seen[0] == 0o600  # the temporary file, before it replaces the journal
    assert mode(journal.path) == 0o600


@pytest.mark.usefixtures("umask")
def test_a_written_export_is_owner_only(tmp_path: Path) -> None:
    written = write_text_file(tmp_path / "backlog.md", "# Backlog\n")
    assert mode(written) == 0o600
    write_text_file(written, "# Backlog, again\n", force=True)
    assert mode(written) == 0o600


def test_an_existing_journal_with_loose_permissions_is_tightened_by_the_next_save(
    data_dir: Path, clock: FixedClock
) -> None:
    journal = Journal.open(data_dir, clock)
    journal.save_entry(make_entry(clock))
    year = data_dir / "entries-2026.json"
    for path in (journal.path, year):
        path.chmod(0o644)
    journal.save_checkin(make_entry(clock))
    assert mode(journal.path) == 0o600
    assert mode(year) == 0o600
