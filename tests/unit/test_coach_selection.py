"""The coach's stars: kept in coach-selection.json beside the exports, and used by the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from focuscheck.coach.export_format import checksum
from focuscheck.coach.loader import load_exports
from focuscheck.coach.selection import SELECTION_NAME, Selection
from focuscheck.coach.selection_file import (
    SelectionStore,
    read_selection,
    selection_path,
    write_selection,
)
from focuscheck.coach.text_groups import text_key
from tests.unit.cli_support import Runner, make_runner
from tests.unit.coach_support import rewrite, write_team

K = 5
NOBODY = text_key("waste_note", "Nobody knew who decides", "unclarity")
"""The waste note every participant of ``write_team`` wrote."""


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def test_stars_are_kept_by_kind_and_normalised_text_with_a_version(tmp_path: Path) -> None:
    path = tmp_path / SELECTION_NAME
    write_selection(path, Selection(frozenset({NOBODY})))
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "version": 1,
        "starred": [
            {"field": "waste_note", "category": "unclarity", "text": "nobody knew who decides"}
        ],
    }
    assert read_selection(path) == Selection(frozenset({NOBODY}))


def test_no_selection_file_is_no_star(tmp_path: Path) -> None:
    assert read_selection(tmp_path / SELECTION_NAME) == Selection()


def test_stars_are_kept_in_the_first_folder_named(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    second.mkdir()
    (first / "sub").mkdir(parents=True)
    lone = first / "sub" / "export.json"
    lone.write_text("{}", encoding="utf-8")
    assert selection_path([lone, second, first]) == second / SELECTION_NAME
    assert selection_path([lone]) == first / "sub" / SELECTION_NAME


def test_a_star_toggled_twice_is_gone_and_saved_so(tmp_path: Path) -> None:
    store = SelectionStore(tmp_path / SELECTION_NAME)
    assert store.toggle(NOBODY) is None
    assert SelectionStore(tmp_path / SELECTION_NAME).selection.starred == {NOBODY}
    assert store.toggle(NOBODY) is None
    assert read_selection(tmp_path / SELECTION_NAME) == Selection()


def test_the_selection_file_is_not_loaded_as_an_export(tmp_path: Path) -> None:
    write_team(tmp_path / "team", K)
    write_selection(tmp_path / "team" / SELECTION_NAME, Selection(frozenset({NOBODY})))
    loaded = load_exports([tmp_path / "team"])
    assert len(loaded.exports) == K
    assert loaded.rejected == ()


def test_the_report_lists_exactly_the_starred_groups(run: Runner, tmp_path: Path) -> None:
    write_team(tmp_path / "team", K)
    write_selection(tmp_path / "team" / SELECTION_NAME, Selection(frozenset({NOBODY})))
    result = run("coach", tmp_path / "team", "--report", "-")
    assert result.code == 0, result.err
    themes = result.out.split("## Themes", 1)[1]
    assert "The 1 group the coach starred." in themes
    assert "### Waste noticed: Unclarity\n\n- ×30 Nobody knew who decides\n" in themes
    assert "made the form shorter" not in themes


def test_the_report_without_stars_lists_at_most_five_groups_of_each_kind(
    run: Runner, tmp_path: Path
) -> None:
    write_team(tmp_path / "team", K + 3)
    target = tmp_path / "review.html"
    assert run("coach", tmp_path / "team", "--report", target).code == 0
    html = target.read_text(encoding="utf-8")
    themes = html.split('<section class="themes flow">', 1)[1].split("</section>", 1)[0]
    assert "<h3>Value for the customer</h3>" in themes
    assert themes.count("<li>") == 5 + 1  # five of the 16 values, and the one waste note
    assert "None starred: the 5 most frequent groups of each kind" in themes


def test_mission_answers_are_their_own_section_of_the_report(run: Runner, tmp_path: Path) -> None:
    def mission(data: dict) -> None:
        for item in data["entries"]:
            item["mission"] = "We make the patient's day easier."
        data["checksum"] = checksum(data)

    for path in write_team(tmp_path / "team", K):
        rewrite(path, mission)
    result = run("coach", tmp_path / "team", "--report", "-")
    themes, section = result.out.split("## Themes", 1)[1].split("## Mission as understood", 1)
    assert "patient's day" not in themes
    assert "- ×30 We make the patient's day easier." in section


def test_the_report_with_a_damaged_selection_says_so_and_lists_the_sample(
    run: Runner, tmp_path: Path
) -> None:
    write_team(tmp_path / "team", K)
    damaged = tmp_path / "team" / SELECTION_NAME
    damaged.write_text('{"version": 1, "starred": [', encoding="utf-8")
    result = run("coach", tmp_path / "team", "--report", "-")
    assert result.code == 0
    assert f"{damaged} cannot be read (it is not valid JSON); it is left as it is." in result.err
    assert "The report shows the most frequent texts instead." in result.err
    assert "None starred" in result.out
    assert damaged.read_text(encoding="utf-8") == '{"version": 1, "starred": ['
