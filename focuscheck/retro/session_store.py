"""Session files of shared retros: ``retro-sessions/<CODE>.json`` in the data folder.

Each participant's screen is its own process (one per browser tab when served),
so the file is the meeting point.  Every change takes the folder's lock, reads
the file fresh, applies one change and replaces the file atomically; readers
take no lock because a file is only ever replaced whole.  Sessions untouched
for :data:`EXPIRY` seconds are stale: they cannot be joined and are removed the
next time any retro starts.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Final

from filelock import FileLock, Timeout

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.i18n import _
from focuscheck.retro.prompts import Prompt
from focuscheck.retro.remote import (
    Participant,
    Phase,
    SessionState,
    TimerShare,
    state_from_record,
    state_to_record,
)
from focuscheck.retro.session import Answer
from focuscheck.storage.atomic import atomic_write, ensure_private_dir
from focuscheck.storage.regular_file import prepare_lock_file, read_regular

FOLDER: Final = "retro-sessions"
EXPIRY: Final = 12 * 3600.0
"""A retro opener lasts minutes; half a day later its code is no longer valid."""
LOCK_TIMEOUT: Final = 10.0
CODE_ALPHABET: Final = "ACDEFHJKMNPRTUVWXY34679"
"""No 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G: nothing to mix up when a code is read aloud."""
CODE_LENGTH: Final = 6

WallClock = Callable[[], float]


class SessionError(FocuscheckError):
    """A session could not be found, read, locked or written."""


def format_code(code: str) -> str:
    """``KMW4TX`` as people read it: ``KMW-4TX``."""
    return f"{code[:3]}-{code[3:]}"


def normalize_code(text: str) -> str:
    """A typed code (any case, with dashes or spaces) as stored; ValidationError if it is none."""
    code = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        raise ValidationError(
            _("a retro code has {length} letters and digits, like {example}").format(
                length=CODE_LENGTH, example="KMW-4TX"
            ),
            "code",
        )
    return code


class SessionStore:
    """The shared retros in one data folder."""

    def __init__(self, data_dir: Path, wall: WallClock = time.time) -> None:
        self.folder = data_dir / FOLDER
        """Where the session files live."""
        self.wall = wall
        """Wall-clock seconds; shared timestamps must mean the same in every process."""
        self._lock_path = self.folder / "sessions.lock"
        self._lock = FileLock(str(self._lock_path), timeout=LOCK_TIMEOUT, mode=0o600)

    def path(self, code: str) -> Path:
        return self.folder / f"{code}.json"

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            ensure_private_dir(self.folder)
            prepare_lock_file(self._lock_path)
            with self._lock:
                yield
        except Timeout:
            raise SessionError(_("the retro is busy; try again in a moment")) from None
        except OSError as error:
            raise SessionError(
                _("cannot use the retro folder {folder}: {reason}").format(
                    folder=self.folder, reason=error.strerror or error
                )
            ) from None

    def _write(self, state: SessionState) -> None:
        data = json.dumps(state_to_record(state), ensure_ascii=False, indent=1).encode("utf-8")
        atomic_write(self.path(state.code), data)

    def _stale(self, state: SessionState) -> bool:
        return self.wall() - state.touched > EXPIRY or state.phase is Phase.CLOSED

    def load(self, code: str) -> SessionState:
        """The session ``code`` (typed by a person); SessionError if there is no live one."""
        key = normalize_code(code)
        try:
            raw = json.loads(read_regular(self.path(key)).decode("utf-8"))
            state = state_from_record(raw)
        except FileNotFoundError:
            raise SessionError(
                _("there is no retro with the code {code}").format(code=format_code(key))
            ) from None
        except (OSError, ValueError):
            raise SessionError(
                _("the retro {code} cannot be read; start a new one").format(code=format_code(key))
            ) from None
        if self._stale(state):
            raise SessionError(
                _("the retro {code} has ended or expired").format(code=format_code(key))
            )
        return state

    def create(
        self,
        prompts: tuple[Prompt, ...],
        timer_seconds: int,
        named: bool,
        *,
        customer: CustomerTerm,
        synonyms: tuple[str, ...] = (),
    ) -> SessionState:
        """A new session with a fresh code; stale sessions are cleared first."""
        with self._locked():
            self._purge()
            while True:
                code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
                if not self.path(code).exists():
                    break
            now = self.wall()
            state = SessionState(
                code,
                now,
                now,
                prompts,
                timer_seconds,
                named,
                customer=customer,
                synonyms=synonyms,
                seed=secrets.randbelow(1 << 30),
            )
            self._write(state)
        return state

    def update(self, code: str, change: Callable[[SessionState], SessionState]) -> SessionState:
        """Apply ``change`` to the current file under the lock; returns what was written."""
        with self._locked():
            state = change(self.load(code))
            state = replace(state, touched=self.wall())
            self._write(state)
        return state

    def join(self, code: str, name: str = "") -> tuple[SessionState, str]:
        """Add a participant; returns the session and the participant's id."""
        participant = Participant(secrets.token_hex(8), name)
        state = self.update(code, lambda s: s.with_participant(participant))
        return state, participant.id

    def submit(self, code: str, participant_id: str, answer: Answer) -> SessionState:
        return self.update(code, lambda s: s.with_answer(participant_id, answer))

    def start_round(self, code: str, index: int, timer: TimerShare) -> SessionState:
        return self.update(code, lambda s: replace(s, phase=Phase.ROUND, round=index, timer=timer))

    def share_timer(self, code: str, timer: TimerShare) -> SessionState:
        return self.update(code, lambda s: replace(s, timer=timer))

    def close_answers(self, code: str) -> SessionState:
        """No more answers or changes: the facilitator checks them before the reveal."""
        return self.update(code, lambda s: replace(s, phase=Phase.REVIEW))

    def start_voting(self, code: str, hidden: frozenset[str]) -> SessionState:
        """Show the members the board without ``hidden``, and let each of them vote."""
        return self.update(code, lambda s: replace(s, phase=Phase.VOTING, hidden=hidden))

    def reveal(self, code: str, hidden: frozenset[str] | None = None) -> SessionState:
        """Show the board with the counts; ``hidden`` replaces the hidden answers when given."""
        return self.update(
            code,
            lambda s: replace(s, phase=Phase.REVEAL, hidden=s.hidden if hidden is None else hidden),
        )

    def vote(self, code: str, participant_id: str, item_id: str) -> SessionState:
        return self.update(code, lambda s: s.with_vote(participant_id, item_id))

    def take_back_vote(self, code: str, participant_id: str, item_id: str) -> SessionState:
        return self.update(code, lambda s: s.without_vote(participant_id, item_id))

    def finish_voting(self, code: str, participant_id: str) -> SessionState:
        return self.update(code, lambda s: s.with_voter_done(participant_id))

    def close(self, code: str) -> None:
        """End the session: nobody can join or answer, and the file goes."""
        with self._locked():
            self.path(normalize_code(code)).unlink(missing_ok=True)

    def _purge(self) -> None:
        for path in self.folder.glob("*.json"):
            try:
                state = state_from_record(json.loads(read_regular(path).decode("utf-8")))
                stale = self._stale(state)
            except (OSError, ValueError):
                # Unreadable: judged by its age, so a file being written is not taken.
                try:
                    stale = self.wall() - path.stat().st_mtime > EXPIRY
                except OSError:
                    continue
            if stale:
                path.unlink(missing_ok=True)
