"""The data folder misbehaving under a running focuscheck: read-only, gone, swapped, linked."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.storage.errors import JournalUnreadable, JournalWriteError, StorageError
from focuscheck.storage.journal import Journal
from focuscheck.storage.schema import ENTRIES, new_single_file
from tests.robustness.faults import Step, inject
from tests.robustness.support import make_entry
from tests.unit.cli_support import FULL, Runner, make_runner

AS_ROOT = os.geteuid() == 0


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    opened = Journal.open(data_dir, clock)
    opened.save_entry(make_entry(clock, value="Already saved"))
    return opened


class TestReadOnly:
    @pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
    def test_a_folder_that_refuses_new_files_gives_a_clear_message(
        self, journal: Journal, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, code: int
    ) -> None:
        before = journal.path.read_bytes()
        with inject(monkeypatch, Step.CREATE, code), pytest.raises(JournalWriteError) as raised:
            journal.save_entry(make_entry(clock))
        assert os.strerror(code) in str(raised.value)
        assert journal.path.read_bytes() == before
        assert [e.value for e in journal.entries()] == ["Already saved"]

    @pytest.mark.skipif(AS_ROOT, reason="root writes into read-only folders")
    def test_a_read_only_data_folder_still_reads_and_refuses_to_save(
        self, journal: Journal, data_dir: Path, clock: FixedClock
    ) -> None:
        before = journal.path.read_bytes()
        data_dir.chmod(0o500)
        try:
            reopened = Journal.open(data_dir, clock)
            assert [e.value for e in reopened.entries()] == ["Already saved"]
            with pytest.raises(JournalWriteError):
                reopened.save_entry(make_entry(clock))
        finally:
            data_dir.chmod(0o700)
        assert journal.path.read_bytes() == before


class TestMissingFolder:
    def test_a_data_folder_that_does_not_exist_is_created_private(
        self, tmp_path: Path, clock: FixedClock
    ) -> None:
        folder = tmp_path / "deep" / "er" / "data"
        Journal.open(folder, clock).save_entry(make_entry(clock))
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    def test_a_data_folder_that_cannot_be_created_is_reported(
        self, run: Runner, tmp_path: Path
    ) -> None:
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder")
        result = run("--data-dir", blocker / "data", "history")
        assert result.code == 1
        assert "Cannot create the data folder" in result.err
        assert "Traceback" not in result.err


class TestSwappedUnderneath:
    def test_a_journal_deleted_while_open_is_reported_not_recreated(
        self, journal: Journal, clock: FixedClock
    ) -> None:
        journal.path.unlink()
        with pytest.raises(JournalUnreadable, match="the file is missing"):
            journal.entries()
        with pytest.raises(JournalUnreadable, match="the file is missing"):
            journal.save_entry(make_entry(clock))
        assert not journal.path.exists()

    def test_a_year_file_replaced_by_another_is_read_and_written_as_the_new_one(
        self, journal: Journal, clock: FixedClock, tmp_path: Path
    ) -> None:
        journal.save_entry(make_entry(clock, value="Mine, soon replaced"))
        journal.entries()  # parsed and cached
        other = Journal.open(tmp_path / "other", clock)
        theirs = other.save_entry(make_entry(clock, value="From the other journal"))
        os.replace(other.data_dir / "entries-2026.json", journal.data_dir / "entries-2026.json")
        assert journal.entries() == [theirs]
        mine = journal.save_entry(make_entry(clock, value="Saved after the swap"))
        assert {e.value for e in journal.entries()} == {theirs.value, mine.value}

    def test_a_journal_replaced_by_garbage_is_refused_and_left_alone(
        self, journal: Journal, clock: FixedClock
    ) -> None:
        journal.path.write_bytes(b"\x00garbage")
        with pytest.raises(JournalUnreadable):
            journal.save_entry(make_entry(clock))
        assert journal.path.read_bytes() == b"\x00garbage"


class TestBackupsFolder:
    def test_a_backups_folder_that_is_a_file_warns_and_saves(
        self, run: Runner, data_dir: Path, tmp_path: Path
    ) -> None:
        data_dir.mkdir()
        (data_dir / "backups").write_text("in the way")
        source = tmp_path / "in.json"
        source.write_text(json.dumps([FULL]))
        result = run("import", source)
        assert result.code == 0
        assert "Could not write the daily backup" in result.err
        assert json.loads(run("history", "--format", "json").out) == [FULL]

    @pytest.mark.skipif(AS_ROOT, reason="root writes into read-only folders")
    def test_a_read_only_backups_folder_warns_and_saves(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        journal = Journal.open(data_dir, clock)
        journal.backups.folder.mkdir(mode=0o500)
        try:
            saved = journal.save_entry(make_entry(clock))
        finally:
            journal.backups.folder.chmod(0o700)
        assert journal.entries() == [saved]
        assert journal.warnings


class TestSymlink:
    def test_a_linked_journal_is_written_through_the_link(
        self, data_dir: Path, clock: FixedClock, tmp_path: Path
    ) -> None:
        elsewhere = tmp_path / "synced"
        elsewhere.mkdir()
        target = elsewhere / "my-journal.json"
        Journal.open(elsewhere, clock).close()
        (elsewhere / "journal.json").rename(target)
        data_dir.mkdir()
        (data_dir / "journal.json").symlink_to(target)
        journal = Journal.open(data_dir, clock)
        for n in range(3):
            journal.save_checkin(make_entry(clock, value=f"Through the link {n}"))
        assert (data_dir / "journal.json").is_symlink()
        assert json.loads(target.read_bytes())["status"]["1"]["dates"] == ["2026-11-26"]
        assert len(Journal.open(data_dir, clock).entries()) == 3
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert [p.name for p in elsewhere.iterdir() if p.name.startswith(".")] == []

    def test_a_dangling_link_is_reported_not_filled(
        self, data_dir: Path, clock: FixedClock, tmp_path: Path
    ) -> None:
        data_dir.mkdir()
        (data_dir / "journal.json").symlink_to(tmp_path / "unmounted" / "journal.json")
        with pytest.raises(StorageError, match="which does not exist"):
            Journal.open(data_dir, clock)
        assert not (tmp_path / "unmounted").exists()


@pytest.mark.slow
def test_a_hundred_megabyte_journal_opens_and_saves(data_dir: Path, clock: FixedClock) -> None:
    filler = ("A long reflection about the customer, pasted from the minutes. " * 300)[:19_000]
    data = new_single_file()
    data[ENTRIES] = {
        str(n + 1): {
            **FULL,
            "id": f"00000000-0000-4000-8000-{n:012d}",
            "value": f"{n} {filler}",
        }
        for n in range(5_200)
    }
    data_dir.mkdir()
    (data_dir / "journal.json").write_text(json.dumps(data, ensure_ascii=False))
    assert (data_dir / "journal.json").stat().st_size > 100_000_000
    journal = Journal.open(data_dir, clock)
    assert len(journal.entries()) == 5_200
    saved = journal.save_entry(make_entry(clock, value="One more, on top of it all"))
    assert journal.entry(saved.id) == saved
    assert len(Journal.open(data_dir, clock).entries()) == 5_201
