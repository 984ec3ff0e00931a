"""The ``focuscheck`` command line: every command, its options, its errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import click
import pytest

from focuscheck import __version__
from focuscheck.cli.main import build_cli
from tests.unit.cli_support import BARE, FULL, Runner, make_runner, write_json


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


@pytest.fixture
def filled(run: Runner, tmp_path: Path) -> Runner:
    """A journal holding FULL (25 Nov) and BARE (24 Nov)."""
    assert run("import", write_json(tmp_path / "two.json", [FULL, BARE])).code == 0
    return run


def command_paths() -> list[tuple[str, ...]]:
    """Every command and subcommand, as the words typed to reach it."""
    found: list[tuple[str, ...]] = []

    def walk(group: click.Group, prefix: tuple[str, ...]) -> None:
        for name, command in group.commands.items():
            found.append((*prefix, name))
            if isinstance(command, click.Group):
                walk(command, (*prefix, name))

    walk(build_cli(), ())
    return found


class TestGlobalOptions:
    def test_version(self, run: Runner) -> None:
        result = run("--version")
        assert (result.code, result.out) == (0, f"focuscheck {__version__}\n")

    def test_help(self, run: Runner) -> None:
        result = run("--help")
        assert result.code == 0
        assert "Usage: focuscheck" in result.out
        for name in ("config", "history", "import", "backup", "restore", "status"):
            assert name in result.out

    @pytest.mark.parametrize("path", command_paths(), ids=" ".join)
    def test_help_on_every_command(self, run: Runner, path: tuple[str, ...]) -> None:
        result = run(*path, "--help")
        assert result.code == 0, result.err
        assert f"Usage: focuscheck {' '.join(path)}" in result.out
        assert "Traceback" not in result.err

    def test_lang_sv_speaks_swedish(self, run: Runner) -> None:
        result = run("--lang", "sv", "status")
        assert result.out.startswith("Ingen avstämning ännu i dag.\n")
        assert "Svit: 0 arbetsdagar." in result.out
        assert "Visa versionen och avsluta." in run("--lang", "sv", "--help").out

    def test_unknown_language_is_a_usage_error(self, run: Runner) -> None:
        result = run("--lang", "fr", "status")
        assert result.code == 2
        assert "'fr'" in result.err and "Traceback" not in result.err

    def test_unknown_command_and_option(self, run: Runner) -> None:
        assert run("frobnicate").code == 2
        result = run("history", "--colour")
        assert result.code == 2
        assert "--colour" in result.err

    def test_data_dir_option(self, run: Runner, tmp_path: Path, data_dir: Path) -> None:
        elsewhere = tmp_path / "elsewhere"
        assert run("--data-dir", elsewhere, "config", "set", "team", "Blue").code == 0
        assert (elsewhere / "journal.json").is_file()
        assert not data_dir.exists()
        assert run("--data-dir", elsewhere, "config", "get", "team").out == "Blue\n"
        assert run("config", "get", "team").out == "\n"

    @pytest.mark.parametrize(
        ("frozen", "message"),
        [
            (
                "0001-01-01T00:00:00-12:00",
                "FOCUSCHECK_NOW must lie between the years 1900 and 2999",
            ),
            (
                "9999-12-31T23:59:59+14:00",
                "FOCUSCHECK_NOW must lie between the years 1900 and 2999",
            ),
            ("next tuesday", "FOCUSCHECK_NOW must be an ISO timestamp"),
        ],
    )
    def test_a_frozen_clock_out_of_reach_is_a_clear_usage_error(
        self, run: Runner, monkeypatch: pytest.MonkeyPatch, frozen: str, message: str
    ) -> None:
        monkeypatch.setenv("FOCUSCHECK_NOW", frozen)
        result = run("status")
        assert result.code == 2, "not 1, which status keeps for not checked in yet"
        assert result.err.startswith(f"Error: {message}")
        assert "unexpected problem" not in result.err

    def test_journal_is_created_private(self, run: Runner, data_dir: Path) -> None:
        run("status")
        assert stat.S_IMODE(os.stat(data_dir / "journal.json").st_mode) == 0o600


class TestConfig:
    def test_list_shows_every_setting_with_help(self, run: Runner) -> None:
        out = run("config", "list").out
        assert "workdays = mon tue wed thu fri\n" in out
        assert "min_group_size = 5\n" in out
        assert "Your word for the customer" in out

    @pytest.mark.parametrize(
        ("name", "values", "shown"),
        [
            ("customer_term", ["patient"], "patient"),
            ("mission", ["Care for all.\nEvery day."], "Care for all.\nEvery day."),
            ("values", ["Openness", "Respect", "Courage"], "Openness\nRespect\nCourage"),
            ("customer_synonyms", ["client", "user"], "client\nuser"),
            ("language", ["en"], "en"),
            ("workdays", ["mon", "wed", "fri"], "mon wed fri"),
            ("workdays", ["mån,tis"], "mon tue"),
            ("min_group_size", ["7"], "7"),
        ],
    )
    def test_set_and_get_every_kind(
        self, run: Runner, name: str, values: list[str], shown: str
    ) -> None:
        result = run("config", "set", name, *values)
        assert result.code == 0, result.err
        assert result.out == f"{name} = {shown.replace(chr(10), '; ')}\n"
        assert run("config", "get", name).out == shown + "\n"

    def test_a_comma_in_names_to_scrub_separates_them_and_is_said(self, run: Runner) -> None:
        result = run("config", "set", "scrub_names", "Björn Jönsson, Åsa Lindqvist")
        assert result.out == (
            "A comma separates names: saved 2 names.\nscrub_names = Björn Jönsson; Åsa Lindqvist\n"
        )
        assert run("config", "get", "scrub_names").out == "Björn Jönsson\nÅsa Lindqvist\n"

    def test_a_list_set_again_is_replaced(self, run: Runner) -> None:
        run("config", "set", "values", "A", "B")
        run("config", "set", "values", "C")
        assert run("config", "get", "values").out == "C\n"

    def test_unset(self, run: Runner) -> None:
        run("config", "set", "min_group_size", "9")
        result = run("config", "unset", "min_group_size")
        assert result.out == "min_group_size is back to its default.\n"
        assert run("config", "get", "min_group_size").out == "5\n"

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["set", "min_group_size", "2"], "the smallest group size must be between 3 and 1000"),
            (["set", "min_group_size", "lots"], "the smallest group size must be a whole number"),
            (["set", "language", "fr"], "language must be one of: en, sv"),
            (["set", "workdays", "someday"], "'someday' is not a weekday"),
            (["set", "team", "A", "B"], "“Team label” takes a single value"),
            (["set", "colour", "red"], "unknown setting 'colour'"),
            (["set", "theme", "nonexistent"], "unknown theme 'nonexistent'; known themes: "),
            (["set", "theme", "../../etc"], "unknown theme '../../etc'; known themes: ansi-dark"),
            (["get", "colour"], "unknown setting 'colour'"),
            (["unset", "colour"], "unknown setting 'colour'"),
        ],
    )
    def test_bad_values_exit_1_with_a_clear_message(
        self, run: Runner, args: list[str], message: str
    ) -> None:
        result = run("config", *args)
        assert result.code == 1
        assert result.err.startswith(f"Error: {message}")
        assert "Traceback" not in result.err

    def test_a_refused_value_changes_nothing(self, run: Runner) -> None:
        run("config", "set", "min_group_size", "6")
        run("config", "set", "min_group_size", "1")
        assert run("config", "get", "min_group_size").out == "6\n"

    def test_set_without_a_value_is_a_usage_error(self, run: Runner) -> None:
        assert run("config", "set", "team").code == 2

    def test_saved_language_is_spoken_and_lang_overrides_it(self, run: Runner) -> None:
        run("config", "set", "language", "sv")
        assert run("status").out.startswith("Ingen avstämning ännu i dag.")
        assert run("--lang", "en", "status").out.startswith("No check-in yet today.")


class TestHistory:
    def test_empty_journal(self, run: Runner) -> None:
        assert run("history", "--format", "json").out == "[]\n"
        assert run("history").out == "No entries.\n"
        assert run("history", "--format", "csv").out.startswith("id,date,created_at,")
        assert "No entries." in run("history", "--format", "md").out

    def test_json_is_newest_first_in_the_entry_format(self, filled: Runner) -> None:
        assert json.loads(filled("history", "--format", "json").out) == [FULL, BARE]

    def test_csv(self, filled: Runner) -> None:
        rows = list(csv.DictReader(io.StringIO(filled("history", "--format", "csv").out)))
        assert [row["id"] for row in rows] == [FULL["id"], BARE["id"]]
        assert rows[0]["tags"] == "support;billing"
        assert rows[1]["focus"] == ""

    def test_text_and_markdown(self, filled: Runner) -> None:
        text = filled("history").out
        assert text.startswith("2026-11-25\n")
        assert "  Value for the customer: Fixed the invoice bug, finally\n" in text
        markdown = filled("history", "--format", "md").out
        assert "## 2026-11-25" in markdown and "## 2026-11-24" in markdown

    def test_the_customer_word_follows_the_settings(self, filled: Runner) -> None:
        filled("config", "set", "customer_term", "patient")
        assert "Value for the patient:" in filled("history").out

    @pytest.mark.parametrize(
        ("args", "dates"),
        [
            (["--since", "2026-11-25"], ["2026-11-25"]),
            (["--until", "2026-11-24"], ["2026-11-24"]),
            (["--since", "yesterday"], ["2026-11-25"]),
            (["--since", "last monday", "--until", "yesterday"], ["2026-11-25", "2026-11-24"]),
            (["--since", "this week"], ["2026-11-25", "2026-11-24"]),
            (["--until", "last week"], []),
            (["--tag", "billing"], ["2026-11-25"]),
            (["--tag", "Support", "--tag", "#billing"], ["2026-11-25"]),
            (["--search", "support queue"], ["2026-11-24"]),
            (["--search", "INVOICE"], ["2026-11-25"]),
            (["--search", "nowhere"], []),
        ],
    )
    def test_filters(self, filled: Runner, args: list[str], dates: list[str]) -> None:
        result = filled("history", "--format", "json", *args)
        assert result.code == 0, result.err
        assert [e["date"] for e in json.loads(result.out)] == dates

    @pytest.mark.parametrize("option", ["--since", "--until"])
    def test_a_bad_date_exits_2_quoting_it(self, run: Runner, option: str) -> None:
        result = run("history", option, "the 45th of Smarch")
        assert result.code == 2
        assert "cannot read 'the 45th of Smarch' as a date" in result.err
        assert option in result.err
        assert result.out == ""

    def test_a_bad_date_is_quoted_in_swedish_too(self, run: Runner) -> None:
        result = run("--lang", "sv", "history", "--since", "2026-02-30")
        assert result.code == 2
        assert "'2026-02-30'" in result.err and "kalendern" in result.err

    def test_a_bad_format_is_a_usage_error(self, run: Runner) -> None:
        result = run("history", "--format", "xml")
        assert result.code == 2 and "xml" in result.err


class TestStatus:
    def test_not_done_exits_1(self, run: Runner) -> None:
        result = run("status")
        assert result.code == 1
        assert result.out == "No check-in yet today.\nStreak: 0 workdays.\n"

    def test_done_exits_0_with_the_streak(self, run: Runner, tmp_path: Path) -> None:
        days = ["2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]
        records = [{"date": day, "value": f"work on {day}"} for day in days]
        run("import", write_json(tmp_path / "week.json", records))
        result = run("status")
        assert result.code == 0
        assert result.out == "Today's check-in is done.\nStreak: 5 workdays.\n"

    def test_one_day_streak_is_singular(self, run: Runner, tmp_path: Path) -> None:
        run("import", write_json(tmp_path / "one.json", [{"date": "2026-11-26", "value": "x"}]))
        assert run("status").out.endswith("Streak: 1 workday.\n")
        assert run("--lang", "sv", "status").out == (
            "Dagens avstämning är gjord.\nSvit: 1 arbetsdag.\n"
        )


class TestBackupRestore:
    def test_backup_then_list(self, filled: Runner, data_dir: Path) -> None:
        result = filled("backup")
        backup = data_dir / "backups" / "manual-20261126T093000.json"
        assert result.code == 0
        assert result.out == f"Backup written: {backup}\n"
        backed_up = json.loads(backup.read_bytes())["entries"].values()
        history = json.loads(filled("history", "--format", "json").out)
        assert sorted(r["id"] for r in backed_up) == sorted(r["id"] for r in history)
        assert filled("restore", "--list").out.splitlines()[0].split() == [
            "manual",
            "2026-11-26",
            "09:30:00",
            "2",
            "entries",
            "manual-20261126T093000.json",
        ]

    def test_restore_list_shows_kind_date_time_and_entry_count(
        self, filled: Runner, data_dir: Path, tmp_path: Path
    ) -> None:
        filled("backup")
        filled("import", write_json(tmp_path / "more.json", [{"date": "2026-11-26", "value": "x"}]))
        filled("restore", "manual-20261126T093000.json")
        lines = filled("restore", "--list").out.splitlines()
        assert [line.split() for line in lines[:-1]] == [
            ["replaced", "2026-11-26", "09:30:00", "3", "entries", "replaced-20261126T093000.json"],
            ["manual", "2026-11-26", "09:30:00", "2", "entries", "manual-20261126T093000.json"],
            ["daily", "2026-11-26", "–", "0", "entries", "journal-2026-11-26.json"],
        ]
        assert lines[-1] == (
            "A daily backup holds the journal as it was before that day's first change."
        )

    def test_every_kind_of_backup_has_a_name_in_the_list(self) -> None:
        from focuscheck.cli.backup_cmds import KIND_NAMES
        from focuscheck.storage.backups import BackupKind

        assert set(KIND_NAMES) == {kind.value for kind in BackupKind}

    def test_the_copy_kept_by_the_split_is_listed_and_restores(
        self, run: Runner, data_dir: Path
    ) -> None:
        from focuscheck.storage.journal_file import encode
        from focuscheck.storage.schema import ENTRIES, new_single_file

        old = new_single_file()
        old[ENTRIES] = {"1": {**FULL, "id": "3f1c2b7e-8a44-4b0a-9d55-6c0e2f1a9b10"}}
        data_dir.mkdir(parents=True, exist_ok=True)
        (data_dir / "journal.json").write_bytes(encode(old))
        assert run("history").code == 0
        lines = run("restore", "--list").out.splitlines()
        (row,) = [line.split() for line in lines if "migrated-" in line]
        assert row[0] == "migrated" and row[3:5] == ["1", "entry"]
        assert lines[-1] == (
            "A migrated backup holds the journal as it was before this version "
            "split it into one file per year."
        )
        assert run("restore", row[-1]).code == 0
        assert [e["value"] for e in json.loads(run("history", "--format", "json").out)] == [
            FULL["value"]
        ]

    def test_list_without_backups(self, run: Runner, data_dir: Path) -> None:
        result = run("restore", "--list")
        assert result.code == 0
        assert result.out == f"There is no backup in {data_dir / 'backups'}.\n"

    def test_restore_the_newest(self, filled: Runner, data_dir: Path, tmp_path: Path) -> None:
        filled("backup")
        filled("import", write_json(tmp_path / "more.json", [{"date": "2026-11-26", "value": "x"}]))
        result = filled("restore")
        assert result.code == 0
        kept = data_dir / "backups" / "replaced-20261126T093000.json"
        manual = data_dir / "backups" / "manual-20261126T093000.json"
        assert result.out == (
            f"Restored the journal from {manual} (2 entries).\n"
            f"The journal it replaced held 3 entries; it is kept as {kept}.\n"
        )
        assert len(json.loads(filled("history", "--format", "json").out)) == 2

    def test_restore_by_date(self, filled: Runner) -> None:
        filled("backup")
        assert filled("restore", "2026-11-26").code == 0

    def test_restore_an_unknown_backup(self, filled: Runner) -> None:
        filled("backup")
        result = filled("restore", "1999-01-01")
        assert result.code == 1
        assert result.err.startswith("Error: No backup called '1999-01-01'")

    def test_restore_without_backups(self, run: Runner) -> None:
        result = run("restore")
        assert result.code == 1 and "There is no backup" in result.err

    def test_restore_into_a_new_data_folder(
        self, filled: Runner, data_dir: Path, tmp_path: Path
    ) -> None:
        backup = Path(filled("backup").out.split(": ", 1)[1].strip())
        fresh = tmp_path / "new-machine" / "focuscheck"
        result = filled("--data-dir", fresh, "restore", backup)
        assert result.code == 0, result.err
        assert stat.S_IMODE(os.stat(fresh).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(fresh / "journal.json").st_mode) == 0o600
        assert len(json.loads(filled("--data-dir", fresh, "history", "--format", "json").out)) == 2

    def test_at_a_terminal_the_next_backup_is_offered_and_restored_on_yes(
        self, filled: Runner, data_dir: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        filled("backup")
        (data_dir / "backups" / "manual-20261126T093000.json").write_text("{oops")

        class Terminal(io.StringIO):
            def isatty(self) -> bool:
                return True

        monkeypatch.setattr("sys.stdin", Terminal("y\n"))
        result = filled("restore")
        assert result.code == 0, result.err
        assert "Do you want to restore the next one, journal-2026-11-26.json, instead?" in (
            result.out
        )
        daily = data_dir / "backups" / "journal-2026-11-26.json"
        assert f"Restored the journal from {daily} (0 entries)." in result.out

    def test_a_corrupt_backup_is_refused(self, filled: Runner, data_dir: Path) -> None:
        filled("backup")
        (data_dir / "backups" / "manual-20261126T093000.json").write_text("{oops")
        before = (data_dir / "journal.json").read_bytes()
        result = filled("restore", "manual-20261126T093000.json")
        assert result.code == 1 and "is not usable either" in result.err
        assert (data_dir / "journal.json").read_bytes() == before

    def test_an_unreadable_newest_backup_offers_the_next(
        self, filled: Runner, data_dir: Path
    ) -> None:
        filled("backup")
        newest = data_dir / "backups" / "manual-20261126T093000.json"
        newest.write_text("{oops")
        before = (data_dir / "journal.json").read_bytes()
        result = filled("restore")
        assert result.code == 1
        assert f"The backup {newest} is not usable either" in result.err
        assert result.err.endswith(
            "Nothing was restored. To restore the next one: "
            "focuscheck restore journal-2026-11-26.json\n"
        )
        assert (data_dir / "journal.json").read_bytes() == before
        assert filled("restore", "journal-2026-11-26.json").code == 0


class TestTrash:
    @pytest.fixture
    def deleted(self, filled: Runner, data_dir: Path) -> Runner:
        """The FULL check-in deleted an hour after the frozen now."""
        from datetime import timedelta

        from focuscheck.domain.clock import FixedClock
        from focuscheck.storage.journal import Journal
        from tests.conftest import FROZEN_NOW

        journal = Journal.open(data_dir, FixedClock(FROZEN_NOW + timedelta(hours=1)))
        assert journal.delete_entry(FULL["id"])
        return filled

    def test_focuscheck_trash_lists_the_deleted_check_ins(self, deleted: Runner) -> None:
        result = deleted("trash")
        assert result.code == 0
        assert result.out.splitlines() == [
            "0b6c7a3e  2026-11-25  deleted 2026-11-26 10:30, kept until 2026-12-26  "
            "“Fixed the invoice bug, finally”",
            "Deleted check-ins are kept for 30 days. Bring one back with: "
            "focuscheck trash restore ID",
        ]

    def test_an_empty_trash_says_so(self, filled: Runner) -> None:
        assert filled("trash").out == "The trash is empty.\n"

    def test_trash_restore_id_brings_it_back(self, deleted: Runner) -> None:
        result = deleted("trash", "restore", "0b6c7a3e")
        assert result.code == 0
        assert result.out == "Brought back the check-in of 2026-11-25.\n"
        history = json.loads(deleted("history", "--format", "json").out)
        assert FULL["id"] in [entry["id"] for entry in history]
        assert deleted("trash").out == "The trash is empty.\n"

    def test_trash_restore_of_an_unknown_id_says_so(self, deleted: Runner) -> None:
        result = deleted("trash", "restore", "ffff")
        assert result.code == 1
        assert result.err == (
            "Error: There is no deleted check-in ffff in the trash; see: focuscheck trash\n"
        )

    def test_a_check_in_in_the_trash_is_out_of_history_and_export(
        self, deleted: Runner, tmp_path: Path
    ) -> None:
        history = json.loads(deleted("history", "--format", "json").out)
        assert [entry["id"] for entry in history] == [BARE["id"]]
        exported = tmp_path / "mine.json"
        assert deleted("export", "-o", exported).code == 0
        assert "Fixed the invoice bug" not in exported.read_text(encoding="utf-8")


class TestCorruptJournal:
    BROKEN = b'{"_meta": {"1": {"schema_version": 1}}, "entries": {"1": {"id": "x", '

    @pytest.fixture
    def broken(self, filled: Runner, data_dir: Path) -> Path:
        filled("backup")
        journal = data_dir / "journal.json"
        journal.write_bytes(self.BROKEN)
        return journal

    @pytest.mark.parametrize(
        "args",
        [
            ["history"],
            ["history", "--format", "json"],
            ["status"],
            ["config", "list"],
            ["config", "set", "team", "A"],
            ["backup"],
            ["import", "never-read.json"],
        ],
        ids=" ".join,
    )
    def test_clear_message_and_file_untouched(
        self, run: Runner, broken: Path, data_dir: Path, args: list[str]
    ) -> None:
        result = run(*args)
        assert result.code == 1
        assert f"Cannot read the journal {broken}: it is not valid JSON" in result.err
        assert "The file has not been changed." in result.err
        assert str(data_dir / "backups" / "manual-20261126T093000.json") in result.err
        assert "focuscheck restore" in result.err
        assert "Traceback" not in result.err
        assert broken.read_bytes() == self.BROKEN

    def test_restore_mends_it(self, run: Runner, broken: Path) -> None:
        result = run("restore")
        assert result.code == 0, result.err
        assert len(json.loads(run("history", "--format", "json").out)) == 2
        kept = result.out.split("kept as ")[1].strip().rstrip(".")
        assert Path(kept).read_bytes() == self.BROKEN

    def test_a_journal_holding_a_five_thousand_digit_number_is_refused_clearly(
        self, filled: Runner, data_dir: Path
    ) -> None:
        journal = data_dir / "entries-2026.json"
        huge = journal.read_bytes().replace(b'"focus":4', b'"focus":' + b"9" * 5_000, 1)
        assert huge != journal.read_bytes()
        journal.write_bytes(huge)
        result = filled("status")
        assert result.code == 1
        assert "a number in the file has 5000 digits" in result.err
        assert "unexpected problem" not in result.err
        assert journal.read_bytes() == huge
