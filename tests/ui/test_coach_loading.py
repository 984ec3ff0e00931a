"""The coach's exports load in the background: a progress bar, files per second, quit."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from textual.widgets import Label, ProgressBar

from focuscheck.coach.aggregate import Review, review
from focuscheck.coach.loader import LoadResult
from focuscheck.coach.progress import Progress
from focuscheck.screens.coach import loading
from focuscheck.screens.coach.loading import Loaded, LoadingApp
from tests.ui.coach_support import write_exports


def figures(loaded: LoadResult) -> Review:
    """The review the command works out once the exports are read (k = 5)."""
    return review(loaded.exports, 5)


SIZE = (100, 30)


async def test_the_loading_screen_shows_the_files_done_and_ends_with_the_review(
    tmp_path: Path,
) -> None:
    folder = write_exports(tmp_path / "team", 6)
    app = LoadingApp([folder], figures)
    async with app.run_test(size=SIZE) as pilot:
        for _tick in range(200):
            if app.loaded is not None:
                break
            await pilot.pause(0.05)
    assert app.loaded is not None
    assert len(app.loaded.result.exports) == 6
    assert app.loaded.review.participants == 6


class _StaysOpen(LoadingApp):
    """The loading app, left open when the files are loaded so its screen can be read."""

    def _done(self, loaded: Loaded) -> None:
        self.loaded = loaded


async def test_the_progress_bar_and_rate_show_the_files_done(tmp_path: Path) -> None:
    folder = write_exports(tmp_path / "team", 6)
    app = _StaysOpen([folder], figures)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        bar = app.query_one("#load-bar", ProgressBar)
        assert bar.total == 6 and bar.progress == 6
        assert "6 of 6 files" in str(app.query_one("#load-rate", Label).render())
        assert "files/s" in str(app.query_one("#load-rate", Label).render())


async def test_the_coach_can_quit_while_the_exports_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    halfway = threading.Event()
    stopped = threading.Event()

    def slow_load(paths: Iterable[Path], progress: Callable[[Progress], None]) -> LoadResult:
        try:
            for done in range(1, 10_000):
                progress(Progress(done, 10_000, done / 100))
                halfway.set()
                threading.Event().wait(0.01)
        finally:
            stopped.set()
        raise AssertionError("the load was not stopped")

    monkeypatch.setattr(loading, "load_exports", slow_load)
    app = LoadingApp([tmp_path], figures)
    async with app.run_test(size=SIZE) as pilot:
        while not halfway.is_set():
            await pilot.pause(0.05)
        await pilot.pause(0.1)
        assert "of 10000 files" in str(app.query_one("#load-rate", Label).render())
        await pilot.press("q")
        await pilot.pause()
    assert stopped.wait(5)
    assert app.loaded is None
