"""``focuscheck backlog list`` and ``backlog mark``: following an item up from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.cli_support import Runner, make_runner, write_json

SIGNATURES = "0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11"
FORMS = "0b6c7a3e-aaaa-4a5e-9d59-3f0f1c7e2a11"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Runner:
    runner = make_runner(capsys)
    records: list[dict[str, Any]] = [
        {
            "id": SIGNATURES,
            "date": "2026-11-20",
            "value": "Refund",
            "waste_category": "red_tape",
            "waste_note": "Approval takes three signatures",
        },
        {"id": FORMS, "date": "2026-11-19", "value": "Forms", "waste_category": "admin"},
        {"date": "2026-11-18", "value": "Calls"},
    ]
    assert runner("import", write_json(tmp_path / "in.json", records)).code == 0
    return runner


def listed(run: Runner, *args: str) -> list[dict[str, Any]]:
    result = run("backlog", "list", "--format", "json", *args)
    assert result.code == 0, result.err
    items: list[dict[str, Any]] = json.loads(result.out)
    return items


def test_an_item_raised_at_the_retro_and_resolved_shows_in_the_list_and_the_stats(
    run: Runner,
) -> None:
    raised = run("backlog", "mark", "0b6c7a3e-6", "raised", "--note", "retro 2026-12-04")
    assert raised.code == 0, raised.err
    assert raised.out == "0b6c7a3e is marked raised: Approval takes three signatures\n"
    resolved = run("backlog", "mark", "0b6c7a3e-6f", "resolved", "--note", "One signature now")
    assert resolved.code == 0
    (item,) = listed(run, "--status", "resolved")
    assert (item["status"], item["raised_where"], item["outcome"]) == (
        "resolved",
        "retro 2026-12-04",
        "One signature now",
    )
    assert item["raised_on"] == item["closed_on"] == "2026-11-26"
    stats = json.loads(run("stats", "--format", "json").out)["waste_follow_up"]
    assert stats["status"] == {"open": 1, "raised": 0, "resolved": 1, "dropped": 0}
    assert stats["median_days_to_resolve"] == 6
    assert "Open 1 · Raised 0 · Resolved 1 · Dropped 0" in run("stats").out


def test_the_list_groups_by_status_in_text_and_markdown(run: Runner) -> None:
    run("backlog", "mark", SIGNATURES, "dropped", "--note", "needed after all")
    text = run("backlog").out
    assert text.startswith("Open items (1)\n  0b6c7a3e  2026-11-19  Unnecessary")
    assert "Dropped items (1)" in text and "Dropped 2026-11-26: needed after all" in text
    markdown = run("backlog", "list", "--format", "markdown").out
    assert "## Open items (1)" in markdown and "## Dropped items (1)" in markdown


def test_several_statuses_can_be_listed_together(run: Runner) -> None:
    run("backlog", "mark", SIGNATURES, "raised")
    assert [item["status"] for item in listed(run, "--status", "raised", "--status", "open")] == [
        "raised",
        "open",
    ]
    assert listed(run, "--status", "dropped") == []


def test_a_start_that_matches_two_items_asks_for_more_of_the_id(run: Runner) -> None:
    result = run("backlog", "mark", "0b6c", "raised")
    assert result.code == 2 and "matches more than one item" in result.err
    assert {item["status"] for item in listed(run)} == {"open"}


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("nothere", "raised"), "There is no item nothere in the list"),
        ((SIGNATURES, "fixed"), "'fixed' is not one of"),
        ((SIGNATURES, "open", "--note", "why"), "not with open"),
        ((SIGNATURES,), "Missing argument"),
    ],
)
def test_bad_input_is_a_usage_error_that_changes_nothing(
    run: Runner, args: tuple[str, ...], says: str
) -> None:
    result = run("backlog", "mark", *args)
    assert result.code == 2 and says in result.err and "Traceback" not in result.err
    assert {item["status"] for item in listed(run)} == {"open"}


def test_swedish(run: Runner) -> None:
    result = run("--lang", "sv", "backlog", "mark", SIGNATURES, "raised", "--note", "retron")
    assert result.out.startswith("0b6c7a3e är markerad som lyft: Approval")
    text = run("--lang", "sv", "backlog").out
    assert "Öppna punkter (1)" in text and "Lyfta punkter (1)" in text
    assert "Lyft 2026-11-26: retron" in text
    refused = run("--lang", "sv", "backlog", "mark", "nothere", "raised")
    assert refused.code == 2 and "Det finns ingen punkt nothere i listan" in refused.err
