"""``focuscheck checkin`` on the command line: one line of options, --plain, --date."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest

from focuscheck.cli.checkin_options import OPTION_NAMES, answer_options, option_name
from focuscheck.cli.launch import tui_start
from focuscheck.domain.checkin_fields import CHECKIN
from tests.conftest import FROZEN_NOW
from tests.unit.cli_support import Runner, make_runner
from tests.unit.plain_support import WHOLE_CHECKIN

TODAY = FROZEN_NOW.date()


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def saved(run: Runner) -> list[dict[str, object]]:
    result = run("history", "--format", "json")
    assert result.code == 0, result.err
    entries: list[dict[str, object]] = json.loads(result.out)
    return entries


def test_one_line_saves_every_answer_and_says_so_with_the_streak(run: Runner) -> None:
    result = run(
        "checkin",
        "--value", "Called back a customer",
        "--salary", "The customer",
        "--cornerstone", "Customer focus",
        "--mission", "Healthy people",
        "--clarity", "3",
        "--voice", "customer",
        "--quote", "Thanks",
        "--waste", "red_tape",
        "--waste-note", "Three signatures",
        "--focus", "4",
        "--tag", "support", "--tag", "billing",
    )  # fmt: skip
    assert (result.code, result.err) == (0, "")
    assert result.out == "Saved the check-in for 2026-11-26. Streak: 1 workday in a row.\n"
    [entry] = saved(run)
    assert entry["value"] == "Called back a customer"
    assert (entry["salary_aligned"], entry["mission_clarity"]) == (True, 3)
    assert (entry["voice_source"], entry["voice_quote"]) == ("customer", "Thanks")
    assert (entry["waste_category"], entry["waste_note"]) == ("red_tape", "Three signatures")
    assert (entry["focus"], entry["tags"]) == (4, ["support", "billing"])


def test_every_question_of_the_table_has_its_option() -> None:
    options = {option.name: option.opts[0] for option in answer_options()}
    assert options == {spec.name: f"--{option_name(spec)}" for spec in CHECKIN.asked}
    assert set(OPTION_NAMES) <= set(options)
    assert options["voice_source"] == "--voice" and options["waste_note"] == "--waste-note"


def test_the_options_are_explained_by_the_table_s_labels(run: Runner) -> None:
    shown = run("checkin", "--help").out
    assert "Who pays my salary?" in shown
    assert "[customer|colleague|none]" in shown
    assert "[admin|unclarity|rigidity|red_tape|other]" in shown


def test_a_missing_value_is_a_usage_error_naming_it(run: Runner) -> None:
    result = run("checkin", "--focus", "4")
    assert result.code == 2
    assert "missing --value: value is required" in result.err
    assert saved(run) == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--focus", "6"), "'--focus'"),
        (("--voice", "boss"), "'--voice'"),
        (("--value", "x" * 20_001), "--value"),
        (("--value", "Helped", "--voice", "none", "--quote", "Hi"), "A quote needs someone"),
        (("--value", "Helped", "--quote", "Hi"), "A quote needs someone"),
        (("--value", "Helped", "--date", "2026-11-27"), "has not come yet"),
        (("--value", "Helped", "--date", "someday"), "--date"),
        (("--plain", "--value", "Helped"), "--plain asks every answer"),
    ],
)
def test_a_bad_answer_is_refused_with_exit_2_and_nothing_saved(
    run: Runner, args: tuple[str, ...], said: str
) -> None:
    result = run("checkin", *args)
    assert result.code == 2
    assert said in result.err
    assert "Traceback" not in result.err
    assert saved(run) == []


def test_a_day_with_a_check_in_is_changed_only_with_update(run: Runner) -> None:
    assert run("checkin", "--value", "Helped", "--focus", "2").code == 0
    refused = run("checkin", "--value", "Helped more")
    assert refused.code == 2
    assert "2026-11-26 has a check-in already; add --update to change it." in refused.err
    changed = run("checkin", "--update", "--focus", "5")
    assert changed.out.startswith("Changed the check-in for 2026-11-26.")
    [entry] = saved(run)
    assert (entry["value"], entry["focus"]) == ("Helped", 5)


def test_yesterday_is_made_up_marked_and_counted_in_the_streak(run: Runner) -> None:
    assert run("checkin", "--value", "Today").code == 0
    result = run("checkin", "--date", "yesterday", "--value", "Yesterday")
    assert result.code == 0
    assert result.out == (
        "Saved the check-in for 2026-11-25, made up today. Streak: 2 workdays in a row.\n"
    )
    shown = run("history").out
    assert "2026-11-25 (made up on 2026-11-26)" in shown
    assert "2026-11-26\n" in shown and "2026-11-26 (made up" not in shown
    assert "## 2026-11-25 (made up on 2026-11-26)" in run("history", "--format", "md").out


def test_a_one_line_check_in_keeps_a_draft_of_another_day(
    run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("The customer\n"))
    assert run("checkin", "--plain").code == 1
    assert run("checkin", "--date", "yesterday", "--value", "Made up").code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert "unfinished, at step 2/8" in run("checkin", "--plain").out


def test_plain_reads_the_check_in_from_standard_input(
    run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(WHOLE_CHECKIN) + "\n"))
    result = run("checkin", "--plain")
    assert result.code == 0, result.err
    assert "Step 8/8: Any tags for today?" in result.out
    assert "\x1b" not in result.out
    assert saved(run)[0]["tags"] == ["support", "billing"]


def test_plain_stopped_by_the_end_of_input_exits_1_and_keeps_the_draft(
    run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("The customer\n"))
    result = run("checkin", "--plain")
    assert result.code == 1
    assert "Your answers are kept; they will be offered next time." in result.out


def test_plain_refuses_a_day_to_come(run: Runner) -> None:
    later = (TODAY + timedelta(days=3)).isoformat()
    result = run("checkin", "--plain", "--date", later)
    assert result.code == 2
    assert "has not come yet" in result.err


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["checkin"], "checkin"),
        (["--lang", "sv", "checkin"], "checkin"),
        (["checkin", "--plain"], None),
        (["checkin", "--value", "Helped"], None),
        (["checkin", "--date", "yesterday"], None),
    ],
)
def test_only_a_bare_checkin_goes_straight_to_the_app(args: list[str], start: str | None) -> None:
    assert tui_start(args) == start
