"""``focuscheck retro actions``: the actions listed and marked outside a retro."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from focuscheck.retro.actions import ActionDraft
from focuscheck.service.retro_actions import ActionsService
from tests.unit.cli_support import Runner, make_runner

TODAY = date(2026, 11, 26)  # FOCUSCHECK_NOW in every test


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Runner:
    numbers = iter(["1f0c" + "0" * 28, "2b7e" + "0" * 28, "2b70" + "1" * 28])
    store = ActionsService(data_dir, TODAY, new_id=lambda: next(numbers))
    store.save_retro(
        "r1",
        [
            ActionDraft("waste#0", "Ask finance about the second signature", None),
            ActionDraft("waste#2", "Book a test server", "Ann", date(2026, 12, 4)),
            ActionDraft("salary#1", "Invite a customer to the demo", "Bo", date(2026, 11, 27)),
        ],
    )
    return make_runner(capsys)


def test_the_open_actions_are_listed_soonest_due_first(run: Runner) -> None:
    result = run("retro", "actions")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    rows = [line for line in lines if not line.startswith(" ")]
    assert [row.split()[0] for row in rows] == ["ID", "2b701111", "2b7e0000", "1f0c0000"]
    assert "2026-11-27  Bo" in rows[1] and "the team" in rows[3]
    assert lines[-1].strip() == "signature"  # the long text wraps under its column
    assert max(len(line) for line in lines) <= 80


def test_marking_an_action_done_takes_it_off_the_open_list(run: Runner) -> None:
    result = run("retro", "actions", "done", "1f0c")
    assert result.code == 0, result.err
    assert result.out == "1f0c0000 is done now: Ask finance about the second signature\n"
    assert "1f0c" not in run("retro", "actions").out
    listed = json.loads(run("retro", "actions", "--all", "--format", "json").out)
    done = next(a for a in listed if a["id"].startswith("1f0c"))
    assert (done["status"], done["closed_on"], done["owner"]) == ("done", "2026-11-26", None)
    assert [a["status"] for a in listed] == ["open", "open", "done"]


def test_a_dropped_action_can_be_opened_again(run: Runner) -> None:
    assert run("retro", "actions", "dropped", "2b7e").code == 0
    assert "dropped" in run("retro", "actions", "list", "--all").out
    assert run("retro", "actions", "open", "2b7e").out.startswith("2b7e0000 is open now")
    assert "2b7e0000" in run("retro", "actions").out


def test_an_unknown_or_ambiguous_id_is_refused_and_nothing_changes(
    run: Runner, data_dir: Path
) -> None:
    before = (data_dir / "retro-actions.json").read_bytes()
    result = run("retro", "actions", "done", "9999")
    assert result.code == 2 and "There is no action 9999" in result.err
    result = run("retro", "actions", "done", "2b7")
    assert result.code == 2 and "matches more than one action" in result.err
    assert (data_dir / "retro-actions.json").read_bytes() == before


def test_a_damaged_file_is_reported_without_a_traceback(run: Runner, data_dir: Path) -> None:
    path = data_dir / "retro-actions.json"
    path.write_bytes(b'{"_meta": ')
    for args in (("retro", "actions"), ("retro", "actions", "done", "1f0c")):
        result = run(*args)
        assert result.code == 1
        assert result.err.startswith(f"Error: Cannot read the retro actions {path}")
        assert "Traceback" not in result.err
    assert path.read_bytes() == b'{"_meta": '


def test_no_actions_at_all_says_where_they_come_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = make_runner(capsys)("retro", "actions", "--all")
    assert result.out == "No actions yet. They come from the items a retro marks.\n"


def test_the_list_speaks_swedish(run: Runner) -> None:
    result = run("--lang", "sv", "retro", "actions")
    assert result.out.splitlines()[0].split() == ["ID", "Status", "Senast", "Ansvarig", "Åtgärd"]
    assert "öppen" in result.out and "teamet" in result.out
