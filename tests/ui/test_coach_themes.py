"""The coach's themes: browsed by kind, each group once with its count, starred and kept."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from focuscheck.coach.export_format import ExportOptions, document_json
from focuscheck.coach.selection import SELECTION_NAME
from focuscheck.domain.settings import Settings
from focuscheck.i18n import set_language
from focuscheck.screens.coach.app import CoachApp
from focuscheck.screens.coach.theme_list import STAR
from tests.robustness.faults import Step, inject
from tests.ui.browse_support import screen_text
from tests.ui.coach_support import open_review, write_exports
from tests.unit.coach_support import export_document, week_of_entries

SIZE = (120, 40)
MISSION = "We make the day easier for the people we serve"


def team(folder: Path, people: int = 6) -> Path:
    """The coach-app exports, and people who also wrote what the mission means to them."""
    write_exports(folder, people)
    for person in range(people):
        entries = week_of_entries(4, value="Called back the same day", mission=MISSION)
        document = export_document(
            entries, Settings(team="Nord"), ExportOptions(), participant=f"p-{100 + person:016x}"
        )
        (folder / f"mission-{person}.json").write_text(document_json(document), encoding="utf-8")
    return folder


def kind_labels(app: CoachApp) -> list[str]:
    kinds = app.query_one("#theme-kinds", OptionList)
    return [str(kinds.get_option_at_index(index).prompt) for index in range(kinds.option_count)]


def listed(app: CoachApp) -> list[str]:
    """Each group listed as it reads, without the name of the kind heading it."""
    groups = app.query_one("#theme-list", OptionList)
    prompts = [str(groups.get_option_at_index(i).prompt) for i in range(groups.option_count)]
    return [prompt.splitlines()[-1] for prompt in prompts]


def said(app: CoachApp, name: str) -> str:
    """The text of the note ``#name``."""
    return str(app.query_one(f"#{name}", Static).content)


async def choose_kind(pilot: Pilot[None], app: CoachApp, label: str) -> None:
    """Move the kind selector to the kind whose label starts with ``label``."""
    place = next(i for i, text in enumerate(kind_labels(app)) if text.startswith(label))
    kinds = app.query_one("#theme-kinds", OptionList)
    kinds.focus()
    await pilot.press("home", *["down"] * place)
    await pilot.pause()


async def open_themes(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.press("4")
    await pilot.pause()


async def star_first_group(pilot: Pilot[None], app: CoachApp) -> None:
    app.query_one("#theme-list", OptionList).focus()
    await pilot.press("home", "s")
    await pilot.pause()


async def test_themes_are_browsed_by_kind_with_counts_per_kind(tmp_path: Path) -> None:
    app = open_review(team(tmp_path / "team"))
    async with app.run_test(size=SIZE) as pilot:
        await open_themes(pilot)
        labels = kind_labels(app)
        assert labels[:3] == [
            "All but the mission (12)", "Value for the customer (8)", "What was heard (1)"
        ]  # fmt: skip
        assert "Waste noticed: Unclarity (1)" in labels
        await choose_kind(pilot, app, "Waste noticed: Unclarity")
        assert listed(app) == ["    ×18  Two approvals for a refund"]
        assert said(app, "theme-count") == "1 group · 18 texts"
        await choose_kind(pilot, app, "Value for the customer")
        assert len(listed(app)) == 8


async def test_each_group_is_shown_once_with_its_count(tmp_path: Path) -> None:
    app = open_review(team(tmp_path / "team"))
    async with app.run_test(size=SIZE) as pilot:
        await open_themes(pilot)
        text = screen_text(app)
        assert text.count("Faster, please") == 1
        assert "×27  Faster, please" in text
        assert "×18  Called back the same day" in text


async def test_mission_answers_have_their_own_section(tmp_path: Path) -> None:
    app = open_review(team(tmp_path / "team"))
    async with app.run_test(size=SIZE) as pilot:
        await open_themes(pilot)
        assert not any(MISSION in text for text in listed(app))
        assert "Mission as understood (1)" in kind_labels(app)
        await choose_kind(pilot, app, "Mission as understood")
        assert listed(app) == [f"    ×18  {MISSION}"]


async def test_search_finds_groups_across_kinds(tmp_path: Path) -> None:
    app = open_review(team(tmp_path / "team"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"refund")
        await pilot.pause()
        assert len(listed(app)) == 3  # one waste note, in each of three categories
        assert said(app, "theme-count") == "3 groups · 45 texts"


@pytest.mark.parametrize(("language", "key"), [("en", "s Star"), ("sv", "s Stjärnmärk")])
async def test_starring_a_group_marks_it_and_saves_it_for_the_next_run(
    tmp_path: Path, language: str, key: str
) -> None:
    set_language(language)
    folder = team(tmp_path / "team")
    app = open_review(folder)
    async with app.run_test(size=SIZE) as pilot:
        await open_themes(pilot)
        await star_first_group(pilot, app)
        assert listed(app)[0] == f"{STAR}   ×18  Called back the same day"
        assert key in screen_text(app)
    saved = json.loads((folder / SELECTION_NAME).read_text(encoding="utf-8"))
    assert saved == {
        "version": 1,
        "starred": [{"field": "value", "category": "", "text": "called back the same day"}],
    }
    again = open_review(folder)
    async with again.run_test(size=SIZE) as pilot:
        await open_themes(pilot)
        assert listed(again)[0].startswith(STAR)
        assert kind_labels(again)[-1].endswith("(1)")
        await choose_kind(pilot, again, STAR)
        assert len(listed(again)) == 1


async def test_a_damaged_selection_file_is_said_and_left_alone(tmp_path: Path) -> None:
    folder = team(tmp_path / "team")
    (folder / SELECTION_NAME).write_text("{not json", encoding="utf-8")
    app = open_review(folder)
    async with app.run_test(size=SIZE) as pilot:
        await open_themes(pilot)
        problem = said(app, "selection-problem")
        assert f"{folder / SELECTION_NAME} cannot be read (it is not valid JSON)" in problem
        assert problem.endswith("Stars are kept until you close the review.")
        await star_first_group(pilot, app)
        assert listed(app)[0].startswith(STAR)
    assert (folder / SELECTION_NAME).read_text(encoding="utf-8") == "{not json"


async def test_a_read_only_folder_says_so_and_keeps_the_star(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = team(tmp_path / "team")
    app = open_review(folder)
    async with app.run_test(size=SIZE) as pilot:
        await open_themes(pilot)
        with inject(monkeypatch, Step.CREATE, errno.EROFS):
            await star_first_group(pilot, app)
        assert said(app, "selection-problem").startswith(
            f"The stars cannot be saved: {folder} is read-only."
        )
        assert listed(app)[0].startswith(STAR)
    assert not (folder / SELECTION_NAME).exists()
