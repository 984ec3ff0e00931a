"""Actions that come back: a retro keeps actions, the next ones ask how they went."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, SelectionList

from focuscheck.i18n import set_language
from focuscheck.retro.actions import ActionDraft, ActionStatus
from focuscheck.retro.prompts import STANDARD_KINDS, PromptKind
from focuscheck.screens.retro.actions_form import ActionsScreen
from focuscheck.screens.retro.app import RetroApp
from focuscheck.screens.retro.follow_up import FollowUpScreen
from focuscheck.screens.retro.lobby import LobbyScreen
from focuscheck.screens.retro.reveal import RevealScreen
from focuscheck.screens.retro.round import RoundScreen
from focuscheck.screens.retro.setup import SetupScreen
from focuscheck.screens.retro.summary import SummaryScreen
from focuscheck.service.retro_actions import ActionsService
from tests.ui.retro_support import retro_app, screen_text, type_answer

TEAM = 5
WASTE = [
    ("Three signatures for a refund", 3),
    ("Nobody knows who decides", 1),
    ("Forms about forms", 3),
    ("Status report no one reads", 0),
    ("Waiting for the test server", 2),
]


def stored(data_dir: Path) -> dict[str, dict[str, Any]]:
    """The actions file's records, by action text."""
    raw = json.loads((data_dir / "retro-actions.json").read_text(encoding="utf-8"))
    return {record["text"]: record for record in raw["actions"].values()}


async def start_here(pilot: Pilot[Any]) -> None:
    """Set up an anonymous team of five with the salary and waste questions only."""
    setup = pilot.app.screen
    assert isinstance(setup, SetupScreen)
    prompts = setup.query_one("#setup-prompts", SelectionList)
    for kind in STANDARD_KINDS:
        if kind not in (PromptKind.SALARY, PromptKind.WASTE):
            prompts.deselect(kind)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def answer_both_rounds(pilot: Pilot[Any]) -> None:
    """Every member answers both questions, and the board is revealed."""
    assert isinstance(pilot.app.screen, RoundScreen)
    for number in range(TEAM):
        await type_answer(pilot, f"The customer, says member {number + 1}")
    await pilot.press("enter")
    await pilot.pause()
    for text, category in WASTE:
        await type_answer(pilot, text, choice=category)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("ctrl+k")  # the board without a vote
    await pilot.pause()
    assert isinstance(pilot.app.screen, RevealScreen)


async def fill(pilot: Pilot[Any], field: str, text: str) -> None:
    widget = pilot.app.screen.query_one(field, Input)
    widget.value = text
    await pilot.pause()


async def test_actions_from_one_retro_are_followed_up_at_the_next_two(
    data_dir: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()

    # The first retro: three items marked, two of them become actions.
    app, _clock = retro_app(data_dir, notes)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await start_here(pilot)
        assert isinstance(app.screen, RoundScreen), "no follow-up without earlier actions"
        await answer_both_rounds(pilot)
        await pilot.press("space")  # the first salary answer
        await pilot.press("right", "space", "down", "space")  # two waste items
        await pilot.press("s")
        await pilot.pause()
        actions = app.screen
        assert isinstance(actions, ActionsScreen)
        assert len(actions.items) == 3
        assert actions.query_one("#action-owner-1", Input).value == "the team"
        actions.query_one("#action-take-0", Checkbox).value = False
        first, second = (actions.items[1].text, actions.items[2].text)
        await fill(pilot, "#action-text-1", f"Ask finance about: {first}")
        await fill(pilot, "#action-due-1", "next friday")
        await fill(pilot, "#action-owner-2", "Ann")
        await fill(pilot, "#action-due-2", "2026-12-10")
        await pilot.press("ctrl+s")
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        assert f"- Ask finance about: {first} — the team, by 2026-11-27" in summary.markdown
        assert f"- {second} — Ann, by 2026-12-10" in summary.markdown
        assert "Last time's actions" not in summary.markdown

    kept = stored(data_dir)
    assert set(kept) == {f"Ask finance about: {first}", second}
    assert kept[second]["owner"] == "Ann" and kept[second]["status"] == "open"
    assert kept[f"Ask finance about: {first}"]["owner"] is None

    # The next retro opens with them: one done, one still open.
    app, _clock = retro_app(data_dir, notes)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await start_here(pilot)
        follow_up = app.screen
        assert isinstance(follow_up, FollowUpScreen)
        text = screen_text(app)
        assert "2 actions are open. How did they go?" in text
        assert f"Ask finance about: {first} — the team, by 2026-11-27" in text
        await pilot.press("d")
        assert stored(data_dir)[f"Ask finance about: {first}"]["status"] == "done"
        await pilot.press("o")
        assert "still open" in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await answer_both_rounds(pilot)
        await pilot.press("s")  # nothing marked this time: straight to the summary
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        ended = summary.markdown.split("## Last time's actions")[1].split("## Figures")[0]
        assert f"- Ask finance about: {first} — the team, by 2026-11-27: **done**" in ended
        assert f"- {second} — Ann, by 2026-12-10: **still open**" in ended
        assert "No actions were taken." in summary.markdown

    # The one still open comes back once more, and is dropped.
    app, _clock = retro_app(data_dir, notes)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await start_here(pilot)
        assert isinstance(app.screen, FollowUpScreen)
        assert "1 action is open. How did it go?" in screen_text(app)
        assert first not in screen_text(app)
        await pilot.press("x")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)

    kept = stored(data_dir)
    assert kept[second]["status"] == "dropped" and kept[second]["closed_on"] == "2026-11-26"
    assert kept[f"Ask finance about: {first}"]["status"] == "done"


