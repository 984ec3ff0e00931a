"""A pipe, a folder or /proc where a file of the data folder should be: refused at once.

Each case runs the real command in its own process with a timeout below the
lock's 10 seconds, so a command that hangs (a named pipe opened for reading
waits for a writer forever) or waits for the lock fails the test instead of
hanging the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from focuscheck.retro.draw import HISTORY_NAME, DrawError, draw_question, read_history
from focuscheck.retro.session_store import SessionError, SessionStore
from tests.unit.cli_support import FULL, write_json

#: Well under the lock's 10 s wait: "at once" means no waiting for anything.
AT_ONCE = 8.0

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def focuscheck(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the command in a process of its own (the test's data folder and clock)."""
    return subprocess.run(
        [sys.executable, "-m", "focuscheck", *(str(arg) for arg in args)],
        capture_output=True,
        text=True,
        timeout=AT_ONCE,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path) -> Path:
    """A data folder with one check-in and a manual backup of it."""
    assert focuscheck("import", write_json(tmp_path / "in.json", [FULL])).returncode == 0
    assert focuscheck("backup").returncode == 0
    return data_dir


@pytest.mark.parametrize(
    "command",
    [
        ("status",),
        ("history", "--format", "json"),
        ("backup",),
        ("trash",),
        ("--lang", "sv", "status"),
    ],
    ids=" ".join,
)
def test_a_named_pipe_at_the_journal_path_is_refused_at_once(
    data_dir: Path, command: tuple[str, ...]
) -> None:
    data_dir.mkdir(parents=True)
    os.mkfifo(data_dir / "journal.json")
    done = focuscheck(*command)
    assert done.returncode == 1
    expected = "it is a named pipe, not a regular file"
    if command[0] == "--lang":
        expected = "det är en namngiven pipe, inte en vanlig fil"
    assert expected in done.stderr
    assert "Traceback" not in done.stderr


def test_restore_over_a_named_pipe_is_refused_and_changes_nothing(filled: Path) -> None:
    journal = filled / "journal.json"
    journal.unlink()
    os.mkfifo(journal)
    done = focuscheck("restore")
    assert done.returncode == 1
    assert "Could not keep a copy of the current journal" in done.stderr
    assert "it is a named pipe, not a regular file" in done.stderr
    assert not journal.is_file() and journal.exists()


def test_a_named_pipe_as_the_lock_file_is_refused_at_once(filled: Path) -> None:
    lock = filled / "journal.json.lock"
    lock.unlink()
    os.mkfifo(lock)
    done = focuscheck("config", "set", "team", "Support")
    assert done.returncode == 1
    assert f"Cannot use the lock file {lock}: it is a named pipe, not a regular file" in (
        done.stderr
    )


def test_a_named_pipe_as_a_backup_is_skipped_not_read(filled: Path) -> None:
    os.mkfifo(filled / "backups" / "manual-20261127T090000.json")
    listed = focuscheck("restore", "--list")
    assert listed.returncode == 0
    assert "manual-20261127T090000.json" not in listed.stdout
    done = focuscheck("restore")
    assert done.returncode == 0, done.stderr
    assert "manual-20261126T093000.json" in done.stdout


def test_a_named_pipe_to_import_is_refused_at_once(filled: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    done = focuscheck("import", pipe)
    assert done.returncode == 1
    assert "it is a named pipe, not a regular file" in done.stderr


def test_the_coach_refuses_a_named_pipe_given_as_an_export_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "week48.json"
    os.mkfifo(pipe)
    done = focuscheck("coach", pipe, "--report", tmp_path / "report.md")
    assert "it is a named pipe, not a regular file" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_retro_refuses_a_named_pipe_for_its_question_history(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    os.mkfifo(data_dir / HISTORY_NAME)
    assert read_history(data_dir) == []
    with pytest.raises(DrawError, match="it is a named pipe, not a regular file"):
        draw_question(data_dir)
    assert not (data_dir / HISTORY_NAME).is_file()


def test_a_named_pipe_as_a_retro_session_file_is_refused(data_dir: Path) -> None:
    store = SessionStore(data_dir)
    store.folder.mkdir(parents=True)
    os.mkfifo(store.path("KMW4TX"))
    with pytest.raises(SessionError, match="cannot be read"):
        store.load("KMW-4TX")


@pytest.mark.skipif(not Path("/proc/1").is_dir(), reason="needs /proc")
def test_data_dir_proc_1_is_refused_at_once_with_a_clear_message() -> None:
    done = focuscheck("--data-dir", "/proc/1", "status")
    assert done.returncode == 1
    assert done.stderr == (
        "Error: Cannot write in the data folder /proc/1 (no file can be created there). "
        "Nothing was changed.\n"
    )


def test_a_folder_at_the_journal_path_is_refused(data_dir: Path) -> None:
    (data_dir / "journal.json").mkdir(parents=True)
    done = focuscheck("history", "--format", "json")
    assert done.returncode == 1
    assert "it is a folder, not a regular file" in done.stderr
    assert json.dumps(FULL["value"]) not in done.stdout
