"""Errors the domain raises; each carries a message fit to show a person."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import ClassVar


class FocuscheckError(Exception):
    """Base of every error focuscheck reports to a person instead of a traceback."""

    EXIT_STATUS: ClassVar[int] = 1
    """The command's exit status when this error ends it."""


class ValidationError(FocuscheckError, ValueError):
    """Input that breaks a rule of the entry format or the settings.

    ``field`` names the offending field (or None) so a form can point at it.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
