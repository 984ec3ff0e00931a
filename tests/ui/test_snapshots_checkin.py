"""Snapshots of every check-in screen in English and Swedish, at 100×30.

The app is built with the same ``make_app`` factory the command line uses; a
draft seeded at a step is the short way to any step of the flow.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.screens.trash_words import delete_dialog
from focuscheck.storage.journal import Journal
from tests.conftest import FROZEN_NOW
from tests.ui.checkin_support import SIZE, checkin_app, entry_on, journal_for, settle, with_mission

LANGUAGES = pytest.mark.parametrize("language", ["en", "sv"])

Driver = Callable[[Pilot[Any]], Awaitable[None]]


def drive(*groups: Sequence[str]) -> Driver:
    """Press each group of keys, letting the app settle after each."""

    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for keys in groups:
            await pilot.press(*keys)
            await settle(pilot)

    return run


def seed_draft(journal: Journal, step: Step) -> None:
    """A draft with every answer filled in, left at ``step``."""
    form = CheckinForm(
        day=FROZEN_NOW.date(),
        salary="the customer",
        cornerstone="customer focus",
        mission="We help people get help fast.",
        mission_clarity=4,
        value="Rewrote the letter [bold]so people understand it[/bold]",
        voice_source=VoiceSource.COLLEAGUE,
        voice_quote="They read it twice and still called",
        waste_category=WasteCategory.RED_TAPE,
        waste_note="Two signatures for a reprint",
        focus=4,
        tags="letters, support",
    ).at(step)
    journal.save_draft(form.to_draft())


class TestHomeSnapshots:
    @LANGUAGES
    def test_home(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock)
        journal.save_entry(entry_on(FROZEN_NOW.date().replace(day=24), FROZEN_NOW))
        app = checkin_app(journal, clock, language=language, start="home")
        assert snap_compare(app, terminal_size=SIZE, run_before=drive())

    @LANGUAGES
    def test_help(self, snap_compare, data_dir: Path, clock, language: str):
        app = checkin_app(journal_for(data_dir, clock), clock, language=language, start="home")
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["f1"]))

    @LANGUAGES
    def test_command_palette(self, snap_compare, data_dir: Path, clock, language: str):
        app = checkin_app(journal_for(data_dir, clock), clock, language=language, start="home")
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["ctrl+p"]))


class TestFirstRunSnapshots:
    @LANGUAGES
    def test_language_page(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock, onboarded=False)
        app = checkin_app(journal, clock, language=language, start="home")
        assert snap_compare(app, terminal_size=SIZE, run_before=drive())

    @LANGUAGES
    def test_profile_page(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock, onboarded=False)
        app = checkin_app(journal, clock, language=language, start="home")
        # The app's language is highlighted: Enter keeps it.
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["enter"]))


class TestQuestionSnapshots:
    @LANGUAGES
    def test_first_question(self, snap_compare, data_dir: Path, clock, language: str):
        app = checkin_app(journal_for(data_dir, clock), clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive())

    @LANGUAGES
    def test_salary_reflection(self, snap_compare, data_dir: Path, clock, language: str):
        app = checkin_app(journal_for(data_dir, clock), clock, language=language)
        run = drive([*"my manager", "enter"])
        assert snap_compare(app, terminal_size=SIZE, run_before=run)

    @LANGUAGES
    def test_cornerstone_reflection(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock)
        seed_draft(journal, Step.CORNERSTONE)
        app = checkin_app(journal, clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["y"]))


class TestMissionSnapshots:
    @LANGUAGES
    def test_no_mission_written_down(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock)
        seed_draft(journal, Step.MISSION)
        app = checkin_app(journal, clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["y"]))

    @LANGUAGES
    def test_stated_mission_beside_memory(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock)
        with_mission(journal)
        seed_draft(journal, Step.MISSION)
        app = checkin_app(journal, clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["y"]))

    @LANGUAGES
    def test_values_but_no_mission_written_down(
        self, snap_compare, data_dir: Path, clock, language: str
    ):
        journal = journal_for(data_dir, clock)
        journal.save_settings(replace(journal.settings(), values=("Openness", "Respect")))
        seed_draft(journal, Step.MISSION)
        app = checkin_app(journal, clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["y"]))

    @LANGUAGES
    def test_clarity_1_offers_the_ways_forward(
        self, snap_compare, data_dir: Path, clock, language: str
    ):
        journal = journal_for(data_dir, clock)
        with_mission(journal)
        seed_draft(journal, Step.MISSION)
        app = checkin_app(journal, clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["y"], ["1"]))


class TestStepSnapshots:
    @LANGUAGES
    @pytest.mark.parametrize("step", [Step.VALUE, Step.VOICE, Step.WASTE, Step.FOCUS, Step.TAGS])
    def test_step(self, snap_compare, data_dir: Path, clock, language: str, step: Step):
        journal = journal_for(data_dir, clock)
        seed_draft(journal, step)
        app = checkin_app(journal, clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["y"]))

    @LANGUAGES
    def test_value_required(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock)
        journal.save_draft(CheckinForm(day=FROZEN_NOW.date(), salary="x").at(Step.VALUE).to_draft())
        app = checkin_app(journal, clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["y"], ["ctrl+n"]))


class TestEndSnapshots:
    @LANGUAGES
    def test_summary(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock)
        journal.save_entry(entry_on(FROZEN_NOW.date().replace(day=25), FROZEN_NOW))
        seed_draft(journal, Step.TAGS)
        app = checkin_app(journal, clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive(["y"], ["enter"]))

    @LANGUAGES
    def test_resume_dialog(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock)
        seed_draft(journal, Step.VOICE)
        app = checkin_app(journal, clock, language=language)
        assert snap_compare(app, terminal_size=SIZE, run_before=drive())

    @LANGUAGES
    def test_delete_dialog(self, snap_compare, data_dir: Path, clock, language: str):
        journal = journal_for(data_dir, clock)
        # A fixed id: the dialog names it in the command that brings the entry back.
        fixed = {"id": "0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11"}
        entry = journal.save_entry(entry_on(FROZEN_NOW.date(), FROZEN_NOW, **fixed))
        app = checkin_app(journal, clock, language=language, start="home")

        async def run(pilot: Pilot[Any]) -> None:
            await settle(pilot)
            app.push_screen(delete_dialog(entry))
            await settle(pilot)

        assert snap_compare(app, terminal_size=SIZE, run_before=run)
