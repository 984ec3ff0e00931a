"""Each step of a save failing in turn (ENOSPC, EIO): the journal stays byte-identical.

The person gets a message naming the file and the reason, and what they were
saving is still in their hands: the journal object keeps working, and the same
save succeeds once the disk does.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.settings import Settings
from focuscheck.storage.errors import JournalWriteError
from focuscheck.storage.journal import Journal
from tests.robustness.faults import BEFORE_REPLACE, CODES, Step, inject
from tests.robustness.support import make_entry, temp_files
from tests.unit.cli_support import FULL, Runner, make_runner, write_json

Operation = Callable[[Journal, FixedClock], object]

OPERATIONS: dict[str, Operation] = {
    "save": lambda journal, clock: journal.save_entry(make_entry(clock, value="What I typed")),
    "edit": lambda journal, clock: journal.save_entry(
        journal.entries()[0].with_changes(value="Edited")
    ),
    "delete": lambda journal, clock: journal.delete_entry(journal.entries()[0].id),
    "import": lambda journal, clock: journal.import_entries([make_entry(clock, value="Imported")]),
    "settings": lambda journal, clock: journal.save_settings(Settings(customer_term="patient")),
    "draft": lambda journal, clock: journal.save_draft({"value": "Half a thought"}),
}


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    """A journal with one entry and today's backup already written."""
    opened = Journal.open(data_dir, clock)
    opened.save_entry(make_entry(clock, value="Yesterday's check-in"))
    return opened


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize("code", CODES, ids=["ENOSPC", "EIO"])
@pytest.mark.parametrize("step", BEFORE_REPLACE, ids=str)
def test_a_failing_step_leaves_the_journal_byte_identical(
    journal: Journal,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    step: Step,
    code: int,
    operation: str,
) -> None:
    before = journal_files(journal)
    entries = journal.entries()
    with inject(monkeypatch, step, code), pytest.raises(JournalWriteError) as raised:
        OPERATIONS[operation](journal, clock)
    assert journal_files(journal) == before
    message = str(raised.value)
    assert str(journal.path) in message
    assert os.strerror(code) in message
    assert "The journal was not changed." in message
    assert temp_files(journal.path.parent, journal.backups.folder) == []
    # Nothing half-done lingers in memory either, and the same save works once the disk does.
    assert journal.entries() == entries
    OPERATIONS[operation](journal, clock)
    assert journal_files(journal) != before


def journal_files(journal: Journal) -> dict[str, bytes]:
    """The bytes of every file of the journal (the state file and the year files)."""
    return {path.name: path.read_bytes() for path in journal.data_dir.glob("*.json")}


@pytest.mark.parametrize("code", CODES, ids=["ENOSPC", "EIO"])
def test_a_failing_folder_sync_after_the_replace_keeps_the_save_and_warns(
    journal: Journal, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    typed = make_entry(clock, value="Saved before the folder sync failed")
    with inject(monkeypatch, Step.FOLDER_FSYNC, code):
        journal.save_entry(typed)
    # The new file is in place: the save stands, and says how sure it is.
    assert typed in Journal.open(journal.path.parent, clock).entries()
    assert len(journal.warnings) == 1
    assert os.strerror(code) in journal.warnings[0]
    assert "power" in journal.warnings[0]


def test_every_step_is_reached_when_nothing_fails(
    journal: Journal, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guards the injection itself: a step it never reaches would make the tests above hollow."""
    with inject(monkeypatch, None) as spy:
        journal.save_entry(make_entry(clock))
    assert spy.calls == list(Step)


def test_a_failing_backup_does_not_stop_the_save(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(data_dir, clock)
    (data_dir / "backups").write_text("a file where the backups folder should be")
    entry = journal.save_entry(make_entry(clock))
    assert journal.entries() == [entry]
    assert len(journal.warnings) == 1
    assert "backup" in journal.warnings[0]


class TestCommandLine:
    def test_an_import_that_cannot_be_written_says_why_and_changes_nothing(
        self,
        run: Runner,
        data_dir: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        assert run("history").code == 0
        source = write_json(tmp_path / "in.json", [FULL])
        before = (data_dir / "journal.json").read_bytes()
        with inject(monkeypatch, Step.WRITE, 28):
            result = run("import", source)
        assert result.code == 1
        assert "Traceback" not in result.err
        assert "No space left on device" in result.err
        assert str(data_dir / "journal.json") in result.err
        assert (data_dir / "journal.json").read_bytes() == before
        assert source.is_file()
        assert run("import", source).out == "Imported 1 entry.\n"

    def test_a_setting_that_cannot_be_written_says_why(
        self, run: Runner, data_dir: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        assert run("history").code == 0
        with inject(monkeypatch, Step.FSYNC, 5):
            result = run("config", "set", "customer_term", "patient")
        assert result.code == 1
        assert "Input/output error" in result.err
        assert run("config", "get", "customer_term").out.strip() != "patient"

    def test_a_save_whose_folder_sync_failed_prints_a_warning(
        self, run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        source = write_json(tmp_path / "in.json", [FULL])
        assert run("history").code == 0
        with inject(monkeypatch, Step.FOLDER_FSYNC, 5):
            result = run("import", source)
        assert result.code == 0
        assert result.out == "Imported 1 entry.\n"
        assert result.err.startswith("Warning: Saved, but")
