"""The installed command in a real process: right output, and never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.cli_support import FULL, write_json

COMMAND = [sys.executable, "-m", "focuscheck"]


def focuscheck(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the command with the test's environment (its own data folder and clock)."""
    return subprocess.run(
        [*COMMAND, *(str(arg) for arg in args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_history_json_on_an_empty_data_folder_prints_an_empty_list(data_dir: Path) -> None:
    done = focuscheck("history", "--format", "json")
    assert (done.returncode, done.stdout, done.stderr) == (0, "[]\n", "")
    assert (data_dir / "journal.json").is_file()


def test_import_then_history_round_trips(tmp_path: Path) -> None:
    source = write_json(tmp_path / "in.json", [FULL])
    assert focuscheck("import", source).stdout == "Imported 1 entry.\n"
    assert json.loads(focuscheck("history", "--format", "json").stdout) == [FULL]
    again = focuscheck("import", source)
    assert again.stdout == "Imported 0 entries.\nSkipped 1 already in the journal.\n"


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["history", "--since", "the day after never"], 2, "the day after never"),
        (["history", "--bogus"], 2, "--bogus"),
        (["config", "set", "min_group_size", "1"], 1, "between 3 and 1000"),
        (["import", "/no/such/file.json"], 1, "no such file"),
        (["restore", "1999-01-01"], 1, "No backup called"),
    ],
    ids=["bad date", "unknown option", "bad setting", "missing file", "unknown backup"],
)
def test_errors_are_messages_not_tracebacks(args: list[str], code: int, words: str) -> None:
    done = focuscheck(*args)
    assert done.returncode == code
    assert words in done.stderr
    assert "Traceback" not in done.stderr


def test_invalid_import_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,value\n2026-11-20,fine\nnot a date,oops\n")
    done = focuscheck("import", bad)
    assert done.returncode == 1
    assert f"{bad}, row 3: date must look like YYYY-MM-DD" in done.stderr
    assert "Traceback" not in done.stderr


def test_corrupt_journal_is_reported_and_left_byte_identical(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    journal = data_dir / "journal.json"
    broken = b"\x00\x01 not a journal at all"
    journal.write_bytes(broken)
    for args in (["status"], ["history"], ["config", "set", "team", "A"]):
        done = focuscheck(*args)
        assert done.returncode == 1
        assert f"Cannot read the journal {journal}" in done.stderr
        assert "There is no backup to restore." in done.stderr
        assert "Traceback" not in done.stderr
    assert journal.read_bytes() == broken


def test_lang_sv_in_a_real_process() -> None:
    done = focuscheck("--lang", "sv", "status")
    assert done.returncode == 1
    assert done.stdout == "Ingen avstämning ännu i dag.\nSvit: 0 arbetsdagar.\n"


class TestSwedishFormsOfTheCustomerWord:
    """Setting a word whose Swedish forms are not known asks for them at a terminal."""

    def test_the_forms_are_asked_for_with_a_guess_to_keep_or_correct(self, data_dir: Path) -> None:
        pexpect = pytest.importorskip("pexpect")
        child = pexpect.spawn(
            sys.executable,
            ["-m", "focuscheck", "--lang", "sv", "config", "set", "customer_term", "barn"],
            encoding="utf-8",
            timeout=30,
        )
        child.expect("fler böjningsformer av ”barn”")
        child.expect(r"bestämd form.*\[barnen\]")
        child.sendline("barnet")  # corrected: ett barn, barnet
        child.expect(r"plural.*\[barner\]")
        child.sendline("barn")
        child.expect(r"bestämd form plural.*\[barnerna\]")
        child.sendline("barnen")
        child.expect(r"sammansättningar.*\[barn\]")
        child.sendline("x" * 3000)  # a huge paste is refused and asked for again
        child.expect("för långt")
        child.expect(r"sammansättningar.*\[barn\]")
        child.sendline("")  # Enter keeps the suggestion
        child.expect("customer_term = barn")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
        shown = focuscheck("config", "list").stdout
        for line in (
            "customer_term_definite = barnet",
            "customer_term_plural = barn",
            "customer_term_definite_plural = barnen",
            "customer_term_compound = barn",
        ):
            assert line in shown

    def test_without_a_terminal_the_guess_is_kept_and_shown(self) -> None:
        done = focuscheck("--lang", "sv", "config", "set", "customer_term", "handläggare")
        assert done.returncode == 0, done.stderr
        assert "handläggaren, handläggare, handläggarna, handläggar-" in done.stdout
        assert "config set customer_term_definite" in done.stdout

    def test_a_known_word_asks_nothing(self) -> None:
        done = focuscheck("--lang", "sv", "config", "set", "customer_term", "medlem")
        assert done.returncode == 0, done.stderr
        assert "medlemmen, medlemmar, medlemmarna, medlems-" in done.stdout

    def test_in_english_nothing_swedish_is_said(self) -> None:
        done = focuscheck("config", "set", "customer_term", "client")
        assert done.stdout == "customer_term = client\n"
