"""Lines in and lines out: ``input()`` and ``print()``, or whatever a test gives instead."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from focuscheck.domain.text import clean_text

PROMPT: Final = "> "
"""Where an answer is typed: short, the same every time, easy to hear and to find."""

# What a terminal sends for a key with no meaning on a plain line (an arrow, Home):
# without line editing it would end up in the answer.
_KEY_SEQUENCE: Final = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|O.)")


class Console:
    """Where the dialogue prints and reads; never colour, never a cursor movement."""

    def __init__(
        self,
        read: Callable[[str], str] = input,
        write: Callable[[str], None] = print,
    ) -> None:
        self._read = read
        self._write = write

    def say(self, text: str = "") -> None:
        """Print ``text`` (the app's own words, already translated)."""
        self._write(text)

    def quote(self, text: str) -> str:
        """Text a person typed, made safe to print: no control characters, no escapes."""
        return clean_text(_KEY_SEQUENCE.sub("", text))

    def ask(self) -> str:
        """One line typed after the prompt, with stray key sequences taken out.

        EOFError (Ctrl+D, or the end of piped input) and KeyboardInterrupt
        (Ctrl+C) pass through: the dialogue keeps the draft then.
        """
        return self.quote(self._read(PROMPT))
