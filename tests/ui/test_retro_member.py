"""A member's own tab of a shared retro (the join link): the retro it joined and nothing else."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.settings import Settings
from focuscheck.retro.prompts import PromptKind, standard_prompt
from focuscheck.retro.remote import TimerShare
from focuscheck.retro.session_store import FOLDER, SessionStore
from focuscheck.retro.timer import TimerState
from focuscheck.screens.retro.join import JoinScreen
from focuscheck.screens.retro.participant import ParticipantScreen
from focuscheck.storage.journal import Journal
from tests.conftest import FROZEN_NOW
from tests.ui.retro_support import files_opened, member_app, screen_text

WASTE = standard_prompt(PromptKind.WASTE)


def host_journal(data_dir: Path) -> None:
    """The host keeps a journal of their own, with their own word for the customer."""
    journal = Journal.open(data_dir, FixedClock(FROZEN_NOW))
    journal.save_settings(Settings(customer_term="citizen"))
    journal.close()


async def test_a_member_s_tab_reads_only_the_session_it_joined(data_dir: Path) -> None:
    host_journal(data_dir)
    store = SessionStore(data_dir)
    code = store.create((WASTE,), 60, named=False, customer=CustomerTerm("patient")).code
    with files_opened() as opened:
        app = member_app(data_dir, code)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ParticipantScreen)
            store.start_round(code, 0, TimerShare(TimerState.RUNNING, 60, store.wall()))
            await pilot.pause(0.3)
            shown = screen_text(app)
    assert "What internal thing adds no value for the patient?" in shown
    assert "citizen" not in shown
    inside = [path for path in opened if path.is_relative_to(data_dir.absolute())]
    assert inside, "the member's tab never read the session"
    assert all(path.is_relative_to(data_dir.absolute() / FOLDER) for path in inside), inside


async def test_a_member_s_tab_has_no_way_to_other_screens(data_dir: Path) -> None:
    store = SessionStore(data_dir)
    code = store.create((WASTE,), 60, named=False, customer=CustomerTerm()).code
    app = member_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, JoinScreen)
        assert [type(screen).__name__ for screen in app.screen_stack[1:]] == ["JoinScreen"]
        app.screen.query_one("#join-code", Input).value = code
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantScreen)
        shown = [type(screen).__name__ for screen in app.screen_stack[1:]]
        assert shown == ["JoinScreen", "ParticipantScreen"]
