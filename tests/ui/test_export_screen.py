"""The export screen: the exact file is shown, choices change it, nothing is written unasked."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Checkbox, Input, Select, SelectionList, TextArea

from focuscheck.app import make_app
from focuscheck.coach.export_format import ExportFormat, ExportOptions, build_anonymized, render
from focuscheck.coach.pseudonym import STATE_KEY
from focuscheck.domain.clock import FixedClock
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.screens.export import ExportScreen
from focuscheck.service.journal_service import JournalService
from focuscheck.storage.journal import Journal
from tests.ui.browse_support import sample_records, screen_text, seed, settle

PARTICIPANT = "p-0123456789abcdef"
SIZE = (120, 36)


class ExportHost(App[None]):
    """Opens the export screen as the home screen does, and records what it reports."""

    def __init__(self, journal: Journal, clock: FixedClock) -> None:
        super().__init__()
        self.journal = journal
        self.clock = clock
        self.written: list[Path] = []

    def on_mount(self) -> None:
        service = JournalService(self.journal.path.parent, self.clock, journal=self.journal)
        self.push_screen(ExportScreen(service, self.clock))

    def on_export_screen_export_written(self, message: ExportScreen.ExportWritten) -> None:
        self.written.append(message.path)


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> Journal:
    monkeypatch.chdir(data_dir.parent)
    records = sample_records()
    records[1]["value"] = "Called Anna at 070-123 45 67"
    seeded = seed(data_dir, clock, records)
    settings = seeded.settings()
    seeded.save_settings(type(settings)(display_name="Anna Berg"))
    seeded.set_state(STATE_KEY, PARTICIPANT)
    return seeded


def preview(app: App[Any]) -> str:
    return app.screen.query_one("#export-preview", TextArea).text


async def test_preview_is_exactly_the_file(journal: Journal, clock: FixedClock) -> None:
    app = ExportHost(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        expected = build_anonymized(
            journal.entries(), journal.settings(), PARTICIPANT, ExportOptions()
        )
        assert preview(app) == render(expected.document, ExportFormat.JSON)
        assert "Anna" not in preview(app) and "070-123" not in preview(app)
        text = screen_text(app)
        assert "scrubbed: 1 URL, 1 phone number, 1 name" in text
        assert PARTICIPANT in text


async def test_preview_says_the_coach_reads_every_line(journal: Journal, clock: FixedClock) -> None:
    app = ExportHost(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "The coach can read every line of this file. The smallest group size" in text
        assert "only what the coach's reports show" in text


async def test_choices_change_what_leaves(journal: Journal, clock: FixedClock) -> None:
    app = ExportHost(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        chooser = app.screen.query_one("#export-entries", SelectionList)
        kept = next(item for item in journal.entries() if item.value == "Fixed the invoice bug")
        assert kept.value in preview(app)
        chooser.select(kept.id)
        await settle(pilot)
        assert kept.value not in preview(app)
        assert "Wrote the FAQ" in preview(app)
        app.screen.query_one("#export-text", Checkbox).value = False
        await settle(pilot)
        assert '"value"' not in preview(app)
        assert chooser.disabled


async def test_write_only_after_confirmation(
    journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    app = ExportHost(journal, clock)
    target = tmp_path / "for-coach.json"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert not target.exists()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == preview(app)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert app.written == [target]


async def test_an_existing_file_is_replaced_only_when_asked(
    journal: Journal, clock: FixedClock, tmp_path: Path
) -> None:
    app = ExportHost(journal, clock)
    target = tmp_path / "for-coach.json"
    target.write_text("older", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)  # "already exists. Replace it?"
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == "older"
        assert app.written == []


async def test_csv_follows_the_format_choice(journal: Journal, clock: FixedClock) -> None:
    app = ExportHost(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#export-format", Select).value = "csv"
        await settle(pilot)
        assert preview(app).startswith("format,version,participant")
        assert app.screen.query_one("#export-path", Input).value.endswith(".csv")


async def test_the_suggested_path_is_not_selected_and_typing_adds_to_it(
    journal: Journal, clock: FixedClock
) -> None:
    app = ExportHost(journal, clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        field = app.screen.query_one("#export-path", Input)
        suggested = field.value
        field.focus()
        await pilot.pause()
        assert field.selection.is_empty and field.cursor_position == len(suggested)
        app.screen.query_one("#export-format", Select).value = "csv"
        await settle(pilot)
        assert field.cursor_position == len(field.value), "a new suffix leaves it at the end"
        await pilot.press("x")
        assert field.value == suggested.removesuffix(".json") + ".csvx"


async def test_home_screen_opens_it(journal: Journal, data_dir: Path, clock: FixedClock) -> None:
    app = make_app(clock=clock, data_dir=data_dir, language="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert PARTICIPANT in preview(app)
        await pilot.press("f1")
        await settle(pilot)
        assert "What a coach receives from you" in screen_text(app)
