"""``LoadingApp``: the coach's exports read in the background, with a progress bar.

An organisation's exports take seconds to check, so they are loaded in a worker
thread while the screen shows how many files are done and how fast; the coach
can quit at any time.  The app ends with the loaded exports and their review,
or with nothing when the coach quit first (:attr:`LoadingApp.loaded`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.widgets import Footer, Header, Label, ProgressBar
from textual.worker import get_current_worker

from focuscheck.coach.aggregate import Review
from focuscheck.coach.loader import LoadResult, load_exports
from focuscheck.coach.progress import Progress
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.palette import PaletteApp


@dataclass(frozen=True, slots=True)
class Loaded:
    """What the coach's review is shown from."""

    result: LoadResult
    review: Review


class LoadStopped(Exception):
    """The coach quit while the files were being read."""


class LoadingApp(PaletteApp):
    """A progress bar and "N of M files · X files/s" while the exports load."""

    TITLE = "focuscheck coach"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", N_("Quit"))]

    def __init__(self, paths: Sequence[Path], figures: Callable[[LoadResult], Review]) -> None:
        super().__init__()
        translate_bindings(self)
        self.paths = tuple(paths)
        """The files and folders named."""
        self.figures = figures
        """Works out the review of what was loaded (in the worker thread)."""
        self.loaded: Loaded | None = None
        """What was loaded, once it is; None while loading or when the coach quit."""
        self.failure: FocuscheckError | None = None
        """Why no review could be worked out, when that is how the load ended."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Middle(), Center():
            yield Label(_("Reading the exports…"), id="load-title")
            yield ProgressBar(id="load-bar", show_eta=False)
            yield Label("", id="load-rate")
        yield Footer()

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _load(self) -> None:
        worker = get_current_worker()

        def told(progress: Progress) -> None:
            if worker.is_cancelled:
                raise LoadStopped
            self.call_from_thread(self._show, progress)

        try:
            loaded = load_exports(self.paths, told)
            if worker.is_cancelled:
                return
            self.call_from_thread(self._figuring)
            done = Loaded(loaded, self.figures(loaded))
        except LoadStopped:
            return
        except FocuscheckError as error:
            self.failure = error
            self.call_from_thread(self.exit)
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._done, done)

    def _show(self, progress: Progress) -> None:
        self.query_one("#load-bar", ProgressBar).update(
            total=progress.total, progress=progress.done
        )
        self.query_one("#load-rate", Label).update(progress.line)

    def _figuring(self) -> None:
        self.query_one("#load-title", Label).update(_("Working out the figures…"))

    def _done(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.exit()

    async def action_quit(self) -> None:
        self.workers.cancel_all()
        self.exit()
