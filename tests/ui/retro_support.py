"""Building the retro app for tests, with clocks the test moves, and reading its screens."""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from focuscheck.domain.clock import FixedClock
from focuscheck.screens.retro.app import RetroApp
from focuscheck.screens.retro.factory import make_member_app, make_retro_app
from focuscheck.screens.retro.member_app import MemberApp
from tests.conftest import FROZEN_NOW


class FakeMonotonic:
    """A monotonic clock that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def retro_app(data_dir: Path, folder: Path, **overrides: Any) -> tuple[RetroApp, FakeMonotonic]:
    """The app as ``focuscheck retro`` builds it, with a controlled timer and fixed shuffles."""
    clock = FakeMonotonic()
    options: dict[str, Any] = {
        "monotonic": clock,
        "seed": 4,
        "draw_rng": random.Random(1),
        "poll_seconds": 0.05,
    }
    options.update(overrides)
    app = make_retro_app(
        data_dir=data_dir,
        clock=FixedClock(FROZEN_NOW),
        folder=folder,
        **options,
    )
    return app, clock


def member_app(data_dir: Path, join_code: str | None = None, **overrides: Any) -> MemberApp:
    """A member's app as the join link (or ``retro --join``) builds it, polling fast."""
    options: dict[str, Any] = {"seed": 4, "poll_seconds": 0.05}
    options.update(overrides)
    return make_member_app(
        data_dir=data_dir, clock=FixedClock(FROZEN_NOW), join_code=join_code, **options
    )


def screen_text(app: App[Any]) -> str:
    """Everything the current screen shows in static text, inputs and lists."""
    parts = [str(widget.content) for widget in app.screen.query(Static)]
    parts += [widget.value for widget in app.screen.query(Input)]
    for options in app.screen.query(OptionList):
        parts += [str(option.prompt) for option in options.options]
    return "\n".join(parts)


async def type_answer(pilot: Pilot[Any], text: str, choice: int | None = None) -> None:
    """Type ``text`` and Enter; with ``choice``, pick that line of the choices (0-based).

    The text goes in as one paste into the focused field (key by key is slow and
    adds nothing the key tests elsewhere do not cover).
    """
    focused = pilot.app.focused
    assert isinstance(focused, Input), f"the answer field should have the focus, not {focused}"
    if text:
        focused.insert_text_at_cursor(text)
    await pilot.press("enter")
    if choice is not None:
        await pilot.press(*(["down"] * choice), "enter")
    await pilot.pause()


_watches: list[list[Path]] = []
_hook_installed = False


def _record_open(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and _watches and isinstance(args[0], str | bytes | os.PathLike):
        _watches[-1].append(Path(os.fsdecode(args[0])).absolute())


@contextmanager
def files_opened() -> Iterator[list[Path]]:
    """Every file this process opens while the block runs (Python's audit events).

    An audit hook cannot be removed again; outside a block it records nothing.
    """
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_record_open)
        _hook_installed = True
    seen: list[Path] = []
    _watches.append(seen)
    try:
        yield seen
    finally:
        _watches.remove(seen)


async def until_shown(pilot: Pilot[Any], text: str, seconds: float = 10.0) -> str:
    """The screen's text once it shows ``text`` (the countdown redraws on its own tick)."""
    deadline = time.monotonic() + seconds
    while text not in (shown := screen_text(pilot.app)):
        if time.monotonic() > deadline:
            raise AssertionError(f"{text!r} never shown; the screen reads:\n{shown}")
        await pilot.pause(0.05)
    return shown
