"""The life cycle shared by the screens that show what they read from the journal.

History, insights, the improvement backlog and the voice log all work the same
way: :meth:`JournalScreen._prepare` titles the screen and starts ``load()`` (a
thread worker); a problem reading the journal takes the place of the status
line; a change to the journal made elsewhere reads it again; and a new language
builds the whole screen again in that language.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.screen import Screen
from textual.widgets import Static

from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.messages import JournalChanged


class JournalScreen(Screen[None]):
    """A screen filled from the journal in a worker, redrawn when the language changes."""

    STATUS_LINE: ClassVar[str] = ""
    """Selector of the line that says what is shown, or what went wrong reading it."""

    def on_mount(self) -> None:
        self._prepare()

    @work(exclusive=True, group="relanguage")
    async def relanguage(self) -> None:
        """The language changed: build the screen again in the new one."""
        translate_bindings(self)
        await self.recompose()
        self._prepare()
        self.refresh_bindings()

    def _prepare(self) -> None:
        """Title the freshly composed screen, fill in what compose left empty, and load."""
        raise NotImplementedError

    def load(self) -> object:
        """Start reading the journal; the screen is filled in when it is read."""
        raise NotImplementedError

    def _show_problem(self, message: str) -> None:
        self.query_one(self.STATUS_LINE, Static).update(Text(message, style="bold red"))

    @on(JournalChanged)
    def _journal_changed(self) -> None:
        self.load()