async def reach_actions(app: RetroApp, pilot: Pilot[Any]) -> ActionsScreen:
    await pilot.pause()
    await start_here(pilot)
    await answer_both_rounds(pilot)
    await pilot.press("right", "space", "s")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ActionsScreen)
    return screen


async def test_an_empty_owner_or_a_past_due_date_is_refused_and_nothing_is_kept(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 34)) as pilot:
        screen = await reach_actions(app, pilot)
        await fill(pilot, "#action-owner-0", "  ")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        assert "give an owner: a name, or “the team”" in screen_text(app)
        assert app.focused is screen.query_one("#action-owner-0", Input)
        await fill(pilot, "#action-owner-0", "Bo")
        await fill(pilot, "#action-due-0", "yesterday")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "2026-11-25 has passed; give today or a later day" in screen_text(app)
        await fill(pilot, "#action-due-0", "someday soon")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen and "someday soon" in screen_text(app)
        assert not (data_dir / "retro-actions.json").exists()
        await fill(pilot, "#action-due-0", "fredag")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    (action,) = stored(data_dir).values()
    assert (action["owner"], action["due"]) == ("Bo", "2026-11-27")


async def test_going_back_from_the_summary_changes_the_actions_instead_of_adding_more(
    data_dir: Path, tmp_path: Path
) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 34)) as pilot:
        await reach_actions(app, pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        (before,) = stored(data_dir).values()
        await pilot.press("escape")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ActionsScreen)
        await fill(pilot, "#action-owner-0", "Cy")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    (after,) = stored(data_dir).values()
    assert after["id"] == before["id"] and after["owner"] == "Cy"


async def test_a_damaged_actions_file_is_reported_and_the_retro_goes_ahead(
    data_dir: Path, tmp_path: Path
) -> None:
    data_dir.mkdir(parents=True)
    damaged = data_dir / "retro-actions.json"
    damaged.write_text("{not json", encoding="utf-8")
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await start_here(pilot)
        assert isinstance(app.screen, RoundScreen)
        assert any("Cannot read the retro actions" in n.message for n in app._notifications)
    assert damaged.read_text(encoding="utf-8") == "{not json"


async def test_the_follow_up_speaks_swedish(data_dir: Path, tmp_path: Path) -> None:
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 34)) as pilot:
        await reach_actions(app, pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
    set_language("sv")
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await start_here(pilot)
        assert isinstance(app.screen, FollowUpScreen)
        assert "1 åtgärd är öppen. Hur gick det?" in screen_text(app)
        await pilot.press("d")
        assert "klar" in screen_text(app)
    assert date.fromisoformat(next(iter(stored(data_dir).values()))["closed_on"])


async def test_a_remote_retro_asks_on_the_facilitators_screen_before_the_lobby(
    data_dir: Path, tmp_path: Path
) -> None:
    ActionsService(data_dir, date(2026, 11, 19)).save_retro(
        "last", [ActionDraft("waste#0", "Book a test server", "Ann", date(2026, 11, 27))]
    )
    app, _clock = retro_app(data_dir, tmp_path)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpScreen)
        assert app.session is None, "members cannot join before the follow-up is done"
        await pilot.press("d", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LobbyScreen)
    (action,) = ActionsService(data_dir, date(2026, 11, 26)).all()
    assert action.status is ActionStatus.DONE
