"""The participant pseudonym: random, per installation, kept in the journal's state.

The coach needs to tell that two check-ins came from the same person (to count
participants and to keep figures above the minimum group size) without learning
who that person is.  A random token, made once and reused, does exactly that;
rotating it makes later exports unlinkable to earlier ones.
"""

from __future__ import annotations

import re
import secrets
from typing import Any, Final, Protocol

STATE_KEY: Final = "coach.participant"
PREFIX: Final = "p-"
PATTERN: Final = re.compile(r"^p-[0-9a-f]{16}$")
"""What a pseudonym looks like; the export schema checks the same shape."""


class StateStore(Protocol):
    """Where small pieces of app state live (the journal)."""

    def state(self, key: str, default: Any = None) -> Any: ...

    def set_state(self, key: str, value: Any) -> None: ...


def new_pseudonym() -> str:
    """A fresh pseudonym: 64 random bits, so two people never share one in practice."""
    return PREFIX + secrets.token_hex(8)


def participant_pseudonym(store: StateStore) -> str:
    """This installation's pseudonym, made and saved on first use."""
    current = store.state(STATE_KEY)
    if isinstance(current, str) and PATTERN.match(current):
        return current
    return rotate_pseudonym(store)


def rotate_pseudonym(store: StateStore) -> str:
    """Replace the pseudonym with a new one and return it."""
    fresh = new_pseudonym()
    store.set_state(STATE_KEY, fresh)
    return fresh
