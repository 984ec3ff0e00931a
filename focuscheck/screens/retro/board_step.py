"""What the screens around the board share: the check, the vote and the reveal."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import Screen

from focuscheck.retro.session import Retro
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.environment import RetroEnvironment

ResultT = TypeVar("ResultT")


class BoardStepScreen(Screen[ResultT]):
    """One step at the board, over the retro as it changes (hidden answers, votes, marks)."""

    def __init__(self, env: RetroEnvironment, retro: Retro) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.retro = retro
        """The retro, with what this step has changed so far."""
