"""What a retro app needs from outside: folders, the day, the customer word, clocks."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path

from focuscheck.domain.alignment import AlignmentCheck, checker
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.retro.remote import SessionState
from focuscheck.retro.session_store import SessionStore, WallClock
from focuscheck.retro.timer import Monotonic
from focuscheck.service.retro_actions import ActionsService


@dataclass(frozen=True)
class RetroEnvironment:
    """Everything a retro screen may depend on, injected so tests control all of it."""

    data_dir: Path
    """The data folder: pool history and shared sessions live here, never the journal."""
    today: date
    customer: CustomerTerm
    """The facilitator's word for the customer, with its forms."""
    summary_folder: Path
    """Where the summary goes by default (the current folder)."""
    synonyms: tuple[str, ...] = ()
    """The facilitator's other words for the customer."""
    out_path: Path | None = None
    """``--out``, when given."""
    opening: tuple[str, ...] = ()
    """What the team's exports said, when the retro opens ``--from`` a folder."""
    join_code: str | None = None
    """Open straight at the join screen with this code."""
    monotonic: Monotonic = time.monotonic
    wall: WallClock = time.time
    seed: int = field(default_factory=lambda: random.randrange(1 << 30))
    """Fixes the shuffled order of anonymous answers."""
    draw_rng: random.Random | None = None
    """Source of the pool draw; None for a fresh one."""
    poll_seconds: float = 0.5
    """How often shared screens re-read the session file."""

    @cached_property
    def is_aligned(self) -> AlignmentCheck:
        """Whether an answer names the customer (the check-in's own check)."""
        return checker(self.customer.word, self.synonyms)

    def for_session(self, session: SessionState) -> RetroEnvironment:
        """This environment with the word for the customer the shared retro carries."""
        return replace(self, customer=session.customer, synonyms=session.synonyms)

    def store(self) -> SessionStore:
        return SessionStore(self.data_dir, self.wall)

    def actions(self) -> ActionsService:
        """The actions retros in this data folder took away."""
        return ActionsService(self.data_dir, self.today)

    def summary_path(self) -> Path:
        if self.out_path is not None:
            return self.out_path
        from focuscheck.retro.summary import default_summary_path

        return default_summary_path(self.summary_folder, self.today)
