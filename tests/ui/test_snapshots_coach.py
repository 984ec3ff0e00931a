"""Snapshots of the coach's review and the export screen, in English and Swedish, at 100×30.

The exports are written with fixed pseudonyms, so every run shows the same.  Update with
``pytest tests/ui/test_snapshots_coach.py --snapshot-update`` after checking the
change by eye (``snapshot_report.html``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App

from focuscheck.coach.pseudonym import STATE_KEY
from focuscheck.domain.clock import FixedClock
from focuscheck.domain.settings import Settings
from focuscheck.i18n import set_language
from focuscheck.screens.export import ExportScreen
from focuscheck.service.journal_service import JournalService
from tests.ui.browse_support import pressing, sample_records, seed
from tests.ui.coach_support import coach_app

SIZE = (100, 30)
LANGUAGES = ["en", "sv"]
Compare = Callable[..., bool]


@pytest.mark.parametrize("language", LANGUAGES)
class TestCoachReview:
    def test_overview(self, snap_compare: Compare, tmp_path: Path, language: str) -> None:
        app = coach_app(tmp_path / "team", 6, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=pressing())

    def test_distributions(self, snap_compare: Compare, tmp_path: Path, language: str) -> None:
        app = coach_app(tmp_path / "team", 6, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=pressing("2"))

    def test_trend(self, snap_compare: Compare, tmp_path: Path, language: str) -> None:
        app = coach_app(tmp_path / "team", 6, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=pressing("3"))

    def test_themes_searched(self, snap_compare: Compare, tmp_path: Path, language: str) -> None:
        app = coach_app(tmp_path / "team", 6, language)
        keys = ("slash", *"faster")
        assert snap_compare(app, terminal_size=SIZE, run_before=pressing(*keys))

    def test_themes_with_a_star(self, snap_compare: Compare, tmp_path: Path, language: str) -> None:
        app = coach_app(tmp_path / "team", 6, language)
        keys = ("4", "tab", "tab", "tab", "down", "s")
        assert snap_compare(app, terminal_size=SIZE, run_before=pressing(*keys))

    def test_compare(self, snap_compare: Compare, tmp_path: Path, language: str) -> None:
        app = coach_app(tmp_path / "team", 6, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=pressing("5"))

    def test_teams(self, snap_compare: Compare, tmp_path: Path, language: str) -> None:
        app = coach_app(tmp_path / "team", 6, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=pressing("6"))

    def test_withheld_below_the_minimum_group(
        self, snap_compare: Compare, tmp_path: Path, language: str
    ) -> None:
        app = coach_app(tmp_path / "team", 4, language)
        assert snap_compare(app, terminal_size=SIZE, run_before=pressing())


class ExportHost(App[None]):
    def __init__(self, screen: ExportScreen) -> None:
        super().__init__()
        self.export_screen = screen

    def on_mount(self) -> None:
        self.push_screen(self.export_screen)


@pytest.mark.parametrize("language", LANGUAGES)
def test_export_screen(
    snap_compare: Compare,
    data_dir: Path,
    clock: FixedClock,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = data_dir.parent / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setattr(Path, "cwd", classmethod(lambda cls: Path("/home/me")))
    journal = seed(data_dir, clock, sample_records())
    journal.save_settings(Settings(display_name="Anna Berg", team="Nord"))
    journal.set_state(STATE_KEY, "p-0123456789abcdef")
    set_language(language)
    app = ExportHost(ExportScreen(JournalService(data_dir, clock, journal=journal), clock))
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing())
