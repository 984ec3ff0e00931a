"""What a screen may ask of the app it runs in, typed, without importing the app.

The app is built on top of the screens; a screen that imported it would tie the
two in a circle.  Screens ask for :class:`Host` instead, which the app meets,
and tell the app what they did with the messages of
:mod:`focuscheck.screens.messages`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual.dom import DOMNode

if TYPE_CHECKING:
    from datetime import date

    from focuscheck.domain.clock import Clock
    from focuscheck.domain.entry import Entry
    from focuscheck.domain.errors import FocuscheckError
    from focuscheck.domain.settings import Settings
    from focuscheck.service.journal_service import JournalService


@runtime_checkable
class Host(Protocol):
    """The services of the app every focuscheck screen runs in."""

    @property
    def service(self) -> JournalService:
        """The one way to the journal."""
        ...

    @property
    def clock(self) -> Clock:
        """Source of "today"."""
        ...

    @property
    def settings(self) -> Settings:
        """The saved settings as last read (defaults until the journal has been read)."""
        ...

    async def refresh_settings(self) -> Settings:
        """Read the settings again (after they may have changed) and follow them."""
        ...

    def start_checkin(self, entry: Entry | None = None, *, day: date | None = None) -> None:
        """Open the check-in on ``entry``; None means ``day``'s (a missed day), or today's."""
        ...

    def action_open(self, name: str) -> None:
        """Open one of the other screens: history, insights, settings or export."""
        ...

    def action_home(self) -> None:
        """Go back to the home screen."""
        ...

    def report_error(self, error: FocuscheckError) -> None:
        """Show a problem with the journal (an unreadable one gets a dialog)."""
        ...

    def relanguage(self) -> None:
        """The language changed: every open screen follows it."""
        ...


def host(node: DOMNode) -> Host:
    """The app ``node`` runs in, as a :class:`Host`."""
    app = node.app
    if not isinstance(app, Host):
        raise TypeError(f"{type(app).__name__} does not run focuscheck's screens")
    return app
